import { type Resources } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, messages, sectionRule } from './section-rule.js';

export const ressources = sectionRule({
    id: 'charte/ressources',
    severity: 'error',
    title: { fr: 'La charte donne des ressources au tutorat', en: 'The charter gives resources to tutoring' },
    description: {
        fr: 'La charte dit quels moyens l’institution donne aux tuteurs : temps dédié, accès à des formations, équipement pédagogique, légitimité, reconnaissance. Une section « ressources » héritée du modèle compte ; une section vide ne suffit pas.',
        en: 'The charter says which means the institution gives its tutors: dedicated time, access to training, pedagogical equipment, legitimacy, recognition. A “ressources” section inherited from the template counts; an empty section is not enough.'
    },
    guide: {
        section: { fr: 'En amont; Rôle de la direction', en: 'Upstream; Role of the management' },
        quote: 'donner au tuteur les moyens d’accompagner le tutoré (accès à des formations, temps dédié au tutorat, équipement pédagogique, légitimité, reconnaissance…)'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne dit pas quels moyens l’institution donne au tutorat{scope}. Ajoutez une section « ressources » : temps dédié, formations, équipement pédagogique, légitimité, reconnaissance.',
            en: 'The charter does not say which means the institution gives to tutoring{scope}. Add a “ressources” section: temps dédié, formations, équipement pédagogique, légitimité, reconnaissance.'
        },
        empty: {
            fr: 'La section « ressources »{from} ne cite aucune ressource. Indiquez le temps dédié, les formations, l’équipement pédagogique, la légitimité ou la reconnaissance donnés aux tuteurs.',
            en: 'The “ressources” section{from} names no resource. State the dedicated time, training, pedagogical equipment, legitimacy or recognition given to tutors.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne dit pas quels moyens donner au tutorat{scope}. Proposez une section « ressources » aux institutions membres, ou écrivez « ressources à compléter » pour que chacune la précise.',
            en: 'The template {template} does not say which means to give to tutoring{scope}. Offer a “ressources” section to the member institutions, or write “ressources à compléter” so that each states its own.'
        },
        empty: {
            fr: 'Dans le modèle {template}, la section « ressources »{from} ne cite aucune ressource. Proposez-en aux institutions membres, ou laissez-les « à compléter ».',
            en: 'In the template {template}, the “ressources” section{from} names no resource. Offer some to the member institutions, or leave them “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['ressources { }']),
        compliant: charterExample([
            'ressources {',
            '    temps dédié « 2 heures par semaine et par tutoré, inscrites à l’horaire du tuteur. »',
            '    formations « Formation de base au tutorat pour chaque nouveau tuteur. »',
            '}'
        ])
    },
    spec: {
        key: 'resources',
        requirements: [{
            message: 'empty',
            whenAllMissing: true,
            elements: Object.values(ELEMENTS.resources).map((form) => ({
                form,
                label: { fr: form.written, en: form.written },
                present: (section: Resources) => section.items.length > 0
            }))
        }]
    }
});
