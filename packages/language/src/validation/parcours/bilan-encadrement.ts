import { isProgressReview } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { directSuperior, superiorChain } from '../../model/organisation.js';
import { placedItems } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertAfter, insertBeforeClosingBrace } from '../../rules/fix-edits.js';
import { TO_COMPLETE_NAME } from '../duo/place.js';
import { firstPhaseOf, intoPhase, tuteeOf } from './shared.js';

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
