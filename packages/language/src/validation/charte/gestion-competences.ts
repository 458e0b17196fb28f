import type { CompetenceManagement } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, messages, sectionRule } from './section-rule.js';

/**
 * charte/gestion-competences — tutoring is part of the institution's competence management
 * (recruitment, training, support, appraisal) and of its care for well-being at work and risk
 * prevention (En bref 2; Rôle de la direction).
 */
export const gestionCompetences = sectionRule({
    id: 'charte/gestion-competences',
    severity: 'info',
    title: { fr: 'Le tutorat s’inscrit dans la gestion des compétences', en: 'Tutoring is part of competence management' },
    description: {
        fr: 'La section « gestion des compétences » dit comment le tutorat s’articule aux autres processus de gestion des compétences (« recrutement », « formation », « accompagnement », « évaluation ») et à la prise en compte du bien-être au travail ou à la prévention des risques (« bien-être au travail », « prévention des risques » ; « gestion des âges » quand le tutorat transmet les savoirs des travailleurs plus âgés).',
        en: 'The “gestion des compétences” section says how tutoring fits the other competence-management processes (“recrutement”, “formation”, “accompagnement”, “évaluation”) and the care for well-being at work or risk prevention (“bien-être au travail”, “prévention des risques”; “gestion des âges” when tutoring passes on older workers’ know-how).'
    },
    guide: {
        section: { fr: 'En bref 2 ; Rôle de la direction ; Pourquoi soutenir le tutorat', en: 'In short 2; Role of the management; Why support tutoring' },
        quote: 'Articuler les pratiques et outils liés au tutorat aux autres processus de gestion des compétences (recrutement, formation, accompagnement, évaluation…) et de prise en compte du bien-être au travail. […] en intégrer les modalités précises dans son projet ainsi que dans la gestion des compétences et de la prévention des risques',
        enBref: [2]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne relie pas le tutorat à la gestion des compétences ni au bien-être au travail{scope}. Ajoutez une section « gestion des compétences » : comment le tutorat s’articule au recrutement, à la formation, à l’évaluation du personnel, et au bien-être au travail.',
            en: 'The charter does not link tutoring to competence management or to well-being at work{scope}. Add a “gestion des compétences” section: how tutoring fits recruitment, training, staff appraisal, and well-being at work.'
        },
        noProcess: {
            fr: 'La gestion des compétences{from} ne cite aucun processus de gestion des compétences. Ajoutez {write} (ou « recrutement », « accompagnement », « évaluation »).',
            en: 'The competence management{from} names no competence-management process. Add {write} (or “recrutement”, “accompagnement”, “évaluation”).'
        },
        noWellBeing: {
            fr: 'La gestion des compétences{from} ne dit rien du bien-être au travail ni de la prévention des risques. Ajoutez {write} (ou « prévention des risques »).',
            en: 'The competence management{from} says nothing of well-being at work or risk prevention. Add {write} (or “prévention des risques”).'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne relie pas le tutorat à la gestion des compétences{scope}. Proposez une section « gestion des compétences » aux institutions membres, ou écrivez « gestion des compétences à compléter ».',
            en: 'The template {template} does not link tutoring to competence management{scope}. Offer a “gestion des compétences” section to the member institutions, or write “gestion des compétences à compléter”.'
        },
        noProcess: {
            fr: 'Dans le modèle {template}, la gestion des compétences{from} ne cite aucun processus. Ajoutez {write}, avec un texte ou « à compléter ».',
            en: 'In the template {template}, the competence management{from} names no process. Add {write}, with a text or “à compléter”.'
        },
        noWellBeing: {
            fr: 'Dans le modèle {template}, la gestion des compétences{from} ne dit rien du bien-être au travail. Ajoutez {write}, avec un texte ou « à compléter ».',
            en: 'In the template {template}, the competence management{from} says nothing of well-being at work. Add {write}, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['gestion des compétences {', '    recrutement « Le tuteur participe aux entretiens d’embauche de sa future équipe. »', '}']),
        compliant: charterExample([
            'gestion des compétences {',
            '    recrutement « Le tuteur participe aux entretiens d’embauche de sa future équipe. »',
            '    bien-être au travail « Le tutorat fait partie du plan de prévention des risques psychosociaux. »',
            '}'
        ])
    },
    spec: {
        key: 'competenceManagement',
        requirements: [
            {
                message: 'noProcess',
                elements: [{
                    form: ELEMENTS.competenceManagement.training,
                    label: { fr: 'un processus de gestion des compétences', en: 'a competence-management process' },
                    present: hasKind<CompetenceManagement>('recrutement', 'formation', 'accompagnement', 'évaluation', 'gestion')
                }]
            },
            {
                message: 'noWellBeing',
                elements: [{ form: ELEMENTS.competenceManagement.wellBeing, label: { fr: 'le bien-être au travail', en: 'well-being at work' }, present: hasKind<CompetenceManagement>('bien-être', 'prévention') }]
            }
        ]
    }
});
