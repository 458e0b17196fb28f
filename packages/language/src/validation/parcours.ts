import { GrammarUtils, type AstNode } from 'langium';
import {
    isFramework, isProgressReview, isSelfEvaluation,
    type Competence, type Evaluation, type Phase, type PhaseKind, type TrainingPath
} from '../generated/ast.js';
import { joinList } from '../i18n/locale.js';
import { personWithKind, roleWordOf, titleOrName } from '../i18n/french.js';
import { directSuperior, superiorChain } from '../model/organisation.js';
import {
    APPROXIMATION_DAYS, inTimeOrder, isDated, activitiesOf, capitalize, competenceKey, competenceReferences, competencesOf, daysIn, describeItem, describePhase, describeRange, evaluationsOf,
    filledCriteria, happensBefore, placedItems, targetsOf, timelineOf, type CompetenceMention, type PathTimeline, type PhaseSlot, type PlacedItem
} from '../model/path.js';
import { DAY_MS, durationInDays, formatDate, formatSpan, spanOf, type DateRange } from '../model/time.js';
import { PHASE_ORDER, PHASES } from '../model/vocabulary.js';
import { frameworkOf, institutionOf } from '../scoping/qualified-names.js';
import { defineRule, type FixEdit, type Insertion, type RelatedPlace, type Reporter, type RuleContext, type RuleDefinition } from '../rules/definition.js';
import { insertAfter, insertBeforeClosingBrace, insertLinesAfter, insertLinesBefore } from '../rules/fix-edits.js';
import { TO_COMPLETE_NAME } from './duo/place.js';
import { existe } from './parcours/existe.js';
import { projetProfessionnel } from './parcours/projet-professionnel.js';
import { supports } from './parcours/supports.js';
import { methodes } from './parcours/methodes.js';

/** Rules from « En cours de tutorat : accueillir, accompagner, évaluer » — the training path. */

const REFERENTIEL_GUIDE = {
    section: { fr: 'Rôle de l’encadrement — référentiel des compétences', en: 'Role of the supervisors — competence framework' },
    quote: 'formaliser la mission du tuteur : objectifs (via le référentiel des compétences à acquérir), organisation, évaluation, aménagement du temps de travail'
};

export const referentiel = defineRule({
    id: 'parcours/referentiel',
    severity: 'error',
    crossFile: true,
    checksNames: true,
    title: { fr: 'Les compétences du parcours viennent d’un référentiel', en: 'The path’s competences come from a framework' },
    description: {
        fr: 'Chaque compétence qu’un parcours vise, fait travailler ou évalue est définie dans un référentiel de compétences de l’espace de travail, éventuellement dans un autre fichier : soit dans un référentiel que le parcours nomme (référentiel NomDuRéférentiel, puis le code seul), soit écrite NomDuRéférentiel.Code. Un code inconnu est signalé à l’endroit où il est écrit ; un parcours qui ne nomme aucun référentiel et écrit des codes seuls est signalé sur son nom, avec une correction qui ajoute le référentiel qui définit ces codes.',
        en: 'Every competence a path targets, works on or assesses is defined in a competence framework of the workspace, possibly in another file: either in a framework the path names (référentiel FrameworkName, then the code alone), or written FrameworkName.Code. An unknown code is reported where it is written; a path that names no framework and writes bare codes is reported on its name, with a fix that adds the framework defining those codes.'
    },
    guide: REFERENTIEL_GUIDE,
    messages: {
        inFrameworks: {
            fr: '« {name} » ne correspond à aucune compétence {lookedUp}.{didYouMean} Corrigez le code, ou ajoutez cette compétence au référentiel.',
            en: '“{name}” matches no competence {lookedUp}.{didYouMean} Correct the code, or add this competence to the framework.'
        },
        unknownFramework: {
            fr: '« {name} » cite le référentiel « {framework} », qui n’existe pas dans l’espace de travail.{didYouMean} Corrigez le nom du référentiel, ou ajoutez son fichier à l’espace de travail.',
            en: '“{name}” names the framework “{framework}”, which does not exist in the workspace.{didYouMean} Correct the framework’s name, or add its file to the workspace.'
        },
        noFrameworkNamed: {
            fr: '« {name} » n’est cherché dans aucun référentiel : le parcours n’en nomme pas. Nommez son référentiel (« référentiel NomDuRéférentiel »), ou écrivez NomDuRéférentiel.Code.',
            en: '“{name}” is looked up in no framework: the path names none. Name its framework (“référentiel FrameworkName”), or write FrameworkName.Code.'
        },
        noFramework: {
            fr: 'Le parcours {path} ne nomme aucun référentiel où chercher {codes}. Ajoutez « référentiel NomDuRéférentiel » au parcours{hint}, ou écrivez NomDuRéférentiel.Code.',
            en: 'The path {path} names no framework to look up {codes} in. Add “référentiel FrameworkName” to the path{hint}, or write FrameworkName.Code.'
        }
    },
    fixes: [{ id: 'addFramework', title: { fr: 'Nommer le référentiel qui définit ces codes', en: 'Name the framework that defines these codes' } }],
    examples: {
        nonCompliant: {
            'referentiel.tutorat': 'référentiel RefÉducateur « Éducateur spécialisé » {\n    compétence REL1 « Accueillir la personne »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutorée Inès\n    parcours StageInès pour Inès {\n        référentiel RefÉducateur\n        // REL9 n’existe pas dans RefÉducateur.\n        compétences visées REL1, REL9\n    }\n}\n'
        },
        compliant: {
            'referentiel.tutorat': 'référentiel RefÉducateur « Éducateur spécialisé » {\n    compétence REL1 « Accueillir la personne »\n    compétence REL2 « Établir une relation de confiance »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutorée Inès\n    parcours StageInès pour Inès {\n        référentiel RefÉducateur\n        compétences visées REL1, REL2\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            if (path.frameworks.length > 0) {
                return;
            }
            const codes = [...new Set(unresolvedCodes(path))];
            if (codes.length === 0) {
                return;
            }
            const candidates = context.workspace.globalNamed().filter(isFramework)
                .filter((framework) => codes.every((code) => competencesOf(framework).some((competence) => competence.name === code)))
                .map((framework) => framework.name).sort();
            const hint = candidates.length > 0
                ? context.text({ fr: ' (ces codes existent dans {names})', en: ' (these codes exist in {names})' }, { names: joinList(candidates, context.locale, 'or') })
                : '';
            const brace = path.$cstNode ? GrammarUtils.findNodeForKeyword(path.$cstNode, '{') : undefined;
            const edit = candidates.length > 0 ? insertLinesAfter(brace, [`référentiel ${candidates[0]}`], { deeper: true }) : undefined;
            report('noFramework', { node: path, property: 'name' }, {
                params: {
                    path: titleOrName(path, context.locale),
                    codes: context.text(codes.length > 1 ? { fr: 'les codes {codes}', en: 'the codes {codes}' } : { fr: 'le code {codes}', en: 'the code {codes}' }, { codes: joinList(codes, context.locale) }),
                    hint
                },
                fixes: edit ? [{ fix: 'addFramework', edits: [edit] }] : undefined
            });
        }
    }
});

