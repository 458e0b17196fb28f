import type { IToken } from 'chevrotain';
import type { LexerResult } from 'langium';
import { CLOSING_QUOTE, type TextPayload } from '../text-tokens.js';
import type { TokenStream } from './token-stream.js';

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
        if (token.tokenType.name === 'HASH_COMMENT') {
            stream.note('hashComment', token.startOffset, token.startOffset + 1, {}, [{ fix: 'useSlashes', offset: token.startOffset, end: token.startOffset + 1, newText: '//' }]);
        }
    }
    for (const error of lexed.errors) {
        noteCharacters(stream, error.offset, error.length);
    }
}

function noteText(stream: TokenStream, token: IToken, payload: TextPayload): void {
    const open = token.image.charAt(0);
    const end = (token.endOffset ?? token.startOffset) + 1;
    const closing = CLOSING_QUOTE[open];
    if (payload.closedWith) {
        stream.note('mismatchedQuote', token.startOffset, end, { open, close: payload.closedWith, closing },
            [{ fix: 'closeText', offset: end - 1, end, newText: closing }]);
    } else if (payload.unclosed) {
        stream.note('unclosedText', token.startOffset, end, { closing },
            [{ fix: 'closeText', offset: end, end, newText: open === '«' ? ` ${closing}` : closing }]);
    }
}

function noteCharacters(stream: TokenStream, offset: number, length: number): void {
    const characters = stream.text.slice(offset, offset + length);
    const first = characters.charAt(0);
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
