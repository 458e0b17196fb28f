import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const BLOCKS = [...README.matchAll(/```tutorat\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('the README’s tour of the language', () => {
    test('shows several documents', () => {
        expect(BLOCKS.length).toBeGreaterThanOrEqual(3);
    });

    test('every example in it is valid Tutorat, and the examples together link', async () => {
        const files = Object.fromEntries(BLOCKS.map((text, index) => [`readme-${index}.tutorat`, text]));
        const workspace = await buildWorkspace(files);
        const problems = workspace.summary().filter((line) => /langage\/(syntaxe|valeur|doublon)/.test(line));
        expect(problems).toEqual([]);
    });
});
