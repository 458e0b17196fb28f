import { CstUtils, DefaultValueConverter, isLeafCstNode, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parseNumberWords } from '../model/numbers.js';
import { CLOSING_QUOTE } from './text-tokens.js';

/**
 * Turns the text of a token into the value stored in the syntax tree:
 * texts lose their quotes (straight, French « » or English “ ”) and the spaces French
 * typography puts inside « », numbers accept a decimal comma, number words become numbers,
 * dates keep their words (« 24 juin 2026 ») and names take a plain hyphen for a typographic one.
 */
export class TutoratValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING':
                return convertText(input);
            case 'NUMBER':
                return convertNumber(input);
            case 'ID':
                return convertName(input);
            case 'Count':
                return convertCount(wordsOf(cstNode));
            case 'DateValue':
                return wordsOf(cstNode).join(' ');
            default: {
                // Values made of keywords (`réflexivité`) keep the composed form, whatever the user's text.
                const value = super.runConverter(rule, input, cstNode);
                return typeof value === 'string' ? value.normalize('NFC') : value;
            }
        }
    }
}

/** The words of a value written over several tokens (« vingt et un », « 24 juin 2026 »), as the lexer read them. */
function wordsOf(cstNode: CstNode): string[] {
    return CstUtils.streamCst(cstNode).filter((node) => isLeafCstNode(node) && !node.hidden).map((node) => node.text.normalize('NFC')).toArray();
}

export function convertText(written: string): string {
    const input = written.normalize('NFC');
    const first = input.charAt(0);
    // A text written without quotes (the parser took its words as a text) is taken as it is.
    if (CLOSING_QUOTE[first] === undefined) {
        return reflow(input);
    }
    const closing = CLOSING_QUOTE[first];
    // A text the lexer found unclosed has no closing quote: only the opening one is taken off.
    const inner = input.slice(1, closing !== undefined && input.length > 1 && input.endsWith(closing) ? -1 : undefined);
    const unescaped = first === '"' ? inner.replace(/\\(.)/g, (_, escaped: string) => escaped === 'n' ? '\n' : escaped) : inner;
    return reflow(unescaped);
}

/**
 * A text may run over several indented lines in the document: lines are joined with one space,
 * and a blank line is kept as a paragraph break (the handbooks print it as such).
 */
function reflow(text: string): string {
    return text
        .split(/\n[ \t\u00A0]*\n\s*/)
        .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
        .join('\n\n')
        .trim();
}

export function convertNumber(input: string): number {
    return Number(input.replace(',', '.'));
}

/**
 * « Jean–François » (typographic dash, pasted from a word processor) is the name Jean-François; a
 * name the recovering parser read from several words (`Les Glycines`) is the words joined.
 */
export function convertName(input: string): string {
    return input.normalize('NFC').replace(/[\u2010-\u2013]/g, '-').replace(/\s+/g, '');
}

/** « 3 », « 1,5 », « quinze », « vingt et un »; NaN when words are not a number (reported by `langage/valeur`). */
export function convertCount(words: readonly string[]): number {
    if (words.length === 1 && /^\d/.test(words[0])) {
        return convertNumber(words[0]);
    }
    return parseNumberWords(words.join(' ')) ?? Number.NaN;
}
