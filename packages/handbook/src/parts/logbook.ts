import {
    addDays, DAY_MS, durationInDays, frequencyIntervalInDays, itemRange, PHASES, placedItems, rangeOf, targetsOf, timelineOf,
    isSelfEvaluation, type Bilingual, type Duo, type PhaseItem, type TrainingPath
} from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, type Html } from '../html.js';
import { capitalise, describeFrequency, displayName, EVALUATION_KINDS, REVIEW_WITH, roleWord } from '../labels.js';
import { nameOf } from './people.js';
import { competenceLabel } from './paths.js';

/**
 * The interview logbook: one page per interview the duo plans, dated from the duo's period and
 * its `entretiens` frequency, to fill in by hand during the interview and sign.
 */

/** A printed logbook stays usable: beyond this many interviews, the first ones are printed and the handbook says so. */
export const MAX_LOGBOOK_PAGES = 60;
/** Pages printed when the duo's period has no end (or no dates at all). */
export const OPEN_LOGBOOK_PAGES = 12;
/** The guide's example when the duo does not say how often: « une fois par semaine ». */
const GUIDE_INTERVAL_DAYS = 7;

export interface InterviewPlan {
    /** The date of each page, or undefined pages when the duo has no dates. */
    readonly dates: ReadonlyArray<Date | undefined>;
    /** How many interviews the calendar holds (more than the pages when capped). */
    readonly planned: number;
    readonly capped: boolean;
    readonly frequencyWritten: boolean;
    readonly openEnded: boolean;
    readonly undated: boolean;
}

/** The interviews of a duo: from its start, every interval, until its end (the mission's duration when the period has no end). */
export function plannedInterviews(duo: Duo): InterviewPlan {
    const written = frequencyIntervalInDays(duo.interviews);
    const interval = written !== undefined && written > 0 ? written : GUIDE_INTERVAL_DAYS;
    const range = rangeOf(duo.period);
    const frequencyWritten = written !== undefined && written > 0;
    if (!range) {
        return { dates: Array.from({ length: OPEN_LOGBOOK_PAGES }, () => undefined), planned: OPEN_LOGBOOK_PAGES, capped: false, frequencyWritten, openEnded: false, undated: true };
    }
    const missionDays = durationInDays(duo.mission?.duration);
    const end = range.end ?? (missionDays !== undefined && missionDays > 0 ? addDays(range.start, missionDays - 1) : undefined);
    const span = end ? Math.max(0, (end.getTime() - range.start.getTime()) / DAY_MS) : undefined;
    const planned = span === undefined ? OPEN_LOGBOOK_PAGES : Math.floor(span / interval + 1e-9) + 1;
    const pages = Math.min(planned, span === undefined ? OPEN_LOGBOOK_PAGES : MAX_LOGBOOK_PAGES);
    return {
        dates: Array.from({ length: pages }, (_, index) => addDays(range.start, index * interval)),
        planned,
        capped: pages < planned,
        frequencyWritten,
        openEnded: span === undefined,
        undated: false
    };
}

