import type { IRecognitionException, IToken } from 'chevrotain';
import { createParser, CstUtils, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import type { GrammarKnowledge } from '../grammar-knowledge.js';
import type { TutoratLexer } from '../lexer.js';
import { balanceBraces } from './brace-balance.js';
import { cacheNextTokenTypes } from './follow-cache.js';
import type { Expectation, ExpectationLog } from './expectations.js';
import { noteLexicalMistakes } from './lexical-notes.js';
import { placeOf } from './place.js';
import { actualWords, REPAIRS } from './repairs.js';
import type { SyntaxReport } from './syntax-notes.js';
import { TokenStream } from './token-stream.js';

/** A parse result with the syntax notes of the recovering parser. */
export type TutoratParseResult<T extends AstNode = AstNode> = ParseResult<T> & { readonly syntax?: SyntaxReport };

export function syntaxReportOf(parseResult: ParseResult): SyntaxReport | undefined {
    return (parseResult as TutoratParseResult).syntax;
}


/**
 * How many parses the repairs may cost: each repair tried is a parse of the whole document. A
 * document written by a person being typed in has one or two mistakes; the budget keeps a
 * document full of them (a binary file, a paste gone wrong) as fast to check as any other.
 */
const PARSE_BUDGET = 60;
/** Tokens of a parse counted in the budget: big documents get fewer tries. */
const TOKENS_PER_PARSE_UNIT = 5_000;

/**
 * The parser of Tutorat documents while they are being written.
 *
 * Chevrotain's own recovery (skipping tokens until one fits, inserting one missing token) keeps
 * the parser going, but it cannot tell a misspelt keyword from a stray word, and after a forgotten
 * brace or quote it reports a mistake on every following element, far from the cause. This parser
 * recovers in three steps, each of which says what it did in one note at the cause:
 *
 * 1. the lexer finds texts left open, `#` comments and stray characters (`lexical-notes.ts`);
 * 2. when braces do not balance, the indentation tells which block lacks its `}` or which `}` is
 *    too many, and the token stream is repaired there (`brace-balance.ts`);
 * 3. the document is parsed; at the first place the parser could not go on, a repair is made to the
 *    token stream (`repairs.ts`: a misspelt keyword read as the keyword, a two-word name as one word,
 *    words without quotes as a text, a line the block cannot hold left out) and the document is parsed
 *    again — until it parses, or no repair applies. What chevrotain still reports then becomes one note
 *    per block, at the line where the mistake was made (`residual-notes.ts`).
 *
 * Repairs only ever change the tokens, never the text: positions, ranges and quick fixes keep
 * pointing into what the user wrote. A document without mistakes is parsed once, as before.
 */
export class TutoratParser extends LangiumParser {
    private readonly tutoratLexer: TutoratLexer;

    constructor(services: LangiumCoreServices, private readonly expectations: ExpectationLog, private readonly grammar: GrammarKnowledge) {
        super(services);
        this.tutoratLexer = services.parser.Lexer as TutoratLexer;
        cacheNextTokenTypes(this.wrapper);
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): TutoratParseResult<T> {
        if (options?.rule) {
            return super.parse<T>(input, options);
        }
        const lexed = this.tutoratLexer.lex(input);
        const stream = new TokenStream(input, lexed, this.tutoratLexer.definition);
        noteLexicalMistakes(stream, lexed);
        balanceBraces(stream, this.grammar);
        this.parsesLeft = Math.max(2, Math.floor(PARSE_BUDGET / Math.max(1, stream.tokens.length / TOKENS_PER_PARSE_UNIT)));
        const left = new Set<IToken>();
        let result = this.attempt<T>(input, stream);
        let expectations = this.expectations.snapshot();
        while (this.parsesLeft > 0 && result.parserErrors.length > 0) {
            const next = this.repairFirst(input, result, stream, left, expectations);
            if (!next) {
                break;
            }
            [result, expectations] = next;
        }
        noteResidualErrors(stream, result, (token) => expectations.get(token), this.grammar);
        return { ...result, syntax: stream.report() };
    }

    /** Parses the repairs may still cost for the document being parsed. */
    private parsesLeft = 0;

    private attempt<T extends AstNode>(input: string, stream: TokenStream): ParseResult<T> {
        this.parsesLeft--;
        this.expectations.clear();
        return withoutStackTraces(() => {
            this.tutoratLexer.prepare(input, stream.lexerResult());
            return super.parse<T>(input);
        });
    }

    /**
     * Repairs the first mistake a repair applies to: each repair is tried in turn, and kept when
     * the parser then gets past the mistake. The mistakes no repair helps are left to chevrotain.
     */
    private repairFirst<T extends AstNode>(input: string, result: ParseResult<T>, stream: TokenStream, left: Set<IToken>, expectations: ReadonlyMap<IToken, Expectation>): [ParseResult<T>, ReadonlyMap<IToken, Expectation>] | undefined {
        const errors = [...result.parserErrors].sort((a, b) => a.token.startOffset - b.token.startOffset);
        for (const [position, error] of errors.entries()) {
            const token = error.token;
            if (left.has(token) || Number.isNaN(token.startOffset) || token.startOffset < 0) {
                continue;
            }
            const logged = expectations.get(token);
            if (logged) {
                const at = logged.at ?? token;
                const expectation = { ...logged, ruleStack: error.context?.ruleStack, expected: this.withFollowers(logged.expected, stream, at, result.value) };
                const laterErrors = errors.slice(position + 1).some((later) => !Number.isNaN(later.token.startOffset) && later.token.startOffset > token.startOffset);
                for (const candidate of REPAIRS) {
                    if (this.parsesLeft <= 0) {
                        return undefined;
                    }
                    const checkpoint = stream.checkpoint();
                    const index = stream.indexOf(at);
                    if (index < 0 || !candidate({ stream, index, expectation, root: result.value, grammar: this.grammar, laterErrors })) {
                        continue;
                    }
                    const next = this.attempt<T>(input, stream);
                    if (gotPast(next, at, stream, left)) {
                        return [next, this.expectations.snapshot()];
                    }
                    stream.rollback(checkpoint);
                }
            }
            left.add(token);
        }
        return undefined;
    }

    /**
     * What chevrotain said it expected, and what could have gone on with the word before, on the
     * same line: the optional words it skipped (a title, `étend`, `développe`, `obtenu`).
     */
    private withFollowers(expected: ReadonlySet<string>, stream: TokenStream, at: IToken, root: AstNode | undefined): ReadonlySet<string> {
        const index = stream.indexOf(at);
        const previous = stream.tokens[index - 1];
        if (!previous || !stream.sameLine(previous, at) || !root?.$cstNode) {
            return expected;
        }
        const source = CstUtils.findLeafNodeAtOffset(root.$cstNode, previous.startOffset)?.grammarSource;
        return source ? new Set([...expected, ...this.grammar.followOf(source)]) : expected;
    }
}

/**
 * Runs a parse without capturing stack traces. Chevrotain signals each syntax mistake by throwing
 * an `Error`, and V8 records the stack of every one: in a document made of mistakes (a paste gone
 * wrong) that was a third of the parse. Those errors are caught inside the parser and never shown.
 * A real failure of the parser is thrown again with its stack, by running the parse once more as usual.
 */
function withoutStackTraces<T>(parse: () => T): T {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parse();
    } catch {
        Error.stackTraceLimit = limit;
        return parse();
    } finally {
        Error.stackTraceLimit = limit;
    }
}

