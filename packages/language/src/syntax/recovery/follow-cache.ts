import type { TokenType } from 'chevrotain';

/** What chevrotain's in-rule recovery asks about the place the parser is at (`ITokenGrammarPath`). */
interface TokenGrammarPath {
    readonly ruleStack: readonly string[];
    readonly occurrenceStack: readonly number[];
    readonly lastTok: TokenType;
    readonly lastTokOccurrence: number;
}

/** The method of chevrotain's parser (its recovery trait) that the cache wraps. */
interface NextTokenTypesSource {
    getNextPossibleTokenTypes(path: TokenGrammarPath): TokenType[];
}

/** Distinct places kept; a grammar has a few hundred, nesting multiplies them. */
const MAX_CACHED_PATHS = 20_000;

/**
 * At each syntax mistake, chevrotain's recovery asks which tokens may follow the last one matched,
 * and answers by walking the grammar from the outermost rule — the same few answers thousands of
 * times in a document full of mistakes (a paste gone wrong: a third of the parse). The answer only
 * depends on the place in the grammar, so it is kept per place for the life of the parser.
 */
export function cacheNextTokenTypes(parser: unknown): void {
    const source = parser as NextTokenTypesSource;
    if (typeof source.getNextPossibleTokenTypes !== 'function') {
        return; // Another chevrotain: its recovery is left as it is.
    }
    const compute = source.getNextPossibleTokenTypes.bind(source);
    const answers = new Map<string, TokenType[]>();
    source.getNextPossibleTokenTypes = (path) => {
        const key = `${path.ruleStack.join(' ')}|${path.occurrenceStack.join(' ')}|${path.lastTok.name}|${path.lastTokOccurrence}`;
        let answer = answers.get(key);
        if (!answer) {
            if (answers.size >= MAX_CACHED_PATHS) {
                answers.clear();
            }
            answer = compute(path);
            answers.set(key, answer);
        }
        return answer;
    };
}