/** The competence codes written alone in a path, which only a named framework could resolve. */
function unresolvedCodes(path: TrainingPath): string[] {
    return competenceReferences(path).map(({ reference }) => reference)
        .filter((reference) => reference.$refText && !reference.$refText.includes('.') && !reference.ref)
        .map((reference) => reference.$refText);
}

export const phases = defineRule({
    id: 'parcours/phases',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Le parcours accueille, accompagne puis évalue', en: 'The path welcomes, supports, then evaluates' },
    description: {
        fr: 'Un parcours de formation comprend les trois temps du tutorat, dans l’ordre : une phase accueil (accueillir et intégrer), une phase accompagnement (accompagner et former) et une phase évaluation (évaluer et conclure). Une phase peut être découpée en plusieurs blocs qui se suivent. Les phases datées (« du … au … ») sont jugées par leurs dates, les autres par l’ordre où elles sont écrites.',
        en: 'A training path has the three stages of tutoring, in order: an accueil phase (welcome and integrate), an accompagnement phase (support and train) and an évaluation phase (evaluate and conclude). A phase may be split into several consecutive blocks. Dated phases (« du … au … ») are judged by their dates, the others by the order they are written in.'
    },
    guide: {
        section: { fr: 'L’organisation du tutorat — Pendant ; Missions du tuteur', en: 'Organising tutoring — During; The tutor’s missions' },
        quote: 'En cours de tutorat : le mettre en œuvre (accueillir et intégrer, accompagner et former, évaluer et conclure).'
    },
    messages: {
        missing: {
            absence: { what: { fr: '{phases}', en: '{phases}' }, described: { fr: 'les phases manquantes', en: 'the missing phases' } },
            fr: 'Il manque au parcours {path} {missing}. Le guide prévoit d’accueillir et intégrer, d’accompagner et former, puis d’évaluer et conclure : ajoutez {them}.',
            en: 'The path {path} lacks {missing}. The guide plans to welcome and integrate, to support and train, then to evaluate and conclude: add {them}.'
        },
        order: {
            fr: 'La phase {phase} est écrite après la phase {previous} : les phases se suivent dans l’ordre accueil, accompagnement, évaluation. Déplacez cette phase avant la phase {previous}.',
            en: 'The {phase} phase is written after the {previous} phase: phases follow the order accueil, accompagnement, évaluation. Move this phase before the {previous} phase.'
        },
        datedOrder: {
            fr: 'La phase {phase} ({dates}) a lieu après la phase {previous} ({previousDates}) : les phases se suivent dans l’ordre accueil, accompagnement, évaluation. Corrigez les dates, ou le type de l’une des deux phases.',
            en: 'The {phase} phase ({dates}) takes place after the {previous} phase ({previousDates}): phases follow the order accueil, accompagnement, évaluation. Correct the dates, or the kind of one of the two phases.'
        }
    },
    fixes: [{ id: 'addPhases', title: { fr: 'Ajouter les phases manquantes', en: 'Add the missing phases' } }],
    examples: {
        nonCompliant: {
            'parcours.tutorat': 'institution Horizon {\n    tutoré Malik\n    parcours IntégrationMalik pour Malik {\n        période du 01/09/2026 au 18/12/2026\n        phase accompagnement « Accompagner et former » du 01/09/2026 au 30/11/2026 { }\n        phase évaluation « Évaluer et conclure » du 01/12/2026 au 18/12/2026 { }\n    }\n}\n'
        },
        compliant: {
            'parcours.tutorat': 'institution Horizon {\n    tutoré Malik\n    parcours IntégrationMalik pour Malik {\n        période du 01/09/2026 au 18/12/2026\n        phase accueil « Accueillir et intégrer » du 01/09/2026 au 11/09/2026 { }\n        phase accompagnement « Accompagner et former » du 14/09/2026 au 30/11/2026 { }\n        phase évaluation « Évaluer et conclure » du 01/12/2026 au 18/12/2026 { }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            // Phases with written dates are judged by their dates, the others by the order they are written in.
            let latest: PhaseSlot | undefined;
            for (const slot of inTimeOrder(timelineOf(path))) {
                if (!latest || rank(slot.phase.kind) >= rank(latest.phase.kind)) {
                    latest = slot;
                    continue;
                }
                const previous = latest.phase;
                if (isDated(slot) && isDated(latest)) {
                    report('datedOrder', { node: slot.phase, property: 'period' }, {
                        params: { phase: slot.phase.kind, previous: previous.kind, dates: describeRange(slot.range, context.locale), previousDates: describeRange(latest.range, context.locale) },
                        related: [{ node: previous, property: 'period', message: { fr: 'Phase {kind}, datée {dates}', en: 'The {kind} phase, dated {dates}' }, params: { kind: previous.kind, dates: describeRange(latest.range, context.locale) } }]
                    });
                } else {
                    report('order', { node: slot.phase, property: 'kind' }, {
                        params: { phase: slot.phase.kind, previous: previous.kind },
                        related: [{ node: previous, property: 'kind', message: { fr: 'Phase {kind}, écrite plus haut', en: 'The {kind} phase, written above' }, params: { kind: previous.kind } }]
                    });
                }
            }
            const written = new Set(path.phases.map((phase) => phase.kind));
            const missing = PHASE_ORDER.filter((kind) => !written.has(kind));
            if (missing.length === 0) {
                return;
            }
            const names = missing.map((kind) => context.text({ fr: 'la phase {kind} ({label})', en: 'the {kind} phase ({label})' }, { kind, label: context.text(PHASES[kind].label).toLowerCase() }));
            const edits = missingPhaseEdits(path, missing);
            report('missing', { node: path, property: 'name' }, {
                insert: missing.map((kind) => intoPhase(path, kind, [])),
                params: {
                    phases: context.text(missing.length > 1 ? { fr: 'les phases {kinds}', en: 'the {kinds} phases' } : { fr: 'la phase {kinds}', en: 'the {kinds} phase' }, { kinds: joinList(missing, context.locale) }),
                    path: titleOrName(path, context.locale),
                    missing: joinList(names, context.locale),
                    them: context.text(missing.length > 1 ? { fr: 'ces phases', en: 'these phases' } : { fr: 'cette phase', en: 'this phase' })
                },
                fixes: edits.length > 0 ? [{ fix: 'addPhases', edits }] : undefined
            });
        }
    }
});

