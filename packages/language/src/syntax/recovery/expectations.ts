import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider } from 'langium';
import type { GrammarKnowledge } from '../grammar-knowledge.js';

/** What the parser expected where it met a token it could not use, and in which rule. */
export interface Expectation {
    readonly expected: ReadonlySet<string>;
    /** The grammar rule being parsed (`Person`, `Charter`…), which names the place in messages. */
    readonly rule: string;
    /**
     * Where the expectation applies, when it is further than the token the parser stopped at: in
     * `qualification Bachelier en soins`, the parser cannot choose between the ways to go on after
     * `qualification`, but what it could not read is `Bachelier`.
     */
    readonly at?: IToken;
    /** The rules being parsed, outermost first (filled from the parser's error). */
    readonly ruleStack?: readonly string[];
}

/** The rule of the whole document, where only top-level elements may start. */
export const TOP_LEVEL_STARTERS = ['modèle', 'référentiel', 'institution'] as const;

/**
 * Chevrotain asks its error message provider for a message each time it meets a token it cannot
 * use, and tells it what it expected there. Tutorat's messages are written later, from the notes
 * of the recovering parser; this provider only records what was expected at each token, which the
 * repairs need (a keyword close to a misspelt word, a text where words were written without quotes).
 */
export class ExpectationLog extends AbstractParserErrorMessageProvider {
    private readonly byToken = new Map<IToken, { expected: Set<string>; rule: string; at?: IToken }>();

    constructor(private readonly grammar: GrammarKnowledge) {
        super();
    }

    at(token: IToken): Expectation | undefined {
        return this.byToken.get(token);
    }

    clear(): void {
        this.byToken.clear();
    }

    /** What was recorded during the last parse, to read it after other parses were tried. */
    snapshot(): ReadonlyMap<IToken, Expectation> {
        return new Map(this.byToken);
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const rule = ruleOf(options.ruleName);
        // Where a block expects its closing brace, any element of the block may come instead; where
        // the document may end, another top-level element may come.
        const starters = options.expected.name === '}' ? this.grammar.blockStarters(rule) : options.expected.name === 'EOF' ? TOP_LEVEL_STARTERS : [];
        this.record(options.actual, [options.expected.name, ...starters], options.expected.name === 'EOF' ? 'Document' : rule);
        return super.buildMismatchTokenMessage(options);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        this.record(options.firstRedundant, [...TOP_LEVEL_STARTERS], 'Document');
        return super.buildNotAllInputParsedMessage(options);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        this.recordPaths(options.actual, options.expectedPathsPerAlt.flat(), ruleOf(options.ruleName));
        return super.buildNoViableAltMessage(options);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        this.recordPaths(options.actual, options.expectedIterationPaths, ruleOf(options.ruleName));
        return super.buildEarlyExitMessage(options);
    }

    /** The ways the parser could go on: what they expect at the first token none of them accepts. */
    private recordPaths(actual: readonly IToken[], paths: readonly TokenType[][], rule: string): void {
        if (!actual[0]) {
            return;
        }
        let matched = 0;
        const expected = new Set<string>();
        for (const path of paths) {
            let length = 0;
            while (length < path.length && length < actual.length && tokenMatcher(actual[length], path[length])) {
                length++;
            }
            if (length >= path.length) {
                continue;
            }
            if (length > matched) {
                matched = length;
                expected.clear();
            }
            if (length === matched) {
                expected.add(path[length].name);
            }
        }
        this.record(actual[0], [...expected], rule, matched > 0 ? actual[matched] : undefined);
    }

    private record(token: IToken, expected: readonly string[], rule: string, at?: IToken): void {
        const known = this.byToken.get(token);
        if (known && known.at === at) {
            expected.forEach((name) => known.expected.add(name));
        } else {
            this.byToken.set(token, { expected: new Set(expected), rule, at });
        }
    }
}

/** Langium suffixes chevrotain's rule names with a zero-width space. */
function ruleOf(chevrotainRuleName: string): string {
    return chevrotainRuleName.replace(/\u200B$/, '');
}
