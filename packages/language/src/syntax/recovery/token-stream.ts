import { createTokenInstance, type IToken, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import type { LexerResult } from 'langium';
import { simplify } from '../grammar-knowledge.js';
import type { NoteFix, NoteParam, NotePosition, NoteRange, SyntaxNote, SyntaxReport } from './syntax-notes.js';

/**
 * The tokens of one document while the recovering parser repairs them, with the notes that say
 * why each repair was made. Repairs only change the token stream, never the text: positions,
 * ranges and quick fixes keep pointing into what the user wrote.
 */
export class TokenStream {
    tokens: IToken[];
    readonly hidden: IToken[];
    private readonly notes: SyntaxNote[] = [];
    /** How many notes each line has: asked for every mistake left, it must not cost a walk over all the notes. */
    private readonly notesByLine = new Map<number, number>();
    private readonly unread = new Set<string>();
    private readonly damage: number[] = [];
    private readonly lineStarts: number[] = [0];

    constructor(readonly text: string, lexed: LexerResult, readonly types: TokenTypeDictionary) {
        this.tokens = [...lexed.tokens];
        this.hidden = lexed.hidden;
        for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
            this.lineStarts.push(index + 1);
        }
    }

    /** The state of the repairs, to try one and take it back if the parser gets no further with it. */
    checkpoint(): Checkpoint {
        return { tokens: [...this.tokens], notes: this.notes.length, unread: new Set(this.unread), damage: this.damage.length };
    }

    rollback(checkpoint: Checkpoint): void {
        this.tokens = checkpoint.tokens;
        for (const note of this.notes.splice(checkpoint.notes)) {
            const line = this.lineOf(note.offset);
            this.notesByLine.set(line, (this.notesByLine.get(line) ?? 1) - 1);
        }
        this.damage.length = checkpoint.damage;
        this.unread.clear();
        checkpoint.unread.forEach((name) => this.unread.add(name));
    }

    /** What Langium's parser reads for the next attempt (hidden tokens are consumed by it: a copy each time). */
    lexerResult(): LexerResult {
        return { tokens: [...this.tokens], hidden: [...this.hidden], errors: [] };
    }

    note(message: string, offset: number, end: number, params: Readonly<Record<string, NoteParam>> = {}, fixes?: readonly NoteFix[], residual?: boolean): void {
        this.notes.push({ message, offset, end: Math.max(end, offset + 1), params, fixes, residual });
        const line = this.lineOf(offset);
        this.notesByLine.set(line, (this.notesByLine.get(line) ?? 0) + 1);
        this.damage.push(offset);
    }

    /** Whether a note already speaks of this line (one message per line: the first is at the cause). */
    hasNoteOnLine(offset: number): boolean {
        return (this.notesByLine.get(this.lineOf(offset)) ?? 0) > 0;
    }

    /** The offset of a closing quote without its opening one, after a token on its line. */
    strayCloserAfter(token: IToken): number | undefined {
        const line = this.lineOf(token.startOffset);
        return this.notes.find((note) => note.message === 'strayCloser' && note.offset > token.startOffset && this.lineOf(note.offset) === line)?.offset;
    }

    hasNoteAt(offset: number, end: number): boolean {
        return this.notes.some((note) => note.offset <= offset && offset < note.end || offset <= note.offset && note.offset < end);
    }

    /** The 0-based line of an offset. */
    lineOf(offset: number): number {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The indentation (in columns) of the line an offset is on. */
    indentationOf(offset: number): number {
        const start = this.lineStarts[this.lineOf(offset)];
        let column = 0;
        for (let index = start; index < this.text.length; index++) {
            const char = this.text.charAt(index);
            if (char === ' ' || char === '\u00A0') {
                column++;
            } else if (char === '\t') {
                column += 4;
            } else {
                break;
            }
        }
        return column;
    }

    /** Whether the token is the first of its line. */
    startsLine(index: number): boolean {
        return index === 0 || this.tokens[index - 1].endLine !== this.tokens[index].startLine;
    }

    sameLine(a: IToken | undefined, b: IToken | undefined): boolean {
        return a !== undefined && b !== undefined && (a.endLine ?? a.startLine) === b.startLine;
    }

    indexOf(token: IToken): number {
        return this.tokens.indexOf(token);
    }

    /** The user's text from one token to another (both included). */
    textOf(from: IToken, to: IToken = from): string {
        return this.text.slice(from.startOffset, (to.endOffset ?? to.startOffset) + 1);
    }

    /** The index of the last token of the line a token is on. */
    lineEnd(index: number): number {
        let end = index;
        // A brace the repairs inserted belongs to no line: it stays when a line is left out.
        while (end + 1 < this.tokens.length && this.tokens[end + 1].startLine === this.tokens[index].startLine && !this.tokens[end + 1].isInsertedInRecovery) {
            end++;
        }
        return end;
    }

    type(name: string): TokenType | undefined {
        return this.types[name];
    }

    /** A token read as another kind (`compétance` read as the keyword `compétence`), at the same place. */
    retype(index: number, type: TokenType): void {
        this.tokens[index] = withType(this.tokens[index], type, this.tokens[index]);
    }

    /** A token read as another one, written at a given place within it (a name between quotes is the name). */
    replace(index: number, type: TokenType, startOffset: number, image: string): void {
        const token = this.tokens[index];
        const column = (token.startColumn ?? 1) + (startOffset - token.startOffset);
        this.tokens[index] = createTokenInstance(type, image, startOffset, startOffset + image.length - 1, token.startLine ?? Number.NaN, token.startLine ?? Number.NaN, column, column + image.length - 1);
    }

    /** Several tokens read as one (`savoir faire` as `savoir-faire`; unquoted words as one text). */
    merge(from: number, to: number, type: TokenType): void {
        const merged = withType(this.tokens[from], type, this.tokens[to], this.textOf(this.tokens[from], this.tokens[to]));
        this.tokens.splice(from, to - from + 1, merged);
    }

    /** Tokens that carry nothing the parse needs (an article before a keyword): nothing is damaged. */
    skip(from: number, to: number): void {
        this.tokens.splice(from, to - from + 1);
    }

    /** Tokens left out of the parse; the names among them may be declarations nobody can see. */
    remove(from: number, to: number): void {
        const removed = this.tokens.splice(from, to - from + 1);
        for (const token of removed) {
            this.damage.push(token.startOffset);
            if (token.tokenType.name === 'ID') {
                this.unread.add(simplify(token.image));
            }
        }
    }

    /** Tokens left out of the parse, by index: {@link remove} for many at once, in one pass. */
    removeAll(indices: ReadonlySet<number>): void {
        if (indices.size === 0) {
            return;
        }
        const kept: IToken[] = [];
        this.tokens.forEach((token, index) => {
            if (!indices.has(index)) {
                kept.push(token);
                return;
            }
            this.damage.push(token.startOffset);
            if (token.tokenType.name === 'ID') {
                this.unread.add(simplify(token.image));
            }
        });
        this.tokens = kept;
    }

    /** A token the user forgot (`}`), inserted before the token at `index`; Langium keeps it out of the syntax tree. */
    insert(index: number, type: TokenType): void {
        const before = this.tokens[index - 1];
        const offset = before ? (before.endOffset ?? before.startOffset) + 1 : 0;
        // On the line of the token before it: the brace passes must not take it for a line of its own.
        const line = before?.endLine ?? 1;
        const token = createTokenInstance(type, type.name, offset, offset - 1, line, line, Number.NaN, Number.NaN);
        token.isInsertedInRecovery = true;
        this.tokens.splice(index, 0, token);
    }

    /** A token the user meant but typed otherwise (`)` for `}`), inserted at an offset of the text. */
    insertAt(offset: number, type: TokenType): void {
        let index = this.tokens.findIndex((token) => token.startOffset > offset);
        if (index < 0) {
            index = this.tokens.length;
        }
        const { line, character } = this.positionOf(offset);
        const token = createTokenInstance(type, type.name, offset, offset, line + 1, line + 1, character + 1, character + 1);
        token.isInsertedInRecovery = true;
        this.tokens.splice(index, 0, token);
    }

    /** A name the user may have meant, for references that cannot be checked while the mistake stands. */
    addUnreadName(name: string): void {
        this.unread.add(simplify(name));
    }

    report(): SyntaxReport {
        const notes = [...this.notes].sort((a, b) => a.offset - b.offset).map((note) => ({
            ...note,
            range: this.rangeOf(note.offset, note.end),
            fixes: note.fixes?.map((fix) => ({ ...fix, range: this.rangeOf(fix.offset, fix.end) }))
        }));
        return { notes, unreadNames: this.unread, damage: this.damage };
    }

    private rangeOf(offset: number, end: number): NoteRange {
        return { start: this.positionOf(offset), end: this.positionOf(end) };
    }

    private positionOf(offset: number): NotePosition {
        const line = this.lineOf(Math.min(offset, this.text.length));
        return { line, character: Math.min(offset, this.text.length) - this.lineStarts[line] };
    }
}

export interface Checkpoint {
    readonly tokens: IToken[];
    readonly notes: number;
    readonly unread: ReadonlySet<string>;
    readonly damage: number;
}

function withType(first: IToken, type: TokenType, last: IToken, image = first.image): IToken {
    return createTokenInstance(type, image, first.startOffset, last.endOffset ?? first.startOffset, first.startLine ?? Number.NaN, last.endLine ?? Number.NaN, first.startColumn ?? Number.NaN, last.endColumn ?? Number.NaN);
}