/** What an evaluation must say, in the order it is written: who evaluates, when, on which competences. */
const EVALUATION_PARTS = [
    { present: (evaluation: Evaluation) => evaluation.date !== undefined, label: { fr: 'quand elle a lieu', en: 'when it takes place' }, write: 'le jj/mm/aaaa' },
    { present: (evaluation: Evaluation) => evaluation.evaluators.length > 0, label: { fr: 'qui évalue', en: 'who evaluates' }, write: 'par …' },
    { present: (evaluation: Evaluation) => evaluation.competences.length > 0, label: { fr: 'sur quelles compétences', en: 'on which competences' }, write: 'sur …' }
] as const;

/**
 * Each evaluation says when, by whom and on what; the tutee's tutor (from the duos, in any file)
 * evaluates at least one formative evaluation and the final one.
 */
function checkEvaluationParts(path: TrainingPath, all: readonly Evaluation[], report: Reporter<'incomplete' | 'withoutTutor'>, context: RuleContext): void {
    for (const evaluation of all) {
        // An evaluation whose kind could not be read is the syntax finding's business.
        if (!evaluation.kind) {
            continue;
        }
        const missing = EVALUATION_PARTS.filter((part) => !part.present(evaluation));
        if (missing.length > 0) {
            report('incomplete', { node: evaluation, property: 'kind' }, {
                params: {
                    Evaluation: capitalize(describeItem(evaluation, context.locale)),
                    missing: joinList(missing.map((part) => context.text(part.label)), context.locale),
                    write: joinList(missing.map((part) => `« ${part.write} »`), context.locale)
                }
            });
        }
    }
    const institution = institutionOf(path);
    const tutee = path.tutee?.$refText;
    if (!institution || !tutee) {
        return;
    }
    const duos = context.workspace.duosOfTutee(institution, tutee);
    // Who the tutor is, or who evaluates, is uncertain while a name cannot be found: say nothing then.
    const unreadable = duos.some((duo) => !duo.tutor?.ref) || all.some((evaluation) => evaluation.evaluators.some((evaluator) => !evaluator.ref));
    const tutors = new Set(duos.map((duo) => duo.tutor?.$refText).filter((name): name is string => Boolean(name)));
    const first = duos.find((duo) => duo.tutor?.$refText);
    if (unreadable || !first?.tutor || tutors.size === 0) {
        return;
    }
    for (const kind of ['formative', 'finale'] as const) {
        const named = all.filter((evaluation) => evaluation.kind === kind && evaluation.evaluators.length > 0);
        if (named.length === 0 || named.some((evaluation) => evaluation.evaluators.some((evaluator) => tutors.has(evaluator.$refText)))) {
            continue;
        }
        const target = named[named.length - 1];
        const last = target.$cstNode ? GrammarUtils.findNodesForProperty(target.$cstNode, 'evaluators').pop() : undefined;
        const tutor = first.tutor.$refText;
        report('withoutTutor', { node: target, property: 'evaluators', index: 0 }, {
            params: {
                tutor,
                tutee,
                role: roleWordOf(first.tutor.ref?.kind, 'tutor', context.locale),
                kind: context.text(kind === 'formative' ? { fr: 'évaluation formative', en: 'formative evaluation' } : { fr: 'évaluation finale', en: 'final evaluation' })
            },
            fixes: last ? [{ fix: 'addTutor', edits: [{ range: { start: last.range.end, end: last.range.end }, newText: `, ${tutor}` }] }] : undefined
        });
    }
}

function rank(kind: PhaseKind): number {
    return PHASE_ORDER.indexOf(kind);
}

/** The first line of a phase a quick fix writes: « phase accueil « Accueillir et intégrer » ». */
function phaseHeader(kind: PhaseKind): string {
    return `phase ${kind} « ${PHASES[kind].label.fr} »`;
}

/**
 * Where lines bound for a phase go: into the path's phase of that kind, or into that phase opened
 * where the guide's order puts it — the very block parcours/phases writes, so that the lines of
 * several rules land in one phase when an unfinished path is completed at once.
 */
function intoPhase(path: TrainingPath, kind: PhaseKind, lines: readonly string[]): Insertion {
    const phase = path.phases.find((candidate) => candidate.kind === kind);
    if (phase) {
        return { into: phase, lines };
    }
    const block = { open: phaseHeader(kind), lines };
    const next = path.phases.find((candidate) => rank(candidate.kind) > rank(kind));
    return next ? { before: next, lines: [block] } : { into: path, lines: [block] };
}

/** Each missing phase goes before the first phase that comes after it in the guide's order, or at the end. */
function missingPhaseEdits(path: TrainingPath, missing: readonly PhaseKind[]): FixEdit[] {
    const byAnchor = new Map<Phase | undefined, string[]>();
    for (const kind of missing) {
        const next = path.phases.find((phase) => rank(phase.kind) > rank(kind));
        const lines = byAnchor.get(next) ?? [];
        lines.push(`${phaseHeader(kind)} {`, '}');
        byAnchor.set(next, lines);
    }
    const edits: Array<FixEdit | undefined> = [...byAnchor].map(([next, lines]) => {
        if (next) {
            return insertLinesBefore(next.$cstNode, lines);
        }
        const last = path.phases[path.phases.length - 1];
        return last ? insertLinesAfter(last.$cstNode, lines) : insertBeforeClosingBrace(path, lines);
    });
    return edits.filter((edit): edit is FixEdit => edit !== undefined);
}

const PLANNING_GUIDE = {
    section: { fr: 'Organiser et planifier le parcours', en: 'Organising and planning the path' },
    quote: 'Établir un parcours de formation progressif.'
};

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

