import { type Phase, type TrainingPath } from '../../generated/ast.js';
import { APPROXIMATION_DAYS, inTimeOrder, capitalize, daysIn, describeItem, describePhase, describeRange, placedItems, timelineOf, type PathTimeline } from '../../model/path.js';
import { DAY_MS, durationInDays, formatDate, formatSpan, spanOf, type DateRange } from '../../model/time.js';
import { defineRule, type RelatedPlace, type Reporter, type RuleContext } from '../../rules/definition.js';
import { PLANNING_GUIDE } from './shared.js';

export const chronologie = defineRule({
    id: 'parcours/chronologie',
    severity: 'error',
    crossFile: false,
    title: { fr: 'Les dates et les durées du parcours sont cohérentes', en: 'The path’s dates and durations are consistent' },
    description: {
        fr: 'Les phases tiennent dans la période du parcours et se suivent sans se chevaucher ; les phases décrites par une durée (« pendant 4 semaines ») sont mises bout à bout à partir du début du parcours et doivent y tenir (une marge de moins d’une semaine est admise : les semaines et les mois sont des ordres de grandeur). Les activités datées, les évaluations et les bilans tombent dans la période du parcours, et dans celle de leur phase quand elle a des dates écrites. Aucune phase ni aucun stage ne dure plus longtemps que le parcours.',
        en: 'Phases fit in the path’s period and follow each other without overlapping; phases given by a duration (« pendant 4 semaines ») are laid end to end from the path’s start and must fit in it (a margin of less than a week is accepted: weeks and months are approximate). Dated activities, evaluations and reviews fall within the path’s period, and within their phase’s when it has written dates. No phase nor placement lasts longer than the path.'
    },
    guide: PLANNING_GUIDE,
    messages: {
        phaseOutside: {
            fr: 'Les dates de {phase} ({dates}) sortent de la période du parcours ({pathDates}). Ramenez la phase dans la période du parcours, ou élargissez celle-ci.',
            en: 'The dates of {phase} ({dates}) fall outside the path’s period ({pathDates}). Bring the phase within the path’s period, or widen it.'
        },
        phaseTooLong: {
            fr: '{Phase} dure {duration}, plus que le parcours entier ({pathDates}, {days} jours). Raccourcissez la phase ou allongez la période du parcours.',
            en: '{Phase} lasts {duration}, longer than the whole path ({pathDates}, {days} days). Shorten the phase or extend the path’s period.'
        },
        phasesOverflow: {
            fr: 'À la suite des phases qui la précèdent, {phase} irait {dates} ({duration}) et finirait après la fin du parcours, le {pathEnd}. Raccourcissez les durées (« pendant … ») ou allongez la période du parcours.',
            en: 'Following the phases before it, {phase} would run {dates} ({duration}) and end after the path ends on {pathEnd}. Shorten the durations (« pendant … ») or extend the path’s period.'
        },
        overlap: {
            fr: '{Phase} ({dates}) commence avant la fin de {previous} ({previousDates}) : les phases se suivent sans se chevaucher. Décalez l’une des deux périodes.',
            en: '{Phase} ({dates}) starts before the end of {previous} ({previousDates}): phases follow each other without overlapping. Shift one of the two periods.'
        },
        itemOutsidePath: {
            fr: '{Item} ({dates}) tombe en dehors de la période du parcours ({pathDates}). Corrigez la date, ou la période du parcours.',
            en: '{Item} ({dates}) falls outside the path’s period ({pathDates}). Correct the date, or the path’s period.'
        },
        itemOutsidePhase: {
            fr: '{Item} ({dates}) tombe en dehors de {phase} ({phaseDates}). Déplacez-la dans la phase qui couvre cette date, ou corrigez la date.',
            en: '{Item} ({dates}) falls outside {phase} ({phaseDates}). Move it to the phase covering that date, or correct the date.'
        },
        placementTooLong: {
            fr: 'Le stage dure {duration}, plus que la période du parcours ({pathDates}, {days} jours). Corrigez la durée du stage ou la période du parcours.',
            en: 'The placement lasts {duration}, longer than the path’s period ({pathDates}, {days} days). Correct the placement’s duration or the path’s period.'
        }
    },
    examples: {
        nonCompliant: {
            'parcours.tutorat': 'institution Horizon {\n    tutorée Chloé\n    parcours StageChloé pour Chloé {\n        période du 05/01/2027 au 26/03/2027\n        phase accueil « Accueillir et intégrer » du 05/01/2027 au 15/01/2027 { }\n        phase accompagnement « Accompagner et former » du 11/01/2027 au 12/03/2027 {\n            évaluation formative « Mi-stage » le 12/04/2027\n        }\n        phase évaluation « Évaluer et conclure » pendant 3 semaines { }\n    }\n}\n'
        },
        compliant: {
            'parcours.tutorat': 'institution Horizon {\n    tutorée Chloé\n    parcours StageChloé pour Chloé {\n        période du 05/01/2027 au 26/03/2027\n        phase accueil « Accueillir et intégrer » du 05/01/2027 au 15/01/2027 { }\n        phase accompagnement « Accompagner et former » du 18/01/2027 au 12/03/2027 {\n            évaluation formative « Mi-stage » le 12/02/2027\n        }\n        phase évaluation « Évaluer et conclure » pendant 2 semaines { }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            const timeline = timelineOf(path);
            const dated: DatedPath = { path, timeline, range: timeline.range, pathDates: timeline.range ? describeRange(timeline.range, context.locale) : '' };
            checkPhaseDates(dated, report, context);
            checkItemDates(dated, report, context);
            checkPlacementDuration(dated, report, context);
        }
    }
});

