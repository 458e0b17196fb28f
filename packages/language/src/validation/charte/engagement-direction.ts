import { charterExample, messages, sectionRule } from './section-rule.js';
import { directionAndSupervision } from './shared.js';

export const engagementDirection = sectionRule({
    id: 'charte/engagement-direction',
    severity: 'warning',
    title: { fr: 'La direction et l’encadrement s’engagent pour le tutorat', en: 'The management and the supervisors commit to tutoring' },
    description: {
        fr: 'La section « engagements » de la charte (ou du modèle) énonce l’engagement de la direction et celui de l’encadrement en faveur du tutorat.',
        en: 'The “engagements” section of the charter (or template) states the commitment of the management and that of the supervisors to tutoring.'
    },
    guide: {
        section: { fr: 'En amont; Rôle de la direction', en: 'Upstream; Role of the management' },
        quote: 'assurer un engagement de la direction et de l’encadrement en sa faveur'
    },
    messages: messages({
        missing: {
            fr: 'La charte n’énonce pas l’engagement de la direction et de l’encadrement en faveur du tutorat{scope}. Ajoutez une section « engagements » avec au moins « direction » et « encadrement ».',
            en: 'The charter does not state the commitment of the management and supervisors to tutoring{scope}. Add an “engagements” section with at least “direction” and “encadrement”.'
        },
        incomplete: {
            fr: 'Les engagements{from} ne disent rien de l’engagement {elements}. Ajoutez {write} dans la section « engagements ».',
            en: 'The commitments{from} say nothing of the commitment {elements}. Add {write} to the “engagements” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} n’énonce pas l’engagement de la direction et de l’encadrement{scope}. Proposez une section « engagements » aux institutions membres, ou écrivez « engagements à compléter ».',
            en: 'The template {template} does not state the commitment of the management and supervisors{scope}. Offer an “engagements” section to the member institutions, or write “engagements à compléter”.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, les engagements{from} ne disent rien de l’engagement {elements}. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the commitments{from} say nothing of the commitment {elements}. Add {write}, with a text or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['engagements {', '    tuteur « Accueillir et accompagner le tutoré. »', '}']),
        compliant: charterExample([
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    encadrement « Choisir les tuteurs parmi les volontaires et limiter le nombre de tutorés. »',
            '}'
        ])
    },
    spec: { key: 'commitments', requirements: [{ message: 'incomplete', elements: directionAndSupervision }] }
});