const TEXTS = {
    intro: { fr: '{tutor} et {tutee} se rencontrent {frequency}, sans la présence des bénéficiaires, {period}. Ce carnet compte une page par entretien prévu ({count}) : remplissez-la pendant l’entretien et signez-la ensemble.', en: '{tutor} and {tutee} meet {frequency}, without beneficiaries present, {period}. This logbook has one page per planned interview ({count}): fill it in during the interview and sign it together.' },
    noFrequency: { fr: 'La fréquence des entretiens n’est pas fixée dans le duo : les pages suivent l’exemple du guide, une fois par semaine.', en: 'The duo does not set how often interviews take place: the pages follow the guide’s example, once a week.' },
    capped: { fr: 'Le calendrier prévoit {planned} entretiens : ce carnet contient les {pages} premiers, pour rester maniable. Produisez à nouveau le livret pour la suite.', en: 'The calendar plans {planned} interviews: this logbook holds the first {pages}, to stay manageable. Produce the handbook again for the rest.' },
    openEnded: { fr: 'La période du duo n’a pas de date de fin : ce carnet contient les {pages} premiers entretiens.', en: 'The duo’s period has no end date: this logbook holds the first {pages} interviews.' },
    undated: { fr: 'Le duo n’a pas de période datée : les {pages} pages sont à dater à la main.', en: 'The duo has no dated period: date the {pages} pages by hand.' },
    guide: { fr: 'Le guide recommande des « moments réguliers d’entretien sans la présence des bénéficiaires (ex. : une fois par semaine) » (Des conditions de réussite).', en: 'The guide recommends “regular interviews without beneficiaries present (e.g. once a week)” (Conditions for success).' },
    noPeriod: { fr: 'sur toute la durée du tutorat', en: 'throughout the tutoring' },
    weekly: { fr: 'chaque semaine', en: 'every week' },
    page: { fr: 'Entretien {index} sur {count}', en: 'Interview {index} of {count}' },
    plannedOn: { fr: 'prévu le {date}', en: 'planned on {date}' },
    duo: { fr: 'Duo', en: 'Duo' },
    phase: { fr: 'Phase du parcours', en: 'Phase of the path' },
    agenda: { fr: 'À l’agenda d’ici l’entretien suivant', en: 'On the agenda until the next interview' },
    actualDate: { fr: 'Date de l’entretien', en: 'Date of the interview' },
    duration: { fr: 'Durée', en: 'Duration' },
    wentWell: { fr: 'Ce qui s’est bien passé depuis le dernier entretien', en: 'What went well since the last interview' },
    difficulties: { fr: 'Difficultés, étonnements, questions', en: 'Difficulties, surprises, questions' },
    competences: { fr: 'Compétences travaillées', en: 'Competences worked on' },
    selfEvaluation: { fr: 'Auto-évaluation du tutoré', en: 'Tutee’s self-evaluation' },
    decisions: { fr: 'Décisions et objectifs pour le prochain entretien', en: 'Decisions and goals for the next interview' },
    calendar: { fr: 'Le calendrier des entretiens', en: 'The interview calendar' },
    calendarCaption: { fr: 'Entretiens prévus — notez la date à laquelle chacun a eu lieu', en: 'Planned interviews — note the date each one took place' },
    number: { fr: 'N°', en: 'No.' },
    planned: { fr: 'Prévu le', en: 'Planned on' },
    held: { fr: 'Tenu le', en: 'Held on' },
    howTo: { fr: 'Pour conduire l’entretien', en: 'Running the interview' },
    howToIntro: { fr: 'Ce que le guide demande au tuteur pour accompagner et évaluer le tutoré :', en: 'What the guide asks of the tutor to accompany and evaluate the tutee:' }
} satisfies Record<string, Bilingual>;

/** The guide's words on accompanying and evaluating the tutee (« Missions du tuteur »). */
const INTERVIEW_GUIDANCE: readonly Bilingual[] = [
    { fr: 'Écouter les questions, les suggestions, les difficultés exprimées.', en: 'Listen to the questions, suggestions and difficulties expressed.' },
    { fr: 'Faire réfléchir au sens des activités réalisées.', en: 'Help the tutee reflect on the meaning of the activities carried out.' },
    { fr: 'Stimuler l’autoévaluation.', en: 'Encourage self-evaluation.' },
    { fr: 'Formaliser régulièrement la progression « en situation » du tutoré et renvoyer des feedbacks constructifs.', en: 'Regularly put the tutee’s progress “in situation” into words and give constructive feedback.' },
    { fr: 'Encourager et soutenir la motivation et l’estime de soi.', en: 'Encourage and support motivation and self-esteem.' },
    { fr: 'Rappeler le cadre, les règles et les limites.', en: 'Recall the framework, the rules and the limits.' },
    { fr: 'Développer le pouvoir d’agir et l’autonomie.', en: 'Develop the power to act and autonomy.' }
];

