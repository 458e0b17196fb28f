import { type Recognition } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, messages, sectionRule } from './section-rule.js';

export const valorisation = sectionRule({
    id: 'charte/valorisation',
    severity: 'info',
    title: { fr: 'La mission de tuteur est reconnue et rendue visible', en: 'The tutor’s mission is recognised and made visible' },
    description: {
        fr: 'La charte intègre le tutorat dans les entretiens de fonctionnement et d’évolution du tuteur, et le rend visible auprès des équipes, des administrations et des bénéficiaires (témoignages de tuteurs et de tutorés).',
        en: 'The charter includes tutoring in the tutor’s appraisal and career interviews, and makes it visible to teams, administrations and beneficiaries (testimonies of tutors and tutees).'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement; En bref 5, 10', en: 'Role of the supervisors; In short 5, 10' },
        quote: 'reconnaître et valoriser la mission tutorale dans les activités et compétences du tuteur, en intégrant cette tâche dans les entretiens de fonctionnement et d’évolution',
        enBref: [5, 10]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne dit pas comment la mission de tuteur est reconnue et valorisée{scope}. Ajoutez une section « valorisation » avec les « entretiens » (fonctionnement, évolution) et les « témoignages » ou la « visibilité » donnée au tutorat.',
            en: 'The charter does not say how the tutor’s mission is recognised and valued{scope}. Add a “valorisation” section with the “entretiens” (appraisal, career) and the “témoignages” or “visibilité” given to tutoring.'
        },
        noInterviews: {
            fr: 'La valorisation{from} n’intègre pas le tutorat dans les entretiens du tuteur. Ajoutez « entretiens » suivi, entre « », de la manière dont la mission est abordée dans les entretiens de fonctionnement et d’évolution.',
            en: 'The recognition{from} does not include tutoring in the tutor’s interviews. Add “entretiens” followed, between « », by how the mission is discussed in appraisal and career interviews.'
        },
        noVisibility: {
            fr: 'La valorisation{from} ne rend pas le tutorat visible. Ajoutez « témoignages » ou « visibilité » : diffusion de témoignages de tuteurs et de tutorés auprès des équipes, des administrations et des bénéficiaires.',
            en: 'The recognition{from} does not make tutoring visible. Add “témoignages” or “visibilité”: testimonies of tutors and tutees shared with teams, administrations and beneficiaries.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne dit pas comment la mission de tuteur est valorisée{scope}. Proposez une section « valorisation » aux institutions membres, ou écrivez « valorisation à compléter ».',
            en: 'The template {template} does not say how the tutor’s mission is valued{scope}. Offer a “valorisation” section to the member institutions, or write “valorisation à compléter”.'
        },
        noInterviews: {
            fr: 'Dans le modèle {template}, la valorisation{from} ne parle pas des entretiens du tuteur. Ajoutez « entretiens », avec un texte ou « à compléter ».',
            en: 'In the template {template}, the recognition{from} does not mention the tutor’s interviews. Add “entretiens”, with a text or “à compléter”.'
        },
        noVisibility: {
            fr: 'Dans le modèle {template}, la valorisation{from} ne rend pas le tutorat visible. Ajoutez « témoignages » ou « visibilité », avec un texte ou « à compléter ».',
            en: 'In the template {template}, the recognition{from} does not make tutoring visible. Add “témoignages” or “visibilité”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['valorisation {', '    entretiens « La mission de tuteur est abordée dans l’entretien annuel. »', '}']),
        compliant: charterExample([
            'valorisation {',
            '    entretiens « La mission de tuteur est abordée dans l’entretien annuel. »',
            '    témoignages « Un tuteur et un tutoré témoignent chaque année dans le journal de l’ASBL. »',
            '}'
        ])
    },
    spec: {
        key: 'recognition',
        requirements: [
            { message: 'noInterviews', elements: [{ form: ELEMENTS.recognition.interviews, label: { fr: 'les entretiens', en: 'the interviews' }, present: hasKind<Recognition>('entretiens') }] },
            { message: 'noVisibility', elements: [{ form: ELEMENTS.recognition.testimonies, label: { fr: 'la visibilité', en: 'the visibility' }, present: hasKind<Recognition>('témoignages', 'visibilité') }] }
        ]
    }
});
