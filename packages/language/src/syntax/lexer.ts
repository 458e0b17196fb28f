import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError, IToken } from 'chevrotain';

/**
 * Tutorat's lexer: Langium's, on the text in Unicode composed form (NFC).
 *
 * Text copied from macOS or from some PDFs arrives decomposed (NFD): `Élodie` is then `E` followed
 * by a combining accent, which no keyword or name matches although it looks the same on screen.
 * The text is lexed in its composed form, and every token is then given back the place and the
 * characters it has in the user's text, so that positions, ranges and edits stay right; the value
 * converter composes the names and texts it reads.
 *
 * The recovering parser also hands the lexer a repaired token stream for the next parse of the
 * same text (`prepare`): Langium's parser asks the lexer for tokens, and gets those.
 */
export class TutoratLexer extends DefaultLexer {
    private prepared?: { readonly text: string; readonly result: LexerResult };

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const prepared = this.prepared;
        this.prepared = undefined;
        if (prepared && prepared.text === text) {
            return prepared.result;
        }
        return this.lex(text, options);
    }

    /** The tokens of a text, placed in the text as the user wrote it. */
    lex(text: string, options?: TokenizeOptions): LexerResult {
        const composed = text.normalize('NFC');
        const result = super.tokenize(composed, options);
        if (composed !== text) {
            const map = new OffsetMap(text);
            result.tokens.forEach((token) => map.place(token));
            result.hidden.forEach((token) => map.place(token));
            result.errors.forEach((error) => map.placeError(error));
        }
        return result;
    }

    /** The next `tokenize` of this text returns these tokens (once). */
    prepare(text: string, result: LexerResult): void {
        this.prepared = { text, result };
    }
}

/**
 * Places positions of the composed text in the decomposed one. Only a character followed by
 * combining marks can compose; each such cluster shortens the text by a known amount, so a
 * composed offset maps back by adding what the clusters before it took off.
 */
class OffsetMap {
    /** After each cluster that composed: its end in the composed text, and how much shorter the composed text is by then. */
    private readonly composedEnds: number[] = [];
    private readonly shortening: number[] = [];
    private readonly lineStarts: number[] = [0];

    constructor(private readonly original: string) {
        let shortening = 0;
        for (const match of original.matchAll(/\P{M}\p{M}+/gu)) {
            const composedLength = match[0].normalize('NFC').length;
            if (composedLength !== match[0].length) {
                shortening += match[0].length - composedLength;
                this.composedEnds.push(match.index + match[0].length - shortening);
                this.shortening.push(shortening);
            }
        }
        for (let index = original.indexOf('\n'); index >= 0; index = original.indexOf('\n', index + 1)) {
            this.lineStarts.push(index + 1);
        }
    }

    place(token: IToken): void {
        const start = this.toOriginal(token.startOffset);
        const end = this.toOriginal((token.endOffset ?? token.startOffset) + 1);
        token.startOffset = start;
        token.endOffset = end - 1;
        token.image = this.original.slice(start, end);
        [token.startLine, token.startColumn] = this.lineAndColumn(start);
        [token.endLine, token.endColumn] = this.lineAndColumn(Math.max(start, end - 1));
    }

    placeError(error: ILexingError): void {
        const start = this.toOriginal(error.offset);
        const end = this.toOriginal(error.offset + error.length);
        error.offset = start;
        error.length = end - start;
        [error.line, error.column] = this.lineAndColumn(start);
    }

    private toOriginal(composedOffset: number): number {
        const index = lastAtMost(this.composedEnds, composedOffset);
        return composedOffset + (index < 0 ? 0 : this.shortening[index]);
    }

    /** 1-based line and column, as chevrotain counts them. */
    private lineAndColumn(offset: number): [number, number] {
        const line = lastAtMost(this.lineStarts, offset);
        return [line + 1, offset - this.lineStarts[line] + 1];
    }
}

/** The index of the last value at most `target` in a sorted list, or -1. */
export function lastAtMost(sorted: readonly number[], target: number): number {
    let low = 0;
    let high = sorted.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (sorted[middle] <= target) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}
