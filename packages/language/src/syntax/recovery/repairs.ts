import type { IToken } from 'chevrotain';
import { CstUtils, GrammarAST, type AstNode } from 'langium';
import { closestMatches, editDistance, simplify, type GrammarKnowledge } from '../grammar-knowledge.js';
import { TOP_LEVEL_STARTERS, type Expectation } from './expectations.js';
import { placeOf } from './place.js';
import type { TokenStream } from './token-stream.js';

/**
 * Repairs of the token stream at the first place the parser could not go on, each with the one
 * note that says, in the user's words, what was wrong:
 *
 * - a misspelt keyword (`compétance`, `Duo`, `savoir faire`) is read as the keyword meant;
 * - a name written in two words (`tutoré Thomas Gérard`) is read as its first word;
 * - words written where a text is expected, without quotes, are read as that text;
 * - a line the block cannot hold (a stray word, a pasted line) is left out, with its own block.
 *
 * Each repair is followed by a new parse of the document, so that the next mistake is found in a
 * document that no longer carries the previous one (see `recovering-parser.ts`).
 */
export function repair(stream: TokenStream, token: IToken, expectation: Expectation, root: AstNode | undefined, grammar: GrammarKnowledge, laterErrors: boolean): boolean {
    const index = stream.indexOf(token);
    if (index < 0 || token.isInsertedInRecovery || token.tokenType.name === 'EOF') {
        return false;
    }
    return splitName(stream, index, expectation, root, grammar)
        || missingOpeningQuote(stream, index, expectation)
        || unquotedText(stream, index, expectation, grammar)
        || misspeltKeyword(stream, index, expectation, grammar)
        || notUnderstood(stream, index, expectation, grammar)
        // Chevrotain's own recovery would go on here, but lose its way: the line is left out instead.
        || (laterErrors && leaveLineOut(stream, index, expectation));
}

/** How the token the parser could not read is named in a message: « stagiaire », or the text « … ». */
export function actualWords(token: IToken): { fr: string; en: string } {
    const image = token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image;
    return token.tokenType.name === 'STRING'
        ? { fr: `le texte ${image}`, en: `the text ${image}` }
        : { fr: `« ${image} »`, en: `“${image}”` };
}

/** Tokens that are words of a sentence when written without quotes. */
function isWord(token: IToken | undefined): boolean {
    if (!token) {
        return false;
    }
    const name = token.tokenType.name;
    return name === 'ID' || name === 'NUMBER' || name === 'NUMBER_WORD' || name === 'FIRST_DAY' || name === 'DATE' || /^\p{L}/u.test(name);
}

/** Whether the words of an unquoted sentence go on after a token: another word, or a comma and a word, on the line. */
function continuesSentence(stream: TokenStream, index: number): boolean {
    const next = stream.tokens[index + 1];
    if (!stream.sameLine(stream.tokens[index], next)) {
        return false;
    }
    return isWord(next) || (next.tokenType.name === ',' && isWord(stream.tokens[index + 2]) && stream.sameLine(next, stream.tokens[index + 2]));
}

function isKeyword(token: IToken, grammar: GrammarKnowledge): boolean {
    return grammar.keywords.has(token.tokenType.name);
}

/** The keywords among the expected tokens. */
function expectedKeywords(expectation: Expectation, grammar: GrammarKnowledge): string[] {
    return [...expectation.expected].filter((name) => grammar.keywords.has(name));
}

/**
 * `tutoré Thomas Gérard {`: a name is one word. The first word stays the name (so that the
 * references to it still resolve), the others are left out, and the note says how to write it.
 */
function splitName(stream: TokenStream, index: number, expectation: Expectation, root: AstNode | undefined, grammar: GrammarKnowledge): boolean {
    const previous = stream.tokens[index - 1];
    const token = stream.tokens[index];
    if (!previous || previous.tokenType.name !== 'ID' || token.tokenType.name !== 'ID' || !stream.sameLine(previous, token) || expectation.expected.has('ID')) {
        return false;
    }
    if (closeKeyword(token.image, expectedKeywords(expectation, grammar))) {
        return false;
    }
    let last = index;
    while (stream.tokens[last + 1]?.tokenType.name === 'ID' && stream.sameLine(stream.tokens[last], stream.tokens[last + 1])) {
        last++;
    }
    const words = [previous, ...stream.tokens.slice(index, last + 1)].map((word) => word.image);
    const joined = words.join('-');
    const start = previous.startOffset;
    const end = (stream.tokens[last].endOffset ?? stream.tokens[last].startOffset) + 1;
    const declared = isDeclaredName(root, previous.startOffset);
    stream.note(declared ? 'splitNameDeclaration' : 'splitNameReference', start, end, { words: words.join(' '), joined, first: previous.image },
        declared
            ? [{ fix: 'joinName', offset: start, end, newText: `${joined} « ${words.join(' ')} »` }]
            : [{ fix: 'joinName', offset: start, end, newText: joined }]);
    // References elsewhere may use any of these spellings: none is an error while this one stands.
    stream.addUnreadName(joined);
    stream.addUnreadName(words.join(''));
    stream.remove(index, last);
    return true;
}

