import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, messages, sectionRule } from './section-rule.js';

export const profilTuteur = sectionRule({
    id: 'charte/profil-tuteur',
    severity: 'error',
    title: { fr: 'La charte définit le profil de fonction du tuteur', en: 'The charter defines the tutor’s function profile' },
    description: {
        fr: 'La charte (ou le modèle qu’elle étend, champ par champ) fixe l’expérience professionnelle minimale du tuteur, son ancienneté minimale dans l’institution et le nombre maximum de tutorés qu’il accompagne en même temps. Ces seuils servent aux règles tuteur/experience, tuteur/anciennete et tuteur/charge.',
        en: 'The charter (or the template it extends, field by field) sets the tutor’s minimum professional experience, minimum seniority in the institution and the maximum number of tutees accompanied at the same time. These thresholds feed the rules tuteur/experience, tuteur/anciennete and tuteur/charge.'
    },
    guide: {
        section: { fr: 'En amont; Le choix du tuteur — profil recommandé', en: 'Upstream; Choosing the tutor — recommended profile' },
        quote: 'justifier d’une expérience professionnelle pertinente et d’une ancienneté au sein de l’institution. Il faut pouvoir s’appuyer sur une expérience de plusieurs années.'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne définit pas le profil de fonction du tuteur{scope}. Ajoutez une section « profil du tuteur » avec l’expérience minimale, l’ancienneté minimale dans l’institution et le nombre maximum de tutorés simultanés.',
            en: 'The charter does not define the tutor’s function profile{scope}. Add a “profil du tuteur” section with the minimum experience, the minimum seniority in the institution and the maximum number of simultaneous tutees.'
        },
        incomplete: {
            fr: 'Le profil du tuteur ne fixe pas {elements}{scope}. Ajoutez {write} au profil du tuteur de la charte ; en attendant, Tutorat applique les valeurs par défaut du projet.',
            en: 'The tutor profile does not set {elements}{scope}. Add {write} to the charter’s tutor profile; meanwhile Tutorat applies the project’s default values.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne définit pas le profil de fonction du tuteur{scope}. Proposez une section « profil du tuteur » aux institutions membres, ou écrivez « profil du tuteur à compléter » pour que chacune le définisse.',
            en: 'The template {template} does not define the tutor’s function profile{scope}. Offer a “profil du tuteur” section to the member institutions, or write “profil du tuteur à compléter” so that each defines its own.'
        },
        incomplete: {
            fr: 'Le profil du tuteur du modèle {template} ne fixe pas {elements}{scope}. Ajoutez {write}, avec une valeur ou « à compléter » pour les institutions membres.',
            en: 'The tutor profile of the template {template} does not set {elements}{scope}. Add {write}, with a value or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['profil du tuteur {', '    expérience minimale 3 ans', '}']),
        compliant: charterExample(['profil du tuteur {', '    expérience minimale 3 ans', '    ancienneté minimale 1 an', '    tutorés simultanés maximum 2', '}'])
    },
    spec: {
        key: 'tutorProfile',
        mergedFields: true,
        requirements: [{
            message: 'incomplete',
            elements: [
                { form: ELEMENTS.tutorProfile.minExperience, label: { fr: 'l’expérience minimale', en: 'the minimum experience' }, present: (_, effective) => effective.profileField('minExperience') !== undefined },
                { form: ELEMENTS.tutorProfile.minSeniority, label: { fr: 'l’ancienneté minimale dans l’institution', en: 'the minimum seniority in the institution' }, present: (_, effective) => effective.profileField('minSeniority') !== undefined },
                { form: ELEMENTS.tutorProfile.maxTutees, label: { fr: 'le nombre maximum de tutorés simultanés', en: 'the maximum number of simultaneous tutees' }, present: (_, effective) => effective.profileField('maxTutees') !== undefined }
            ]
        }]
    }
});
