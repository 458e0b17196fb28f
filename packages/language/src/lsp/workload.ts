import { AstUtils, type AstNode } from 'langium';
import { isPerson, type Duo, type Person, type TrainingPath } from '../generated/ast.js';
import { joinList, type Locale } from '../i18n/locale.js';
import { daysIn, timelineOf } from '../model/path.js';
import { durationInDays, formatSpan, overlaps, rangeOf } from '../model/time.js';
import { describeThresholdSource, RuleQueries, type Threshold } from '../rules/rule-queries.js';
import { institutionOf } from '../scoping/qualified-names.js';
import type { TutoratServices } from '../tutorat-module.js';

/**
 * Figures the editor shows next to the text (hovers, inlay hints): a tutor's load against the
 * charter's maximum, a path's length. They read the workspace through RuleQueries without a reader
 * document, so that looking does not change what rules depend on.
 */
export function queriesFor(services: TutoratServices, node: AstNode): RuleQueries {
    const document = AstUtils.getDocument(node);
    return new RuleQueries(services.shared.tutorat.WorkspaceFacts, undefined, services.shared.tutorat.Configuration.forDocument(document.uri));
}

export interface TutorLoad {
    /** The most tutees accompanied at the same time. */
    readonly count: number;
    /** Who they are, at that moment. */
    readonly tutees: readonly string[];
    /** All the tutor's duos, in every file of the institution. */
    readonly duos: readonly Duo[];
    readonly max: Threshold<number>;
}

/** The highest number of tutees a tutor accompanies at once, over all their duos. */
export function tutorLoad(tutor: Person, queries: RuleQueries): TutorLoad | undefined {
    const institution = institutionOf(tutor);
    if (!institution || !tutor.name) {
        return undefined;
    }
    const duos = queries.duosOfTutor(institution, tutor.name);
    const max = queries.thresholds(institution, tutor.service?.$refText).maxTutees;
    const moments = duos.map((duo) => rangeOf(duo.period)?.start).filter((start): start is Date => start !== undefined);
    let busiest = duos.filter((duo) => !rangeOf(duo.period));
    for (const moment of moments) {
        const running = runningAt(duos, moment);
        if (running.length > busiest.length) {
            busiest = running;
        }
    }
    return { count: busiest.length, tutees: busiest.map((duo) => duo.tutee?.$refText ?? '?'), duos, max };
}

/** The tutees the tutor of a duo accompanies when this duo starts, this one included. */
export function loadAtStartOf(duo: Duo, queries: RuleQueries): Omit<TutorLoad, 'duos'> | undefined {
    const tutor = duo.tutor?.ref;
    const institution = institutionOf(duo);
    if (!tutor || !isPerson(tutor) || !institution) {
        return undefined;
    }
    const duos = queries.duosOfTutor(institution, tutor.name);
    const start = rangeOf(duo.period)?.start;
    const running = start ? runningAt(duos, start) : duos;
    const withThis = running.includes(duo) ? running : [...running, duo];
    return {
        count: withThis.length,
        tutees: withThis.map((other) => other.tutee?.$refText ?? '?'),
        max: queries.thresholds(institution, tutor.service?.$refText).maxTutees
    };
}

function runningAt(duos: readonly Duo[], moment: Date): Duo[] {
    return duos.filter((duo) => overlaps(rangeOf(duo.period), { start: moment, end: moment }));
}

/** « 2 / 2 tutorés » — "2 / 2 tutees". */
export function formatLoad(load: Pick<TutorLoad, 'count' | 'max'>, locale: Locale): string {
    return `${load.count} / ${load.max.value} ${locale === 'fr' ? 'tutorés' : 'tutees'}`;
}

/** « 2 / 2 tutorés en même temps (Léa, Karim) — maximum 2, fixé par la charte de l’institution ». */
export function describeLoad(load: Pick<TutorLoad, 'count' | 'max' | 'tutees'>, locale: Locale): string {
    const who = load.tutees.length > 0 ? ` (${joinList([...load.tutees], locale)})` : '';
    const at = locale === 'fr' ? 'en même temps' : 'at the same time';
    const max = locale === 'fr' ? 'maximum' : 'maximum';
    return `${formatLoad(load, locale)} ${at}${who} — ${max} ${load.max.value}, ${describeThresholdSource(load.max.source, locale)}`;
}

/** How long a path lasts: its own dates, or the span its phases cover. */
export function pathLength(path: TrainingPath): number | undefined {
    const timeline = timelineOf(path);
    const own = timeline.range && daysIn(timeline.range);
    if (own !== undefined) {
        return own;
    }
    const placed = timeline.phases.map((slot) => slot.range).filter((range) => range !== undefined);
    const first = placed[0];
    const last = placed[placed.length - 1];
    if (first && last?.end) {
        return daysIn({ start: first.start, end: last.end });
    }
    // No dates at all: the phases' durations laid end to end.
    const durations = path.phases.map((phase) => durationInDays(phase.duration));
    const total = durations.every((days) => days !== undefined) ? durations.reduce((sum, days) => sum! + days!, 0) : undefined;
    return total && total > 0 ? Math.round(total) : undefined;
}

/** « 14 semaines », « 26 semaines (6 mois) ». */
export function formatLength(days: number, locale: Locale): string {
    const weeks = Math.round(days / 7);
    if (weeks < 1) {
        return formatSpan({ value: days, unit: 'day' }, locale);
    }
    const text = formatSpan({ value: weeks, unit: 'week' }, locale);
    const months = Math.round(days / (365.25 / 12));
    return weeks >= 8 ? `${text} (${formatSpan({ value: months, unit: 'month' }, locale)})` : text;
}
