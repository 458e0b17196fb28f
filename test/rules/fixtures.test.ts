import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, ruleIdsOf } from '@tutorat/language';
import { compareWithExpectations, readExpectations, type Finding } from '../support/expectations.js';
import { filesOf } from '../support/folders.js';
import { buildWorkspace } from '../support/workspace.js';

/**
 * Each rule has sample workspaces under `test/fixtures/rules/<famille>/<règle>/`:
 * folders whose name starts with `declenche` (the rule fires where the files say « attendu : … »)
 * and folders whose name starts with `silencieux` (the rule does not fire at all).
 * See test/fixtures/README.md.
 */
const FIXTURES = new URL('../fixtures/rules/', import.meta.url).pathname;

function samplesOf(ruleId: string): Array<{ name: string; path: string; fires: boolean }> {
    const folder = join(FIXTURES, ruleId);
    if (!existsSync(folder)) {
        return [];
    }
    return readdirSync(folder)
        .filter((entry) => statSync(join(folder, entry)).isDirectory())
        .map((entry) => ({ name: entry, path: join(folder, entry), fires: entry.startsWith('declenche') }));
}

// A syntax error or a document beyond Tutorat's limits (5 MB, 1,000 findings) makes no useful sample folder.
const RULES_WITH_SAMPLES = RULES.filter((rule) => rule.id !== 'langage/syntaxe' && rule.id !== 'langage/limite');

describe.each(RULES_WITH_SAMPLES.map((rule) => [rule.id]))('%s', (ruleId) => {
    const samples = samplesOf(ruleId);

    test('has samples where it fires and samples where it stays silent', () => {
        expect(samples.filter((sample) => sample.fires).length, `test/fixtures/rules/${ruleId}/declenche…`).toBeGreaterThan(0);
        expect(samples.filter((sample) => !sample.fires).length, `test/fixtures/rules/${ruleId}/silencieux…`).toBeGreaterThan(0);
    });

    test.each(samples.map((sample) => [sample.name, sample]))('%s', async (_, sample) => {
        const files = filesOf(sample.path);
        const workspace = await buildWorkspace(files);
        const findings: Finding[] = [...workspace.documents.entries()].flatMap(([file, document]) =>
            (document.diagnostics ?? []).map((diagnostic) => ({ file, diagnostic })));
        const syntaxErrors = findings.filter((finding) => finding.diagnostic.code === 'langage/syntaxe' && ruleId !== 'langage/syntaxe');
        expect(syntaxErrors.map((finding) => `${finding.file}:${finding.diagnostic.range.start.line + 1} ${finding.diagnostic.message}`), 'les exemples doivent être syntaxiquement corrects').toEqual([]);
        if (sample.fires) {
            const expectations = Object.entries(files).flatMap(([file, text]) => readExpectations(file, text));
            expect(expectations.some((expectation) => expectation.ruleId === ruleId), 'un exemple « declenche » contient au moins une ligne « // attendu : règle »').toBe(true);
            expect(compareWithExpectations(ruleId, findings, expectations)).toEqual([]);
        } else {
            expect(findings.filter((finding) => ruleIdsOf(finding.diagnostic).includes(ruleId)).map((finding) => `${finding.file}:${finding.diagnostic.range.start.line + 1} ${finding.diagnostic.message}`)).toEqual([]);
        }
    });
});
