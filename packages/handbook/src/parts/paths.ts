import {
    isActivity, isEvaluation, isProgressReview, itemRange, PHASES, targetsOf, timelineOf,
    type Bilingual, type Competence, type PhaseItem, type PhaseSlot, type Placement, type TrainingPath
} from '@tutorat/language';
import type { Reference } from 'langium';
import type { RenderContext } from '../context.js';
import { fragment, h, link, paragraphs, type Child, type Html } from '../html.js';
import { describeDuration, describeFrequency, displayName, EVALUATION_KINDS, REVIEW_WITH } from '../labels.js';
import { nameOf, referentLine } from './people.js';

/** A training path as a timeline: its phases in the order written, each with its dated steps. */

const TEXTS = {
    tutee: { fr: 'Tutoré', en: 'Tutee' },
    period: { fr: 'Période', en: 'Period' },
    frameworks: { fr: 'Référentiel', en: 'Competence framework' },
    targets: { fr: 'Compétences visées', en: 'Targeted competences' },
    placement: { fr: 'Stage avec {partner}', en: 'Placement with {partner}' },
    duration: { fr: 'Durée', en: 'Duration' },
    schedule: { fr: 'Horaire', en: 'Schedule' },
    objectives: { fr: 'Objectifs', en: 'Objectives' },
    evaluation: { fr: 'Évaluation', en: 'Evaluation' },
    referent: { fr: 'Référent de l’organisme', en: 'Partner’s referent' },
    insurance: { fr: 'Assurance', en: 'Insurance' },
    priorContact: { fr: 'Contact préalable', en: 'Prior contact' },
    followUp: { fr: 'Suivi', en: 'Follow-up' },
    phases: { fr: 'Les étapes du parcours', en: 'The steps of the path' },
    computed: { fr: '{dates} — dates calculées d’après la durée ({duration})', en: '{dates} — dates computed from the duration ({duration})' },
    lasting: { fr: 'Pendant {duration}', en: 'For {duration}' },
    activity: { fr: 'Activité', en: 'Activity' },
    review: { fr: 'Bilan', en: 'Progress review' },
    selfEvaluation: { fr: 'Auto-évaluation', en: 'Self-evaluation' },
    withTutee: { fr: 'en présence du tutoré', en: 'with the tutee present' },
    by: { fr: 'par {names}', en: 'by {names}' },
    develops: { fr: 'Compétences travaillées : {codes}', en: 'Competences worked on: {codes}' },
    assesses: { fr: 'Compétences évaluées : {codes}', en: 'Competences assessed: {codes}' },
    selfEvaluationEvery: { fr: 'Auto-évaluation du tutoré, {frequency}', en: 'Tutee’s self-evaluation, {frequency}' },
    selfEvaluationPlain: { fr: 'Auto-évaluation du tutoré', en: 'Tutee’s self-evaluation' },
    noPhase: { fr: 'Aucune phase n’est encore décrite.', en: 'No phase is described yet.' },
    emptyPhase: { fr: 'Rien n’est encore prévu dans cette phase.', en: 'Nothing is planned in this phase yet.' }
} satisfies Record<string, Bilingual>;

/** One path: its facts, its placement, then its phases. `level` is the heading level of the path's title. */
export function pathSection(path: TrainingPath, id: string, context: RenderContext, level: 2 | 3): Html {
    const heading = `h${level}`;
    const sub = `h${level + 1}`;
    const timeline = timelineOf(path);
    return h('section', { class: 'path', id, 'aria-labelledby': `${id}-titre` },
        h(heading, { id: `${id}-titre` }, pathTitle(path)),
        h('dl', { class: 'facts' },
            fact(context.t(TEXTS.tutee), nameOf(path.tutee)),
            fact(context.t(TEXTS.period), context.period(path.period)),
            fact(context.t(TEXTS.frameworks), path.frameworks.map((framework) => framework.ref ? displayName(framework.ref) : framework.$refText).join(', ') || undefined),
            targetsOf(path).length > 0 ? fact(context.t(TEXTS.targets), h('ul', null, targetsOf(path).map(({ competence }) => h('li', null, competenceLabel(competence), references(competence))))) : undefined),
        path.placement ? placement(path.placement, context, sub) : undefined,
        h(sub, null, context.t(TEXTS.phases)),
        path.phases.length === 0
            ? h('p', { class: 'empty' }, context.t(TEXTS.noPhase))
            : h('ol', { class: 'timeline' }, timeline.phases.map((slot) => phase(slot, context, `h${level + 2}`))));
}

export function pathTitle(path: TrainingPath): string {
    return path.title?.trim() || path.name;
}

/** « QUO1 — Accompagner les actes de la vie quotidienne ». */
export function competenceLabel(competence: Competence): Html {
    return fragment(h('span', { class: 'code' }, competence.name), ' — ', competence.title);
}

