import { charterExample, messages, sectionRule } from './section-rule.js';

export const projetInstitutionnel = sectionRule({
    id: 'charte/projet-institutionnel',
    severity: 'warning',
    title: { fr: 'Le tutorat est inscrit dans le projet institutionnel', en: 'Tutoring is inscribed in the institutional project' },
    description: {
        fr: 'La charte dit où le projet institutionnel inscrit le tutorat (chapitre, objectif), pour lui donner du sens dans l’institution.',
        en: 'The charter says where the institutional project inscribes tutoring (chapter, objective), to give it meaning in the institution.'
    },
    guide: {
        section: { fr: 'En amont; En bref 1', en: 'Upstream; In short 1' },
        quote: 'inscrire le tutorat dans le projet institutionnel',
        enBref: [1]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne relie pas le tutorat au projet institutionnel{scope}. Ajoutez « projet institutionnel » suivi, entre « », du chapitre ou de l’objectif du projet qui inscrit le tutorat.',
            en: 'The charter does not link tutoring to the institutional project{scope}. Add “projet institutionnel” followed, between « », by the chapter or objective of the project that inscribes tutoring.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne relie pas le tutorat au projet institutionnel{scope}. Écrivez « projet institutionnel à compléter » pour que chaque institution membre cite son projet.',
            en: 'The template {template} does not link tutoring to the institutional project{scope}. Write “projet institutionnel à compléter” so that each member institution cites its own project.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['projet institutionnel « Chapitre 4 du projet 2025-2030 : transmettre nos pratiques d’accueil. »'])
    },
    spec: { key: 'institutionalProject' }
});
