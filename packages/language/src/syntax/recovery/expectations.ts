import type { IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider } from 'langium';
import type { GrammarKnowledge } from '../grammar-knowledge.js';

/** What the parser expected where it met a token it could not use, and in which rule. */
export interface Expectation {
    readonly expected: ReadonlySet<string>;
    /** The grammar rule being parsed (`Person`, `Charter`…), which names the place in messages. */
    readonly rule: string;
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
    private readonly byToken = new Map<IToken, { expected: Set<string>; rule: string }>();

    constructor(private readonly grammar: GrammarKnowledge) {
        super();
    }

    at(token: IToken): Expectation | undefined {
        return this.byToken.get(token);
    }

    clear(): void {
        this.byToken.clear();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const rule = ruleOf(options.ruleName);
        // Where a block expects its closing brace, any element of the block may come instead.
        const starters = options.expected.name === '}' ? this.grammar.blockStarters(rule) : [];
        this.record(options.actual, [options.expected.name, ...starters], rule);
        return super.buildMismatchTokenMessage(options);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        this.record(options.firstRedundant, [...TOP_LEVEL_STARTERS], 'Document');
        return super.buildNotAllInputParsedMessage(options);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap((alternative) => alternative.map((path) => path[0]?.name)).filter(isDefined);
        if (options.actual[0]) {
            this.record(options.actual[0], firsts, ruleOf(options.ruleName));
        }
        return super.buildNoViableAltMessage(options);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map((path) => path[0]?.name).filter(isDefined);
        if (options.actual[0]) {
            this.record(options.actual[0], firsts, ruleOf(options.ruleName));
        }
        return super.buildEarlyExitMessage(options);
    }

    private record(token: IToken, expected: readonly string[], rule: string): void {
        const known = this.byToken.get(token);
        if (known) {
            expected.forEach((name) => known.expected.add(name));
        } else {
            this.byToken.set(token, { expected: new Set(expected), rule });
        }
    }
}

/** Langium suffixes chevrotain's rule names with a zero-width space. */
function ruleOf(chevrotainRuleName: string): string {
    return chevrotainRuleName.replace(/\u200B$/, '');
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
