import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { announcement, debianProblem, planSteps, readManifest, readmeBlocks, type Probes } from '../tools/prepare.mjs';

// What the README promises a newcomer — what the set-up installs and fetches, which Node, which commands — against
// what the set-up really does.

const ROOT = new URL('../../', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const MANIFEST = readManifest();
const PREPARE = join(ROOT, 'test/tools/prepare.mjs');
const STALE = 'le tableau des outils du README n’est plus à jour : lancez « npm run docs »';

/** A machine with none of the Debian packages, as root with apt unless told otherwise. */
const bareMachine = (overrides: Partial<Probes> = {}): Probes => ({ isPresent: () => false, isRoot: true, hasApt: true, ...overrides });

function prepare(args: string[], tools: string) {
    const result = spawnSync(process.execPath, [PREPARE, ...args], { encoding: 'utf8', env: { ...process.env, TUTORAT_TOOLS: tools } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the README’s statements about downloads match what the test set-up does', () => {
    test('the README’s table and English summary are the ones made from test/tools/manifest.json', () => {
        const blocks = readmeBlocks(MANIFEST);
        const between = (name: string) => new RegExp(`<!-- test-tools:${name} [^>]*-->\\n([\\s\\S]*?)\\n<!-- /test-tools:${name} -->`).exec(README)?.[1];
        expect(between('fr'), STALE).toBe(blocks.fr);
        expect(between('en'), STALE).toBe(blocks.en);
    });

    test('on a bare machine the set-up announces every entry of that table, with the same sizes, before doing it', () => {
        const steps = planSteps(MANIFEST, mkdtempSync(join(tmpdir(), 'tutorat-outils-')), bareMachine());
        const announced = steps.map((step) => announcement(step, '/outils')).join('\n');
        for (const entry of [...MANIFEST.debian, ...MANIFEST.npm]) {
            const name = 'package' in entry ? entry.package : entry.name.fr;
            const row = README.split('\n').find((line) => line.startsWith(`| ${'package' in entry ? `\`${name}\`` : name} :`));
            expect(row, name).toBeDefined();
            const sizes = [...row!.matchAll(/≈ [\d  ]+ Mo/g)].map((match) => match[0]);
            expect(sizes, name).toHaveLength(2);
            const line = announced.split('\n').find((candidate) => candidate.startsWith(`→ Téléchargement de ${name} `) || candidate.startsWith(`    ${name} : `));
            expect(line, name).toBeDefined();
            expect(line).toContain(entry.why.fr);
            expect(line).toContain(`${sizes[0]} à télécharger, ${sizes[1]} sur le disque`);
        }
    });

    test('the real script, on an empty tools folder, announces the npm tools and downloads nothing when asked only to plan or check', () => {
        const tools = mkdtempSync(join(tmpdir(), 'tutorat-outils-'));
        const plan = prepare(['--plan'], tools);
        expect(plan.code).toBe(0);
        for (const entry of MANIFEST.npm) {
            expect(plan.stdout).toContain(`→ Téléchargement de ${entry.name.fr} depuis le registre npm dans ${join(tools, entry.folder)}`);
        }
        const check = prepare(['--check'], tools);
        expect(check.code).toBe(1);
        expect(check.stderr).toContain('Les outils des tests ne sont pas tous en place :');
        expect(check.stderr).toContain('Lancez « node test/tools/prepare.mjs »');
        const path = prepare(['--path', 'code-server'], tools);
        expect(path.code).toBe(1);
        expect(path.stderr).toContain(`code-server 4.139.1 (VS Code 1.139.1) dans ${join(tools, 'code-server')}`);
        expect(readdirSync(tools)).toEqual([]);
    });

    test('without root or without apt it stops with a French message naming the packages and the command to run', () => {
        const [step] = planSteps(MANIFEST, '/outils', bareMachine());
        expect(debianProblem(step, bareMachine(), '/outils', MANIFEST)).toBeUndefined();
        expect(debianProblem(step, bareMachine({ isRoot: false }), '/outils', MANIFEST)).toEqual([
            'Les tests ont besoin de paquets Debian que cette machine n’a pas : chromium, libkrb5-dev, python3, make, g++.',
            'Seul l’administrateur (root) peut les installer. Lancez, puis relancez « npm test » :',
            '    sudo apt-get install chromium libkrb5-dev python3 make g++'
        ]);
        expect(debianProblem(step, bareMachine({ hasApt: false }), '/outils', MANIFEST)?.join(' ')).toContain('Cette machine n’a pas apt-get');
    });

    test('npm test prepares the tools first; the CI script and the VS Code test install nothing on their own', () => {
        expect(PACKAGE.scripts.test.startsWith('node test/tools/prepare.mjs && ')).toBe(true);
        const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
        expect(ci.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))).toEqual(['set -euo pipefail', 'cd "$(dirname "$0")/.."', 'npm install && npm test']);
        for (const script of readdirSync(join(ROOT, 'test/e2e/vscode')).filter((name) => name.endsWith('.sh'))) {
            expect(readFileSync(join(ROOT, 'test/e2e/vscode', script), 'utf8'), script).not.toMatch(/apt-get|npm (install|i) /);
        }
    });
});

describe('the Node versions the README promises', () => {
    const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string, options: object): boolean; minVersion(range: string): { version: string } };
    const promise: string = PACKAGE.engines.node;
    const lowest = promise.split('||').map((range) => semver.minVersion(range.trim()).version);

    test('the README states the promise of package.json', () => {
        expect(lowest).toEqual(['22.22.0', '24.8.0']);
        expect(README).toContain('**Node.js 22 ou plus récent, avec npm** (à jour : 22.22 ou plus, ou 24.8 ou plus)');
        expect(README).toContain('Node.js 22 or newer (22.22+, or 24.8+');
    });

    test('every package npm installs accepts the lowest promised versions and the project’s own Node: no EBADENGINE there', () => {
        const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
        const ownNode = lock.packages['node_modules/node'].version;
        const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
            .filter(([, entry]) => typeof entry.engines?.node === 'string')
            .flatMap(([path, entry]) => [...lowest, ownNode].filter((version) => !semver.satisfies(version, entry.engines!.node!, { includePrerelease: true })).map((version) => `${path || 'the project'} refuses Node ${version} (${entry.engines!.node})`));
        expect(refusing).toEqual([]);
    });
});

describe('the README’s commands cannot fetch a stranger’s package', () => {
    const commands = [...README.matchAll(/```(?:sh|lua|elisp|toml)\n([\s\S]*?)```/g)].flatMap((match) => match[1].split('\n'));

    test('no npx anywhere, every npm exec refuses to install (--no), package.json’s scripts too', () => {
        // npx appears only where the README warns against it.
        expect(README.match(/npx/g)).toHaveLength(2);
        expect(README).toContain('N’utilisez pas `npx tutorat`');
        expect(README).toContain('Never `npx tutorat`');
        for (const use of README.match(/npm exec[^`\n]*/g) ?? []) {
            expect(use).toMatch(/^npm exec --no -- /);
        }
        expect(Object.values(PACKAGE.scripts).join('\n')).not.toMatch(/\bnpx\b|npm exec(?! --no)/);
    });

    test('the command examples use the installed `tutorat` (editors included)', () => {
        const invocations = commands.filter((line) => /\btutorat (check|rules|handbook|lsp|web|import|export)\b/.test(line));
        expect(invocations.length).toBeGreaterThan(8);
        for (const line of invocations) {
            expect(line, line).toMatch(/^tutorat |cmd = \{ 'tutorat', 'lsp'|\("tutorat" "lsp"/);
        }
        expect(README).toContain('command = "tutorat"\nargs = ["lsp", "--stdio"]');
    });
});
