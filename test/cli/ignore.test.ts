import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPOSITORY, tutorat, tutoratProcess } from '../support/cli.js';
import { pathsUnder } from '../support/folders.js';

// `tutorat check` leaves out what the `ignore` patterns of tutorat.json name, and says how many files it left out.

function workspaceWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-ignore-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

const DOCUMENT = 'institution A { tutrice Élodie }\n';

describe('tutorat check and the ignore patterns', () => {
    test('at the repository root, with no path, the installed command reports only examples/ and counts the files its tutorat.json ignores', () => {
        const { code, stdout, stderr } = tutoratProcess(['check', '--format', 'json']);
        expect(code, stderr).toBe(0);
        const report = JSON.parse(stdout);
        const examples = pathsUnder(join(REPOSITORY, 'examples')).filter((path) => path.endsWith('.tutorat'));
        expect(report.documents).toBe(examples.length);
        expect(report.findings.length).toBeGreaterThan(0);
        expect(report.findings.filter((finding: { path: string }) => !finding.path.startsWith('examples/'))).toEqual([]);
        // What the repository's tutorat.json names: the tests' documents and the extension's copy of the examples.
        // Hidden folders (the benchmarks' generated workspaces, test/bench/.generated) are never searched, so not counted.
        const ignored = ['test', 'packages/extension/samples'].flatMap((folder) => pathsUnder(join(REPOSITORY, folder))).filter((path) => path.endsWith('.tutorat') && !/[\\/]\./.test(path.slice(REPOSITORY.length)));
        expect(ignored.length).toBeGreaterThan(300);
        expect(report.ignored).toBe(ignored.length);
        const text = tutoratProcess(['check']);
        expect(text.stdout).toMatch(new RegExp(`— ${examples.length} documents vérifiés, ${ignored.length} fichiers ignorés \\(« ignore » de tutorat\\.json\\)\\.\\n$`));
    });

    test('patterns of nested tutorat.json files add up; a folder or file named on the command line is checked all the same', async () => {
        const folder = workspaceWith({
            'tutorat.json': '{ "ignore": ["archives/", "*.ancien.tutorat"] }',
            'charte.tutorat': DOCUMENT,
            'duos.ancien.tutorat': DOCUMENT,
            'archives/2025/charte.tutorat': DOCUMENT,
            'archives/2025/duos.tutorat': DOCUMENT,
            'equipe/tutorat.json': '{ "ignore": ["brouillons"] }',
            'equipe/personnes.tutorat': DOCUMENT,
            'equipe/brouillons/essai.tutorat': DOCUMENT,
            'node_modules/paquet/exemple.tutorat': DOCUMENT
        });
        const all = JSON.parse((await tutorat(['check', '--format', 'json'], folder)).stdout);
        expect([all.documents, all.ignored]).toEqual([2, 4]);
        expect((await tutorat(['check'], folder)).stdout).toMatch(/— 2 documents vérifiés, 4 fichiers ignorés \(« ignore » de tutorat\.json\)\.\n$/);
        const named = JSON.parse((await tutorat(['check', 'archives/2025', 'duos.ancien.tutorat', '--format', 'json'], folder)).stdout);
        expect([named.documents, named.ignored]).toEqual([3, 0]);
        expect((await tutorat(['check', 'equipe', '--lang', 'en'], folder)).stdout).toMatch(/— 1 document checked, 1 file ignored \("ignore" in tutorat\.json\)\.\n$/);
    });

    test('when every document is ignored, the message says so and how to check one anyway', async () => {
        const folder = workspaceWith({ 'tutorat.json': '{ "ignore": ["**/*.tutorat"] }', 'a/charte.tutorat': DOCUMENT });
        const { code, stderr } = await tutorat(['check'], folder);
        expect(code).toBe(2);
        expect(stderr).toContain('Tous les documents .tutorat de . (1) sont ignorés par les motifs « ignore » de tutorat.json. Pour en vérifier un, nommez son dossier ou son fichier');
    });

    test('a mistaken pattern is a configuration problem of tutorat.json (exit code 2), with its line', async () => {
        const folder = workspaceWith({ 'tutorat.json': '{\n  "ignore": ["!garder"]\n}\n', 'charte.tutorat': DOCUMENT });
        const { code, stdout } = await tutorat(['check'], folder);
        expect(code).toBe(2);
        expect(stdout).toMatch(/^tutorat\.json:2:1 {2}erreur {2}Le motif « !garder » commence par « ! »/m);
    });
});
