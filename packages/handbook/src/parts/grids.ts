import {
    evaluationsOf, frameworkOf, isReferent, targetsOf,
    type Bilingual, type Competence, type Criterion, type Duo, type Evaluation, type Framework, type Person, type Referent, type TrainingPath
} from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, type Html } from '../html.js';
import { capitalise, displayName, EVALUATION_KINDS, roleWord } from '../labels.js';
import { competenceLabel, pathTitle } from './paths.js';

/**
 * The competence framework as an evaluation grid: one per evaluation the path plans (or one for
 * the path's targets when none is planned), the framework's scale as columns with a box to tick,
 * and room for the date and signatures of the tutor, the tutee and, for a placement, the partner's
 * referent.
 */

const TEXTS = {
    blank: { fr: 'Grille d’évaluation', en: 'Evaluation grid' },
    of: { fr: '{title} — {tutee}', en: '{title} — {tutee}' },
    path: { fr: 'Parcours', en: 'Path' },
    planned: { fr: 'Prévue le', en: 'Planned on' },
    evaluators: { fr: 'Évaluateurs', en: 'Evaluators' },
    scale: { fr: 'Échelle : {levels}', en: 'Scale: {levels}' },
    defaultScale: { fr: 'le référentiel ne fixe pas d’échelle : échelle de Tutorat', en: 'the framework sets no scale: Tutorat’s scale' },
    competence: { fr: 'Compétence, critères et indicateurs', en: 'Competence, criteria and indicators' },
    observations: { fr: 'Observations', en: 'Observations' },
    caption: { fr: '{framework} — cochez un niveau par compétence', en: '{framework} — tick one level per competence' },
    signatures: { fr: 'Date et signatures', en: 'Date and signatures' },
    date: { fr: 'Date :', en: 'Date:' },
    signature: { fr: 'Signature :', en: 'Signature:' },
    referent: { fr: 'Référent de l’organisme partenaire', en: 'Partner organisation’s referent' },
    evaluator: { fr: 'Évaluateur', en: 'Evaluator' },
    dimensions: { fr: 'À prendre en compte : {list}', en: 'To take into account: {list}' },
    noCompetence: { fr: 'Cette évaluation ne nomme aucune compétence du référentiel : ajoutez « sur » suivi des codes des compétences évaluées.', en: 'This evaluation names no competence of the framework: add “sur” followed by the codes of the competences assessed.' }
} satisfies Record<string, Bilingual>;

/** When a framework has no scale of its own. */
const DEFAULT_SCALE: readonly Bilingual[] = [
    { fr: 'Non acquis', en: 'Not acquired' },
    { fr: 'En cours d’acquisition', en: 'Being acquired' },
    { fr: 'Acquis', en: 'Acquired' }
];

export interface GridTarget {
    readonly id: string;
    readonly title: string;
}

/** The grids of a path, each a section starting on its own page; `level` is the heading level of each grid. */
export function pathGrids(path: TrainingPath, duos: readonly Duo[], idPrefix: string, context: RenderContext, level: 3 | 4): { readonly html: Html; readonly entries: GridTarget[] } {
    const planned = evaluationsOf(path).map(({ item }) => item);
    const evaluations: Array<Evaluation | undefined> = planned.length > 0 ? planned : [undefined];
    const entries: GridTarget[] = [];
    const html = fragment(evaluations.map((evaluation, index) => {
        const id = `${idPrefix}-${index + 1}`;
        const title = context.t(TEXTS.of, { title: evaluationTitle(evaluation, context), tutee: path.tutee?.ref ? displayName(path.tutee.ref) : path.tutee?.$refText ?? '' });
        entries.push({ id, title });
        return grid(path, evaluation, duos, id, title, context, level);
    }));
    return { html, entries };
}

function evaluationTitle(evaluation: Evaluation | undefined, context: RenderContext): string {
    if (!evaluation) {
        return context.t(TEXTS.blank);
    }
    const kind = context.t(EVALUATION_KINDS[evaluation.kind]);
    return evaluation.title?.trim() ? `${kind} — ${evaluation.title.trim()}` : kind;
}

function grid(path: TrainingPath, evaluation: Evaluation | undefined, duos: readonly Duo[], id: string, title: string, context: RenderContext, level: 3 | 4): Html {
    const competences = evaluation && evaluation.competences.length > 0
        ? unique(evaluation.competences.map((reference) => reference.ref).filter((competence): competence is Competence => competence !== undefined))
        : targetsOf(path).map((mention) => mention.competence);
    const evaluators = evaluation?.evaluators.map((reference) => reference.ref).filter((evaluator) => evaluator !== undefined) ?? [];
    return h('section', { class: 'grid', id, 'aria-labelledby': `${id}-titre` },
        h(`h${level}`, { id: `${id}-titre` }, title),
        h('dl', { class: 'facts' },
            h('dt', null, context.t(TEXTS.path)), h('dd', null, pathTitle(path)),
            evaluation?.date ? fragment(h('dt', null, context.t(TEXTS.planned)), h('dd', null, context.writtenDate(evaluation.date) ?? '')) : undefined,
            evaluators.length > 0 ? fragment(h('dt', null, context.t(TEXTS.evaluators)), h('dd', null, evaluators.map((evaluator) => displayName(evaluator)).join(', '))) : undefined),
        competences.length === 0
            ? h('p', { class: 'empty' }, context.t(TEXTS.noCompetence))
            : byFramework(competences).map(({ framework, competences: own }) => table(framework, own, path, context)),
        h(`h${level + 1}`, null, context.t(TEXTS.signatures)),
        h('div', { class: 'signatures' }, signers(path, duos, evaluators, context).map(({ role, name }) => h('div', { class: 'signature' },
            h('p', { class: 'who' }, `${role} · ${name}`),
            h('p', null, context.t(TEXTS.date)),
            h('p', null, context.t(TEXTS.signature))))));
}

