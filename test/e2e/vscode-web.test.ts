import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readZip } from '../../packages/web/src/files/zip.js';
import { frenchExampleWorkspace, runScript } from './support/run-in-vscode.js';
import { packageExtension, REPOSITORY } from './support/vsix.js';

// The packaged extension, unpacked, run from its Web entry in a real VS Code for the Web (VS Code OSS 1.137 served by
// @vscode/test-web, in Debian's chromium), on a copy of the example workspace mounted as a virtual file system: see
// test/e2e/vscode-web/run-test-web.sh for the machinery and test/e2e/vscode-web/suite.cjs for the checks.

const CHECKS = [
    'the Web extension (browser entry) activates in VS Code for the Web, on a virtual workspace',
    'cross-file findings: the duo of duos.tutorat is checked against the people of organisation.tutorat, in French',
    'files never opened are checked too (the whole folder is read through workspace.fs)',
    'tutorat.json is honoured, and a change to it (edited and saved in the editor) applies at once',
    'hover on a reference describes the person declared in another file',
    'completion offers keywords and the people of the institution',
    'a quick fix applied through the code action provider removes its finding (duo/entretiens)',
    'formatting re-indents a document',
    '« Preview the handbook » renders the institution\'s handbook in a webview beside the editor',
    '« Generate the handbooks » writes them into the workspace through workspace.fs',
    '« New document from a template » creates a Tutorat document with the skeleton',
    'the walkthrough\'s sample workspace writes only missing files, read from the extension on the Web',
    'each finding offers its rule page, which opens in the Markdown preview'
];

let folder: string;
let run: { code: number | null; output: string };

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tutorat-web-extension-'));
    const extension = join(folder, 'extension');
    const archive = await readZip(readFileSync(await packageExtension('vscode-web-test.vsix')));
    for (const entry of archive.entries.filter((candidate) => candidate.name.startsWith('extension/') && !candidate.name.endsWith('/'))) {
        const target = join(folder, entry.name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, entry.data);
    }
    const workspace = join(folder, 'workspace');
    frenchExampleWorkspace(workspace);
    run = await runScript('test/e2e/vscode-web/run-test-web.sh', [extension, join(REPOSITORY, 'test/e2e/vscode-web/suite.cjs'), workspace]);
}, 600_000);

afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
});

describe('the Web extension in a real VS Code for the Web', () => {
    const lines = () => run.output.split('\n').filter((line) => line.startsWith('TEST ')).map((line) => line.slice('TEST '.length));

    test('the run succeeds', () => {
        expect(lines().filter((line) => line.startsWith('not ok'))).toEqual([]);
        expect(run.code, run.output.split('\n').filter((line) => !/ENOPRO|Unable to read file|Ignoring fetching|Creation of workbench/.test(line)).join('\n')).toBe(0);
    });

    test.each(CHECKS)('ok - %s', (name) => {
        expect(lines(), run.output).toContain(`ok - ${name}`);
    });
});
