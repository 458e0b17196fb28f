import type { Diagnostic } from 'vscode-languageserver-types';
import { severityOfDiagnostic, type Severity } from '../rules/definition.js';
import { MAX_FINDINGS_PER_DOCUMENT } from './langage/limite.js';

/** What the last finding of a capped document carries: how many findings of each severity it stands for. */
export interface HiddenFindings {
    readonly hidden: Readonly<Partial<Record<Severity, number>>>;
}

export function hiddenFindingsOf(diagnostic: Diagnostic): HiddenFindings['hidden'] | undefined {
    return (diagnostic.data as Partial<HiddenFindings> | undefined)?.hidden;
}

/**
 * At most {@link MAX_FINDINGS_PER_DOCUMENT} findings per document: the most severe ones, in their
 * order, and first a finding (made by `summary`) that stands for the others. No document — 2,000
 * copies of one name, a file of garbage — can then flood the editor or the command's report.
 */
export function limitFindings(diagnostics: Diagnostic[], summary: (hidden: readonly Diagnostic[]) => Diagnostic): Diagnostic[] {
    if (diagnostics.length <= MAX_FINDINGS_PER_DOCUMENT) {
        return diagnostics;
    }
    const bySeverity = diagnostics.map((_, index) => index).sort((a, b) => (diagnostics[a].severity ?? 1) - (diagnostics[b].severity ?? 1) || a - b);
    const shown = new Set(bySeverity.slice(0, MAX_FINDINGS_PER_DOCUMENT - 1));
    return [summary(diagnostics.filter((_, index) => !shown.has(index))), ...diagnostics.filter((_, index) => shown.has(index))];
}

/** How many findings of each severity a list holds, most severe first. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Partial<Record<Severity, number>> {
    const counts: Partial<Record<Severity, number>> = {};
    for (const diagnostic of diagnostics) {
        const severity = severityOfDiagnostic(diagnostic.severity);
        counts[severity] = (counts[severity] ?? 0) + 1;
    }
    return counts;
}
