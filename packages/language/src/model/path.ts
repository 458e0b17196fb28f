import type { AstNode, Reference } from 'langium';
import {
    isActivity, isCompetence, isEvaluation, isProgressReview,
    type Activity, type Competence, type Criterion, type Evaluation, type Framework, type Period, type Phase, type PhaseItem, type TrainingPath
} from '../generated/ast.js';
import { frameworkOf } from '../scoping/qualified-names.js';
import { quote, type Locale } from '../i18n/locale.js';
import { addDays, DAY_MS, durationInDays, formatDate, parseDate, rangeOf, type DateRange } from './time.js';

/**
 * A training path read as a timeline: its phases laid out in time, the dated items of each phase,
 * and which competences it targets, works on and assesses.
 */

/**
 * Durations written in weeks or months are averages (a month counts 30.4 days) and plans are
 * written in round numbers: phases laid end to end that finish within a week after the path's end
 * are not treated as impossible.
 */
export const APPROXIMATION_DAYS = 6;

/** A period whose dates exist and are in order; langage/valeur reports the others. */
export function validRange(period: Period | undefined): DateRange | undefined {
    const range = rangeOf(period);
    if (!range || (period?.end !== undefined && !parseDate(period.end))) {
        return undefined;
    }
    return range.end && range.end < range.start ? undefined : range;
}

/** Where a phase sits in time, and whether its dates are written or computed from `pendant`. */
export interface PhaseSlot {
    readonly phase: Phase;
    readonly index: number;
    /** Written dates (`du … au …`), dates laid out from `pendant`, or none. */
    readonly origin: 'period' | 'duration' | 'none';
    readonly range?: DateRange;
}

export interface PathTimeline {
    /** The path's own period, when its dates are valid. */
    readonly range?: DateRange;
    readonly phases: readonly PhaseSlot[];
}

/**
 * The phases in time: a phase with its own period keeps it; a phase `pendant` a duration starts
 * the day after the previous phase ends (the first one on the path's start) and lasts that long.
 */
export function timelineOf(path: TrainingPath): PathTimeline {
    const range = validRange(path.period);
    let cursor: Date | undefined = range?.start;
    const phases = path.phases.map((phase, index): PhaseSlot => {
        const written = validRange(phase.period);
        if (written) {
            cursor = written.end ? addDays(written.end, 1) : undefined;
            return { phase, index, origin: 'period', range: written };
        }
        const days = durationInDays(phase.duration);
        if (phase.period === undefined && days !== undefined && days > 0 && cursor) {
            const end = addDays(cursor, Math.max(days - 1, 0));
            const slot: PhaseSlot = { phase, index, origin: 'duration', range: { start: cursor, end } };
            cursor = addDays(end, 1);
            return slot;
        }
        cursor = undefined;
        return { phase, index, origin: 'none' };
    });
    return { range, phases };
}

/**
 * The phases in the order they happen: phases with written dates are ordered by their dates, among
 * the places they hold; the others (undated, or laid out from `pendant`) keep the order they are
 * written in. Dates say more than the order of writing.
 */
export function inTimeOrder(timeline: PathTimeline): PhaseSlot[] {
    const dated = timeline.phases.filter(isDated).sort((a, b) => a.range.start.getTime() - b.range.start.getTime() || a.index - b.index);
    let next = 0;
    return timeline.phases.map((slot) => (isDated(slot) ? dated[next++] : slot));
}

/** A phase whose dates are written (`du … au …`). */
export function isDated(slot: PhaseSlot): slot is PhaseSlot & { readonly range: DateRange } {
    return slot.origin === 'period' && slot.range !== undefined;
}

/** The dates of an item of a phase: an activity's day or period, an evaluation's or review's day. */
export function itemRange(item: PhaseItem): DateRange | undefined {
    if (isActivity(item)) {
        const day = parseDate(item.date);
        return day ? { start: day, end: day } : validRange(item.period);
    }
    if (isEvaluation(item) || isProgressReview(item)) {
        const day = parseDate(item.date);
        return day ? { start: day, end: day } : undefined;
    }
    return undefined;
}

/** An item with its place in the path: which phase, where in it, when. */
export interface PlacedItem<T extends PhaseItem = PhaseItem> {
    readonly item: T;
    readonly phaseIndex: number;
    readonly position: number;
    readonly range?: DateRange;
}

export function placedItems(path: TrainingPath): PlacedItem[] {
    return path.phases.flatMap((phase, phaseIndex) => phase.items.map((item, position) => ({ item, phaseIndex, position, range: itemRange(item) })));
}

export function activitiesOf(path: TrainingPath): Array<PlacedItem<Activity>> {
    return placedItems(path).filter((placed): placed is PlacedItem<Activity> => isActivity(placed.item));
}

export function evaluationsOf(path: TrainingPath): Array<PlacedItem<Evaluation>> {
    return placedItems(path).filter((placed): placed is PlacedItem<Evaluation> => isEvaluation(placed.item));
}

/**
 * Whether `a` happens before `b`: by their dates when both have one, else by the order of their
 * phases, else by the order they are written in within the same phase.
 */
export function happensBefore(a: PlacedItem, b: PlacedItem): boolean {
    if (a.range && b.range) {
        return a.range.start.getTime() < b.range.start.getTime();
    }
    if (a.phaseIndex !== b.phaseIndex) {
        return a.phaseIndex < b.phaseIndex;
    }
    return a.position < b.position;
}

