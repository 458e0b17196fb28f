import { describe, expect, test } from 'vitest';
import { buildHandbooks } from '@tutorat/handbook';
import { filesOf } from '../support/folders.js';
import { buildWorkspace } from '../support/workspace.js';
import { EXAMPLES } from './support.js';

/** Documents being typed are incomplete most of the time: the live preview must still render. */
describe('handbooks of half-written documents', () => {
    test('are produced without failing, whatever the point where a document stops', async () => {
        const examples = filesOf(EXAMPLES);
        const documents = Object.keys(examples).filter((name) => name.endsWith('.tutorat'));
        let built = 0;
        for (const name of documents) {
            const text = examples[name];
            for (let tenth = 1; tenth < 10; tenth++) {
                const workspace = await buildWorkspace({ ...examples, [name]: text.slice(0, Math.floor((text.length * tenth) / 10)) });
                const files = buildHandbooks(workspace.shared, { locale: 'fr' });
                expect(files.length, `${name} coupé à ${tenth}/10`).toBeGreaterThan(0);
                expect(files.every((file) => file.html.startsWith('<!DOCTYPE html>') && file.html.endsWith('</html>\n'))).toBe(true);
                built++;
            }
        }
        expect(built).toBe(documents.length * 9);
    }, 120_000);
});

/** One typo in a keyword leaves a value the handbook has no word for: it marks the place and goes on. */
describe('handbooks of documents with a typo in a keyword', () => {
    const examples = filesOf(EXAMPLES);
    const file = 'les-tilleuls/parcours-stage-lea.tutorat';

    test.each([
        ['évaluation fluation', 'évaluation formative « Évaluation à mi-stage »', 'évaluation fluation « Évaluation à mi-stage »'],
        ['phase amilieu', 'phase accompagnement', 'phase amilieu'],
        ['volontaire après', 'volontaire après appel à candidatures', 'volontaire après']
    ])('%s', async (_, written, typed) => {
        const target = written.startsWith('volontaire') ? Object.keys(examples).find((name) => examples[name].includes(written))! : file;
        expect(examples[target]).toContain(written);
        const workspace = await buildWorkspace({ ...examples, [target]: examples[target].replace(written, typed) });
        const files = buildHandbooks(workspace.shared, { locale: 'fr' });
        expect(files.length).toBeGreaterThan(3);
        const institution = files.find((handbook) => handbook.kind === 'institution')!;
        expect(institution.html).not.toContain('n’a pas pu être produit');
        expect(institution.html).toContain('(à préciser)');
    });
});

