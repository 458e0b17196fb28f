import { type After } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, involvesPartner, messages, sectionRule } from './section-rule.js';

export const evaluationDispositif = sectionRule({
    id: 'charte/evaluation-dispositif',
    severity: 'warning',
    title: { fr: 'Le tutorat est évalué à la fin de chaque cycle', en: 'Tutoring is evaluated at the end of each cycle' },
    description: {
        fr: 'La section « après le tutorat » prévoit d’analyser les résultats et les effets du tutorat sur les tutorés, les tuteurs, les équipes et les bénéficiaires, et d’en tirer des pistes d’amélioration pour le cycle suivant.',
        en: 'The “après le tutorat” section plans to analyse the results and effects of tutoring on tutees, tutors, teams and beneficiaries, and to draw improvements for the next cycle.'
    },
    guide: {
        section: { fr: 'En aval du tutorat', en: 'After tutoring' },
        quote: 'Au terme d’un ensemble de tutorats mis en œuvre (ex. : fin de l’année scolaire) : […] analyser les résultats et les effets sur les tutorés, les tuteurs, les équipes et les bénéficiaires, en lien avec les missions de l’institution'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas d’évaluer le tutorat à la fin de chaque cycle{scope}. Ajoutez une section « après le tutorat » avec l’« analyse des résultats » et les « améliorations » retenues pour le cycle suivant.',
            en: 'The charter does not plan to evaluate tutoring at the end of each cycle{scope}. Add an “après le tutorat” section with the “analyse des résultats” and the “améliorations” for the next cycle.'
        },
        incomplete: {
            fr: 'L’après-tutorat{from} ne prévoit pas {elements}. Ajoutez {write} dans la section « après le tutorat ».',
            en: 'The “after” phase{from} does not plan {elements}. Add {write} to the “après le tutorat” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas d’évaluer le tutorat à la fin de chaque cycle{scope}. Proposez une section « après le tutorat » aux institutions membres, ou écrivez « après le tutorat à compléter ».',
            en: 'The template {template} does not plan to evaluate tutoring at the end of each cycle{scope}. Offer an “après le tutorat” section to the member institutions, or write “après le tutorat à compléter”.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, l’après-tutorat{from} ne prévoit pas {elements}. Ajoutez {write}, avec un texte ou « à compléter ».',
            en: 'In the template {template}, the “after” phase{from} does not plan {elements}. Add {write}, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['après le tutorat {', '    calendrier « Bilan en juin. »', '}']),
        compliant: charterExample([
            'après le tutorat {',
            '    analyse des résultats « Bilan annuel des effets sur les tutorés, les tuteurs, les équipes et les résidents. »',
            '    améliorations « Les pistes retenues sont intégrées à la charte de l’année suivante. »',
            '    bilan de fin de cycle chaque année « En juin, à la fin de l’année scolaire »',
            '}'
        ])
    },
    spec: {
        key: 'after',
        requirements: [{
            message: 'incomplete',
            elements: [
                { form: ELEMENTS.after.analysis, label: { fr: 'l’analyse des résultats et des effets', en: 'the analysis of results and effects' }, present: hasKind<After>('analyse', 'effets') },
                { form: ELEMENTS.after.improvements, label: { fr: 'les pistes d’amélioration pour le cycle suivant', en: 'the improvements for the next cycle' }, present: hasKind<After>('améliorations') },
                // « Au terme d'un ensemble de tutorats (ex. : fin de l'année scolaire) »: when the review takes place.
                { form: ELEMENTS.after.cycle, label: { fr: 'le moment du bilan de fin de cycle', en: 'when the end-of-cycle review takes place' }, present: hasKind<After>('bilan', 'calendrier') }
            ]
        }, {
            message: 'incomplete',
            appliesTo: involvesPartner,
            elements: [
                { form: ELEMENTS.after.partners, label: { fr: 'l’échange avec les organismes partenaires sur les résultats', en: 'the exchange with the partner organisations on the results' }, present: hasKind<After>('échanges') }
            ]
        }]
    }
});
