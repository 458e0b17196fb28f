import { charterExample, messages, sectionRule } from './section-rule.js';

export const situations = sectionRule({
    id: 'charte/situations',
    severity: 'warning',
    title: { fr: 'La charte recense les situations de tutorat', en: 'The charter lists the tutoring situations' },
    description: {
        fr: 'La charte liste les situations où l’institution organise un tutorat : stage, alternance, nouveau travailleur, changement de fonction, réintégration, insertion, transmission avant un départ.',
        en: 'The charter lists the situations in which the institution organises tutoring: placement, work-study, new worker, change of function, reintegration, insertion, passing on knowledge before a departure.'
    },
    guide: {
        section: { fr: 'Rôle de la direction — recenser les situations', en: 'Role of the management — listing the situations' },
        quote: 'recenser les situations professionnelles qui peuvent être concernées par le tutorat (accueil des stagiaires, formation en alternance, intégration de nouveaux travailleurs, réintégration…)'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne recense pas les situations où le tutorat s’applique{scope}. Ajoutez « situations » suivi de celles que l’institution rencontre : stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.',
            en: 'The charter does not list the situations where tutoring applies{scope}. Add “situations” followed by those the institution meets: stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne recense pas les situations de tutorat{scope}. Proposez celles du secteur aux institutions membres, ou écrivez « situations à compléter ».',
            en: 'The template {template} does not list the tutoring situations{scope}. Offer those of the sector to the member institutions, or write “situations à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['situations nouveau-travailleur, réintégration'])
    },
    spec: { key: 'situations' }
});