function table(framework: Framework | undefined, competences: readonly Competence[], path: TrainingPath, context: RenderContext): Html {
    const levels = framework?.scale?.levels.length ? framework.scale.levels : DEFAULT_SCALE.map((level) => context.t(level));
    const name = framework ? displayName(framework) : '';
    return fragment(
        h('p', { class: 'muted' }, context.t(TEXTS.scale, { levels: levels.join(' · ') }), framework?.scale?.levels.length ? '' : ` (${context.t(TEXTS.defaultScale)})`),
        h('table', null,
            h('caption', null, context.t(TEXTS.caption, { framework: name })),
            h('thead', null, h('tr', null,
                h('th', { scope: 'col' }, context.t(TEXTS.competence)),
                levels.map((level) => h('th', { scope: 'col', class: 'level' }, level)),
                h('th', { scope: 'col' }, context.t(TEXTS.observations)))),
            h('tbody', null, competences.map((competence) => h('tr', null,
                h('th', { scope: 'row' }, competenceLabel(competence), dimensionsLine(competence, context), criteriaList([...competence.criteria, ...pathCriteria(path, competence)])),
                levels.map(() => h('td', { class: 'tick' }, h('span', { class: 'box', 'aria-hidden': 'true' }))),
                h('td', { class: 'notes' }))))));
}

/** The transversal dimensions the framework names for a competence (« dimensions déontologie, éthique »): what the tutor watches too. */
function dimensionsLine(competence: Competence, context: RenderContext): Html | undefined {
    return competence.dimensions.length === 0 ? undefined
        : h('p', { class: 'dimensions' }, context.t(TEXTS.dimensions, { list: competence.dimensions.map((dimension) => dimension.replace('-', ' ')).join(', ') }));
}

function criteriaList(criteria: readonly Criterion[]): Html | undefined {
    const written = criteria.filter((criterion) => criterion.title?.trim());
    return written.length === 0 ? undefined : h('ul', { class: 'criteria' }, written.map((criterion) => h('li', null, criterion.title,
        criterion.indicators.length > 0 ? h('ul', null, criterion.indicators.map((indicator) => h('li', null, indicator.text))) : undefined)));
}

/** Criteria the path adds for a competence (« critères pour … »). */
function pathCriteria(path: TrainingPath, competence: Competence): Criterion[] {
    return path.criteria.filter((block) => block.competence?.ref === competence).flatMap((block) => block.criteria);
}

/** Competences grouped by their framework, frameworks in order of first appearance. */
function byFramework(competences: readonly Competence[]): Array<{ framework: Framework | undefined; competences: Competence[] }> {
    const groups: Array<{ framework: Framework | undefined; competences: Competence[] }> = [];
    for (const competence of competences) {
        const framework = frameworkOf(competence);
        const group = groups.find((candidate) => candidate.framework === framework);
        if (group) {
            group.competences.push(competence);
        } else {
            groups.push({ framework, competences: [competence] });
        }
    }
    return groups;
}

/** Who signs: the tutor(s), the tutee, the placement's referent, and any other evaluator named. */
function signers(path: TrainingPath, duos: readonly Duo[], evaluators: ReadonlyArray<Person | Referent>, context: RenderContext): Array<{ role: string; name: string }> {
    const tutee = path.tutee?.ref;
    const tutors = unique(duos.map((duo) => duo.tutor?.ref).filter((tutor): tutor is Person => tutor !== undefined));
    const referent = path.placement?.referent?.ref;
    const seen = new Set<object>();
    const list: Array<{ role: string; name: string }> = [];
    const add = (node: Person | Referent | undefined, role: string) => {
        if (node && !seen.has(node)) {
            seen.add(node);
            list.push({ role, name: displayName(node) });
        }
    };
    tutors.forEach((tutor) => add(tutor, capitalise(roleWord(tutor, 'tutor', context.locale))));
    add(tutee, capitalise(roleWord(tutee, 'tutee', context.locale)));
    add(referent, context.t(TEXTS.referent));
    evaluators.forEach((evaluator) => add(evaluator, context.t(isReferent(evaluator) ? TEXTS.referent : TEXTS.evaluator)));
    return list;
}

function unique<T>(values: readonly T[]): T[] {
    return values.filter((value, index) => values.indexOf(value) === index);
}