type ChronologyMessage = 'phaseOutside' | 'phaseTooLong' | 'phasesOverflow' | 'overlap' | 'itemOutsidePath' | 'itemOutsidePhase' | 'placementTooLong';

/** A path with its timeline, as the chronology checks read it. */
interface DatedPath {
    readonly path: TrainingPath;
    readonly timeline: PathTimeline;
    readonly range?: DateRange;
    readonly pathDates: string;
}

function pathPeriodRelated(dated: DatedPath): RelatedPlace[] {
    return dated.range
        ? [{ node: dated.path, property: 'period', message: { fr: 'Période du parcours : {dates}', en: 'Period of the path: {dates}' }, params: { dates: dated.pathDates } }]
        : [];
}

function phaseRelated(phase: Phase, range: DateRange, context: RuleContext): RelatedPlace {
    return {
        node: phase, property: phase.period ? 'period' : 'duration',
        message: { fr: 'Période de {phase} : {dates}', en: 'Period of {phase}: {dates}' },
        params: { phase: describePhase(phase, context.locale), dates: describeRange(range, context.locale) }
    };
}

/** Phases inside the path, laid end to end without overflowing it, not overlapping each other. */
function checkPhaseDates(dated: DatedPath, report: Reporter<ChronologyMessage>, context: RuleContext): void {
    const pathRange = dated.range;
    const pathDays = pathRange ? daysIn(pathRange) : undefined;
    let overflowReported = false;
    for (const slot of dated.timeline.phases) {
        const range = slot.range;
        if (!range) {
            continue;
        }
        const phase = slot.phase;
        const label = describePhase(phase, context.locale);
        const dates = describeRange(range, context.locale);
        const computed = slot.origin === 'duration';
        if (pathRange && !computed && isOutside(range, pathRange)) {
            report('phaseOutside', { node: phase, property: 'period' }, { params: { phase: label, dates, pathDates: dated.pathDates }, related: pathPeriodRelated(dated) });
        }
        // Only the first phase that does not fit is reported: the following ones are shifted by it.
        if (pathRange && computed && !overflowReported) {
            const duration = formatSpan(spanOf(phase.duration)!, context.locale);
            if (pathDays !== undefined && (durationInDays(phase.duration) ?? 0) > pathDays + APPROXIMATION_DAYS) {
                overflowReported = true;
                report('phaseTooLong', { node: phase, property: 'duration' }, {
                    params: { Phase: capitalize(label), duration, pathDates: dated.pathDates, days: pathDays },
                    related: pathPeriodRelated(dated)
                });
            } else if (pathRange.end && range.end && range.end.getTime() > pathRange.end.getTime() + APPROXIMATION_DAYS * DAY_MS) {
                overflowReported = true;
                report('phasesOverflow', { node: phase, property: 'duration' }, {
                    params: { phase: label, dates, duration, pathEnd: formatDate(pathRange.end, context.locale) },
                    related: pathPeriodRelated(dated)
                });
            }
        }
    }
    checkOverlaps(dated, report, context);
}