/** Whether the token at an offset was read as the name an element declares (rather than a reference). */
function isDeclaredName(root: AstNode | undefined, offset: number): boolean {
    const leaf = root?.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, offset) : undefined;
    const assignment = leaf?.grammarSource?.$container;
    return GrammarAST.isAssignment(assignment) && assignment.feature === 'name';
}

/**
 * `tutoré Karim Karim Benali »`: a closing quote without its opening one, after words where a text
 * is expected — the words are the text, its opening quote is missing.
 */
function missingOpeningQuote(stream: TokenStream, index: number, expectation: Expectation): boolean {
    const token = stream.tokens[index];
    const closer = stream.strayCloserAfter(token);
    if (!expectation.expected.has('STRING') || !isWord(token) || closer === undefined) {
        return false;
    }
    let last = index;
    while (isWord(stream.tokens[last + 1]) && stream.tokens[last + 1].startOffset < closer) {
        last++;
    }
    const start = token.startOffset;
    const text = stream.textOf(token, stream.tokens[last]);
    stream.note('unquotedText', start, closer + 1, { text }, [{ fix: 'quoteText', offset: start, end: start, newText: '« ' }]);
    stream.merge(index, last, stream.type('STRING')!);
    return true;
}

/**
 * `description L'équipe accueille le tutoré`: where a text is expected, the words up to the end
 * of the line (or up to a brace or a text) are read as the text.
 */
function unquotedText(stream: TokenStream, index: number, expectation: Expectation, grammar: GrammarKnowledge): boolean {
    if (!expectation.expected.has('STRING') || !isWord(stream.tokens[index])) {
        return false;
    }
    let last = index;
    while (continuesSentence(stream, last)) {
        last += stream.tokens[last + 1].tokenType.name === ',' ? 2 : 1;
    }
    // A single word close to an expected keyword is a misspelt keyword, not a text.
    if (last === index && closeKeyword(stream.tokens[index].image, expectedKeywords(expectation, grammar))) {
        return false;
    }
    const text = stream.textOf(stream.tokens[index], stream.tokens[last]);
    const start = stream.tokens[index].startOffset;
    const end = start + text.length;
    stream.note('unquotedText', start, end, { text }, [{ fix: 'quoteText', offset: start, end, newText: `« ${text} »` }]);
    stream.merge(index, last, stream.type('STRING')!);
    return true;
}

/** `compétance` → `compétence`; `savoir faire` → `savoir-faire`; `Duo` → `duo`. */
function misspeltKeyword(stream: TokenStream, index: number, expectation: Expectation, grammar: GrammarKnowledge): boolean {
    const token = stream.tokens[index];
    if (!isWord(token)) {
        return false;
    }
    const candidates = expectedKeywords(expectation, grammar);
    const next = stream.tokens[index + 1];
    if (isWord(next) && stream.sameLine(token, next)) {
        // Two words for one keyword: `savoir faire`, `auto évaluation`.
        const together = candidates.find((keyword) => simplify(keyword) === simplify(`${token.image}-${next.image}`) || simplify(keyword) === simplify(`${token.image}${next.image}`));
        if (together) {
            noteKeyword(stream, token, next, together);
            stream.merge(index, index + 1, stream.type(together)!);
            return true;
        }
    }
    const keyword = closeKeyword(token.image, candidates);
    if (!keyword || (isKeyword(token, grammar) && token.tokenType.name === keyword)) {
        return false;
    }
    noteKeyword(stream, token, token, keyword);
    stream.retype(index, stream.type(keyword)!);
    return true;
}

function noteKeyword(stream: TokenStream, first: IToken, last: IToken, keyword: string): void {
    const end = (last.endOffset ?? last.startOffset) + 1;
    stream.note('misspeltKeyword', first.startOffset, end, { written: stream.textOf(first, last), keyword },
        [{ fix: 'useKeyword', offset: first.startOffset, end, newText: keyword }]);
}