export const progressif = defineRule({
    id: 'parcours/progressif',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Une compétence est travaillée avant d’être évaluée', en: 'A competence is worked on before it is assessed' },
    description: {
        fr: 'Le parcours est progressif : une activité développe chaque compétence avant sa première évaluation. On compare les dates quand l’activité et l’évaluation en ont, sinon l’ordre des phases, sinon l’ordre d’écriture dans la phase. Une compétence qu’aucune activité ne travaille relève de parcours/couverture.',
        en: 'The path is progressive: an activity develops each competence before its first evaluation. Dates are compared when both the activity and the evaluation have one, else the order of the phases, else the order of writing within the phase. A competence no activity works on is a matter for parcours/couverture.'
    },
    guide: { ...PLANNING_GUIDE, section: { fr: 'Organiser et planifier le parcours — parcours progressif', en: 'Organising and planning the path — progressive path' } },
    messages: {
        evaluatedFirst: {
            fr: 'La compétence {competence} est évaluée par {evaluation} avant d’être travaillée : la première activité qui la développe ({activity}) vient après. Prévoyez une activité qui développe {competence} avant cette évaluation, ou évaluez-la plus tard.',
            en: 'The competence {competence} is assessed by {evaluation} before it is worked on: the first activity developing it ({activity}) comes later. Plan an activity developing {competence} before this evaluation, or assess it later.'
        }
    },
    examples: {
        nonCompliant: {
            'referentiel.tutorat': 'référentiel RefAide « Aide familial » {\n    compétence HYG1 « Assurer l’hygiène du domicile »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutoré Yassine\n    parcours AlternanceYassine pour Yassine {\n        référentiel RefAide\n        phase accueil « Accueillir et intégrer » {\n            évaluation formative « Observation » le 15/09/2026 sur HYG1\n        }\n        phase accompagnement « Accompagner et former » {\n            activité « Entretien d’un logement en binôme » le 22/09/2026 développe HYG1\n        }\n    }\n}\n'
        },
        compliant: {
            'referentiel.tutorat': 'référentiel RefAide « Aide familial » {\n    compétence HYG1 « Assurer l’hygiène du domicile »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutoré Yassine\n    parcours AlternanceYassine pour Yassine {\n        référentiel RefAide\n        phase accueil « Accueillir et intégrer » {\n            activité « Entretien d’un logement en binôme » le 08/09/2026 développe HYG1\n        }\n        phase accompagnement « Accompagner et former » {\n            évaluation formative « Observation » le 22/09/2026 sur HYG1\n        }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            const activities = activitiesOf(path);
            const firstEvaluations = new Map<string, { placed: PlacedItem<Evaluation>; index: number; competence: Competence }>();
            for (const placed of evaluationsOf(path)) {
                placed.item.competences.forEach((reference, index) => {
                    const competence = reference.ref;
                    if (!competence) {
                        return;
                    }
                    const key = competenceKey(competence);
                    const known = firstEvaluations.get(key);
                    if (!known || happensBefore(placed, known.placed)) {
                        firstEvaluations.set(key, { placed, index, competence });
                    }
                });
            }
            for (const [key, { placed, index, competence }] of firstEvaluations) {
                const introductions = activities.filter((activity) => activity.item.competences.some((reference) => reference.ref && competenceKey(reference.ref) === key));
                if (introductions.length === 0 || introductions.some((activity) => happensBefore(activity, placed))) {
                    continue;
                }
                const first = introductions.reduce((best, candidate) => happensBefore(candidate, best) ? candidate : best);
                const activity = describeItem(first.item, context.locale);
                report('evaluatedFirst', { node: placed.item, property: 'competences', index }, {
                    params: { competence: competence.name, evaluation: describeItem(placed.item, context.locale), activity },
                    related: [{ node: first.item, property: 'competences', message: { fr: 'Première activité qui développe {competence}', en: 'First activity developing {competence}' }, params: { competence: competence.name } }]
                });
            }
        }
    }
});

export const criteres = defineRule({
    id: 'parcours/criteres',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Chaque compétence visée a des critères et des indicateurs', en: 'Every targeted competence has criteria and indicators' },
    description: {
        fr: 'Pour évaluer une compétence visée par le parcours (compétences visées, compétences du stage), il faut au moins un critère d’évaluation et au moins un indicateur observable : ceux du référentiel (même écrit dans un autre fichier), ou ceux que le parcours ajoute dans un bloc « critères pour ». Un critère ou un indicateur laissé vide (« ») ne compte pas.',
        en: 'To assess a competence the path targets (compétences visées, placement competences), at least one evaluation criterion and one observable indicator are needed: the framework’s (even written in another file), or those the path adds in a « critères pour » block. An empty criterion or indicator (« ») does not count.'
    },
    guide: {
        section: { fr: 'Organiser et planifier — critères et indicateurs', en: 'Organising and planning — criteria and indicators' },
        quote: 'Déterminer les critères d’évaluation et les indicateurs.'
    },
    messages: {
        noCriteria: {
            fr: 'La compétence {competence} n’a aucun critère d’évaluation, ni dans le référentiel {framework} ni dans le parcours. Ajoutez des critères et leurs indicateurs au référentiel, ou au parcours : critères pour {competence} { critère « … » { indicateur « … » } }.',
            en: 'The competence {competence} has no evaluation criterion, neither in the framework {framework} nor in the path. Add criteria and their indicators to the framework, or to the path: critères pour {competence} { critère « … » { indicateur « … » } }.'
        },
        noIndicator: {
            fr: 'Les critères de la compétence {competence} n’ont aucun indicateur observable (ni dans le référentiel {framework} ni dans le parcours). Ajoutez au moins un « indicateur « … » » à un de ses critères.',
            en: 'The criteria of the competence {competence} have no observable indicator (neither in the framework {framework} nor in the path). Add at least one « indicateur « … » » to one of its criteria.'
        }
    },
    fixes: [{ id: 'addPathCriteria', title: { fr: 'Ajouter au parcours un bloc « critères pour » à compléter', en: 'Add a « critères pour » block to fill in to the path' } }],
    examples: {
        nonCompliant: {
            'referentiel.tutorat': 'référentiel RefAnimateur « Animateur socioculturel » {\n    compétence ANI1 « Animer un atelier collectif »\n}\n',
            'parcours.tutorat': 'institution MaisonDeQuartier {\n    tutoré Théo\n    parcours StageThéo pour Théo {\n        référentiel RefAnimateur\n        compétences visées ANI1\n    }\n}\n'
        },
        compliant: {
            'referentiel.tutorat': 'référentiel RefAnimateur « Animateur socioculturel » {\n    compétence ANI1 « Animer un atelier collectif »\n}\n',
            'parcours.tutorat': 'institution MaisonDeQuartier {\n    tutoré Théo\n    parcours StageThéo pour Théo {\n        référentiel RefAnimateur\n        compétences visées ANI1\n        critères pour ANI1 {\n            critère « L’atelier est préparé » {\n                indicateur « Le déroulé est écrit et le matériel prêt avant l’arrivée du groupe »\n            }\n        }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report) {
            for (const mention of targetsOf(path)) {
                const fromPath = path.criteria.filter((block) => block.competence?.ref && competenceKey(block.competence.ref) === mention.key).flatMap((block) => block.criteria);
                const found = filledCriteria([...mention.competence.criteria, ...fromPath]);
                if (found.criteria > 0 && found.indicators > 0) {
                    continue;
                }
                const params = { competence: mention.competence.name, framework: frameworkName(mention.competence) };
                const related = [competenceRelated(mention.competence)];
                if (found.criteria === 0) {
                    const code = mention.written;
                    const edit = insertInPathHeader(path, [`critères pour ${code} {`, '    critère « » {', '        indicateur « »', '    }', '}']);
                    report('noCriteria', mentionPlace(mention), { params, related, fixes: edit ? [{ fix: 'addPathCriteria', edits: [edit] }] : undefined });
                } else {
                    report('noIndicator', mentionPlace(mention), { params, related });
                }
            }
        }
    }
});

