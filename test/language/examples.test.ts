import { beforeAll, describe, expect, test } from 'vitest';
import { filesOf } from '../support/folders.js';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

const FILES = filesOf(EXAMPLES);

describe('the bundled examples', () => {
    let workspace: TestWorkspace;
    beforeAll(async () => {
        workspace = await buildWorkspace(FILES);
    });

    test('hold every kind of document: a federation template, a framework, an institution over several files, three paths', () => {
        const texts = Object.entries(FILES).filter(([name]) => name.endsWith('.tutorat'));
        expect(texts.some(([, text]) => text.includes('modèle de charte'))).toBe(true);
        expect(texts.some(([, text]) => /^référentiel /m.test(text))).toBe(true);
        expect(texts.filter(([, text]) => /^institution LesTilleuls/m.test(text)).length).toBeGreaterThanOrEqual(4);
        expect(texts.filter(([, text]) => /^\s*parcours /m.test(text)).length).toBeGreaterThanOrEqual(3);
        expect(texts.some(([, text]) => /stage avec /.test(text))).toBe(true);
    });

    test('parse and link without any error', () => {
        const errors = [...workspace.documents.entries()].flatMap(([name, document]) =>
            (document.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === 1)
                .map((diagnostic) => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.message}`));
        expect(errors).toEqual([]);
        const unresolved = [...workspace.documents.values()].flatMap((document) => document.references.filter((reference) => reference.error).map((reference) => reference.$refText));
        expect(unresolved).toEqual([]);
    });

    test('each finding left on purpose (« Constat laissé volontairement (règle) ») actually occurs in its file', () => {
        const announced = Object.entries(FILES).flatMap(([file, text]) =>
            [...text.matchAll(/Constat laissé volontairement \(([\w-]+\/[\w-]+)\)/g)].map((match) => ({ file, rule: match[1] })));
        expect(announced.length).toBeGreaterThanOrEqual(4);
        for (const { file, rule } of announced) {
            const codes = workspace.diagnostics(file).map((diagnostic) => diagnostic.code);
            expect(codes, `${file} : ${rule}`).toContain(rule);
        }
    });
});
