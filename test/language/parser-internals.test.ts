import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTutoratServices } from '@tutorat/language';

/** Words of the language in an order that makes no sense: a mistake on almost every line. */
const WORDS = ['institution', 'duo', 'accompagne', '{', 'période', 'du', '12/09/2026', 'Élodie', '}', 'entretiens', 'chaque', 'tutrice'];
const JUMBLED = Array.from({ length: 300 }, (_, line) => WORDS.filter((_, index) => (index * 7 + line * 5) % 4 !== 0).reverse().join(' ')).join('\n');

describe('what the parser does behind the scenes', () => {
    test('stack traces are turned off only during a parse', () => {
        const { shared } = createTutoratServices({ ...EmptyFileSystem });
        const before = Error.stackTraceLimit;
        const document = shared.workspace.LangiumDocumentFactory.fromString(JUMBLED, URI.file('/vrac.tutorat'));
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(10);
        expect(Error.stackTraceLimit).toBe(before);
        expect(new Error('after').stack).toContain('parser-internals.test.ts');
    });

    test('the follow sets kept per grammar place give the same mistakes as computing them afresh', () => {
        const errorsOf = (services: ReturnType<typeof createTutoratServices>, name: string) => services.shared.workspace.LangiumDocumentFactory
            .fromString(JUMBLED, URI.file(`/${name}.tutorat`)).parseResult.parserErrors.map((error) => `${error.token.startOffset} ${error.message}`);
        const warm = createTutoratServices({ ...EmptyFileSystem });
        const first = errorsOf(warm, 'a');
        // The same parser again (answers kept), and a new parser (nothing kept).
        expect(errorsOf(warm, 'b')).toEqual(first);
        expect(errorsOf(createTutoratServices({ ...EmptyFileSystem }), 'c')).toEqual(first);
    });
});
