import type { Bilingual } from '../i18n/locale.js';

/** How each kind of referenced element is named in messages, and what to do when it is missing. */
export const REFERENCE_KINDS: Readonly<Record<string, { readonly none: Bilingual; readonly howTo: Bilingual }>> = {
    Person: {
        none: { fr: 'aucune personne', en: 'no person' },
        howTo: {
            fr: 'Corrigez le nom ou déclarez cette personne dans l’institution (tuteur, tutrice, tutoré, tutorée ou personne).',
            en: 'Correct the name or declare this person in the institution (tuteur, tutrice, tutoré, tutorée or personne).'
        }
    },
    Service: {
        none: { fr: 'aucun service', en: 'no service' },
        howTo: { fr: 'Corrigez le nom ou déclarez le service dans l’institution : service Nom « Intitulé ».', en: 'Correct the name or declare the service in the institution: service Name « Title ».' }
    },
    JobFunction: {
        none: { fr: 'aucune fonction', en: 'no job function' },
        howTo: { fr: 'Corrigez le nom ou déclarez la fonction dans l’institution : fonction Nom « Intitulé ».', en: 'Correct the name or declare the function in the institution: fonction Name « Title ».' }
    },
    Partner: {
        none: { fr: 'aucun organisme partenaire', en: 'no partner organisation' },
        howTo: { fr: 'Corrigez le nom ou déclarez l’organisme : organisme partenaire Nom « Intitulé » { … }.', en: 'Correct the name or declare the organisation: organisme partenaire Name « Title » { … }.' }
    },
    Referent: {
        none: { fr: 'aucun référent d’organisme partenaire', en: 'no referent of a partner organisation' },
        howTo: { fr: 'Corrigez le nom ou déclarez le référent dans son organisme : référent Nom « Prénom Nom ».', en: 'Correct the name or declare the referent in their organisation: référent Name « Full name ».' }
    },
    Evaluator: {
        none: { fr: 'aucune personne ni aucun référent', en: 'no person nor referent' },
        howTo: { fr: 'Corrigez le nom : un évaluateur est une personne de l’institution ou le référent d’un organisme partenaire.', en: 'Correct the name: an evaluator is a person of the institution or the referent of a partner organisation.' }
    },
    Competence: {
        none: { fr: 'aucune compétence', en: 'no competence' },
        howTo: {
            fr: 'Corrigez le code, ou nommez le référentiel du parcours (référentiel NomDuRéférentiel), ou écrivez NomDuRéférentiel.Code.',
            en: 'Correct the code, or name the path’s framework (référentiel FrameworkName), or write FrameworkName.Code.'
        }
    },
    Framework: {
        none: { fr: 'aucun référentiel', en: 'no competence framework' },
        howTo: { fr: 'Corrigez le nom ou ajoutez le référentiel à l’espace de travail.', en: 'Correct the name or add the framework to the workspace.' }
    },
    CharterTemplate: {
        none: { fr: 'aucun modèle de charte', en: 'no charter template' },
        howTo: { fr: 'Corrigez le nom ou ajoutez le fichier du modèle de la fédération à l’espace de travail.', en: 'Correct the name or add the federation’s template file to the workspace.' }
    }
};

/** Pieces of the messages of a name that resolves to nothing (langage/reference, parcours/referentiel). */
export const REFERENCE_TEXTS = {
    didYouMean: { fr: ' Vouliez-vous écrire {names} ?', en: ' Did you mean {names}?' },
    framework: { fr: 'du référentiel {frameworks}', en: 'in the framework {frameworks}' },
    frameworks: { fr: 'des référentiels {frameworks}', en: 'in the frameworks {frameworks}' }
} satisfies Record<string, Bilingual>;
