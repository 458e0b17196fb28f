import type { Locale } from '@tutorat/language';
import type { DocumentCounts, Finding, Summary } from '../findings.js';
import { TOOL_VERSION } from '../version.js';

/** A stable JSON report for scripts: the findings as printed, with their rule IDs and positions. */
export function formatJson(findings: readonly Finding[], summary: Summary, { documents, ignored }: DocumentCounts, locale: Locale): string {
    return JSON.stringify({ tool: 'tutorat', version: TOOL_VERSION, locale, documents, ignored, summary, findings }, null, 2) + '\n';
}
