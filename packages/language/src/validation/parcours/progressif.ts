import { type Competence, type Evaluation } from '../../generated/ast.js';
import { activitiesOf, competenceKey, describeItem, evaluationsOf, happensBefore, type PlacedItem } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { PLANNING_GUIDE } from './shared.js';

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