function frameworkName(competence: Competence): string {
    return frameworkOf(competence)?.name ?? '';
}

function competenceRelated(competence: Competence): RelatedPlace {
    return {
        node: competence, property: 'name',
        message: { fr: 'Compétence {code} du référentiel {framework} : {title}', en: 'Competence {code} of the framework {framework}: {title}' },
        params: { code: competence.name, framework: frameworkName(competence), title: competence.title }
    };
}

function mentionPlace(mention: CompetenceMention): { node: AstNode; property: never; index: number } {
    return { node: mention.node, property: mention.property as never, index: mention.index };
}

/**
 * Inserts lines among the path's opening indications: after `compétences visées`, `période` or
 * `référentiel` (the last written of them), else right after the opening brace.
 */
export function insertInPathHeader(path: TrainingPath, lines: readonly string[]): FixEdit | undefined {
    const candidates = [
        path.targets[path.targets.length - 1]?.$refNode,
        path.period?.$cstNode,
        path.frameworks[path.frameworks.length - 1]?.$refNode
    ].filter((cst) => cst !== undefined);
    const last = candidates.sort((a, b) => b.offset - a.offset)[0];
    if (last) {
        return insertLinesAfter(last, lines);
    }
    const brace = path.$cstNode ? GrammarUtils.findNodeForKeyword(path.$cstNode, '{') : undefined;
    return insertLinesAfter(brace, lines, { deeper: true });
}

export const evaluations = defineRule({
    id: 'parcours/evaluations',
    severity: 'warning',
    // The tutee's tutor is named in a duo, possibly in another file.
    crossFile: true,
    title: { fr: 'Une évaluation formative en cours de route, une évaluation finale au bout', en: 'A formative evaluation along the way, a final one at the end' },
    description: {
        fr: 'Le parcours prévoit au moins une évaluation formative pendant le tutorat et une évaluation finale à son terme : dans la dernière phase, après toutes les évaluations formatives (par les dates quand elles en ont, sinon par l’ordre des phases). Chaque évaluation dit qui évalue (« par … »), quand (« le … ») et sur quelles compétences (« sur … ») ; le tuteur du tutoré (nommé dans un duo de n’importe quel fichier) participe à au moins une évaluation formative et à l’évaluation finale.',
        en: 'The path plans at least one formative evaluation during tutoring and a final evaluation at its end: in the last phase, after every formative evaluation (by dates when they have some, else by the order of the phases). Each evaluation says who evaluates (« par … »), when (« le … ») and on which competences (« sur … »); the tutee’s tutor (named in a duo of any file) takes part in at least one formative evaluation and in the final one.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur — évaluations formative et finale', en: 'Role of the tutor — formative and final evaluations' },
        quote: 'Enfin, le tuteur participe au processus d’évaluation de l’acquisition des compétences durant le tutorat (évaluations formative et finale).'
    },
    messages: {
        none: {
            absence: { what: { fr: 'les évaluations formative et finale', en: 'the formative and final evaluations' } },
            fr: 'Le parcours {path} ne prévoit aucune évaluation. Ajoutez une évaluation formative pendant l’accompagnement et une évaluation finale dans la phase évaluation.',
            en: 'The path {path} plans no evaluation. Add a formative evaluation during the accompagnement phase and a final evaluation in the évaluation phase.'
        },
        noFormative: {
            absence: { what: { fr: 'une évaluation formative', en: 'a formative evaluation' } },
            fr: 'Le parcours {path} ne prévoit aucune évaluation formative : le tutoré ne sait pas où il en est avant l’évaluation finale. Ajoutez par exemple « évaluation formative « Point de mi-parcours » le … » pendant l’accompagnement.',
            en: 'The path {path} plans no formative evaluation: the tutee does not know where they stand before the final one. Add for example « évaluation formative « Point de mi-parcours » le … » during the accompagnement phase.'
        },
        noFinal: {
            absence: { what: { fr: 'une évaluation finale', en: 'a final evaluation' } },
            fr: 'Le parcours {path} ne prévoit pas d’évaluation finale. Ajoutez « évaluation finale « … » le … » dans la phase évaluation.',
            en: 'The path {path} plans no final evaluation. Add « évaluation finale « … » le … » to the évaluation phase.'
        },
        formativeAfterFinal: {
            fr: '{Final} a lieu avant {formative} : l’évaluation finale conclut le parcours. Placez-la après les évaluations formatives.',
            en: '{Final} takes place before {formative}: the final evaluation concludes the path. Place it after the formative evaluations.'
        },
        finalNotLast: {
            fr: '{Final} est dans {phase}, pas dans la dernière phase du parcours ({last}). Déplacez-la dans la dernière phase.',
            en: '{Final} is in {phase}, not in the path’s last phase ({last}). Move it to the last phase.'
        },
        incomplete: {
            // Information: an evaluation is written in steps (title, date, evaluators, competences).
            severity: 'info',
            fr: '{Evaluation} ne dit pas {missing} : une évaluation qui formalise la progression du tutoré dit qui évalue, quand, et sur quelles compétences. Ajoutez {write}.',
            en: '{Evaluation} does not say {missing}: an evaluation that records the tutee’s progress says who evaluates, when, and on which competences. Add {write}.'
        },
        withoutTutor: {
            fr: '{tutor}, {role} de {tutee}, ne participe à aucune {kind} : le guide demande au tuteur de participer aux évaluations formative et finale. Ajoutez {tutor} aux évaluateurs (« par … »).',
            en: '{tutor}, {tutee}’s {role}, takes part in no {kind}: the guide asks the tutor to take part in the formative and final evaluations. Add {tutor} to the evaluators (« par … »).'
        }
    },
    fixes: [
        { id: 'addFinal', title: { fr: 'Ajouter une évaluation finale dans la dernière phase', en: 'Add a final evaluation to the last phase' } },
        { id: 'addTutor', title: { fr: 'Ajouter le tuteur aux évaluateurs', en: 'Add the tutor to the evaluators' } }
    ],
    examples: {
        nonCompliant: {
            'parcours.tutorat': 'institution CentreDeJour {\n    tutorée Aurélie\n    parcours RetourAurélie pour Aurélie {\n        phase accueil « Accueillir » { }\n        phase accompagnement « Accompagner » {\n            évaluation finale « Bilan de reprise » le 20/11/2026\n        }\n        phase évaluation « Conclure » { }\n    }\n}\n'
        },
        compliant: {
            'parcours.tutorat': 'référentiel RefSoins « Soins » {\n    compétence SOI1 « Réaliser les soins »\n}\ninstitution CentreDeJour {\n    tutrice Amina\n    tutorée Aurélie\n    duo Amina accompagne Aurélie\n    parcours RetourAurélie pour Aurélie {\n        référentiel RefSoins\n        phase accueil « Accueillir » { }\n        phase accompagnement « Accompagner » {\n            évaluation formative « Point d’étape » le 20/11/2026 par Amina sur SOI1\n        }\n        phase évaluation « Conclure » {\n            évaluation finale « Bilan de reprise » le 18/12/2026 par Amina sur SOI1\n        }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            const all = evaluationsOf(path);
            const formatives = all.filter((placed) => placed.item.kind === 'formative');
            const finals = all.filter((placed) => placed.item.kind === 'finale');
            const at = { node: path, property: 'name' } as const;
            if (all.length === 0) {
                report('none', at, { params: { path: titleOrName(path, context.locale) }, insert: [intoPhase(path, 'accompagnement', [FORMATIVE_LINE]), intoPhase(path, 'évaluation', [FINAL_LINE])] });
                return;
            }
            checkEvaluationParts(path, all.map((placed) => placed.item), report, context);
            if (formatives.length === 0) {
                report('noFormative', at, { params: { path: titleOrName(path, context.locale) }, insert: [intoPhase(path, 'accompagnement', [FORMATIVE_LINE])] });
            }
            if (finals.length === 0) {
                const phase = lastPhaseOf(path, 'évaluation');
                const edit = phase ? insertBeforeClosingBrace(phase, [FINAL_LINE]) : undefined;
                report('noFinal', at, { params: { path: titleOrName(path, context.locale) }, fixes: edit ? [{ fix: 'addFinal', edits: [edit] }] : undefined, insert: [intoPhase(path, 'évaluation', [FINAL_LINE])] });
                return;
            }
            const last = finals.reduce((latest, candidate) => happensBefore(latest, candidate) ? candidate : latest);
            const Final = capitalize(describeItem(last.item, context.locale));
            const laterFormative = formatives.find((formative) => happensBefore(last, formative));
            if (laterFormative) {
                report('formativeAfterFinal', { node: last.item, property: 'kind' }, {
                    params: { Final, formative: describeItem(laterFormative.item, context.locale) },
                    related: [{ node: laterFormative.item, property: 'kind', message: { fr: 'Évaluation formative prévue après l’évaluation finale', en: 'Formative evaluation planned after the final one' } }]
                });
                return;
            }
            const lastPhase = path.phases[path.phases.length - 1];
            if (last.phaseIndex < path.phases.length - 1) {
                report('finalNotLast', { node: last.item, property: 'kind' }, {
                    params: { Final, phase: describePhase(path.phases[last.phaseIndex], context.locale), last: describePhase(lastPhase, context.locale) },
                    related: [{ node: lastPhase, property: 'kind', message: { fr: 'Dernière phase du parcours', en: 'Last phase of the path' } }]
                });
            }
        }
    }
});

