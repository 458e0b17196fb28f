import type { IToken } from 'chevrotain';
import type { LexerResult } from 'langium';
import { CLOSING_QUOTE, type TextPayload } from '../text-tokens.js';
import type { TokenStream } from './token-stream.js';

/** Comments written the way other tools write them. */
const COMMENT_MARKERS: Readonly<Record<string, string>> = { HASH_COMMENT: '#', DASH_COMMENT: '--' };

const OPENING_QUOTE: Readonly<Record<string, string>> = { '»': '«', '”': '“' };

/**
 * Notes on what the lexer met: texts left open or closed with the wrong quote, `#` comments,
 * characters that belong to no word (a closing quote without its opening one, an apostrophe or an
 * ellipsis outside a text, unreadable bytes).
 */
export function noteLexicalMistakes(stream: TokenStream, lexed: LexerResult): void {
    for (const token of stream.tokens) {
        const payload = token.payload as TextPayload | undefined;
        if (token.tokenType.name === 'STRING' && payload) {
            noteText(stream, token, payload);
        }
    }
    for (const token of lexed.hidden) {
        const marker = COMMENT_MARKERS[token.tokenType.name];
        if (marker) {
            stream.note('hashComment', token.startOffset, token.startOffset + marker.length, { marker },
                [{ fix: 'useSlashes', offset: token.startOffset, end: token.startOffset + marker.length, newText: '//' }]);
        } else if (token.tokenType.name === 'ML_COMMENT' && (token.payload as { unclosed?: true } | undefined)?.unclosed) {
            stream.note('unclosedComment', token.startOffset, token.startOffset + 2);
        }
    }
    for (const error of lexed.errors) {
        noteCharacters(stream, error.offset, error.length);
    }
}

/** `(` last on its line, or `)` first on its line: where a block opens or closes. */
function standsAlone(text: string, offset: number, brace: '{' | '}'): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset);
    const before = text.slice(lineStart, offset).trim();
    const after = text.slice(offset + 1, lineEnd < 0 ? text.length : lineEnd).trim();
    return brace === '{' ? after === '' || after.startsWith('//') : before === '';
}

function noteText(stream: TokenStream, token: IToken, payload: TextPayload): void {
    const open = token.image.charAt(0);
    const end = (token.endOffset ?? token.startOffset) + 1;
    const closing = CLOSING_QUOTE[open];
    if (payload.closedWith) {
        stream.note('mismatchedQuote', token.startOffset, end, { open, close: payload.closedWith, closing },
            [{ fix: 'closeText', offset: end - 1, end, newText: closing }]);
    } else if (payload.unclosed) {
        // As many closing quotes as the text has open ones (« Visites « entretiens → » »).
        const depth = open === '"' ? 1 : Math.max(1, [...token.image].filter((char) => char === open).length - [...token.image].filter((char) => char === closing).length);
        const closers = Array.from({ length: depth }, () => closing).join(open === '«' ? ' ' : '');
        stream.note('unclosedText', token.startOffset, end, { closing },
            [{ fix: 'closeText', offset: end, end, newText: open === '«' ? ` ${closers}` : closers }]);
    }
}

/** Brackets typed for braces, when they stand where a brace would: at the end of a line, or alone on it. */
const BRACES: Readonly<Record<string, '{' | '}'>> = { '(': '{', '[': '{', ')': '}', ']': '}' };

function noteCharacters(stream: TokenStream, offset: number, length: number): void {
    const characters = stream.text.slice(offset, offset + length);
    const first = characters.charAt(0);
    const brace = BRACES[first];
    if (brace && length === 1 && standsAlone(stream.text, offset, brace)) {
        stream.note('bracketForBrace', offset, offset + 1, { bracket: `« ${first} »`, brace: `« ${brace} »` }, [{ fix: 'useBrace', offset, end: offset + 1, newText: brace }]);
        stream.insertAt(offset, stream.type(brace)!);
        return;
    }
    if (OPENING_QUOTE[first]) {
        stream.note('strayCloser', offset, offset + 1, { close: first, open: OPENING_QUOTE[first] });
    } else if (first === '\'' || first === '’' || first === '‘') {
        stream.note('apostrophe', offset, offset + length);
    } else if (first === '\uFFFD' || first === '\u0000') {
        stream.note('notText', offset, offset + length);
    } else {
        stream.note('unexpectedCharacters', offset, offset + length, { characters: characters.length > 20 ? characters.slice(0, 20) + '…' : characters });
    }
}
