import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { textLiteral } from '@tutorat/language';
import { sha1, uuidV5 } from '@tutorat/interop';
import { languageTools } from '../../packages/interop/src/language-tools.js';
import { normalizeText } from '@tutorat/interop';

/** The text of `critère « … »` after the language's parser and value converter. */
function readBack(literal: string): string | undefined {
    const parsed = languageTools().parse(`référentiel R {\n    compétence C « T » {\n        critère ${literal}\n    }\n}\n`);
    return parsed.errors === 0 ? parsed.frameworks[0]?.competences[0]?.criteria[0]?.title : undefined;
}

describe('textLiteral', () => {
    test.each([
        ['Accueillir la personne', '« Accueillir la personne »'],
        ['Projet « Bien chez soi »', '“ Projet « Bien chez soi » ”'],
        ['Il dit « oui » puis “ non ”', '"Il dit « oui » puis “ non ”"'],
        ['Chemin C:\\ et "citation" avec « » et “ ”', '"Chemin C:\\\\ et \\"citation\\" avec « » et “ ”"'],
        ['Un seul »', '“ Un seul » ”']
    ])('%s → %s, and back', (text, literal) => {
        expect(textLiteral(text)).toBe(literal);
        expect(readBack(textLiteral(text))).toBe(text);
    });

    test('any text, paragraphs included, reads back as itself', () => {
        const character = fc.constantFrom('a', 'é', ' ', '«', '»', '“', '”', '"', '\\', '\n', '\n\n', '{', '}', '//', 'version', '=', 'n');
        fc.assert(fc.property(fc.array(character, { minLength: 1, maxLength: 30 }).map((parts) => normalizeText(parts.join(''))).filter((text) => text !== ''), (text) => {
            expect(readBack(textLiteral(text))).toBe(text);
        }), { numRuns: 300 });
    });
});

describe('name-based identifiers', () => {
    test('SHA-1 agrees with Node’s', () => {
        for (const text of ['', 'abc', 'é'.repeat(100), 'x'.repeat(1000)]) {
            expect(Buffer.from(sha1(new TextEncoder().encode(text))).toString('hex')).toBe(createHash('sha1').update(text).digest('hex'));
        }
    });

    test('UUID v5 of RFC 9562’s example (DNS namespace, www.example.com)', () => {
        expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    });
});
