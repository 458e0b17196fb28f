import { allMentions, competencesOf } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { frameworkOf } from '../../scoping/qualified-names.js';
import { exampleFramework } from './shared.js';

export const inutilise = defineRule({
    id: 'referentiel/inutilise',
    severity: 'hint',
    crossFile: true,
    title: { fr: 'Une compétence sert à au moins un parcours', en: 'A competence serves at least one path' },
    description: {
        fr: 'Signale les compétences qu’aucun parcours de l’espace de travail ne cite, dans aucun fichier : ni dans ses compétences visées, ni dans un bloc « critères pour », ni dans une activité, une évaluation ou un stage. C’est une indication, pas une faute : un référentiel peut préparer des parcours à venir.',
        en: 'Points out the competences that no path of the workspace names, in any file: not in its targeted competences, nor in a « critères pour » block, an activity, an evaluation or a placement. It is a hint, not a fault: a framework may prepare future paths.'
    },
    messages: {
        unused: {
            fr: 'Aucun parcours de l’espace de travail ne vise la compétence {code} du référentiel {framework}. Citez-la dans un parcours (compétences visées, activité, évaluation), ou retirez-la si elle n’a plus lieu d’être.',
            en: 'No path of the workspace targets the competence {code} of the framework {framework}. Name it in a path (targeted competences, activity, evaluation), or remove it if it is no longer needed.'
        }
    },
    examples: {
        nonCompliant: {
            ...exampleFramework('compétence ENT1 « Entretenir le linge de la famille »\ncompétence REP1 « Préparer un repas équilibré »'),
            'parcours.tutorat': 'institution ServiceAideFamilles {\n    tutorée Laura\n    parcours IntégrationLaura pour Laura {\n        référentiel RefAideFamilial\n        compétences visées ENT1\n    }\n}\n'
        },
        compliant: {
            ...exampleFramework('compétence ENT1 « Entretenir le linge de la famille »\ncompétence REP1 « Préparer un repas équilibré »'),
            'parcours.tutorat': 'institution ServiceAideFamilles {\n    tutorée Laura\n    parcours IntégrationLaura pour Laura {\n        référentiel RefAideFamilial\n        compétences visées ENT1, REP1\n    }\n}\n'
        }
    },
    checks: {
        Framework(framework, report, context) {
            if (!framework.name) {
                return;
            }
            const used = new Set(context.workspace.pathsUsing(framework.name)
                .flatMap(allMentions)
                .filter((mention) => frameworkOf(mention.competence)?.name === framework.name)
                .map((mention) => mention.competence.name));
            for (const competence of competencesOf(framework)) {
                if (competence.name && !used.has(competence.name)) {
                    report('unused', { node: competence, property: 'name' }, { params: { code: competence.name, framework: framework.name } });
                }
            }
        }
    }
});
