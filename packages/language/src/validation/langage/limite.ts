import { groupedNumber } from '../../i18n/numbers.js';
import { defineRule } from '../../rules/definition.js';

/**
 * What Tutorat can check at once, said as a finding rather than by a server that stops answering
 * or a command that prints a million lines: a document above {@link MAX_DOCUMENT_CHARACTERS} is not
 * read, and a document shows at most {@link MAX_FINDINGS_PER_DOCUMENT} findings. The document
 * validator applies both (validation/finding-limits.ts), for the editor and the command alike.
 */

/** About 5 MB of text: some 120,000 lines, fifty times the largest institution of the sector. */
export const MAX_DOCUMENT_CHARACTERS = 5_000_000;

/** Findings shown per document, the last of them saying how many more there are. */
export const MAX_FINDINGS_PER_DOCUMENT = 1_000;

/** Other places named by one finding (the other declarations of a duplicate name…). */
export const MAX_RELATED_PLACES = 5;

export const limite = defineRule({
    id: 'langage/limite',
    severity: 'error',
    configurable: false,
    crossFile: false,
    title: { fr: 'Le document reste dans ce que Tutorat peut vérifier', en: 'The document stays within what Tutorat can check' },
    description: {
        fr: `Tutorat lit les documents jusqu’à ${groupedNumber(MAX_DOCUMENT_CHARACTERS, 'fr')} caractères (environ 5 Mo) et affiche au plus ${groupedNumber(MAX_FINDINGS_PER_DOCUMENT, 'fr')} constats par document ; au-delà, un seul constat le dit, pour que l’éditeur et la commande restent rapides. Un document plus grand se découpe en plusieurs fichiers : une institution peut s’écrire sur autant de fichiers qu’il le faut.`,
        en: `Tutorat reads documents up to ${groupedNumber(MAX_DOCUMENT_CHARACTERS, 'en')} characters (about 5 MB) and shows at most ${groupedNumber(MAX_FINDINGS_PER_DOCUMENT, 'en')} findings per document; beyond that, one finding says so, so that the editor and the command stay fast. A larger document is split into several files: an institution may be written over as many files as needed.`
    },
    messages: {
        tooLarge: {
            fr: 'Ce document compte {size} caractères, au-delà des {limit} que Tutorat vérifie : il n’est pas lu. Découpez-le en plusieurs fichiers (une institution peut s’écrire sur plusieurs fichiers).',
            en: 'This document has {size} characters, beyond the {limit} Tutorat checks: it is not read. Split it into several files (an institution may be written over several files).'
        },
        tooManyFindings: {
            fr: '{count} autres constats non affichés ({details}) : Tutorat en montre au plus {limit} par document. Corrigez d’abord ceux qui sont affichés ; les suivants apparaîtront ensuite.',
            en: '{count} more findings not shown ({details}): Tutorat shows at most {limit} per document. Fix the ones shown first; the others will then appear.'
        }
    },
    checks: {}
});
