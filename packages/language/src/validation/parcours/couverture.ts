import { type Evaluation } from '../../generated/ast.js';
import { activitiesOf, competenceKey, evaluationsOf, happensBefore, targetsOf } from '../../model/path.js';
import { defineRule, type FixEdit } from '../../rules/definition.js';
import { insertAfter } from '../../rules/fix-edits.js';
import { mentionPlace } from './shared.js';

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
