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
