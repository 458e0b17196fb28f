import { type TrainingPlan } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, messages, sectionRule } from './section-rule.js';

export const planFormation = sectionRule({
    id: 'charte/plan-formation',
    severity: 'warning',
    title: { fr: 'Un plan de formation prépare les tuteurs', en: 'A training plan prepares the tutors' },
    description: {
        fr: 'La charte prévoit une formation initiale des tuteurs avant qu’ils exercent (sauf titre de compétences « tuteur en entreprise ») et des formations complémentaires selon les besoins : profil des tutorés, évaluation, collaboration avec un centre de formation…',
        en: 'The charter plans initial training for tutors before they start (unless they hold the “tuteur en entreprise” certificate) and complementary training as needed: profile of the tutees, evaluation, collaboration with a training centre…'
    },
    guide: {
        section: { fr: 'En amont — former les tuteurs; En bref 6', en: 'Upstream — training the tutors; In short 6' },
        quote: 'Définir un plan de formation au tutorat : formation de base préliminaire et formations complémentaires en fonction des besoins',
        enBref: [6]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas de plan de formation des tuteurs{scope}. Ajoutez une section « plan de formation » avec la « formation initiale », suivie avant d’exercer, et les « formation complémentaire » selon les besoins.',
            en: 'The charter plans no training for tutors{scope}. Add a “plan de formation” section with the “formation initiale”, taken before starting, and “formation complémentaire” as needed.'
        },
        noInitial: {
            fr: 'Le plan de formation{from} ne prévoit pas de formation initiale des tuteurs avant d’exercer la fonction. Ajoutez « formation initiale » suivi, entre « », de son contenu et de sa durée.',
            en: 'The training plan{from} plans no initial training for tutors before they take up the function. Add “formation initiale” followed, between « », by its content and length.'
        },
        noComplementary: {
            fr: 'Le plan de formation{from} ne prévoit pas de formations complémentaires selon les besoins (profil des tutorés, évaluation, collaboration avec un centre de formation…). Ajoutez « formation complémentaire » suivi, entre « », de ce qui est proposé.',
            en: 'The training plan{from} plans no complementary training as needed (profile of the tutees, evaluation, collaboration with a training centre…). Add “formation complémentaire” followed, between « », by what is offered.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas de plan de formation des tuteurs{scope}. Proposez-en un aux institutions membres, ou écrivez « plan de formation à compléter ».',
            en: 'The template {template} plans no training for tutors{scope}. Offer one to the member institutions, or write “plan de formation à compléter”.'
        },
        noInitial: {
            fr: 'Le plan de formation du modèle {template}{from} ne prévoit pas de formation initiale des tuteurs. Ajoutez « formation initiale », avec un texte ou « à compléter ».',
            en: 'The training plan of the template {template}{from} plans no initial training for tutors. Add “formation initiale”, with a text or “à compléter”.'
        },
        noComplementary: {
            fr: 'Le plan de formation du modèle {template}{from} ne prévoit pas de formations complémentaires. Ajoutez « formation complémentaire », avec un texte ou « à compléter ».',
            en: 'The training plan of the template {template}{from} plans no complementary training. Add “formation complémentaire”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['plan de formation {', '    formation initiale « Trois jours de formation de base au tutorat avant d’exercer. »', '}']),
        compliant: charterExample([
            'plan de formation {',
            '    formation initiale « Trois jours de formation de base au tutorat avant d’exercer. »',
            '    formation complémentaire « Accompagner un tutoré en situation de handicap ; évaluer sans juger. »',
            '}'
        ])
    },
    spec: {
        key: 'trainingPlan',
        requirements: [
            { message: 'noInitial', elements: [{ form: ELEMENTS.trainingPlan.initial, label: { fr: 'la formation initiale', en: 'the initial training' }, present: hasKind<TrainingPlan>('initiale') }] },
            { message: 'noComplementary', elements: [{ form: ELEMENTS.trainingPlan.complementary, label: { fr: 'les formations complémentaires', en: 'the complementary training' }, present: hasKind<TrainingPlan>('complémentaire') }] }
        ]
    }
});