export interface LogbookOptions {
    readonly idPrefix: string;
    /** Heading level of each page's title. */
    readonly level: 3 | 4;
}

/** The logbook of one duo: a short introduction, then a page per interview. */
export function duoLogbook(duo: Duo, paths: readonly TrainingPath[], context: RenderContext, options: LogbookOptions): Html {
    const plan = plannedInterviews(duo);
    const tutor = nameOf(duo.tutor);
    const tutee = nameOf(duo.tutee);
    const notes = [
        !plan.frequencyWritten ? context.t(TEXTS.noFrequency) : undefined,
        plan.capped ? context.t(TEXTS.capped, { planned: plan.planned, pages: plan.dates.length }) : undefined,
        plan.openEnded ? context.t(TEXTS.openEnded, { pages: plan.dates.length }) : undefined,
        plan.undated ? context.t(TEXTS.undated, { pages: plan.dates.length }) : undefined
    ].filter((note): note is string => note !== undefined);
    const heading = `h${options.level}`;
    const intro = h('div', { class: 'logbook-intro' },
        h('p', { class: 'intro' }, context.t(TEXTS.intro, {
            tutor, tutee,
            frequency: describeFrequency(duo.interviews, context.locale) ?? context.t(TEXTS.weekly),
            period: context.period(duo.period) ?? context.t(TEXTS.noPeriod),
            count: plan.dates.length
        })),
        notes.map((note) => h('p', { class: 'note' }, note)),
        h('p', { class: 'muted' }, context.t(TEXTS.guide)),
        plan.undated ? undefined : fragment(
            h(heading, null, context.t(TEXTS.calendar)),
            h('table', { class: 'calendar' },
                h('caption', null, context.t(TEXTS.calendarCaption)),
                h('thead', null, h('tr', null, [TEXTS.number, TEXTS.planned, TEXTS.phase, TEXTS.held].map((column) => h('th', { scope: 'col' }, context.t(column))))),
                h('tbody', null, plan.dates.map((date, index) => h('tr', null,
                    h('th', { scope: 'row' }, h('a', { href: `#${options.idPrefix}-${index + 1}` }, String(index + 1))),
                    h('td', null, context.date(date) ?? ''),
                    h('td', null, date ? phaseAt(paths, date, context) ?? '' : ''),
                    h('td', { class: 'blank' })))))),
        h(heading, null, context.t(TEXTS.howTo)),
        h('p', null, context.t(TEXTS.howToIntro)),
        h('ul', null, INTERVIEW_GUIDANCE.map((line) => h('li', null, context.t(line)))));
    return fragment(intro, plan.dates.map((date, index) => interviewPage(duo, paths, plan, index, date, context, options)));
}

