import { countOfFindings, SEVERITY_NAMES, type Locale } from '@tutorat/language';
import type { Finding, Summary } from '../findings.js';

/** One line per finding — `chemin:ligne:colonne  sévérité  message  règle` — then the other places involved, then a summary. */
export function formatText(findings: readonly Finding[], summary: Summary, documents: number, locale: Locale): string {
    const lines: string[] = [];
    for (const finding of findings) {
        lines.push(`${finding.path}:${finding.line}:${finding.column}  ${SEVERITY_NAMES[finding.severity][locale]}  ${finding.message}  ${finding.ruleId}`);
        for (const related of finding.related) {
            lines.push(`    ↳ ${related.path}:${related.line}:${related.column}  ${related.message}`);
        }
    }
    if (lines.length > 0) {
        lines.push('');
    }
    lines.push(summaryLine(summary, documents, locale));
    return lines.join('\n') + '\n';
}

function summaryLine(summary: Summary, documents: number, locale: Locale): string {
    const parts = [
        countOfFindings(summary.errors, 'error', locale),
        countOfFindings(summary.warnings, 'warning', locale),
        countOfFindings(summary.infos, 'info', locale),
        countOfFindings(summary.hints, 'hint', locale)
    ];
    const checked = locale === 'fr'
        ? `${documents} ${documents > 1 ? 'documents vérifiés' : 'document vérifié'}`
        : `${documents} ${documents === 1 ? 'document checked' : 'documents checked'}`;
    return `${parts.join(' · ')} — ${checked}.`;
}

/** Whether a file ends as a report this module wrote, in either language (`--output` replaces only those). */
export function isTextReport(tail: string): boolean {
    const last = tail.trimEnd().split('\n').at(-1) ?? '';
    return /^\d+ (erreurs?|errors?) · \d+ (avertissements?|warnings?) · \d+ (informations?|infos?) · \d+ (suggestions?|hints?) — \d+ (documents? vérifiés?|documents? checked)\.$/.test(last);
}
