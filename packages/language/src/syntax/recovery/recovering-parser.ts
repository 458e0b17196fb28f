import type { IRecognitionException, IToken } from 'chevrotain';
import { createParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import type { GrammarKnowledge } from '../grammar-knowledge.js';
import type { TutoratLexer } from '../lexer.js';
import { balanceBraces } from './brace-balance.js';
import type { ExpectationLog } from './expectations.js';
import { noteLexicalMistakes } from './lexical-notes.js';
import { placeOf } from './place.js';
import { actualWords, repair } from './repairs.js';
import type { SyntaxReport } from './syntax-notes.js';
import { TokenStream } from './token-stream.js';

/** A parse result with the syntax notes of the recovering parser. */
export type TutoratParseResult<T extends AstNode = AstNode> = ParseResult<T> & { readonly syntax?: SyntaxReport };

export function syntaxReportOf(parseResult: ParseResult): SyntaxReport | undefined {
    return (parseResult as TutoratParseResult).syntax;
}

/** Repairs per parse, and fewer on big documents, where each new parse costs more. */
const MAX_REPAIRS = 40;
const LARGE_DOCUMENT_TOKENS = 50_000;
const MAX_REPAIRS_LARGE = 3;

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
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): TutoratParseResult<T> {
        if (options?.rule) {
            return super.parse<T>(input, options);
        }
        const lexed = this.tutoratLexer.lex(input);
        const stream = new TokenStream(input, lexed, this.tutoratLexer.definition);
        noteLexicalMistakes(stream, lexed);
        balanceBraces(stream);
        const maxRepairs = stream.tokens.length > LARGE_DOCUMENT_TOKENS ? MAX_REPAIRS_LARGE : MAX_REPAIRS;
        const left = new Set<IToken>();
        let result = this.attempt<T>(input, stream);
        for (let repairs = 0; repairs < maxRepairs; repairs++) {
            const next = this.firstRepairable(result, stream, left);
            if (!next) {
                break;
            }
            result = this.attempt<T>(input, stream);
        }
        noteResidualErrors(stream, result.parserErrors, (token) => this.expectations.at(token));
        return { ...result, syntax: stream.report() };
    }

    private attempt<T extends AstNode>(input: string, stream: TokenStream): ParseResult<T> {
        this.expectations.clear();
        this.tutoratLexer.prepare(input, stream.lexerResult());
        return super.parse<T>(input);
    }

    /** Repairs the first mistake a repair applies to; the others before it are left to chevrotain. */
    private firstRepairable(result: ParseResult, stream: TokenStream, left: Set<IToken>): boolean {
        const errors = [...result.parserErrors].sort((a, b) => a.token.startOffset - b.token.startOffset);
        for (const [position, error] of errors.entries()) {
            const token = error.token;
            if (left.has(token) || token.isInsertedInRecovery || Number.isNaN(token.startOffset)) {
                continue;
            }
            const logged = this.expectations.at(token);
            const expectation = logged && { ...logged, ruleStack: error.context?.ruleStack };
            const laterErrors = errors.slice(position + 1).some((later) => !later.token.isInsertedInRecovery && later.token.startOffset > token.startOffset);
            if (expectation && repair(stream, expectation.at ?? token, expectation, result.value, this.grammar, laterErrors)) {
                return true;
            }
            left.add(token);
        }
        return false;
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
function noteResidualErrors(stream: TokenStream, errors: readonly IRecognitionException[], expectationAt: (token: IToken) => ReturnType<ExpectationLog['at']>): void {
    const blocksWithNote = new Set<number>();
    const blocks = new BlockWalker(stream);
    for (const error of [...errors].sort((a, b) => a.token.startOffset - b.token.startOffset)) {
        const token = error.token;
        const valid = !token.isInsertedInRecovery && !Number.isNaN(token.startOffset) && token.tokenType.name !== 'EOF';
        const previous = (error as { previousToken?: IToken }).previousToken;
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
        } else if (!valid || (previous && !stream.sameLine(previous, token) && !Number.isNaN(previous.startOffset))) {
            const at = previous ?? token;
            stream.note('missingAfter', at.startOffset, (at.endOffset ?? at.startOffset) + 1, { previous: at.image, expected, context }, undefined, true);
        } else if (expectation?.expected.has(token.image)) {
            stream.note('notUnderstood', token.startOffset, end, { actual: actualWords(token), context, allowed: { expected: [...expectation.expected] } }, undefined, true);
        } else {
            stream.note('expectedInstead', token.startOffset, end, { actual: actualWords(token), expected, context }, undefined, true);
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
