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
 * - a name written between quotes is read as the name;
 * - words followed by a closing quote without its opening one are read as a text;
 * - a misspelt keyword (`compétance`, `Duo`, `savoir faire`, `formation des stagiaires`) is read as the keyword meant;
 * - a name written in several words (`tutoré Thomas Gérard`) is read as one name;
 * - words written where a text is expected, without quotes, are read as that text;
 * - a line the block cannot hold (a stray word, a pasted line) is left out, with its own block;
 * - as a last resort, the line where the parser lost its way is left out.
 *
 * The recovering parser tries them in this order and keeps the first after which it gets further
 * in the document (`recovering-parser.ts`); each kept repair is followed by a new parse.
 */
export interface RepairSite {
    readonly stream: TokenStream;
    /** Index of the token the parser could not read. */
    readonly index: number;
    readonly expectation: Expectation;
    /** The syntax tree of the parse that failed: which word was read as a name, and where. */
    readonly root: AstNode | undefined;
    readonly grammar: GrammarKnowledge;
    /** Whether the parser reported other mistakes after this one: its own recovery then lost its way. */
    readonly laterErrors: boolean;
}

export type Repair = (site: RepairSite) => boolean;

export const REPAIRS: readonly Repair[] = [
    quotedName, missingOpeningQuote, articleBeforeKeyword, strongKeyword, splitName, unquotedText, weakKeyword, notUnderstood, openEmptyBlock, leaveLineOut
];

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

/** The keywords among the expected tokens. */
function expectedKeywords({ expectation, grammar }: RepairSite): string[] {
    return [...expectation.expected].filter((name) => grammar.keywords.has(name));
}

function end(token: IToken): number {
    return (token.endOffset ?? token.startOffset) + 1;
}

/** `suppléante « Anne-Sophie »`: where a name is expected, a one-word text is that name. */
function quotedName({ stream, index, expectation }: RepairSite): boolean {
    const token = stream.tokens[index];
    const inner = /^([«“"]\s*)([\p{L}_][\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)*)\s*[»”"]$/u.exec(token.image);
    if (token.tokenType.name !== 'STRING' || !inner || !expectation.expected.has('ID') || expectation.expected.has('STRING')) {
        return false;
    }
    const name = inner[2];
    stream.note('quotedName', token.startOffset, end(token), { name }, [{ fix: 'unquoteName', offset: token.startOffset, end: end(token), newText: name }]);
    stream.replace(index, stream.type('ID')!, token.startOffset + inner[1].length, name);
    return true;
}

/**
 * `phase accueil Accueillir »`: a closing quote without its opening one, after words where a text
 * is expected — the words are the text, its opening quote is missing.
 */
function missingOpeningQuote({ stream, index, expectation }: RepairSite): boolean {
    const token = stream.tokens[index];
    const closer = stream.strayCloserAfter(token);
    if (!expectation.expected.has('STRING') || !isWord(token) || closer === undefined) {
        return false;
    }
    // Everything up to the closing quote is the text, its punctuation too (`à domicile. »`).
    let last = index;
    while (stream.sameLine(stream.tokens[last], stream.tokens[last + 1]) && stream.tokens[last + 1].startOffset < closer) {
        last++;
    }
    const start = token.startOffset;
    const text = stream.textOf(token, stream.tokens[last]);
    stream.note('unquotedText', start, closer + 1, { text }, [{ fix: 'quoteText', offset: start, end: start, newText: '« ' }]);
    stream.merge(index, last, stream.type('STRING')!);
    return true;
}

/** Articles a sentence puts before a noun; the language's keywords go without them. */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'd']);

/**
 * `la suppléance « … »`, `l’équipe « … »`, `les partenariats {`: an article written before a
 * keyword, as in a sentence. The keyword is read; the article (and its apostrophe) is left aside.
 */
function articleBeforeKeyword(site: RepairSite): boolean {
    const { stream, index } = site;
    const token = stream.tokens[index];
    const next = stream.tokens[index + 1];
    if (!isWord(token) || !ARTICLES.has(token.image.toLowerCase()) || !isWord(next) || !stream.sameLine(token, next)
        || next.startOffset - end(token) > 2 || site.expectation.expected.has(token.tokenType.name)) {
        return false;
    }
    const keyword = closeKeyword(next.image, expectedKeywords(site));
    if (!keyword) {
        return false;
    }
    stream.note('articleBeforeKeyword', token.startOffset, end(next), { written: stream.text.slice(token.startOffset, end(next)), keyword },
        [{ fix: 'removeArticle', offset: token.startOffset, end: next.startOffset, newText: '' }]);
    if (next.image !== keyword) {
        stream.retype(index + 1, stream.type(keyword)!);
    }
    stream.skip(index, index);
    return true;
}

