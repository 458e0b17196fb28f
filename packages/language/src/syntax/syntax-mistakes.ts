import type { ParseResult } from 'langium';
import { syntaxReportOf } from './recovery/recovering-parser.js';

/**
 * How many mistakes the parser met in a document: lexer and parser errors, and the notes of the
 * recovering parser about what it repaired. A tool that must not lose a word of a document (an
 * export) refuses one where this is not 0.
 */
export function syntaxMistakes(parseResult: ParseResult): number {
    return parseResult.lexerErrors.length + parseResult.parserErrors.length + (syntaxReportOf(parseResult)?.notes.length ?? 0);
}
