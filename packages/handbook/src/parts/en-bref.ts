import { EN_BREF, ruleIdsOf, type Bilingual, type RuleDefinition } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, type Html } from '../html.js';
import type { LocatedFinding } from '../workspace-model.js';
import { findingMessage, findingLocation } from './findings.js';

/**
 * The guide's ten pieces of advice (« En bref : quelques conseils pour assurer un tutorat de
 * qualité ») as a checklist. A piece is « en place » when none of the rules whose catalogue entry
 * lists it (`guide.enBref`) has an open finding; a piece no active rule checks is left for the
 * institution to assess.
 */
export type AdviceStatus = 'done' | 'open' | 'unchecked';

export interface AdviceState {
    /** 1 to 10, as numbered in the guide. */
    readonly number: number;
    readonly text: Bilingual;
    /** The active rules that check this piece of advice. */
    readonly rules: readonly RuleDefinition[];
    /** The open findings of those rules. */
    readonly findings: readonly LocatedFinding[];
    readonly status: AdviceStatus;
}

/** Where an institution stands on each piece of advice, from the catalogue and the open findings. */
export function adviceStates(rules: readonly RuleDefinition[], findings: readonly LocatedFinding[], isActive: (rule: RuleDefinition) => boolean): AdviceState[] {
    return EN_BREF.map((text, index) => {
        const number = index + 1;
        const checking = rules.filter((rule) => rule.guide?.enBref?.includes(number) && isActive(rule));
        const ids = new Set<string>(checking.map((rule) => rule.id));
        // A finding that gathers an unfinished element's absences counts for every rule it speaks for.
        const open = findings.filter((finding) => ruleIdsOf(finding.diagnostic).some((id) => ids.has(id)));
        const status: AdviceStatus = checking.length === 0 ? 'unchecked' : open.length > 0 ? 'open' : 'done';
        return { number, text, rules: checking, findings: open, status };
    });
}

const TEXTS = {
    intro: { fr: 'Le guide termine par dix conseils pour assurer un tutorat de qualité. Pour chacun, voici où en est l’institution d’après les vérifications de Tutorat : {done} en place, {open} à travailler, {unchecked} à évaluer par l’équipe (Tutorat ne les vérifie pas).', en: 'The guide ends with ten pieces of advice for quality tutoring. For each, here is where the institution stands according to Tutorat’s checks: {done} in place, {open} to work on, {unchecked} for the team to assess (Tutorat does not check them).' },
    done: { fr: '☑ En place', en: '☑ In place' },
    open: { fr: '☐ À travailler', en: '☐ To work on' },
    unchecked: { fr: '◌ À évaluer en équipe', en: '◌ For the team to assess' },
    checkedBy: { fr: 'Vérifié par : {rules}.', en: 'Checked by: {rules}.' },
    notChecked: { fr: 'Aucune règle de Tutorat ne vérifie ce conseil : discutez-en en équipe et notez où vous en êtes.', en: 'No Tutorat rule checks this advice: discuss it as a team and note where you stand.' },
    findings: { fr: 'Ce qui reste à faire :', en: 'What remains to be done:' },
    more: { fr: '… et {count} autre(s) constat(s) : voir l’annexe.', en: '… and {count} other finding(s): see the annex.' }
} satisfies Record<string, Bilingual>;

/** At most this many findings under a piece of advice; the annex lists them all. */
const SHOWN_FINDINGS = 4;

/** With `withFindings` false (the findings annex left out), only where each piece of advice stands. */
export function enBrefChecklist(states: readonly AdviceState[], context: RenderContext, withFindings = true): Html {
    const count = (status: AdviceStatus) => states.filter((state) => state.status === status).length;
    return fragment(
        h('p', { class: 'intro' }, context.t(TEXTS.intro, { done: count('done'), open: count('open'), unchecked: count('unchecked') })),
        h('ol', { class: 'advice' }, states.map((state) => h('li', null,
            h('p', null, h('span', { class: `status ${state.status}` }, context.t(TEXTS[state.status]))),
            h('p', { class: 'text' }, context.t(state.text)),
            state.rules.length > 0
                ? h('p', { class: 'checked-by' }, context.t(TEXTS.checkedBy, { rules: state.rules.map((rule) => `${context.t(rule.title)} (${rule.id})`).join(' ; ') }))
                : h('p', { class: 'checked-by' }, context.t(TEXTS.notChecked)),
            withFindings && state.findings.length > 0 ? fragment(
                h('p', { class: 'checked-by' }, context.t(TEXTS.findings)),
                h('ul', null, state.findings.slice(0, SHOWN_FINDINGS).map((finding) => h('li', null, findingMessage(finding, context), ' ', h('span', { class: 'location' }, `(${findingLocation(finding, context)})`)))),
                state.findings.length > SHOWN_FINDINGS ? h('p', { class: 'checked-by' }, context.t(TEXTS.more, { count: state.findings.length - SHOWN_FINDINGS })) : undefined) : undefined))));
}
