import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPOSITORY, tutorat } from '../support/cli.js';
import { filesUnder, workspaceWith } from './support.js';

/**
 * Nothing in a workspace is executed, and generated files land only inside the chosen folder,
 * whatever the documents and configuration files say.
 */
/** Code that leaves a mark if it is ever run. */
const PAYLOAD = (marker: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'exécuté');\nmodule.exports = { rules: {} };\nexport default {};\n`;
const DOCUMENT = 'institution Tilleuls {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa\n}\n';

describe('nothing in a workspace is executed', () => {
    test('a tutorat.json extending a .js file reads it as JSON (and says it is not), never runs it', async () => {
        const marker = join(tmpdir(), `tutorat-execute-${process.pid}-1`);
        const folder = workspaceWith({ 'tutorat.json': '{ "extends": "./preset.js" }', 'preset.js': PAYLOAD(marker), 'institution.tutorat': DOCUMENT });
        const { code, stdout } = await tutorat(['check', '.', '--format', 'json'], folder);
        expect(existsSync(marker)).toBe(false);
        expect(code).toBe(2);
        const problems = (JSON.parse(stdout).findings as Array<{ ruleId: string; message: string }>).filter((finding) => finding.ruleId === 'configuration');
        expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('preset.js n’est pas un JSON valide')]);
    });

    test('a preset named like a package whose main file is code is not loaded either', async () => {
        const marker = join(tmpdir(), `tutorat-execute-${process.pid}-2`);
        const folder = workspaceWith({
            'tutorat.json': '{ "extends": ["preset-federation", "preset-federation/index.js"] }',
            'node_modules/preset-federation/package.json': '{ "name": "preset-federation", "main": "index.js" }',
            'node_modules/preset-federation/index.js': PAYLOAD(marker),
            'institution.tutorat': DOCUMENT
        });
        const { code, stdout } = await tutorat(['check', 'institution.tutorat', '--format', 'json'], folder);
        expect(existsSync(marker)).toBe(false);
        expect(code).toBe(2);
        const messages = (JSON.parse(stdout).findings as Array<{ ruleId: string; message: string }>).filter((finding) => finding.ruleId === 'configuration').map((finding) => finding.message);
        expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('Le préréglage « preset-federation » (extends) est introuvable'), expect.stringContaining('index.js n’est pas un JSON valide')]));
    });

    test('the packages never start a shell, evaluate code or import a module named at run time', () => {
        const sources = ['language', 'interop', 'handbook', 'cli', 'extension', 'worker', 'web'].flatMap((name) => {
            const folder = join(REPOSITORY, 'packages', name, 'src');
            return filesUnder(folder).filter((file) => file.endsWith('.ts') && !file.startsWith('generated/')).map((file) => ({ file: `${name}/${file}`, text: readFileSync(join(folder, file), 'utf8') }));
        });
        expect(sources.length).toBeGreaterThan(50);
        const dangerous = /\b(exec|execSync|spawn|spawnSync|fork)\s*\(|\bshell\s*:\s*true|\beval\s*\(|new\s+Function\s*\(|\bimport\s*\(\s*[^'"\s)]|\brequire\s*\(\s*[^'"\s)]/m;
        const offenders = sources.filter(({ text }) => dangerous.test(text.replace(/\/\/.*$/gm, '').replace(/\.exec\(/g, '.matches(')));
        expect(offenders.map(({ file }) => file)).toEqual([]);
        // The one program Tutorat starts, the browser that prints --pdf, gets its arguments as a list, without a shell.
        const starters = sources.filter(({ text }) => /from 'node:child_process'/.test(text));
        expect(starters.map(({ file }) => file)).toEqual(['handbook/node/pdf.ts']);
        expect(starters[0].text).toMatch(/execFile\(browser, \[/);
    });
});

describe('generated files stay inside the chosen folder', () => {
    test('hostile names and titles over the CLI: every handbook is a plain file inside -o, nothing else is created', async () => {
        const marker = join(tmpdir(), `tutorat-shell-${process.pid}`);
        const hostile = [`../../../${process.pid}-évasion`, `$(touch ${marker})`, `\`touch ${marker}\``, '/etc/passwd', 'CON', 'nul.txt', '<script>alert(1)</script>', 'a'.repeat(300), '..', '.', '~', 'C:\\Windows\\win.ini'];
        const people = hostile.map((title, index) => `    tutrice T${index} « ${title} »\n    tutorée E${index} « ${title} »\n    duo T${index} accompagne E${index} { période du 01/09/2026 au 31/12/2026 }\n`).join('');
        const folder = workspaceWith({
            'travail/institution.tutorat': `institution ${'Évasion'} « ../../${process.pid}-institution » {\n${people}}\n`,
            'travail/modele.tutorat': `modèle de charte Modèle « ../../../etc/${process.pid}-modèle » {\n}\n`
        });
        const before = filesUnder(folder);
        const { code, stdout, stderr } = await tutorat(['handbook', 'travail', '-o', 'livrets/sortie'], folder);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(existsSync(marker)).toBe(false);
        const created = filesUnder(folder).filter((file) => !before.includes(file) && !file.endsWith('/'));
        expect(created.length).toBe(hostile.length + 2);
        for (const file of created) {
            expect(file).toMatch(/^livrets\/sortie\/[a-z0-9][a-z0-9-]*\.html$/);
        }
        expect(stdout).toContain(`${created.length} fichier(s) écrit(s)`);
        // Nothing escaped above the workspace either.
        expect(readdirSync(join(folder, '..')).filter((name) => name.includes(String(process.pid)))).toEqual([]);
        const html = created.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
        expect(html).not.toContain('<script>alert(1)</script>');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });
});
