import { type Competence } from '../../generated/ast.js';
import { competenceKey, filledCriteria, targetsOf } from '../../model/path.js';
import { defineRule, type RelatedPlace } from '../../rules/definition.js';
import { frameworkOf } from '../../scoping/qualified-names.js';
import { insertInPathHeader, mentionPlace } from './shared.js';

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
