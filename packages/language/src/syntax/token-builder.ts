import { DefaultTokenBuilder, GrammarAST, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { textMatcher } from './text-tokens.js';

/**
 * Langium's tokens for the Tutorat grammar, with two changes:
 * - texts are found by `textMatcher` (nested « », texts left open) rather than by a regular expression;
 * - a number word that begins a compound (`dix` in `dix-sept`) gives way to the compound, not to a name.
 */
export class TutoratTokenBuilder extends DefaultTokenBuilder {
    private statementStarters: ReadonlySet<string> = new Set();

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        this.statementStarters = statementStarters(grammar);
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const numberWord = tokens.find((token) => token.name === 'NUMBER_WORD');
        for (const token of tokens) {
            if (numberWord && typeof token.PATTERN === 'string' && COMPOUND_HEADS.has(token.PATTERN)) {
                token.LONGER_ALT = [numberWord, ...toArray(token.LONGER_ALT).filter((alt) => alt !== numberWord)];
            }
        }
        return tokens;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        if (terminal.name === 'STRING') {
            const starters = this.statementStarters;
            return {
                name: 'STRING',
                PATTERN: { exec: textMatcher((word) => starters.has(word)) },
                LINE_BREAKS: true,
                START_CHARS_HINT: ['"', '«', '“']
            } as TokenType;
        }
        if (terminal.name === 'ML_COMMENT') {
            return { ...super.buildTerminalToken(terminal), PATTERN: { exec: blockComment }, LINE_BREAKS: true, START_CHARS_HINT: ['/'] } as TokenType;
        }
        return super.buildTerminalToken(terminal);
    }
}

/**
 * `/* … *​/` comments. One left open must not hide the rest of the document, nor reach the end
 * of the next comment: it then ends at the end of its line, and says so in its payload.
 */
function blockComment(text: string, offset: number): RegExpExecArray | null {
    if (!text.startsWith('/*', offset)) {
        return null;
    }
    const close = text.indexOf('*/', offset + 2);
    const nextOpen = text.indexOf('/*', offset + 2);
    const unclosed = close < 0 || (nextOpen >= 0 && nextOpen < close);
    const lineEnd = text.indexOf('\n', offset);
    const end = unclosed ? (lineEnd < 0 ? text.length : lineEnd) : close + 2;
    const match = [text.slice(offset, end)] as unknown as RegExpExecArray & { payload?: { unclosed: true } };
    match.index = offset;
    match.input = text;
    if (unclosed) {
        match.payload = { unclosed: true };
    }
    return match;
}

/** Number words that begin compounds (`dix-sept`, `quatre-vingts`): the compound is one number word. */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'octante', 'nonante', 'quatre']);

function toArray(alt: TokenType | TokenType[] | undefined): TokenType[] {
    return alt === undefined ? [] : Array.isArray(alt) ? alt : [alt];
}

/**
 * The words that may begin a line of a document: the first keyword of each element a block
 * repeats (`version`, `tutrice`, `phase`…) and of each top-level element. A line that begins with
 * one of them is not the continuation of a text left open.
 */
function statementStarters(grammar: Grammar): ReadonlySet<string> {
    const words = new Set<string>(['}']);
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule)) {
            collectRepeatedFirsts(rule.definition, words);
        }
    }
    for (const word of ['modèle', 'référentiel', 'institution']) {
        words.add(word);
    }
    return words;
}

function collectRepeatedFirsts(element: GrammarAST.AbstractElement, into: Set<string>): void {
    if (element.cardinality === '*' || element.cardinality === '+') {
        firstKeywords(element, into, new Set());
    }
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach((child) => collectRepeatedFirsts(child, into));
    } else if (GrammarAST.isAssignment(element)) {
        collectRepeatedFirsts(element.terminal, into);
    }
}

/** The keywords an element can begin with (its first keyword when it begins with a keyword). */
function firstKeywords(element: GrammarAST.AbstractElement, into: Set<string>, visiting: Set<string>): void {
    if (GrammarAST.isKeyword(element)) {
        if (/^\p{L}/u.test(element.value)) {
            into.add(element.value);
        }
    } else if (GrammarAST.isGroup(element)) {
        const first = element.elements[0];
        if (first) {
            firstKeywords(first, into, visiting);
        }
    } else if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach((child) => firstKeywords(child, into, visiting));
    } else if (GrammarAST.isAssignment(element)) {
        firstKeywords(element.terminal, into, visiting);
    } else if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule) && !visiting.has(rule.name) && !rule.dataType && rule.name !== 'ToComplete') {
            visiting.add(rule.name);
            firstKeywords(rule.definition, into, visiting);
        }
    }
}