/**
 * A keyword written with another case or without its accents or hyphens — `Duo`, `competence`,
 * `savoir faire`, `formation des stagiaires` — is that keyword: there is no doubt about it.
 */
function strongKeyword(site: RepairSite): boolean {
    const { stream, index } = site;
    const candidates = expectedKeywords(site);
    for (let words = Math.min(4, wordsAhead(stream, index)); words >= 1; words--) {
        const last = index + words - 1;
        const written = stream.textOf(stream.tokens[index], stream.tokens[last]);
        const plain = simplify(written).replace(/[\s-]+/g, '');
        const stems = agreementStems(written);
        const agreeing = candidates.filter((candidate) => agreementStems(candidate) === stems);
        const keyword = candidates.find((candidate) => simplify(candidate).replace(/-/g, '') === plain) ?? (agreeing.length === 1 ? agreeing[0] : undefined);
        if (keyword && !(words === 1 && stream.tokens[index].tokenType.name === keyword)) {
            readAsKeyword(site, last, keyword);
            return true;
        }
    }
    return false;
}

/**
 * Reads the words from the site to `last` as the keyword meant, with the slips of the same kind
 * in the words after it on the line (« apres appel a candidatures », « organismes partenaires »):
 * one mistake, said and corrected once.
 */
function readAsKeyword(site: RepairSite, last: number, keyword: string): void {
    const { stream, index } = site;
    const slips = slipsAfter(site, last, keyword);
    const end = slips.at(-1)?.index ?? last;
    const phrase = slips.length === 0 && last === index ? keyword : correctedPhrase(stream, index, end, [{ index, last, keyword }, ...slips.map((slip) => ({ ...slip, last: slip.index }))]);
    noteKeyword(stream, stream.tokens[index], stream.tokens[end], phrase);
    for (const slip of [...slips].reverse()) {
        stream.merge(slip.index, slip.index, stream.type(slip.keyword)!);
    }
    stream.merge(index, last, stream.type(keyword)!);
}

/**
 * The words right after a misspelt keyword, on its line, that are keywords but for their accents,
 * case (`a` for `à`) or agreement (`partenaires` for `partenaire`). Words already right are passed
 * over; the first word that is no such slip ends them.
 */
function slipsAfter({ stream, grammar }: RepairSite, last: number, head: string): Array<{ index: number; keyword: string }> {
    const slips: Array<{ index: number; keyword: string }> = [];
    for (let index = last + 1; isWord(stream.tokens[index]) && stream.sameLine(stream.tokens[index - 1], stream.tokens[index]); index++) {
        const token = stream.tokens[index];
        // Agreement is only read on the word right after the keyword (`organismes partenaires`),
        // not further on, where another phrase begins (`entretiens chaque semaine`).
        const keyword = slipOf(token.image, grammar, index === last + 1 ? isPlural(head) : undefined);
        if (keyword === undefined) {
            if (grammar.keywords.has(token.tokenType.name)) {
                continue;
            }
            break;
        }
        if (keyword !== token.image) {
            slips.push({ index, keyword });
        }
    }
    return slips;
}

/**
 * The one keyword a word is but for accents and case or, failing that, for agreement — when
 * several agree, the one in the number of the keyword before it (`organisme partenaire`,
 * `échanges préalables`).
 */
function slipOf(word: string, grammar: GrammarKnowledge, plural: boolean | undefined): string | undefined {
    const words = [...grammar.keywords].filter((keyword) => /^\p{L}/u.test(keyword));
    const plain = simplify(word);
    const same = words.filter((keyword) => simplify(keyword) === plain);
    if (plural === undefined) {
        return same.length === 1 ? same[0] : undefined;
    }
    const stem = agreementStem(plain);
    const agreed = stem.length >= 4 ? words.filter((keyword) => agreementStem(simplify(keyword)) === stem) : same;
    if (agreed.length > 1) {
        const inNumber = agreed.filter((keyword) => isPlural(keyword) === plural);
        return inNumber.length === 1 ? inNumber[0] : same.length === 1 ? same[0] : undefined;
    }
    return same.length === 1 ? same[0] : agreed[0];
}

