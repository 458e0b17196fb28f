import { createCompletionParser, DefaultTokenBuilder, eagerLoad, EmptyFileSystem, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { describe, expect, test } from 'vitest';
import { createTutoratServices } from '@tutorat/language';

/**
 * What a language server does at start is what delays its first findings (in the browser above all): the work
 * left out of the start must still be done right when it is needed.
 */
describe('start-up work', () => {
    test('the completion parser is built at the first completion, not when the services are loaded, and parses as Langium’s does', () => {
        const { shared, Tutorat } = createTutoratServices({ ...EmptyFileSystem });
        // What a language server does at `initialize`: every service created.
        eagerLoad(shared);
        eagerLoad(Tutorat);
        const deferred = Tutorat.parser.CompletionParser as unknown as { parser?: unknown };
        expect(deferred.parser).toBeUndefined();
        const text = 'institution Alpha {\n    adresse « rue des Écoles 1, 7000 Mons »\n    ';
        const ours = Tutorat.parser.CompletionParser.parse(text);
        expect(deferred.parser).toBeDefined();
        const langiums = createCompletionParser(Tutorat).parse(text);
        expect(ours.tokens.map((token) => token.image)).toEqual(langiums.tokens.map((token) => token.image));
        expect(ours.elementStack.map((element) => element.$type)).toEqual(langiums.elementStack.map((element) => element.$type));
        expect(ours.tokenIndex).toBe(langiums.tokenIndex);
    });

    test('each keyword gives way to the same longer tokens as Langium works them out', () => {
        const { Tutorat } = createTutoratServices({ ...EmptyFileSystem });
        const builder = Tutorat.parser.TokenBuilder as DefaultTokenBuilder;
        const ours = builder.buildTokens(Tutorat.Grammar, {}) as TokenType[];
        const findLongerAlt = (builder as unknown as { findLongerAlt: (keyword: GrammarAST.Keyword, terminals: TokenType[]) => TokenType[] }).findLongerAlt;
        Object.assign(builder, { findLongerAlt: (DefaultTokenBuilder.prototype as unknown as { findLongerAlt: typeof findLongerAlt }).findLongerAlt });
        const langiums = builder.buildTokens(Tutorat.Grammar, {}) as TokenType[];
        const longer = (tokens: TokenType[]) => tokens.map((token) => `${token.name} → ${[token.LONGER_ALT ?? []].flat().map((alt) => alt.name).join(', ')}`);
        expect(longer(ours)).toEqual(longer(langiums));
        expect(ours.filter((token) => [token.LONGER_ALT ?? []].flat().length > 0).length).toBeGreaterThan(100);
    });
});
