import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { frenchExampleWorkspace, runScript } from './support/run-in-vscode.js';
import { OUTPUT, packageExtension, REPOSITORY } from './support/vsix.js';

// The packaged extension installed into a real VS Code (code-server, driven by chromium): see
// test/e2e/vscode/run-code-server.sh for the machinery and test/e2e/vscode/suite.cjs for the checks.

const SCREENSHOT = join(OUTPUT, 'problems-panel.png');
const CHECKS = [
    'the packaged extension is installed (not a development copy) and activates',
    'a .tutorat file opens in the Tutorat language',
    'a misspelt name gets a French finding whose code is its rule (langage/reference)',
    'a tutor overloaded across files gets tuteur/charge, in French, naming the charter maximum',
    'the Problems panel shows the findings (screenshot)',
    'hover on a keyword explains it',
    'hover on a reference describes the person declared in another file',
    'completion offers keywords and the people of the institution',
    'a quick fix applied through the code action provider removes its finding (duo/entretiens)',
    'each finding offers its rule page, which opens in the Markdown preview',
    '« Check the workspace » counts the findings of every file',
    '« Generate the handbooks » writes nothing while the documents have errors, unless drafts are asked for',
    'a code lens above the framework offers its export',
    '« Export the framework » writes a Moodle CSV and a CASE package',
    '« Import a framework » writes a checked .tutorat from a Moodle CSV and opens it',
    '« Preview the handbook » opens a webview beside the editor',
    'the preview follows the edits (its title follows the institution\'s)',
    '« New document from a template » creates a Tutorat document with the skeleton',
    'the walkthrough\'s sample workspace writes only missing files'
];

let workspace: string;
let run: { code: number | null; output: string };

beforeAll(async () => {
    const vsix = await packageExtension('vscode-test.vsix');
    workspace = mkdtempSync(join(tmpdir(), 'tutorat-workspace-'));
    frenchExampleWorkspace(workspace);
    rmSync(SCREENSHOT, { force: true });
    run = await runScript('test/e2e/vscode/run-code-server.sh', [vsix, join(REPOSITORY, 'test/e2e/vscode/suite.cjs'), workspace, SCREENSHOT]);
}, 600_000);

afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
});

describe('the extension in a real VS Code', () => {
    test('the run succeeds', () => {
        expect(run.output.split('\n').filter((line) => line.startsWith('not ok'))).toEqual([]);
        expect(run.code, run.output).toBe(0);
    });

    test.each(CHECKS)('ok - %s', (name) => {
        expect(run.output.split('\n'), run.output).toContain(`ok - ${name}`);
    });

    test('a screenshot of the editor with its Problems panel is saved', () => {
        expect(existsSync(SCREENSHOT), run.output).toBe(true);
        const png = readFileSync(SCREENSHOT);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        // IHDR: the workbench's viewport, and enough bytes for a real picture rather than a blank page.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 900]);
        expect(png.length).toBeGreaterThan(50_000);
    });
});
