import { EmptyFileSystem } from 'langium';
import { createTutoratServices } from '@tutorat/language';

/** The grammar's keywords, read from the language itself so that new keywords are fuzzed too. */
export function grammarKeywords(): string[] {
    const { Tutorat } = createTutoratServices({ ...EmptyFileSystem });
    return [...Tutorat.syntax.GrammarKnowledge.keywords].sort();
}

/** Pieces a careless or hurried writer (or a corrupted file) puts anywhere in a document. */
export const PIECES = [
    'Élodie', 'Inconnu', 'LesTilleuls', 'AccompagnementAdultes.REL1', 'REL1', 'Jean-François', 'Œuvre', 'x',
    '« un texte »', '« texte non fermé', '»', '“', '”', '"', '"droit"', '\'', '’',
    '{', '}', '{ }', '}}', '{{', ',', '.', '%', ':', ';', '-',
    '0', '7', '2026', '999999999999999999999', '1,5', '31/02/2026', '15/09/2026', '2026-09-15', '00/00/0000',
    'é', 'è', 'à', 'ç', 'ï', 'Ÿ', 'ß', '€', '😀', '\u200B', '\u00A0', '\uFFFD', '\u0000', '\u0007',
    '\n', '\r\n', '\t', '   ', '// commentaire', '/* commentaire', '*/', '/* bloc */',
    '// tutorat-ignorer tuteur/charge : raison', '// tutorat-ignorer', '<script>alert(1)</script>', '$(touch pwned)', '../../etc/passwd'
] as const;