/**
 * The one keyword a word was meant to be: the same word but for case and accents, or the only
 * closest keyword within a few typing mistakes. Undefined when there is none, or two equally close.
 */
export function closeKeyword(word: string, keywords: readonly string[]): string | undefined {
    if (keywords.length === 0 || !/^\p{L}/u.test(word)) {
        return undefined;
    }
    const plain = simplify(word);
    const same = keywords.filter((keyword) => simplify(keyword) === plain);
    if (same.length === 1) {
        return same[0];
    }
    const [best, second] = closestMatches(word, keywords, 2);
    if (!best || plain.length < 3) {
        return undefined;
    }
    return second === undefined || editDistance(plain, simplify(second)) > editDistance(plain, simplify(best)) ? best : undefined;
}

/**
 * A line the block cannot hold — a stray word, a line pasted from another element — is left out
 * with its own block, so that the rest of the block, and of the document, is still read.
 */
function notUnderstood(stream: TokenStream, index: number, expectation: Expectation, grammar: GrammarKnowledge): boolean {
    const token = stream.tokens[index];
    const inBlock = expectation.expected.has('}') || expectation.rule === 'Document';
    if (!inBlock || !stream.startsLine(index) || token.tokenType.name === '}') {
        return false;
    }
    const allowed = expectation.rule === 'Document' ? [...TOP_LEVEL_STARTERS] : grammar.blockStarters(expectation.rule);
    let last = stream.lineEnd(index);
    if (stream.tokens[last].tokenType.name === '{') {
        last = matchingBrace(stream, last) ?? last;
    }
    stream.note(expectation.rule === 'Document' ? 'notATopLevel' : 'notUnderstood', token.startOffset, (token.endOffset ?? token.startOffset) + 1,
        { actual: actualWords(token), context: { rule: expectation.rule }, allowed: { expected: allowed } });
    stream.remove(index, last);
    return true;
}

/**
 * The last resort inside a block: the line where the parser lost its way is left out, so that the
 * block and the rest of the document keep their shape. When the parser stopped at the start of a
 * line, what is missing was at the end of the line before (`expérience` with no duration).
 */
function leaveLineOut(stream: TokenStream, index: number, expectation: Expectation): boolean {
    const token = stream.tokens[index];
    const previous = stream.tokens[index - 1];
    const onPreviousLine = previous !== undefined && stream.startsLine(index) && !previous.isInsertedInRecovery;
    let first = onPreviousLine ? index - 1 : index;
    while (first > 0 && !stream.startsLine(first)) {
        first--;
    }
    if (!insideBlock(stream, first)) {
        return false;
    }
    let last = stream.lineEnd(first);
    if (stream.tokens[last].tokenType.name === '{') {
        last = matchingBrace(stream, last) ?? last;
    }
    // A brace that closes the block around stays: only the line's own statement is left out.
    for (let cursor = first, depth = 0; cursor <= last; cursor++) {
        const name = stream.tokens[cursor].tokenType.name;
        depth += name === '{' ? 1 : name === '}' ? -1 : 0;
        if (depth < 0) {
            last = cursor - 1;
            break;
        }
    }
    if (last < first) {
        return false;
    }
    const { context, expected } = placeOf(expectation.ruleStack, expectation);
    if (onPreviousLine) {
        stream.note('missingAfter', previous.startOffset, (previous.endOffset ?? previous.startOffset) + 1, { previous: previous.image, expected, context });
    } else {
        stream.note('lineLeftOut', token.startOffset, (token.endOffset ?? token.startOffset) + 1, { actual: actualWords(token), expected, context });
    }
    stream.remove(first, last);
    return true;
}

function insideBlock(stream: TokenStream, index: number): boolean {
    let depth = 0;
    for (let cursor = 0; cursor < index; cursor++) {
        const name = stream.tokens[cursor].tokenType.name;
        depth += name === '{' ? 1 : name === '}' ? -1 : 0;
    }
    return depth > 0;
}

/** The index of the `}` that closes the `{` at `open`, if any. */
function matchingBrace(stream: TokenStream, open: number): number | undefined {
    let depth = 0;
    for (let index = open; index < stream.tokens.length; index++) {
        const name = stream.tokens[index].tokenType.name;
        if (name === '{') {
            depth++;
        } else if (name === '}' && --depth === 0) {
            return index;
        }
    }
    return undefined;
}