/** A competence named somewhere in a path, and where (to point a finding at that very name). */
export interface CompetenceMention {
    readonly competence: Competence;
    /** `Référentiel.Code`: the same competence whatever node object the linker returned. */
    readonly key: string;
    /** The competence as the user wrote it (`QUO1` or `Référentiel.QUO1`). */
    readonly written: string;
    readonly node: AstNode;
    readonly property: string;
    readonly index: number;
}

/** The competences of a framework, in or out of domains, in the order they are written. */
export function competencesOf(framework: Framework): Competence[] {
    return [...framework.competences, ...framework.domains.flatMap((domain) => domain.competences)]
        .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
}

export function competenceKey(competence: Competence): string {
    return `${frameworkOf(competence)?.name ?? ''}.${competence.name}`;
}

/** The resolved competences of a list of references; unresolved ones are reported by the linker. */
export function mentionsIn(node: AstNode, property: string, references: ReadonlyArray<Reference<Competence>>): CompetenceMention[] {
    return references.flatMap((reference, index) => {
        const competence = reference.ref;
        return competence && isCompetence(competence) ? [{ competence, key: competenceKey(competence), written: reference.$refText, node, property, index }] : [];
    });
}

/**
 * The competences a path aims at: its `compétences visées` and those its placement is to
 * develop, each once, where first named.
 */
export function targetsOf(path: TrainingPath): CompetenceMention[] {
    const all = [...mentionsIn(path, 'targets', path.targets), ...(path.placement ? mentionsIn(path.placement, 'competences', path.placement.competences) : [])];
    return all.filter((mention, index) => all.findIndex((other) => other.key === mention.key) === index);
}

/** A reference to a competence written in a path, with the node and property that hold it. */
export interface CompetenceReference {
    readonly reference: Reference<Competence>;
    readonly node: AstNode;
    readonly property: string;
    readonly index: number;
}

/** Every competence reference of a path: targets, criteria, placement, activities and evaluations. */
export function competenceReferences(path: TrainingPath): CompetenceReference[] {
    const of = (node: AstNode, property: string, references: ReadonlyArray<Reference<Competence>>) =>
        references.map((reference, index) => ({ reference, node, property, index }));
    return [
        ...of(path, 'targets', path.targets),
        // A criteria block being typed may not name its competence yet.
        ...path.criteria.flatMap((block) => block.competence ? of(block, 'competence', [block.competence]) : []),
        ...(path.placement ? of(path.placement, 'competences', path.placement.competences) : []),
        ...placedItems(path).flatMap(({ item }) => isActivity(item) || isEvaluation(item) ? of(item, 'competences', item.competences) : [])
    ];
}

/** Every competence a path names and that resolves. */
export function allMentions(path: TrainingPath): CompetenceMention[] {
    return competenceReferences(path).flatMap(({ reference, node, property, index }) => mentionsIn(node, property, [reference]).map((mention) => ({ ...mention, index })));
}

/** Whether a text was really written: « » or spaces only do not count. */
export function hasText(text: string | undefined): boolean {
    return text !== undefined && text.trim().length > 0;
}

/** Criteria with a title, and the observable indicators they carry. */
export function filledCriteria(criteria: readonly Criterion[]): { readonly criteria: number; readonly indicators: number } {
    const written = criteria.filter((criterion) => hasText(criterion.title));
    return { criteria: written.length, indicators: written.reduce((sum, criterion) => sum + criterion.indicators.filter((indicator) => hasText(indicator.text)).length, 0) };
}

/** « la phase accueil » / "the accueil phase": how messages name a phase mid-sentence. */
export function describePhase(phase: Phase, locale: Locale): string {
    return locale === 'fr' ? `la phase ${phase.kind}` : `the ${phase.kind} phase`;
}

/** « l’activité « Accueil » », « l’évaluation finale « Bilan » », « le bilan avec Nadia ». */
export function describeItem(item: PhaseItem, locale: Locale): string {
    if (isActivity(item)) {
        return locale === 'fr' ? `l’activité ${quote(item.title, locale)}` : `the activity ${quote(item.title, locale)}`;
    }
    if (isEvaluation(item)) {
        const title = item.title ? ` ${quote(item.title, locale)}` : '';
        return locale === 'fr' ? `l’évaluation ${item.kind}${title}` : `the ${item.kind === 'finale' ? 'final' : 'formative'} evaluation${title}`;
    }
    if (isProgressReview(item)) {
        return locale === 'fr' ? `le bilan avec ${item.superior?.$refText ?? ''}` : `the review with ${item.superior?.$refText ?? ''}`;
    }
    return locale === 'fr' ? 'l’auto-évaluation' : 'the self-evaluation';
}

/** « du 14/09/2026 au 18/12/2026 », « le 14/09/2026 », « à partir du 14/09/2026 ». */
export function describeRange(range: DateRange, locale: Locale): string {
    const start = formatDate(range.start, locale);
    if (!range.end) {
        return locale === 'fr' ? `à partir du ${start}` : `from ${start}`;
    }
    if (range.end.getTime() === range.start.getTime()) {
        return locale === 'fr' ? `le ${start}` : `on ${start}`;
    }
    const end = formatDate(range.end, locale);
    return locale === 'fr' ? `du ${start} au ${end}` : `from ${start} to ${end}`;
}

/** How many calendar days a closed range covers, both ends included. */
export function daysIn(range: DateRange): number | undefined {
    return range.end ? Math.round((range.end.getTime() - range.start.getTime()) / DAY_MS) + 1 : undefined;
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
