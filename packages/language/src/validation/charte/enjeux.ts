import { charterExample, messages, sectionRule } from './section-rule.js';

// ---------------------------------------------------------------------------------------------
// AVANT : donner un cadre au tutorat
// ---------------------------------------------------------------------------------------------

export const enjeux = sectionRule({
    id: 'charte/enjeux',
    severity: 'error',
    title: { fr: 'La charte énonce les enjeux du tutorat', en: 'The charter states the stakes of tutoring' },
    description: {
        fr: 'La charte dit pourquoi l’institution organise le tutorat : au moins un enjeu, pris dans la liste du guide (formation des stagiaires, intégration des nouveaux travailleurs, transmission de la culture…) ou formulé par l’institution entre « ». Les enjeux du modèle de charte que la charte étend comptent.',
        en: 'The charter says why the institution organises tutoring: at least one stake, from the guide’s list (training of trainees, integration of new workers, passing on the culture…) or worded by the institution between « ». The stakes of the template the charter extends count.'
    },
    guide: {
        section: { fr: 'L’organisation du tutorat — En amont; Les enjeux du tutorat', en: 'Organising tutoring — Upstream; The stakes of tutoring' },
        quote: 'Ils sont multiples et varient en fonction du contexte institutionnel dans lequel le tutorat s’exerce'
    },
    messages: messages({
        missing: {
            fr: 'La charte n’énonce aucun enjeu du tutorat{scope}. Ajoutez une section « enjeux » qui dit pourquoi l’institution organise le tutorat, par exemple « enjeux intégration-nouveaux-travailleurs, transmission-culture », ou un enjeu propre entre « ».',
            en: 'The charter states no stake of tutoring{scope}. Add an “enjeux” section saying why the institution organises tutoring, e.g. “enjeux intégration-nouveaux-travailleurs, transmission-culture”, or a stake of its own between « ».'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} n’énonce aucun enjeu du tutorat{scope}. Proposez des enjeux aux institutions membres, ou écrivez « enjeux à compléter » pour que chacune énonce les siens.',
            en: 'The template {template} states no stake of tutoring{scope}. Offer stakes to the member institutions, or write “enjeux à compléter” so that each states its own.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['enjeux intégration-nouveaux-travailleurs, transmission-culture,', '       « Garder une culture commune de la bientraitance »'])
    },
    spec: { key: 'stakes' }
});