/** Creates the recovering parser with the grammar's rules, as Langium's `createLangiumParser` does. */
export function createTutoratParser(services: LangiumCoreServices, expectations: ExpectationLog, grammar: GrammarKnowledge): TutoratParser {
    const parser = createParser(services.Grammar, new TutoratParser(services, expectations, grammar), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/**
 * What chevrotain still reports once no repair applies: one note per block, at the first error,
 * and on the line where the mistake was made — a value missing at the end of a line is reported
 * there, not on the next line, where the parser noticed it.
 */
function noteResidualErrors(stream: TokenStream, result: ParseResult, expectationAt: (token: IToken) => ReturnType<ExpectationLog['at']>, grammar: GrammarKnowledge): void {
    const errors: readonly IRecognitionException[] = result.parserErrors;
    const blocksWithNote = new Set<number>();
    const blocks = new BlockWalker(stream);
    for (const error of [...errors].sort((a, b) => a.token.startOffset - b.token.startOffset)) {
        const token = error.token;
        const valid = !token.isInsertedInRecovery && !Number.isNaN(token.startOffset) && token.tokenType.name !== 'EOF';
        const previous = previousOf(stream, error, valid);
        const logged = expectationAt(token);
        const expectation = logged && { ...logged, ruleStack: error.context?.ruleStack };
        const block = blocks.enclosing(valid ? token.startOffset : previous?.startOffset ?? 0);
        if (blocksWithNote.has(block)) {
            continue;
        }
        const anchor = valid ? token : previous;
        if (!anchor || stream.hasNoteOnLine(anchor.startOffset) || (previous && stream.hasNoteOnLine(previous.startOffset) && !stream.sameLine(previous, token))) {
            continue;
        }
        blocksWithNote.add(block);
        const { context, expected } = placeOf(error.context?.ruleStack, expectation);
        const end = (token.endOffset ?? token.startOffset) + 1;
        if (valid && token.tokenType.name === 'STRING' && expectation?.expected.size === 1 && expectation.expected.has('ID')) {
            noteMissingName(stream, token);
        } else if (!valid || (previous && (!stream.sameLine(previous, token) || isBrace(token)) && !Number.isNaN(previous.startOffset))) {
            const at = previous ?? token;
            const phrase = missingPhrase(result, at, grammar);
            stream.note('missingAfter', at.startOffset, (at.endOffset ?? at.startOffset) + 1, { previous: keywordPhraseBefore(stream, at, grammar), expected: phrase ?? expected, context }, undefined, true);
        } else if (expectation?.expected.has(token.image)) {
            stream.note('notUnderstood', token.startOffset, end, { actual: actualWords(token), context, allowed: { expected: [...expectation.expected] } }, undefined, true);
        } else {
            const before = previous && stream.sameLine(previous, token) && grammar.keywords.has(previous.tokenType.name) ? keywordPhraseBefore(stream, previous, grammar) : undefined;
            stream.note(before ? 'expectedAfter' : 'expectedInstead', token.startOffset, end, { actual: actualWords(token), expected, context, ...(before ? { previous: before } : {}) }, undefined, true);
        }
    }
}

/**
 * `tutrice « Élodie Martin » {`: the name is missing before the title. The parser goes on as if it
 * were there; the references to the element, by whatever name, cannot be checked meanwhile.
 */
function noteMissingName(stream: TokenStream, title: IToken): void {
    const words = title.image.slice(1, -1).trim().split(/\s+/);
    const suggestion = (words[0] ?? '').replace(/[^\p{L}\p{N}_-]/gu, '') || 'Nom';
    stream.note('missingName', title.startOffset, (title.endOffset ?? title.startOffset) + 1, { title: title.image, suggestion },
        [{ fix: 'addName', offset: title.startOffset, end: title.startOffset, newText: `${suggestion} ` }], true);
    stream.addUnreadName(suggestion);
    stream.addUnreadName(words.join('-'));
}

function isBrace(token: IToken): boolean {
    return token.tokenType.name === '{' || token.tokenType.name === '}';
}

/** The keywords written just before a token on its line, with it: « qualification requise », « temps commun ». */
function keywordPhraseBefore(stream: TokenStream, token: IToken, grammar: GrammarKnowledge): string {
    const index = stream.indexOf(token);
    if (index < 0 || !grammar.keywords.has(token.tokenType.name)) {
        return token.image;
    }
    let first = index;
    while (first > 0 && grammar.keywords.has(stream.tokens[first - 1].tokenType.name) && /^\p{L}/u.test(stream.tokens[first - 1].image)
        && stream.sameLine(stream.tokens[first - 1], stream.tokens[first])) {
        first--;
    }
    return stream.textOf(stream.tokens[first], token);
}

/** `en présence` → « du tutoré »: when what is missing is a fixed phrase, the whole phrase. */
function missingPhrase(result: ParseResult, previous: IToken, grammar: GrammarKnowledge): { expected: string[] } | undefined {
    const root = result.value?.$cstNode;
    const source = root ? CstUtils.findLeafNodeAtOffset(root, previous.startOffset)?.grammarSource : undefined;
    const run = source ? grammar.keywordRunAfter(source) : [];
    return run.length > 1 ? { expected: [run.join(' ')] } : undefined;
}

/**
 * Whether a parse got past a token's line: no mistake before the line's end, but those already
 * left to chevrotain. A repair that only moves the mistake further on the same line (`Bachelier`
 * read as `bachelier`, then `en soins infirmiers` not understood) is not the right one.
 */
function gotPast(result: ParseResult, token: IToken, stream: TokenStream, left: ReadonlySet<IToken>): boolean {
    const lineEnd = stream.text.indexOf('\n', token.startOffset);
    const limit = lineEnd < 0 ? stream.text.length : lineEnd;
    // Chevrotain's own inserted tokens have no place; the braces the repairs inserted have one, and count.
    return !result.parserErrors.some((error) => !left.has(error.token) && !Number.isNaN(error.token.startOffset) && error.token.startOffset >= 0 && error.token.startOffset <= limit);
}

/** Walks the tokens once, forward: the innermost block open at each offset asked, in increasing order. */
class BlockWalker {
    private readonly opens: number[] = [];
    private next = 0;

    constructor(private readonly stream: TokenStream) {}

    /** The offset of the `{` of the innermost block open at an offset (-1 at the top level). */
    enclosing(offset: number): number {
        const tokens = this.stream.tokens;
        while (this.next < tokens.length && (Number.isNaN(tokens[this.next].startOffset) || tokens[this.next].startOffset < offset)) {
            const name = tokens[this.next].tokenType.name;
            if (name === '{') {
                this.opens.push(tokens[this.next].startOffset);
            } else if (name === '}') {
                this.opens.pop();
            }
            this.next++;
        }
        return this.opens[this.opens.length - 1] ?? -1;
    }
}

/**
 * The token before the one the parser could not read. Chevrotain's recovery between the rounds of
 * a repetition may name as previous a token it read further on (the `2` of the line after a stray
 * word): the token before it in the stream is the one the user wrote it after.
 */
function previousOf(stream: TokenStream, error: IRecognitionException, valid: boolean): IToken | undefined {
    const reported = (error as { previousToken?: IToken }).previousToken;
    if (!valid || !reported || Number.isNaN(reported.startOffset) || reported.startOffset < error.token.startOffset) {
        return reported;
    }
    return stream.tokens[stream.indexOf(error.token) - 1] ?? reported;
}
