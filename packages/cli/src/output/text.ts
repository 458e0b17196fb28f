import { SEVERITY_NAMES, type Locale } from '@tutorat/language';
import type { DocumentCounts, Finding, Summary } from '../findings.js';

/** One line per finding — `chemin:ligne:colonne  sévérité  message  règle` — then the other places involved, then a summary. */
export function formatText(findings: readonly Finding[], summary: Summary, documents: DocumentCounts, locale: Locale): string {
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

function summaryLine(summary: Summary, { documents, ignored }: DocumentCounts, locale: Locale): string {
    const count = (value: number, singular: Record<Locale, string>, plural: Record<Locale, string>) => `${value} ${value > 1 || (value === 0 && locale === 'en') ? plural[locale] : singular[locale]}`;
    const parts = [
        count(summary.errors, { fr: 'erreur', en: 'error' }, { fr: 'erreurs', en: 'errors' }),
        count(summary.warnings, { fr: 'avertissement', en: 'warning' }, { fr: 'avertissements', en: 'warnings' }),
        count(summary.infos, { fr: 'information', en: 'info' }, { fr: 'informations', en: 'infos' }),
        count(summary.hints, { fr: 'suggestion', en: 'hint' }, { fr: 'suggestions', en: 'hints' })
    ];
    const checked = count(documents, { fr: 'document vérifié', en: 'document checked' }, { fr: 'documents vérifiés', en: 'documents checked' });
    const skipped = ignored > 0 ? `, ${count(ignored, { fr: 'fichier ignoré', en: 'file ignored' }, { fr: 'fichiers ignorés', en: 'files ignored' })} ${locale === 'fr' ? '(« ignore » de tutorat.json)' : '("ignore" in tutorat.json)'}` : '';
    return `${parts.join(' · ')} — ${checked}${skipped}.`;
}
