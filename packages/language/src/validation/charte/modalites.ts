import { type Modalities } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, messages, sectionRule } from './section-rule.js';

export const modalites = sectionRule({
    id: 'charte/modalites',
    severity: 'error',
    title: { fr: 'La charte décrit les modalités de mise en œuvre', en: 'The charter describes how tutoring is implemented' },
    description: {
        fr: 'La charte dit comment les tuteurs sont désignés, comment les duos sont constitués et comment le temps de tutorat est planifié (section « modalités », écrite dans la charte ou héritée du modèle).',
        en: 'The charter says how tutors are designated, how duos are formed and how tutoring time is planned (“modalités” section, written in the charter or inherited from the template).'
    },
    guide: {
        section: { fr: 'En amont', en: 'Upstream' },
        quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne décrit pas les modalités de mise en œuvre du tutorat{scope}. Ajoutez une section « modalités » qui dit comment les tuteurs sont désignés, comment les duos sont constitués et comment le temps de tutorat est planifié.',
            en: 'The charter does not describe how tutoring is implemented{scope}. Add a “modalités” section saying how tutors are designated, how duos are formed and how tutoring time is planned.'
        },
        incomplete: {
            fr: 'Les modalités{from} ne disent pas {elements}. Ajoutez {write} dans la section « modalités ».',
            en: 'The modalities{from} do not say {elements}. Add {write} to the “modalités” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne décrit pas les modalités de mise en œuvre du tutorat{scope}. Proposez une section « modalités » aux institutions membres, ou écrivez « modalités à compléter » pour que chacune les décrive.',
            en: 'The template {template} does not describe how tutoring is implemented{scope}. Offer a “modalités” section to the member institutions, or write “modalités à compléter” so that each describes its own.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, les modalités{from} ne disent pas {elements}. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the modalities{from} do not say {elements}. Add {write}, with a text or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['modalités {', '    désignation des tuteurs « Appel à candidatures chaque année en juin. »', '}']),
        compliant: charterExample([
            'modalités {',
            '    désignation des tuteurs « Appel à candidatures chaque année en juin. »',
            '    constitution des duos « La coordinatrice forme les duos selon la fonction apprise. »',
            '    planification du tutorat « Les temps de tutorat sont inscrits au planning mensuel. »',
            '}'
        ])
    },
    spec: {
        key: 'modalities',
        requirements: [{
            message: 'incomplete',
            elements: [
                { form: ELEMENTS.modalities.designation, label: { fr: 'comment les tuteurs sont désignés', en: 'how tutors are designated' }, present: hasKind<Modalities>('désignation') },
                { form: ELEMENTS.modalities.duos, label: { fr: 'comment les duos sont constitués', en: 'how duos are formed' }, present: hasKind<Modalities>('constitution') },
                { form: ELEMENTS.modalities.planning, label: { fr: 'comment le temps de tutorat est planifié', en: 'how tutoring time is planned' }, present: hasKind<Modalities>('planification') }
            ]
        }]
    }
});