const FORMATIVE_LINE = 'évaluation formative « Point de mi-parcours »';
const FINAL_LINE = 'évaluation finale « Évaluation de fin de parcours »';

/** « du tutoré Bastien », « de la tutorée Inès » (English: « of the tutee Inès »): the tutee a path is for. */
function tuteeOf(path: TrainingPath, context: RuleContext): string | undefined {
    const name = path.tutee?.$refText;
    return name ? personWithKind({ name, kind: path.tutee?.ref?.kind ?? 'tutoré' }, context.locale, 'de') : undefined;
}

/** The last phase of a kind, else the last phase. */
function lastPhaseOf(path: TrainingPath, kind: PhaseKind): Phase | undefined {
    return [...path.phases].reverse().find((phase) => phase.kind === kind) ?? path.phases[path.phases.length - 1];
}

/** The first phase of a kind, else the first phase. */
function firstPhaseOf(path: TrainingPath, kind: PhaseKind): Phase | undefined {
    return path.phases.find((phase) => phase.kind === kind) ?? path.phases[0];
}

export const couverture = defineRule({
    id: 'parcours/couverture',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Chaque compétence visée est travaillée et évaluée', en: 'Every targeted competence is worked on and assessed' },
    description: {
        fr: 'Chaque compétence que le parcours vise (compétences visées, compétences du stage) est développée par au moins une activité et évaluée par au moins une évaluation du parcours.',
        en: 'Every competence the path targets (compétences visées, placement competences) is developed by at least one activity and assessed by at least one evaluation of the path.'
    },
    guide: {
        section: { fr: 'Former le tutoré ; Évaluer le tutoré', en: 'Training the tutee; Evaluating the tutee' },
        quote: 'Rendre les situations de travail formatrices afin que le tutoré découvre les différentes facettes du métier et acquière progressivement les compétences requises.'
    },
    messages: {
        notWorked: {
            fr: 'La compétence {competence} est visée mais aucune activité ne la développe. Ajoutez une activité « … » développe {competence} dans une phase.',
            en: 'The competence {competence} is targeted but no activity develops it. Add an activité « … » développe {competence} to a phase.'
        },
        notAssessed: {
            fr: 'La compétence {competence} est visée mais aucune évaluation ne porte sur elle. Ajoutez {competence} à la liste « sur … » d’une évaluation, par exemple l’évaluation finale.',
            en: 'The competence {competence} is targeted but no evaluation covers it. Add {competence} to the « sur … » list of an evaluation, for example the final one.'
        },
        neither: {
            fr: 'La compétence {competence} est visée mais n’est ni travaillée dans une activité ni évaluée. Ajoutez une activité qui la développe et citez-la dans une évaluation (« sur {competence} »), ou retirez-la des compétences visées.',
            en: 'The competence {competence} is targeted but neither worked on in an activity nor assessed. Add an activity developing it and name it in an evaluation (« sur {competence} »), or remove it from the targeted competences.'
        }
    },
    fixes: [{ id: 'assessInFinal', title: { fr: 'Évaluer cette compétence lors de l’évaluation finale', en: 'Assess this competence in the final evaluation' } }],
    examples: {
        nonCompliant: {
            'referentiel.tutorat': 'référentiel RefAide « Aide familial » {\n    compétence HYG1 « Assurer l’hygiène du domicile »\n    compétence REP1 « Préparer les repas »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutoré Yassine\n    parcours AlternanceYassine pour Yassine {\n        référentiel RefAide\n        compétences visées HYG1, REP1\n        phase accompagnement « Accompagner et former » {\n            activité « Entretien d’un logement en binôme » développe HYG1\n            évaluation finale « Évaluation de fin d’année » sur HYG1\n        }\n    }\n}\n'
        },
        compliant: {
            'referentiel.tutorat': 'référentiel RefAide « Aide familial » {\n    compétence HYG1 « Assurer l’hygiène du domicile »\n    compétence REP1 « Préparer les repas »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutoré Yassine\n    parcours AlternanceYassine pour Yassine {\n        référentiel RefAide\n        compétences visées HYG1, REP1\n        phase accompagnement « Accompagner et former » {\n            activité « Entretien d’un logement en binôme » développe HYG1\n            activité « Préparation du repas avec la bénéficiaire » développe REP1\n            évaluation finale « Évaluation de fin d’année » sur HYG1, REP1\n        }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report) {
            const worked = new Set(activitiesOf(path).flatMap(({ item }) => item.competences.flatMap((reference) => reference.ref ? [competenceKey(reference.ref)] : [])));
            const all = evaluationsOf(path);
            const assessed = new Set(all.flatMap(({ item }) => item.competences.flatMap((reference) => reference.ref ? [competenceKey(reference.ref)] : [])));
            const finals = all.filter((placed) => placed.item.kind === 'finale');
            const final = finals.length > 0 ? finals.reduce((latest, candidate) => happensBefore(latest, candidate) ? candidate : latest).item : undefined;
            for (const mention of targetsOf(path)) {
                const isWorked = worked.has(mention.key);
                const isAssessed = assessed.has(mention.key);
                if (isWorked && isAssessed) {
                    continue;
                }
                const edit = !isAssessed && final ? addToEvaluation(final, mention.written) : undefined;
                report(isWorked ? 'notAssessed' : isAssessed ? 'notWorked' : 'neither', mentionPlace(mention), {
                    params: { competence: mention.competence.name },
                    fixes: edit ? [{ fix: 'assessInFinal', edits: [edit] }] : undefined
                });
            }
        }
    }
});

