import type { Locale } from '@tutorat/language';
import type { DocumentCounts, Finding, Summary } from '../findings.js';
import { TOOL_VERSION } from '../version.js';
import { jsonInSlices, LONG_ARRAY } from './chunks.js';

/** A stable JSON report for scripts: the findings as printed, with their rule IDs and positions. */
export function* formatJson(findings: readonly Finding[], summary: Summary, { documents, ignored }: DocumentCounts, locale: Locale): Generator<string> {
    yield* jsonInSlices({ tool: 'tutorat', version: TOOL_VERSION, locale, documents, ignored, summary, findings: LONG_ARRAY }, findings);
    yield '\n';
}

/** Whether a file starts as a report this module wrote (`--output` replaces only those). */
export function isJsonReport(head: string): boolean {
    return head.startsWith('{\n  "tool": "tutorat",');
}
