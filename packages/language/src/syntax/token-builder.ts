import { DefaultTokenBuilder, GrammarAST, RegExpUtils, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { textMatcher } from './text-tokens.js';

/**
 * Langium's tokens for the Tutorat grammar, with two changes:
 * - texts are found by `textMatcher` (nested « », texts left open) rather than by a regular expression;
 * - a number word that begins a compound (`dix` in `dix-sept`) gives way to the compound, not to a name.
 */
export class TutoratTokenBuilder extends DefaultTokenBuilder {
    private statementStarters: ReadonlySet<string> = new Set();
    /** Each terminal's partial expression, made once rather than once per keyword (hundreds of keywords). */
    private readonly partialPatterns = new Map<string, RegExp>();

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

    /** Langium's: the terminals a keyword is the beginning of (`dix` of a name `dixième`), with each partial expression cached. */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((token) => {
            const source = (token?.PATTERN as { source?: string } | undefined)?.source;
            if (!source) {
                return false;
            }
            const whole = `^${source}$`;
            let partial = this.partialPatterns.get(whole);
            if (!partial) {
                partial = RegExpUtils.partialRegExp(whole);
                this.partialPatterns.set(whole, partial);
            }
            return (keyword.value.match(partial)?.[0].length ?? 0) > 0;
        });
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
    const firsts = new RuleFirsts();
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule)) {
            collectRepeatedFirsts(rule.definition, words, firsts);
        }
    }
    for (const word of ['modèle', 'référentiel', 'institution']) {
        words.add(word);
    }
    return words;
}

function collectRepeatedFirsts(element: GrammarAST.AbstractElement, into: Set<string>, firsts: RuleFirsts): void {
    if (element.cardinality === '*' || element.cardinality === '+') {
        firsts.of(element).forEach((word) => into.add(word));
    }
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach((child) => collectRepeatedFirsts(child, into, firsts));
    } else if (GrammarAST.isAssignment(element)) {
        collectRepeatedFirsts(element.terminal, into, firsts);
    }
}

/**
 * The keywords an element can begin with (its first keyword when it begins with a keyword). Each rule's are worked
 * out once: the grammar's repeated elements call the same rules again and again, and this runs at every start.
 */
class RuleFirsts {
    private readonly byRule = new Map<string, ReadonlySet<string>>();

    of(element: GrammarAST.AbstractElement): ReadonlySet<string> {
        const into = new Set<string>();
        this.collect(element, into);
        return into;
    }

    private collect(element: GrammarAST.AbstractElement, into: Set<string>): void {
        if (GrammarAST.isKeyword(element)) {
            if (/^\p{L}/u.test(element.value)) {
                into.add(element.value);
            }
        } else if (GrammarAST.isGroup(element)) {
            const first = element.elements[0];
            if (first) {
                this.collect(first, into);
            }
        } else if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            element.elements.forEach((child) => this.collect(child, into));
        } else if (GrammarAST.isAssignment(element)) {
            this.collect(element.terminal, into);
        } else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isParserRule(rule) && !rule.dataType && rule.name !== 'ToComplete') {
                this.ofRule(rule).forEach((word) => into.add(word));
            }
        }
    }

    private ofRule(rule: GrammarAST.ParserRule): ReadonlySet<string> {
        let words = this.byRule.get(rule.name);
        if (!words) {
            // Empty while the rule is being worked out: a rule reached again through itself adds nothing new.
            this.byRule.set(rule.name, new Set());
            words = this.of(rule.definition);
            this.byRule.set(rule.name, words);
        }
        return words;
    }
}
