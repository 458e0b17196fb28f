import type { ExampleWorkspace } from '../../rules/definition.js';

/** What a duo written with care says, for the documentation pages (documents and mission left out). */
const DUO_LINES = [
    'période du 14/09/2026 au 18/12/2026',
    'suppléant François',
    'entretiens chaque semaine',
    'temps commun 50 %',
    'premier contact le 04/06/2026 « Entretien de présentation avec la Haute École »',
    'équipe informée le 07/09/2026 « Présentation de Léa en réunion d’équipe »',
    'point avec Nadia chaque mois',
    'alerter Élodie ou François en cas de difficulté'
];

/** A documentation example: that duo, without the lines starting with the given words. */
export function duoExample(without: readonly string[] = []): ExampleWorkspace {
    const lines = DUO_LINES.filter((line) => !without.some((word) => line.startsWith(word)));
    return {
        'institution.tutorat': `institution Exemple {\n    personne Nadia { rôle encadrement }\n    tutrice Élodie\n    tuteur François\n    tutorée Léa\n    duo Élodie accompagne Léa {\n${lines.map((line) => `        ${line}\n`).join('')}    }\n}\n`
    };
}