/** Where a competence is registered elsewhere: ESCO (a link when it is a real web address), RNCP, RS, SFMQ. */
function references(competence: Competence): Html | undefined {
    const entries: Child[] = [
        competence.esco ? link(competence.esco, 'ESCO') : undefined,
        competence.rncp ? registered('RNCP', competence.rncp) : undefined,
        competence.rs ? registered('RS', competence.rs) : undefined,
        competence.sfmq ? registered('SFMQ', competence.sfmq) : undefined
    ].filter((entry) => entry !== undefined);
    return entries.length === 0 ? undefined : h('small', { class: 'muted' }, ' (', entries.map((entry, index) => fragment(index > 0 ? ', ' : '', entry)), ')');
}

/** « RNCP 35830BC01 », without repeating the register's name when the code already carries it. */
function registered(register: string, code: string): string {
    return code.toUpperCase().startsWith(register) ? code : `${register} ${code}`;
}

function fact(term: string, value: Child): Html | undefined {
    return value === undefined || value === '' ? undefined : fragment(h('dt', null, term), h('dd', null, value));
}

function placement(node: Placement, context: RenderContext, heading: string): Html {
    return fragment(
        h(heading, null, context.t(TEXTS.placement, { partner: nameOf(node.partner) })),
        h('dl', { class: 'facts' },
            fact(context.t(TEXTS.duration), describeDuration(node.duration, context.locale)),
            fact(context.t(TEXTS.schedule), node.schedule),
            fact(context.t(TEXTS.objectives), node.objectives ? paragraphs(node.objectives) : undefined),
            fact(context.t(TEXTS.evaluation), node.evaluation),
            fact(context.t(TEXTS.referent), node.referent?.ref ? referentLine(node.referent.ref) : node.referent?.$refText),
            fact(context.t(TEXTS.insurance), node.insurance),
            fact(context.t(TEXTS.priorContact), node.priorContact ? [context.writtenDate(node.priorContact), node.priorContactNote ? ` — ${node.priorContactNote}` : ''] : undefined),
            fact(context.t(TEXTS.followUp), node.followUp ? [describeFrequency(node.followUp, context.locale), node.followUpNote ? ` — ${node.followUpNote}` : ''] : undefined)));
}

function phase(slot: PhaseSlot, context: RenderContext, heading: string): Html {
    const { phase: node } = slot;
    const kind = context.label(PHASES[node.kind]);
    const title = node.title?.trim();
    const dates = context.dateRange(slot.range);
    const duration = describeDuration(node.duration, context.locale);
    const when = slot.origin === 'duration' && dates && duration
        ? context.t(TEXTS.computed, { dates, duration })
        : dates ?? (duration ? context.t(TEXTS.lasting, { duration }) : undefined);
    return h('li', null,
        h(heading, null, title || kind),
        h('p', { class: 'when' }, title && title !== kind ? `${kind}${when ? ' · ' : ''}` : '', when ?? ''),
        node.items.length === 0
            ? h('p', { class: 'empty' }, context.t(TEXTS.emptyPhase))
            : h('ul', { class: 'steps' }, node.items.map((item) => step(item, context))));
}

function step(item: PhaseItem, context: RenderContext): Html {
    const when = context.dateRange(itemRange(item));
    const dated = when ? ` (${when})` : '';
    if (isActivity(item)) {
        return stepLine(context.t(TEXTS.activity), item.title, dated, codes(item.competences, TEXTS.develops, context));
    }
    if (isEvaluation(item)) {
        const names = item.evaluators.map((evaluator) => nameOf(evaluator)).filter((name) => name.length > 0);
        return stepLine(context.t(EVALUATION_KINDS[item.kind]), item.title ?? '', dated,
            names.length > 0 ? `, ${context.t(TEXTS.by, { names: names.join(', ') })}` : '', codes(item.competences, TEXTS.assesses, context));
    }
    if (isProgressReview(item)) {
        return stepLine(context.t(TEXTS.review), context.t(REVIEW_WITH, { superior: nameOf(item.superior) }), dated, item.withTutee ? `, ${context.t(TEXTS.withTutee)}` : '');
    }
    const frequency = describeFrequency(item.frequency, context.locale);
    return stepLine(context.t(TEXTS.selfEvaluation), frequency ? context.t(TEXTS.selfEvaluationEvery, { frequency }) : context.t(TEXTS.selfEvaluationPlain), item.note ? ` — ${item.note}` : '');
}

/** A step: what kind it is in the margin, what happens beside it. */
function stepLine(kind: string, ...body: Child[]): Html {
    return h('li', null, h('span', { class: 'tag' }, kind), h('span', { class: 'step' }, body));
}

function codes(references: ReadonlyArray<Reference<Competence>>, text: Bilingual, context: RenderContext): Html | undefined {
    if (references.length === 0) {
        return undefined;
    }
    return h('small', { class: 'muted competences' }, context.t(text, { codes: references.map((reference) => reference.ref?.name ?? reference.$refText).join(', ') }));
}