function addToEvaluation(evaluation: Evaluation, code: string): FixEdit | undefined {
    const last = evaluation.competences[evaluation.competences.length - 1]?.$refNode;
    if (last) {
        return { range: { start: last.range.end, end: last.range.end }, newText: `, ${code}` };
    }
    return insertAfter(evaluation, ` sur ${code}`);
}

export const bilanEncadrement = defineRule({
    id: 'parcours/bilan-encadrement',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Un bilan avec le supérieur hiérarchique, en présence du tutoré', en: 'A review with the line manager, with the tutee present' },
    description: {
        fr: 'Le parcours prévoit au moins un bilan avec le supérieur hiérarchique du tutoré (son supérieur déclaré, le responsable de son service, ou plus haut dans la ligne hiérarchique, déclarée dans n’importe quel fichier de l’institution), en présence du tutoré. Quand le tutoré n’a pas de ligne hiérarchique déclarée (un stagiaire par exemple), le bilan se fait avec une personne de l’encadrement ou de la direction.',
        en: 'The path plans at least one review with the tutee’s line manager (their declared superior, the head of their service, or higher up the line, declared in any file of the institution), with the tutee present. When the tutee has no declared line (a trainee for instance), the review is held with a person of the supervisors or management.'
    },
    guide: {
        section: { fr: 'Évaluer le tutoré', en: 'Evaluating the tutee' },
        quote: 'Faire le point avec le supérieur hiérarchique (en prenant en compte les avis de l’équipe) sur l’évolution des acquis professionnels et des besoins du tutoré, en sa présence.'
    },
    messages: {
        none: {
            absence: { what: { fr: 'un bilan avec le supérieur hiérarchique', en: 'a review with the line manager' } },
            fr: 'Le parcours {path} ne prévoit aucun bilan avec le supérieur hiérarchique {ofTutee}. Ajoutez par exemple « bilan avec {superior} le … en présence du tutoré » pendant l’accompagnement.',
            en: 'The path {path} plans no review {ofTutee} with their line manager. Add for example « bilan avec {superior} le … en présence du tutoré » during the accompagnement phase.'
        },
        notSuperior: {
            fr: '{reviewer} n’est pas dans la ligne hiérarchique de {tutee} (supérieur direct : {superior}). Faites le point avec {superior}, ou corrigez la ligne hiérarchique si elle a changé.',
            en: '{reviewer} is not in {tutee}’s reporting line (direct superior: {superior}). Hold the review with {superior}, or correct the reporting line if it has changed.'
        },
        notSupervisor: {
            fr: '{reviewer} n’a ni le rôle « encadrement » ni le rôle « direction », et {tutee} n’a pas de supérieur hiérarchique déclaré. Faites le point avec une personne de l’encadrement, ou déclarez son supérieur hiérarchique.',
            en: '{reviewer} has neither the « encadrement » nor the « direction » role, and {tutee} has no declared superior. Hold the review with a supervisor, or declare their superior.'
        },
        withoutTutee: {
            fr: 'Ce bilan avec {reviewer} ne précise pas que {tutee} y assiste : le guide demande de faire le point en sa présence. Ajoutez « en présence du tutoré ».',
            en: 'This review with {reviewer} does not say that {tutee} attends: the guide asks for the review to be held in their presence. Add « en présence du tutoré ».'
        }
    },
    fixes: [
        { id: 'addReview', title: { fr: 'Prévoir un bilan avec le supérieur hiérarchique', en: 'Plan a review with the line manager' } },
        { id: 'withTutee', title: { fr: 'Ajouter « en présence du tutoré »', en: 'Add « en présence du tutoré »' } }
    ],
    examples: {
        nonCompliant: {
            'organisation.tutorat': 'institution LaPasserelle {\n    service Insertion « Atelier d’insertion » { responsable Marc }\n    personne Marc « Marc Dethier » { rôle encadrement }\n    tutoré Kevin { service Insertion situation insertion }\n}\n',
            'parcours.tutorat': 'institution LaPasserelle {\n    parcours InsertionKevin pour Kevin {\n        phase accompagnement « Accompagner et former » {\n            bilan avec Marc le 15/01/2027\n        }\n    }\n}\n'
        },
        compliant: {
            'organisation.tutorat': 'institution LaPasserelle {\n    service Insertion « Atelier d’insertion » { responsable Marc }\n    personne Marc « Marc Dethier » { rôle encadrement }\n    tutoré Kevin { service Insertion situation insertion }\n}\n',
            'parcours.tutorat': 'institution LaPasserelle {\n    parcours InsertionKevin pour Kevin {\n        phase accompagnement « Accompagner et former » {\n            bilan avec Marc le 15/01/2027 en présence du tutoré\n        }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            const tutee = path.tutee?.ref;
            if (!tutee) {
                return;
            }
            const reviews = placedItems(path).map((placed) => placed.item).filter(isProgressReview);
            const superiors = superiorChain(tutee, context.workspace).superiors;
            const direct = directSuperior(tutee);
            if (reviews.length === 0) {
                const phase = firstPhaseOf(path, 'accompagnement');
                const edit = direct && phase ? insertBeforeClosingBrace(phase, [`bilan avec ${direct.name} en présence du tutoré`]) : undefined;
                report('none', { node: path, property: 'name' }, {
                    insert: [intoPhase(path, 'accompagnement', [`bilan avec ${direct?.name ?? TO_COMPLETE_NAME} en présence du tutoré`])],
                    params: { path: titleOrName(path, context.locale), tutee: tutee.name, ofTutee: tuteeOf(path, context), superior: direct?.name ?? context.text({ fr: 'NomDuSupérieur', en: 'SuperiorName' }) },
                    fixes: edit ? [{ fix: 'addReview', edits: [edit] }] : undefined
                });
                return;
            }
            for (const review of reviews) {
                const reviewer = review.superior?.ref;
                if (!reviewer) {
                    continue;
                }
                if (superiors.length > 0 && !superiors.some((superior) => superior.name === reviewer.name)) {
                    report('notSuperior', { node: review, property: 'superior' }, {
                        params: { reviewer: reviewer.name, tutee: tutee.name, superior: superiors[0].name },
                        related: [{ node: superiors[0], property: 'name', message: { fr: 'Supérieur hiérarchique direct de {tutee}', en: 'Direct superior of {tutee}' }, params: { tutee: tutee.name } }]
                    });
                } else if (superiors.length === 0 && !reviewer.roles.some((role) => role === 'encadrement' || role === 'direction')) {
                    report('notSupervisor', { node: review, property: 'superior' }, { params: { reviewer: reviewer.name, tutee: tutee.name } });
                }
                if (!review.withTutee) {
                    const edit = insertAfter(review, ' en présence du tutoré');
                    report('withoutTutee', { node: review, property: 'superior' }, { params: { reviewer: reviewer.name, tutee: tutee.name }, fixes: edit ? [{ fix: 'withTutee', edits: [edit] }] : undefined });
                }
            }
        }
    }
});

