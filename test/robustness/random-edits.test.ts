import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildHandbooks } from '@tutorat/handbook';
import { RULE_IDS } from '@tutorat/language';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';
import { applyEdits, editArbitrary, exampleFiles, format, grammarKeywords, messageOf, watchRuleFailures } from './support.js';

/**
 * Random edits of every example file — deletions, insertions of keywords, names, texts, braces,
 * digits, accented letters and garbage, truncation anywhere — never make the parser, the linker, a
 * rule, the formatter or the handbook generator throw. Fixed seed, modest number of runs.
 */
const SEED = 20_260_914;
const KNOWN_CODES = new Set([...RULE_IDS, 'configuration']);

describe('random edits of the examples', () => {
    const examples = exampleFiles();
    const documents = Object.keys(examples).filter((name) => name.endsWith('.tutorat'));
    const keywords = grammarKeywords();
    let workspace: TestWorkspace;
    const watch = { failures: (): string[] => [], restore: () => undefined as void };

    beforeAll(async () => {
        workspace = await buildWorkspace(examples);
        Object.assign(watch, watchRuleFailures());
    });
    afterAll(() => watch.restore());

    test('every example file is edited by the property, and the editor has a formatter', () => {
        expect(documents.length).toBeGreaterThanOrEqual(7);
        expect(workspace.services.lsp.Formatter).toBeDefined();
    });

    test('nothing throws, every finding is well formed, and no rule fails', async () => {
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...documents), editArbitrary(keywords), async (file, edits) => {
                const edited = applyEdits(examples[file], edits);
                try {
                    await workspace.edit(file, edited);
                    const document = workspace.documents.get(file)!;
                    for (const diagnostic of document.diagnostics ?? []) {
                        expect(typeof diagnostic.message).toBe('string');
                        expect(messageOf(diagnostic).length).toBeGreaterThan(0);
                        expect(KNOWN_CODES.has(String(diagnostic.code)), `code ${diagnostic.code}`).toBe(true);
                        expect(diagnostic.range.start.line).toBeLessThanOrEqual(document.textDocument.lineCount);
                    }
                    const formatted = await format(workspace.services, document);
                    expect(typeof formatted).toBe('string');
                    const handbooks = buildHandbooks(workspace.shared, { locale: 'fr' });
                    expect(handbooks.every((handbook) => handbook.html.startsWith('<!DOCTYPE html>') || handbook.html.startsWith('<!doctype html>'))).toBe(true);
                    expect(watch.failures()).toEqual([]);
                } finally {
                    await workspace.edit(file, examples[file]);
                }
            }),
            { seed: SEED, numRuns: 150, endOnFailure: true }
        );
    });

    test('after the edits, the examples are checked as before', async () => {
        expect(workspace.summary().filter((line) => line.includes('langage/'))).toEqual([]);
    });
});