function isPlural(word: string): boolean {
    return /[sx]$/.test(simplify(word));
}

/** The words of a phrase without accents, case and agreement: `echange prealable` and `échanges préalables` agree. */
function agreementStems(phrase: string): string {
    return simplify(phrase).split(/[\s-]+/).map(agreementStem).join(' ');
}

/** A word without its plural or feminine ending (`partenaires` → `partenair`, `informée` → `inform`). */
function agreementStem(plain: string): string {
    return plain.replace(/(?:e?s|e|x)$/, '');
}

/** The text from one token to another with the words at the given places replaced by their keywords. */
function correctedPhrase(stream: TokenStream, from: number, to: number, replaced: ReadonlyArray<{ index: number; last: number; keyword: string }>): string {
    let text = '';
    let at = stream.tokens[from].startOffset;
    for (const { index, last, keyword } of replaced) {
        text += stream.text.slice(at, stream.tokens[index].startOffset) + keyword;
        at = end(stream.tokens[last]);
    }
    return text + stream.text.slice(at, end(stream.tokens[to]));
}

/** How many words follow on the line from a token, itself included. */
function wordsAhead(stream: TokenStream, index: number): number {
    let count = 0;
    while (isWord(stream.tokens[index + count]) && (count === 0 || stream.sameLine(stream.tokens[index + count - 1], stream.tokens[index + count]))) {
        count++;
    }
    return count;
}

/** `compétance` → `compétence`, `acompagne` → `accompagne`: the one closest keyword. */
function weakKeyword(site: RepairSite): boolean {
    const { stream, index } = site;
    const token = stream.tokens[index];
    const keyword = isWord(token) ? closeKeyword(token.image, expectedKeywords(site)) : undefined;
    if (!keyword || token.tokenType.name === keyword) {
        return false;
    }
    readAsKeyword(site, index, keyword);
    return true;
}

function noteKeyword(stream: TokenStream, first: IToken, last: IToken, keyword: string): void {
    stream.note('misspeltKeyword', first.startOffset, end(last), { written: stream.textOf(first, last), keyword },
        [{ fix: 'useKeyword', offset: first.startOffset, end: end(last), newText: keyword }]);
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
    // A keyword half typed (`commission parit`): the one expected keyword it begins.
    const begun = plain.length >= 3 ? keywords.filter((keyword) => simplify(keyword).startsWith(plain)) : [];
    if (begun.length === 1) {
        return begun[0];
    }
    const [best, second] = closestMatches(word, keywords, 2);
    if (!best || plain.length < 3) {
        return undefined;
    }
    return second === undefined || editDistance(plain, simplify(second)) > editDistance(plain, simplify(best)) ? best : undefined;
}

/**
 * `tutoré Thomas Gérard {`: a name is one word. The words are read as one name (`LesGlycines`
 * when `institution Les Glycines` was meant), and references to any of its spellings are not
 * errors while the mistake stands. When the second word repeats the name (`service Cantou Cantou
 * (unité)`), the words after the name are its title, written without quotes.
 */
function splitName(site: RepairSite): boolean {
    const { stream, index, expectation, root } = site;
    const previous = stream.tokens[index - 1];
    const token = stream.tokens[index];
    const nameWord = (candidate: IToken | undefined) => isWord(candidate) && !expectation.expected.has(candidate!.tokenType.name);
    if (!previous || previous.tokenType.name !== 'ID' || !nameWord(token) || !stream.sameLine(previous, token) || expectation.expected.has('ID')
        || closeKeyword(token.image, expectedKeywords(site))) {
        return false;
    }
    let last = index;
    while (nameWord(stream.tokens[last + 1]) && stream.sameLine(stream.tokens[last], stream.tokens[last + 1])) {
        last++;
    }
    const words = [previous, ...stream.tokens.slice(index, last + 1)].map((word) => word.image);
    if (words[1] === words[0] && expectation.expected.has('STRING')) {
        return false;
    }
    // Proposed with hyphens (Thomas-Gérard), read meanwhile as the words written together (LesGlycines).
    const joined = words.join('-');
    const start = previous.startOffset;
    const declared = isDeclaredName(root, previous.startOffset);
    const title = words.join(' ');
    stream.note(declared ? 'splitNameDeclaration' : 'splitNameReference', start, end(stream.tokens[last]), { words: title, joined, first: previous.image },
        [{ fix: 'joinName', offset: start, end: end(stream.tokens[last]), newText: declared && !isText(stream.tokens[last + 1]) ? `${joined} « ${title} »` : joined }]);
    // References elsewhere may use any of these spellings: none is an error while this one stands.
    [words.join(''), joined, ...words].forEach((name) => stream.addUnreadName(name));
    stream.merge(index - 1, last, stream.type('ID')!);
    return true;
}

