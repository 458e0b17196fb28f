import { countOfFindings, SEVERITY_NAMES, type Locale } from '@tutorat/language';
import type { DocumentCounts, Finding, Summary } from '../findings.js';
import { linesInSlices } from './chunks.js';

/** One line per finding — `chemin:ligne:colonne  sévérité  message  règle` — then the other places involved, then a summary. */
export function* formatText(findings: readonly Finding[], summary: Summary, documents: DocumentCounts, locale: Locale): Generator<string> {
    yield* linesInSlices(findings, (finding) => [
        `${finding.path}:${finding.line}:${finding.column}  ${SEVERITY_NAMES[finding.severity][locale]}  ${finding.message}  ${finding.ruleId}`,
        ...finding.related.map((related) => `    ↳ ${related.path}:${related.line}:${related.column}  ${related.message}`)
    ]);
    yield `${findings.length > 0 ? '\n' : ''}${summaryLine(summary, documents, locale)}\n`;
}

function summaryLine(summary: Summary, { documents, ignored }: DocumentCounts, locale: Locale): string {
    const count = (value: number, singular: Record<Locale, string>, plural: Record<Locale, string>) => `${value} ${value > 1 || (value === 0 && locale === 'en') ? plural[locale] : singular[locale]}`;
    const parts = [
        countOfFindings(summary.errors, 'error', locale),
        countOfFindings(summary.warnings, 'warning', locale),
        countOfFindings(summary.infos, 'info', locale),
        countOfFindings(summary.hints, 'hint', locale)
    ];
    const checked = count(documents, { fr: 'document vérifié', en: 'document checked' }, { fr: 'documents vérifiés', en: 'documents checked' });
    const skipped = ignored > 0 ? `, ${count(ignored, { fr: 'fichier ignoré', en: 'file ignored' }, { fr: 'fichiers ignorés', en: 'files ignored' })} ${locale === 'fr' ? '(« ignore » de tutorat.json)' : '("ignore" in tutorat.json)'}` : '';
    return `${parts.join(' · ')} — ${checked}${skipped}.`;
}

/** Whether a file ends as a report this module wrote, in either language (`--output` replaces only those). */
export function isTextReport(tail: string): boolean {
    const last = tail.trimEnd().split('\n').at(-1) ?? '';
    return /^\d+ (erreurs?|errors?) · \d+ (avertissements?|warnings?) · \d+ (informations?|infos?) · \d+ (suggestions?|hints?) — \d+ (documents? vérifiés?|documents? checked)(, \d+ (fichiers? ignorés?|files? ignored) .*)?\.$/.test(last);
}
