import { charterExample, messages, sectionRule } from './section-rule.js';

export const sensibilisationEquipes = sectionRule({
    id: 'charte/sensibilisation-equipes',
    severity: 'warning',
    title: { fr: 'Les équipes sont sensibilisées et consultées', en: 'Teams are made aware and consulted' },
    description: {
        fr: 'La charte prévoit comment les équipes de travail sont informées du tutorat et consultées à son sujet : tout le service accueille le tutoré, pas seulement le tuteur.',
        en: 'The charter plans how work teams are informed about tutoring and consulted on it: the whole team welcomes the tutee, not only the tutor.'
    },
    guide: {
        section: { fr: 'En amont; Conditions de réussite; En bref 6', en: 'Upstream; Conditions for success; In short 6' },
        quote: 'sensibiliser les équipes de travail (se concerter avec elles) à son sujet',
        enBref: [6]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas comment les équipes sont informées et consultées sur le tutorat{scope}. Ajoutez « sensibilisation des équipes » suivi, entre « », de ce qui est prévu : présentation en réunion, avis de l’équipe, bilan partagé…',
            en: 'The charter does not plan how teams are informed and consulted about tutoring{scope}. Add “sensibilisation des équipes” followed, between « », by what is planned: presentation in a meeting, the team’s opinion, a shared review…'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas la sensibilisation des équipes{scope}. Proposez-la aux institutions membres, ou écrivez « sensibilisation des équipes à compléter ».',
            en: 'The template {template} does not plan how teams are made aware{scope}. Offer it to the member institutions, or write “sensibilisation des équipes à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['sensibilisation des équipes « Présentation du tutorat en réunion d’équipe chaque septembre ; l’équipe donne son avis au bilan de juin. »'])
    },
    spec: { key: 'teamAwareness' }
});