/** A path for the documentation pages, complete but for what the given lines add to its accompaniment. */
function selfEvaluationExample(lines: string): string {
    return 'institution Horizon {\n    personne Nadia { rôle encadrement }\n    tutoré Malik\n    parcours IntégrationMalik pour Malik {\n'
        + '        phase accueil « Accueillir et intégrer » { }\n'
        + '        phase accompagnement « Accompagner et former » {\n            activité « Permanence d’accueil en binôme »\n            évaluation formative « Point d’étape »\n'
        + `            bilan avec Nadia en présence du tutoré\n${lines}        }\n`
        + '        phase évaluation « Évaluer et conclure » {\n            évaluation finale « Bilan de fin d’intégration »\n        }\n    }\n}\n';
}

export const autoevaluation = defineRule({
    id: 'parcours/autoevaluation',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tutoré s’auto-évalue régulièrement', en: 'The tutee self-evaluates regularly' },
    description: {
        fr: 'Le parcours prévoit une auto-évaluation régulière du tutoré, avec sa fréquence (« auto-évaluation chaque semaine », « auto-évaluation toutes les deux semaines »…), dont il parle ensuite avec son tuteur.',
        en: 'The path plans a regular self-evaluation by the tutee, with its frequency (« auto-évaluation chaque semaine », « auto-évaluation toutes les deux semaines »…), which they then discuss with their tutor.'
    },
    guide: {
        section: { fr: 'Rôle du tutoré', en: 'Role of the tutee' },
        quote: 'procéder à une autoévaluation régulière, en parler au tuteur, le solliciter si nécessaire, l’alerter en cas de difficulté'
    },
    messages: {
        none: {
            absence: { what: { fr: 'l’auto-évaluation du tutoré', en: 'the tutee’s self-evaluation' } },
            fr: 'Le parcours {path} ne prévoit pas d’auto-évaluation {ofTutee}. Ajoutez par exemple « auto-évaluation chaque semaine « Carnet de bord partagé avec le tuteur » » dans une phase.',
            en: 'The path {path} plans no self-evaluation {ofTutee}. Add for example « auto-évaluation chaque semaine « Logbook shared with the tutor » » to a phase.'
        },
        noFrequency: {
            fr: 'Cette auto-évaluation ne dit pas à quel rythme elle a lieu : le guide la veut régulière. Précisez sa fréquence, par exemple « chaque semaine ».',
            en: 'This self-evaluation does not say how often it takes place: the guide wants it regular. State its frequency, for example « chaque semaine ».'
        }
    },
    fixes: [
        { id: 'addSelfEvaluation', title: { fr: 'Prévoir une auto-évaluation chaque semaine', en: 'Plan a weekly self-evaluation' } },
        { id: 'weekly', title: { fr: 'Ajouter « chaque semaine »', en: 'Add « chaque semaine »' } }
    ],
    examples: {
        nonCompliant: {
            'parcours.tutorat': selfEvaluationExample('')
        },
        compliant: {
            'parcours.tutorat': selfEvaluationExample('            auto-évaluation chaque semaine « Carnet de bord relu avec le tuteur le vendredi »\n')
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            const selfEvaluations = placedItems(path).map((placed) => placed.item).filter(isSelfEvaluation);
            if (selfEvaluations.length === 0) {
                const phase = firstPhaseOf(path, 'accompagnement');
                const edit = phase ? insertBeforeClosingBrace(phase, ['auto-évaluation chaque semaine']) : undefined;
                report('none', { node: path, property: 'name' }, {
                    insert: [intoPhase(path, 'accompagnement', ['auto-évaluation chaque semaine'])],
                    params: { path: titleOrName(path, context.locale), ofTutee: tuteeOf(path, context) },
                    fixes: edit ? [{ fix: 'addSelfEvaluation', edits: [edit] }] : undefined
                });
                return;
            }
            for (const selfEvaluation of selfEvaluations) {
                if (!selfEvaluation.frequency) {
                    const keyword = selfEvaluation.$cstNode ? GrammarUtils.findNodeForKeyword(selfEvaluation.$cstNode, 'auto-évaluation') : undefined;
                    const edit = keyword ? { range: { start: keyword.range.end, end: keyword.range.end }, newText: ' chaque semaine' } : undefined;
                    report('noFrequency', { node: selfEvaluation, keyword: 'auto-évaluation' }, { fixes: edit ? [{ fix: 'weekly', edits: [edit] }] : undefined });
                }
            }
        }
    }
});

export const parcoursRules: readonly RuleDefinition[] = [
    // The path's head (project, supports) before its phases: an unfinished path's quick fix writes them in this order.
    existe, projetProfessionnel, supports,
    phases, chronologie, progressif, referentiel, criteres, evaluations, couverture, methodes, bilanEncadrement, autoevaluation
] as RuleDefinition[];
