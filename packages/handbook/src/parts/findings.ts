import { ruleById, RULES, SEVERITY_NAMES, severityOfDiagnostic, type Bilingual, type RuleDefinition } from '@tutorat/language';
import { capitalise } from '../labels.js';
import type { RenderContext } from '../context.js';
import { fragment, h, type Html } from '../html.js';
import { ruleIdOf, type LocatedFinding } from '../workspace-model.js';

/**
 * The annex: every open finding of the institution's documents, grouped by rule in the
 * catalogue's order, each rule with the guide's words (title, section, quote).
 */

const TEXTS = {
    intro: { fr: 'Les constats que Tutorat relève encore dans les documents de l’institution, avec ce que dit le guide. Corrigez les documents (ou justifiez l’exception par un commentaire « tutorat-ignorer ») puis produisez à nouveau le livret.', en: 'The findings Tutorat still reports in the institution’s documents, with what the guide says. Correct the documents (or justify the exception with a “tutorat-ignorer” comment), then produce the handbook again.' },
    none: { fr: 'Aucun constat ouvert : les documents respectent toutes les règles que Tutorat vérifie.', en: 'No open finding: the documents follow every rule Tutorat checks.' },
    count: { fr: '{count} constat(s) ouvert(s).', en: '{count} open finding(s).' },
    section: { fr: 'Guide pour le tutorat : {section}', en: 'Guide pour le tutorat: {section}' },
    other: { fr: 'Autres constats', en: 'Other findings' },
    location: { fr: '{file}, ligne {line}', en: '{file}, line {line}' }
} satisfies Record<string, Bilingual>;

export function findingsAnnex(findings: readonly LocatedFinding[], context: RenderContext, level: 3 | 4 = 3): Html {
    if (findings.length === 0) {
        return h('p', { class: 'intro' }, context.t(TEXTS.none));
    }
    const groups = RULES.map((rule) => ({ rule: rule as RuleDefinition | undefined, findings: findings.filter((finding) => ruleIdOf(finding) === rule.id) }))
        .concat([{ rule: undefined, findings: findings.filter((finding) => !ruleById(ruleIdOf(finding))) }])
        .filter((group) => group.findings.length > 0);
    return fragment(
        h('p', { class: 'intro' }, context.t(TEXTS.intro)),
        h('p', null, context.t(TEXTS.count, { count: findings.length })),
        groups.map(({ rule, findings: own }) => h('section', { class: 'rule-group' },
            h(`h${level}`, null, rule ? context.t(rule.title) : context.t(TEXTS.other), rule ? fragment(' ', h('span', { class: 'origin code' }, rule.id)) : undefined),
            rule?.guide ? fragment(
                h('p', { class: 'muted' }, context.t(TEXTS.section, { section: context.t(rule.guide.section) })),
                h('blockquote', { lang: 'fr' }, h('p', null, `« ${rule.guide.quote} »`))) : undefined,
            own.map((finding) => h('div', { class: 'finding' },
                h('p', null, h('span', { class: 'severity' }, capitalise(context.t(SEVERITY_NAMES[severityOfDiagnostic(finding.diagnostic.severity)]))), ' — ', findingMessage(finding, context)),
                h('p', { class: 'location' }, findingLocation(finding, context)))))));
}

/** The finding's message without the guide's section, which the annex prints above it. */
export function findingMessage(finding: LocatedFinding, context: RenderContext): string {
    const message = typeof finding.diagnostic.message === 'string' ? finding.diagnostic.message : String(finding.diagnostic.message);
    const rule = ruleById(ruleIdOf(finding));
    if (!rule?.guide) {
        return message;
    }
    for (const locale of [context.locale, context.locale === 'fr' ? 'en' : 'fr'] as const) {
        const suffix = ` (${{ fr: 'Guide pour le tutorat : ', en: 'Guide pour le tutorat: ' }[locale]}${rule.guide.section[locale]})`;
        if (message.endsWith(suffix)) {
            return message.slice(0, -suffix.length);
        }
    }
    return message;
}

/** « duos.tutorat, ligne 27 ». */
export function findingLocation(finding: LocatedFinding, context: RenderContext): string {
    return context.t(TEXTS.location, { file: finding.file, line: finding.diagnostic.range.start.line + 1 });
}