function interviewPage(duo: Duo, paths: readonly TrainingPath[], plan: InterviewPlan, index: number, date: Date | undefined, context: RenderContext, options: LogbookOptions): Html {
    const id = `${options.idPrefix}-${index + 1}`;
    const next = plan.dates[index + 1];
    const targets = paths.flatMap((path) => targetsOf(path).map((mention) => mention.competence)).filter((competence, position, all) => all.indexOf(competence) === position);
    const selfEvaluation = paths.flatMap((path) => placedItems(path).map(({ item }) => item)).find(isSelfEvaluation);
    const heading = context.t(TEXTS.page, { index: index + 1, count: plan.dates.length }) + (date ? ` — ${context.t(TEXTS.plannedOn, { date: context.date(date) })}` : '');
    const phase = date ? phaseAt(paths, date, context) : undefined;
    const agenda = date ? agendaBetween(paths, date, next, context) : [];
    const tutor = duo.tutor?.ref;
    const tutee = duo.tutee?.ref;
    return h('section', { class: 'logbook-page', id, 'aria-labelledby': `${id}-titre` },
        h(`h${options.level}`, { id: `${id}-titre` }, heading),
        h('dl', { class: 'facts agenda' },
            h('dt', null, context.t(TEXTS.duo)), h('dd', null, `${nameOf(duo.tutor)} · ${nameOf(duo.tutee)}`),
            phase ? fragment(h('dt', null, context.t(TEXTS.phase)), h('dd', null, phase)) : undefined,
            agenda.length > 0 ? fragment(h('dt', null, context.t(TEXTS.agenda)), h('dd', null, agenda.join(' ; '))) : undefined),
        h('div', { class: 'inline-fields' }, field(context.t(TEXTS.actualDate)), field(context.t(TEXTS.duration))),
        field(context.t(TEXTS.wentWell), 'lines'),
        field(context.t(TEXTS.difficulties), 'lines'),
        targets.length > 0
            ? h('div', { class: 'field' }, h('p', null, context.t(TEXTS.competences)),
                h('ul', { class: 'checklist' }, targets.map((competence) => h('li', null, h('span', { class: 'box', 'aria-hidden': 'true' }), competenceLabel(competence)))))
            : field(context.t(TEXTS.competences), 'lines'),
        field(context.t(TEXTS.selfEvaluation), 'lines', selfEvaluation?.note),
        field(context.t(TEXTS.decisions), 'tall'),
        h('div', { class: 'signatures' },
            [[tutor, 'tutor'] as const, [tutee, 'tutee'] as const].map(([person, role]) => h('div', { class: 'signature' },
                h('p', { class: 'who' }, `${capitalise(roleWord(person, role, context.locale))} · ${displayName(person) || (role === 'tutor' ? nameOf(duo.tutor) : nameOf(duo.tutee))}`)))));
}

function field(label: string, room?: 'lines' | 'tall', hint?: string): Html {
    return h('div', { class: 'field' },
        h('p', null, label, hint ? fragment(' ', h('span', { class: 'hint' }, `(${hint})`)) : undefined),
        room ? h('div', { class: room === 'tall' ? 'lines tall' : 'lines', 'aria-hidden': 'true' }) : undefined);
}

/** The phase of the tutee's path that the date falls in. */
function phaseAt(paths: readonly TrainingPath[], date: Date, context: RenderContext): string | undefined {
    for (const path of paths) {
        for (const slot of timelineOf(path).phases) {
            const range = slot.range;
            if (range && range.start.getTime() <= date.getTime() && (!range.end || date.getTime() <= range.end.getTime())) {
                const kind = context.label(PHASES[slot.phase.kind]);
                const title = slot.phase.title?.trim();
                return title && title !== kind ? `${title} (${kind})` : kind;
            }
        }
    }
    return undefined;
}

/** The dated activities, evaluations and reviews from this interview until the next one. */
function agendaBetween(paths: readonly TrainingPath[], from: Date, until: Date | undefined, context: RenderContext): string[] {
    return paths.flatMap((path) => placedItems(path))
        .map(({ item }) => ({ item, range: itemRange(item) }))
        .filter(({ range }) => range !== undefined && range.start.getTime() >= from.getTime() && (until === undefined || range.start.getTime() < until.getTime()))
        .sort((a, b) => a.range!.start.getTime() - b.range!.start.getTime())
        .map(({ item, range }) => `${itemName(item, context)} (${context.date(range!.start)})`);
}

function itemName(item: PhaseItem, context: RenderContext): string {
    switch (item.$type) {
        case 'Activity':
            return item.title;
        case 'Evaluation':
            return item.title?.trim() || context.t(EVALUATION_KINDS[item.kind]);
        case 'ProgressReview':
            return context.t(REVIEW_WITH, { superior: nameOf(item.superior) });
        default:
            return context.t(TEXTS.selfEvaluation);
    }
}
