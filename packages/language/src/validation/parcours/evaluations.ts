import { GrammarUtils } from 'langium';
import { type Evaluation, type Phase, type PhaseKind, type TrainingPath } from '../../generated/ast.js';
import { roleWordOf, titleOrName } from '../../i18n/french.js';
import { joinList } from '../../i18n/locale.js';
import { capitalize, describeItem, describePhase, evaluationsOf, happensBefore } from '../../model/path.js';
import { defineRule, type Reporter, type RuleContext } from '../../rules/definition.js';
import { insertBeforeClosingBrace } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { intoPhase } from './shared.js';

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

/** The last phase of a kind, else the last phase. */
function lastPhaseOf(path: TrainingPath, kind: PhaseKind): Phase | undefined {
    return [...path.phases].reverse().find((phase) => phase.kind === kind) ?? path.phases[path.phases.length - 1];
}
