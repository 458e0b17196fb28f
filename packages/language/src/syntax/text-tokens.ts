import type { CustomPatternMatcherFunc } from 'chevrotain';

/** The closing quote of each opening one. */
export const CLOSING_QUOTE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"' };

/** All quote characters a text may be written with, opening and closing. */
const QUOTES = /[«»“”"]/;

/** A text never runs over more lines than this: beyond, its closing quote is taken as missing. */
const MAX_TEXT_LINES = 200;

/** What the lexer learnt about a text besides its extent: attached to the token as its payload. */
export interface TextPayload {
    /** The closing quote is missing: the text was ended at the end of its line. */
    readonly unclosed?: true;
    /** The text was closed with another kind of quote (« … "). */
    readonly closedWith?: string;
}

/**
 * Finds the texts of a document: `« … »` (which may hold other, balanced, « … »), `“ … ”` and
 * `"…"` (with backslash escapes). A text may run over several lines; but a text whose closing
 * quote is missing must not swallow the rest of the file, which would move every following error
 * far from its cause. So a text that never closes, or whose straight closing quote is only found
 * after lines that read like statements, ends at the end of its first line (and the lines that
 * continue its sentence); the token says so in its payload, and the parser reports it once, at the
 * opening quote.
 *
 * `startsStatement(word)` tells whether a line beginning with `word` starts an element of the
 * language (`version`, `tutrice`, `}`…): such a line is not the continuation of a text.
 */
export function textMatcher(startsStatement: (word: string) => boolean): CustomPatternMatcherFunc {
    return (text, offset) => {
        const open = text.charAt(offset);
        const close = CLOSING_QUOTE[open];
        if (close === undefined) {
            return null;
        }
        const balanced = open === '"' ? straightEnd(text, offset) : nestedEnd(text, offset, open, close);
        // A text holding other quotes, or with its straight quote, that runs over lines of the
        // document took the next text's quote for its own.
        const suspicious = balanced !== undefined && (open === '"' || text.slice(offset + 1, balanced - 1).includes(open));
        if (balanced !== undefined && !(suspicious && crossesStatements(text, offset, balanced, startsStatement))) {
            return result(text, offset, balanced);
        }
        // A text that mentions a quote without closing it (« entre « et » ») still ends at its line's
        // last closing quote — unless the line is a list of texts, one of which lost its closing quote.
        const listed = open === '"' ? undefined : listItemEnd(text, offset, open, close);
        if (listed !== undefined) {
            return result(text, offset, listed, { unclosed: true });
        }
        const onLine = open === '"' || balanced !== undefined ? undefined : lastOnLine(text, offset, close);
        if (onLine !== undefined) {
            return result(text, offset, onLine);
        }
        const mismatch = mismatchedClose(text, offset, open);
        if (mismatch !== undefined) {
            return result(text, offset, mismatch + 1, { closedWith: text.charAt(mismatch) });
        }
        return result(text, offset, unclosedEnd(text, offset, startsStatement), { unclosed: true });
    };
}

function result(text: string, start: number, end: number, payload?: TextPayload): RegExpExecArray {
    const match = [text.slice(start, end)] as unknown as RegExpExecArray & { payload?: TextPayload };
    match.index = start;
    match.input = text;
    if (payload) {
        match.payload = payload;
    }
    return match;
}

/** The end (exclusive) of a « … » or “ … ” text, counting nested pairs; undefined when it never closes. */
function nestedEnd(text: string, start: number, open: string, close: string): number | undefined {
    let depth = 0;
    let lines = 0;
    for (let index = start; index < text.length; index++) {
        const char = text.charAt(index);
        if (char === open) {
            depth++;
        } else if (char === close) {
            depth--;
            if (depth === 0) {
                return index + 1;
            }
        } else if (char === '\n' && ++lines > MAX_TEXT_LINES) {
            return undefined;
        }
    }
    return undefined;
}

/** `« Débutant, « En progrès »`: where a list item lost its closing quote, it ends before the comma that starts the next item. */
function listItemEnd(text: string, start: number, open: string, close: string): number | undefined {
    const line = text.slice(start, endOfLine(text, start));
    const next = new RegExp(`\\s*,\\s*${open}`).exec(line.slice(1));
    if (!next || line.slice(1, next.index + 1).includes(close)) {
        return undefined;
    }
    return trimEnd(text, start, start + 1 + next.index);
}

/** The end (exclusive) of the last closing quote on the opening line of a text, if any. */
function lastOnLine(text: string, start: number, close: string): number | undefined {
    const index = text.lastIndexOf(close, endOfLine(text, start));
    return index > start ? index + 1 : undefined;
}

/** The end (exclusive) of a "…" text with its escapes; undefined when it never closes. */
function straightEnd(text: string, start: number): number | undefined {
    let lines = 0;
    for (let index = start + 1; index < text.length; index++) {
        const char = text.charAt(index);
        if (char === '\\') {
            index++;
        } else if (char === '"') {
            return index + 1;
        } else if (char === '\n' && ++lines > MAX_TEXT_LINES) {
            return undefined;
        }
    }
    return undefined;
}

/**
 * Whether a straight-quoted text running over several lines passes lines that read like the
 * document rather than like prose: then its quote was not closed, and the quote that seems to close
 * it opens the next text.
 */
function crossesStatements(text: string, start: number, end: number, startsStatement: (word: string) => boolean): boolean {
    const firstBreak = text.indexOf('\n', start);
    if (firstBreak < 0 || firstBreak >= end) {
        return false;
    }
    const lines = text.slice(firstBreak + 1, end - 1).split('\n');
    return lines.some((line) => looksLikeStatement(line, startsStatement));
}

/** A line of a text left open, or a line of the document: braces, quotes and keywords say which. */
function looksLikeStatement(line: string, startsStatement: (word: string) => boolean): boolean {
    const trimmed = line.trim();
    if (/[{}]/.test(trimmed) || trimmed.startsWith('//')) {
        return true;
    }
    const word = /^[^\s,;:.!?«»“”"]+/.exec(trimmed)?.[0];
    return word !== undefined && startsStatement(word);
}

/** « abc " on one line: the text is closed, with the wrong kind of quote. */
function mismatchedClose(text: string, start: number, open: string): number | undefined {
    const lineEnd = endOfLine(text, start);
    for (let index = lineEnd - 1; index > start; index--) {
        const char = text.charAt(index);
        if (/\s/.test(char)) {
            continue;
        }
        return QUOTES.test(char) && char !== open && char !== '«' && char !== '“' ? index : undefined;
    }
    return undefined;
}

/** Where a text whose closing quote is missing ends: its line, and the lines that go on with its sentence. */
function unclosedEnd(text: string, start: number, startsStatement: (word: string) => boolean): number {
    let end = endOfLine(text, start);
    // `tutrice Aïcha « Aïcha Benali {`: the brace opens the block, it is not part of the text.
    const line = text.slice(start, end).trimEnd();
    if (line.endsWith('{') && line.length > 1) {
        return trimEnd(text, start, start + line.length - 1);
    }
    while (end < text.length) {
        const nextEnd = endOfLine(text, end + 1);
        const line = text.slice(end + 1, nextEnd);
        if (line.trim() === '' || QUOTES.test(line) || looksLikeStatement(line, startsStatement)) {
            break;
        }
        end = nextEnd;
    }
    return trimEnd(text, start, end);
}

function endOfLine(text: string, from: number): number {
    const index = text.indexOf('\n', from);
    return index < 0 ? text.length : index;
}

function trimEnd(text: string, start: number, end: number): number {
    while (end > start + 1 && /\s/.test(text.charAt(end - 1))) {
        end--;
    }
    return end;
}
