import { charterExample, messages, sectionRule } from './section-rule.js';

export const communauteTuteurs = sectionRule({
    id: 'charte/communaute-tuteurs',
    severity: 'info',
    title: { fr: 'Les tuteurs échangent en communauté', en: 'Tutors exchange in a community' },
    description: {
        fr: 'La charte invite les tuteurs à se regrouper en « communauté des tuteurs » et à échanger sur leurs pratiques, au sein de l’institution et en dehors (rencontres entre institutions).',
        en: 'The charter invites tutors to gather in a “communauté des tuteurs” and to exchange on their practices, within the institution and beyond (meetings between institutions).'
    },
    guide: {
        section: { fr: 'En bref 7, 8', en: 'In short 7, 8' },
        quote: 'Inviter les tuteurs à se regrouper en « communautés tuteurs », avec des moments d’échange sur les pratiques (au sein et en dehors de l’institution).',
        enBref: [7, 8]
    },
    messages: messages({
        missing: {
            fr: 'La charte n’invite pas les tuteurs à échanger en communauté{scope}. Ajoutez « communauté des tuteurs » suivi, entre « », de ce qui est prévu : intervisions, rencontres entre tuteurs au sein de l’institution et en dehors.',
            en: 'The charter does not invite tutors to exchange in a community{scope}. Add “communauté des tuteurs” followed, between « », by what is planned: peer reviews, meetings of tutors within the institution and beyond.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} n’invite pas les tuteurs à échanger en communauté{scope}. Proposez les rencontres du secteur aux institutions membres, ou écrivez « communauté des tuteurs à compléter ».',
            en: 'The template {template} does not invite tutors to exchange in a community{scope}. Offer the sector’s meetings to the member institutions, or write “communauté des tuteurs à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['communauté des tuteurs « Intervision des tuteurs chaque trimestre et rencontres sectorielles deux fois par an. »'])
    },
    spec: { key: 'tutorCommunity' }
});