/** Phases follow each other without overlapping, taken in the order they happen (dates first). */
function checkOverlaps(dated: DatedPath, report: Reporter<ChronologyMessage>, context: RuleContext): void {
    // The phase that ends last among those before: a phase may overlap one that is not just before it.
    let previous: { phase: Phase; range: DateRange; computed: boolean } | undefined;
    for (const slot of inTimeOrder(dated.timeline)) {
        const range = slot.range;
        if (!range) {
            continue;
        }
        const phase = slot.phase;
        // Sharing the boundary day is a hand-over, not an overlap; computed ends are approximate.
        const slack = previous?.computed ? APPROXIMATION_DAYS : 0;
        if (previous?.range.end && range.start.getTime() < previous.range.end.getTime() - slack * DAY_MS) {
            report('overlap', { node: phase, property: phase.period ? 'period' : 'kind' }, {
                params: { Phase: capitalize(describePhase(phase, context.locale)), dates: describeRange(range, context.locale), previous: describePhase(previous.phase, context.locale), previousDates: describeRange(previous.range, context.locale) },
                related: [phaseRelated(previous.phase, previous.range, context)]
            });
        }
        if (!previous?.range.end || (range.end && range.end.getTime() > previous.range.end.getTime())) {
            previous = { phase, range, computed: slot.origin === 'duration' };
        }
    }
}

/** Dated activities, evaluations and reviews inside the path, and inside their phase when it has written dates. */
function checkItemDates(dated: DatedPath, report: Reporter<ChronologyMessage>, context: RuleContext): void {
    for (const placed of placedItems(dated.path)) {
        if (!placed.range) {
            continue;
        }
        const item = placed.item;
        const place = { node: item, property: ('period' in item && item.period ? 'period' : 'date') as never };
        const params = { Item: capitalize(describeItem(item, context.locale)), dates: describeRange(placed.range, context.locale) };
        const slot = dated.timeline.phases[placed.phaseIndex];
        if (dated.range && isOutside(placed.range, dated.range)) {
            report('itemOutsidePath', place, { params: { ...params, pathDates: dated.pathDates }, related: pathPeriodRelated(dated) });
        } else if (slot?.origin === 'period' && slot.range && isOutside(placed.range, slot.range)) {
            report('itemOutsidePhase', place, {
                params: { ...params, phase: describePhase(slot.phase, context.locale), phaseDates: describeRange(slot.range, context.locale) },
                related: [phaseRelated(slot.phase, slot.range, context)]
            });
        }
    }
}

/** A placement cannot last longer than the path it belongs to. */
function checkPlacementDuration(dated: DatedPath, report: Reporter<ChronologyMessage>, context: RuleContext): void {
    const placement = dated.path.placement;
    const placementDays = durationInDays(placement?.duration);
    const pathDays = dated.range ? daysIn(dated.range) : undefined;
    if (placement?.duration && placementDays !== undefined && pathDays !== undefined && placementDays > pathDays + APPROXIMATION_DAYS) {
        report('placementTooLong', { node: placement, property: 'duration' }, {
            params: { duration: formatSpan(spanOf(placement.duration)!, context.locale), pathDates: dated.pathDates, days: pathDays },
            related: pathPeriodRelated(dated)
        });
    }
}

/** Whether a range starts before another or ends after it. */
function isOutside(range: DateRange, container: DateRange): boolean {
    const end = (range.end ?? range.start).getTime();
    return range.start.getTime() < container.start.getTime() || (container.end !== undefined && end > container.end.getTime());
}
