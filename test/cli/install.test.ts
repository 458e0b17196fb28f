import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { REPOSITORY } from '../support/cli.js';

// The documented install of the command outside the repository: the packed tarball installed with
// `npm install -g` (offline, into a temporary prefix), then used from a folder of the user's own.

let root: string;
let prefix: string;
let workspace: string;
let install: { status: number | null; output: string };
let tarball: string;

/** What a user's shell would have: the installed command and a Node.js, nothing of the repository. */
function userEnvironment(): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    return { ...env, PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter) };
}

function run(command: string, args: string[], cwd = workspace) {
    const result = spawnSync(command, args, { cwd, env: userEnvironment(), encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tutorat-installation-'));
    prefix = join(root, 'prefixe');
    workspace = join(root, 'mes-documents');
    cpSync(join(REPOSITORY, 'examples'), workspace, { recursive: true });
    // The README's steps: `npm run package --workspace=packages/cli`, then `npm install -g <the file it wrote>`.
    const packed = spawnSync('npm', ['run', '--silent', 'package', '--workspace=packages/cli'], { cwd: REPOSITORY, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    tarball = packed.stdout.trim().split('\n').at(-1)!;
    mkdirSync(prefix);
    // --offline: the tarball carries everything, npm must not need the registry.
    const installed = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: root, env: userEnvironment(), encoding: 'utf8' });
    install = { status: installed.status, output: installed.stdout + installed.stderr };
}, 180_000);

afterAll(() => {
    rmSync(root, { recursive: true, force: true });
});

describe('tutorat installed from its packed tarball', () => {
    test('the tarball is where the README’s install command takes it', () => {
        const documented = /npm install -g (packages\/cli\/dist\/\S+\.tgz)/.exec(readFileSync(join(REPOSITORY, 'README.md'), 'utf8'))![1];
        const pattern = new RegExp(`^${documented.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
        expect(relative(REPOSITORY, tarball)).toMatch(pattern);
    });

    test('installs offline, quietly, with no dependency, and puts `tutorat` on the PATH', () => {
        expect(install.status, install.output).toBe(0);
        expect(install.output).not.toMatch(/EBADENGINE|npm warn|npm error/);
        const installed = join(prefix, 'lib', 'node_modules', '@tutorat', 'cli');
        expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'docs', 'out', 'package.json']);
        expect(run('which', ['tutorat']).stdout.trim()).toBe(join(prefix, 'bin', 'tutorat'));
    });

    test('`tutorat check .` checks the documents of the user’s folder', () => {
        const { code, stdout, stderr } = run('tutorat', ['check', '.']);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).toMatch(/— 8 documents vérifiés\.\n$/);
    });

    test('`tutorat handbook . -o livrets` writes the handbooks', () => {
        const { code, stdout } = run('tutorat', ['handbook', '.', '-o', 'livrets']);
        expect(code).toBe(0);
        expect(stdout).toContain('5 fichier(s) écrit(s) dans « livrets »');
        expect(readdirSync(join(workspace, 'livrets')).sort()).toEqual(['les-tilleuls-amina-sophie.html', 'les-tilleuls-elodie-lea.html', 'les-tilleuls-francois-karim.html', 'les-tilleuls.html', 'modele-cp319.html']);
    });

    test('findings link to the rule pages installed with the command', () => {
        const { stdout } = run('tutorat', ['check', '.', '--format', 'sarif']);
        const links: string[] = JSON.parse(stdout).runs[0].tool.driver.rules.flatMap((rule: { helpUri?: string }) => rule.helpUri ?? []);
        expect(links.length).toBeGreaterThan(40);
        for (const link of links) {
            expect(link.startsWith(`file://${prefix}/`), link).toBe(true);
            expect(existsSync(fileURLToPath(link)), link).toBe(true);
        }
    });

    test('`tutorat lsp --stdio` answers an editor', async () => {
        const server = spawn('tutorat', ['lsp', '--stdio'], { cwd: workspace, env: userEnvironment() });
        const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.listen();
        try {
            const result = await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null }) as { capabilities: Record<string, unknown> };
            expect(result.capabilities).toHaveProperty('hoverProvider');
            await connection.sendRequest('shutdown');
        } finally {
            connection.dispose();
            server.kill();
        }
    });

    test('on a Node.js older than 22 it says, in French, what to install', () => {
        const older = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.19.0"})';
        const { code, stderr } = run(process.execPath, ['--import', older, join(prefix, 'bin', 'tutorat'), 'check', '.']);
        expect(code).toBe(2);
        expect(stderr).toBe('Tutorat demande Node.js 22 ou plus récent ; celui-ci est Node.js 20.19.0. Installez Node.js 22 ou 24 (https://nodejs.org/fr), puis relancez la commande.\n');
    });
});
