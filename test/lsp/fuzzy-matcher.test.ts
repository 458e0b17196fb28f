import { describe, expect, test } from 'vitest';
import { TutoratFuzzyMatcher } from '../../packages/language/src/lsp/fuzzy-matcher.js';

/** Names are found as French speakers type them: without accents, from any word of a qualified name. */
describe('matching typed text against names', () => {
    const matcher = new TutoratFuzzyMatcher();

    test.each([
        ['elo', 'LesTilleuls.Élodie'], ['Élo', 'LesTilleuls.Élodie'], ['ÉLODIE', 'Élodie'], ['P12', 'Grande.P1234'], ['til', 'LesTilleuls'],
        ['jf', 'Jean-François'], ['fran', 'Jean-François'], ['oeu', 'Œuvre'], ['1234', 'Grande.P1234'], ['', 'Tout']
    ])('« %s » finds « %s »', (query, name) => {
        expect(matcher.match(query, name)).toBe(true);
    });

    test.each([['lodie', 'Karim'], ['zz', 'LesTilleuls.Élodie'], ['eilles', 'LesTilleuls']])('« %s » does not find « %s »', (query, name) => {
        expect(matcher.match(query, name)).toBe(false);
    });
});
