import { charterExample, messages, sectionRule } from './section-rule.js';

export const suppleance = sectionRule({
    id: 'charte/suppleance',
    severity: 'warning',
    title: { fr: 'Une suppléance est organisée quand le tuteur est absent', en: 'A replacement is organised when the tutor is absent' },
    description: {
        fr: 'La charte dit qui remplace le tuteur absent et comment ce suppléant est désigné, pour que le tutoré ne reste jamais seul.',
        en: 'The charter says who replaces an absent tutor and how that substitute is designated, so that the tutee is never left alone.'
    },
    guide: {
        section: { fr: 'Conditions de réussite; En bref 4', en: 'Conditions for success; In short 4' },
        quote: 'organiser une suppléance en cas d’absence du tuteur désigné',
        enBref: [4]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas de suppléance quand le tuteur est absent{scope}. Ajoutez « suppléance » suivi, entre « », de qui remplace le tuteur et comment il est désigné.',
            en: 'The charter plans no replacement when the tutor is absent{scope}. Add “suppléance” followed, between « », by who replaces the tutor and how they are designated.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas de suppléance du tuteur absent{scope}. Proposez une règle aux institutions membres, ou écrivez « suppléance à compléter ».',
            en: 'The template {template} plans no replacement of an absent tutor{scope}. Offer a rule to the member institutions, or write “suppléance à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['suppléance « En cas d’absence du tuteur, la coordinatrice désigne un suppléant parmi les tuteurs formés. »'])
    },
    spec: { key: 'replacement' }
});