function isText(token: IToken | undefined): boolean {
    return token?.tokenType.name === 'STRING';
}

/** Whether the token at an offset was read as the name an element declares (rather than a reference). */
function isDeclaredName(root: AstNode | undefined, offset: number): boolean {
    const leaf = root?.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, offset) : undefined;
    const assignment = leaf?.grammarSource?.$container;
    return GrammarAST.isAssignment(assignment) && assignment.feature === 'name';
}

/**
 * `description L'équipe accueille le tutoré`: where a text is expected, the words up to the end
 * of the line — or up to a brace, a text, or a keyword that goes on with the element (`le 12/03`,
 * `par Élodie`, `développe C1`) — are read as the text.
 */
function unquotedText(site: RepairSite): boolean {
    const { stream, index, expectation, grammar } = site;
    // A word at the start of a line begins the next line: the text is missing at the end of the line before.
    if (!expectation.expected.has('STRING') || !isWord(stream.tokens[index]) || stream.startsLine(index)) {
        return false;
    }
    let last = index;
    while (continuesSentence(stream, last) && !resumesElement(stream, last + 1, grammar, expectation)) {
        last += stream.tokens[last + 1].tokenType.name === ',' ? 2 : 1;
    }
    const start = stream.tokens[index].startOffset;
    // Characters no word is made of, stuck to the last word (`désorientées)`), belong to the text too.
    const glued = /^[^\s«»“”"{}]*/.exec(stream.text.slice(end(stream.tokens[last])))![0];
    const text = stream.text.slice(start, end(stream.tokens[last]) + glued.length);
    stream.note('unquotedText', start, start + text.length, { text }, [{ fix: 'quoteText', offset: start, end: start + text.length, newText: `« ${text} »` }]);
    stream.merge(index, last, stream.type('STRING')!);
    return true;
}

/** Whether the words of an unquoted sentence go on after a token: another word, or a comma and a word, on the line. */
function continuesSentence(stream: TokenStream, index: number): boolean {
    const next = stream.tokens[index + 1];
    if (!stream.sameLine(stream.tokens[index], next)) {
        return false;
    }
    return isWord(next) || (next.tokenType.name === ',' && isWord(stream.tokens[index + 2]) && stream.sameLine(next, stream.tokens[index + 2]));
}

/** A keyword that may follow the text, followed by a value rather than by more prose: `le 12/03/2027`, `par Élodie`. */
function resumesElement(stream: TokenStream, index: number, grammar: GrammarKnowledge, expectation: Expectation): boolean {
    const token = stream.tokens[index];
    const next = stream.tokens[index + 1];
    if (!grammar.afterTexts().has(token.tokenType.name) || !stream.sameLine(token, next) || expectation.expected.has(token.tokenType.name)) {
        return false;
    }
    const value = next.tokenType.name;
    return value === 'DATE' || value === 'NUMBER' || value === 'FIRST_DAY' || value === 'NUMBER_WORD'
        || (value === 'ID' && NAMING_KEYWORDS.has(token.tokenType.name) && /^[\p{Lu}\p{N}]/u.test(next.image));
}

/** Keywords followed by a name in the language (`par Élodie`, `sur C1`): « par Dubois » after a text resumes the element. */
const NAMING_KEYWORDS: ReadonlySet<string> = new Set(['par', 'sur', 'développe', 'avec', 'pour', 'étend', 'accompagne']);

/**
 * A line the block cannot hold — a stray word, a line pasted from another element — is left out
 * with its own block, so that the rest of the block, and of the document, is still read.
 */
function notUnderstood({ stream, index, expectation, grammar }: RepairSite): boolean {
    const token = stream.tokens[index];
    const inBlock = expectation.expected.has('}') || expectation.rule === 'Document';
    if (!inBlock || !stream.startsLine(index) || token.tokenType.name === '}') {
        return false;
    }
    const allowed = expectation.rule === 'Document' ? [...TOP_LEVEL_STARTERS] : grammar.blockStarters(expectation.rule);
    const last = lineAndBlockEnd(stream, index);
    stream.note(expectation.rule === 'Document' ? 'notATopLevel' : 'notUnderstood', token.startOffset, end(token),
        { actual: actualWords(token), context: { rule: expectation.rule }, allowed: { expected: allowed } });
    stream.remove(index, last);
    return true;
}

/**
 * `phase évaluation` at the end of a line, its `{` not typed yet: the element is read as an empty
 * block, so that the lines after it stay where they are.
 */
function openEmptyBlock({ stream, index, expectation }: RepairSite): boolean {
    const token = stream.tokens[index];
    const previous = stream.tokens[index - 1];
    const atLineEnd = token.isInsertedInRecovery === true || stream.startsLine(index);
    if (!expectation.expected.has('{') || !atLineEnd || !previous || previous.isInsertedInRecovery || previous.tokenType.name === '{') {
        return false;
    }
    const { context } = placeOf(expectation.ruleStack, expectation);
    stream.note('missingAfter', previous.startOffset, end(previous), { previous: previous.image, expected: { expected: ['{'] }, context },
        [{ fix: 'openBlock', offset: end(previous), end: end(previous), newText: ' {\n}' }]);
    stream.insert(index, stream.type('}')!);
    stream.insert(index, stream.type('{')!);
    return true;
}

/**
 * The last resort inside a block: the line where the parser lost its way is left out, so that the
 * block and the rest of the document keep their shape. When the parser stopped at the start of a
 * line, what is missing was at the end of the line before (`expérience` with no duration).
 */
function leaveLineOut({ stream, index, expectation, laterErrors, grammar }: RepairSite): boolean {
    if (!laterErrors) {
        return false;
    }
    const token = stream.tokens[index];
    const previous = stream.tokens[index - 1];
    // A brace the repairs inserted ends the statement before it: what is missing is at the end of that statement.
    const inserted = token.isInsertedInRecovery === true;
    const onPreviousLine = previous !== undefined && (stream.startsLine(index) || inserted) && !previous.isInsertedInRecovery;
    const { context, expected } = placeOf(expectation.ruleStack, expectation);
    let first = onPreviousLine ? index - 1 : index;
    if (inserted) {
        // Only the unfinished statement goes: from its keyword (`fonction`, in `{ situation stage fonction`).
        const starters = grammar.blockStarters(context.rule);
        while (first > 0 && !starters.includes(stream.tokens[first].tokenType.name) && stream.tokens[first - 1].tokenType.name !== '{' && !stream.startsLine(first)) {
            first--;
        }
    }
    while (!inserted && first > 0 && !stream.startsLine(first)) {
        first--;
    }
    if (!insideBlock(stream, first)) {
        return false;
    }
    // An opening brace added at the end of a header the user did not finish (`réflexion sur`): the header goes with its block.
    let last = inserted && token.tokenType.name === '{' ? matchingBrace(stream, index) ?? index - 1
        : inserted ? index - 1 : lineAndBlockEnd(stream, first);
    // A brace that closes the block around stays: only the line's own statement is left out; and
    // a block it opens goes with it, whole, or the line stays.
    let depth = 0;
    for (let cursor = first; cursor <= last; cursor++) {
        const name = stream.tokens[cursor].tokenType.name;
        depth += name === '{' ? 1 : name === '}' ? -1 : 0;
        if (depth < 0) {
            last = cursor - 1;
            depth = 0;
            break;
        }
    }
    if (last < first || depth > 0) {
        return false;
    }
    if (onPreviousLine) {
        stream.note('missingAfter', previous.startOffset, end(previous), { previous: previous.image, expected, context });
    } else {
        stream.note('lineLeftOut', token.startOffset, end(token), { actual: actualWords(token), expected, context });
    }
    stream.remove(first, last);
    return true;
}

/**
 * The last token of a line and of the block it opens, whole — with the brace the brace passes
 * added at the end of a header that lacked it (`échanges pr` half typed): the line and its block
 * go together, or the block's lines would be read in the block around.
 */
function lineAndBlockEnd(stream: TokenStream, first: number): number {
    let last = stream.lineEnd(first);
    const next = stream.tokens[last + 1];
    if (next?.isInsertedInRecovery && next.tokenType.name === '{' && stream.sameLine(stream.tokens[last], next)) {
        last++;
    }
    return stream.tokens[last].tokenType.name === '{' ? matchingBrace(stream, last) ?? last : last;
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
export function matchingBrace(stream: TokenStream, open: number): number | undefined {
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
