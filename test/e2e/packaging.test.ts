import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pathsUnder } from '../support/folders.js';
import { packageExtension, REPOSITORY, zipEntries } from './support/vsix.js';

// `npm run package` in packages/extension: a .vsix built offline, without prompts, holding exactly what
// the extension needs at run time.

const EXTENSION = join(REPOSITORY, 'packages/extension');
let entries: string[];


/** The files of a repository folder, as they should appear in the .vsix under `extension/<target>/`. */
function shipped(folder: string, target: string): string[] {
    return pathsUnder(join(REPOSITORY, folder)).map((file) => `extension/${target}/${relative(join(REPOSITORY, folder), file)}`).sort();
}

beforeAll(async () => {
    entries = zipEntries(await packageExtension('packaging-test.vsix'));
}, 240_000);

describe('the packaged extension (.vsix)', () => {
    test('holds the bundles, the manifest and its translations, the language files and the licence', () => {
        expect(entries).toEqual(expect.arrayContaining([
            'extension.vsixmanifest',
            'extension/package.json',
            'extension/package.nls.json',
            'extension/package.nls.fr.json',
            'extension/l10n/bundle.l10n.fr.json',
            'extension/out/extension.cjs',
            'extension/out/server.cjs',
            'extension/out/browser.cjs',
            'extension/out/tutorat-worker.js',
            'extension/language-configuration.json',
            'extension/syntaxes/tutorat.tmLanguage.json',
            'extension/snippets/tutorat.code-snippets',
            'extension/schemas/tutorat.schema.json',
            'extension/icon.png',
            'extension/readme.md',
            'extension/LICENSE.txt'
        ]));
    });

    test('holds every file its manifest refers to', () => {
        const manifest = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8'));
        const contributes = manifest.contributes;
        const referred: string[] = [
            manifest.main, manifest.browser, manifest.icon,
            ...contributes.languages.map((language: { configuration: string }) => language.configuration),
            ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
            ...contributes.snippets.map((snippet: { path: string }) => snippet.path),
            ...contributes.jsonValidation.map((validation: { url: string }) => validation.url),
            ...contributes.walkthroughs.flatMap((walkthrough: { steps: { media: { markdown?: string } }[] }) => walkthrough.steps.map((step) => step.media.markdown!))
        ];
        expect(referred.length).toBeGreaterThan(8);
        for (const path of referred) {
            expect(entries, path).toContain(`extension/${path.replace(/^\.\//, '')}`);
        }
    });

    test('ships the repository\'s rule pages (the server links to them) and its examples (the walkthrough writes them)', () => {
        const inside = (prefix: string) => entries.filter((entry) => entry.startsWith(prefix)).sort();
        expect(inside('extension/docs/rules/')).toEqual(shipped('docs/rules', 'docs/rules'));
        expect(inside('extension/docs/rules/')).toContain('extension/docs/rules/tuteur/charge.md');
        expect(inside('extension/samples/')).toEqual(shipped('examples', 'samples'));
    });

    test('holds nothing else: no sources, tests, node_modules, source maps or build files', () => {
        const allowed = /^(\[Content_Types\]\.xml|extension\.vsixmanifest|extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|readme\.md|LICENSE\.txt|icon\.png|language-configuration\.json|out\/(extension|server|browser)\.cjs|out\/tutorat-worker\.js|l10n\/bundle\.l10n\.[a-z-]+\.json|syntaxes\/[^/]+\.tmLanguage\.json|snippets\/[^/]+\.code-snippets|schemas\/[^/]+\.schema\.json|docs\/rules\/.+\.md|samples\/.+\.(tutorat|json)|walkthrough\/[^/]+\.md))$/;
        expect(entries.filter((entry) => !allowed.test(entry))).toEqual([]);
        expect(entries.filter((entry) => /\/(src|node_modules|test|tests|scripts)\/|\.map$|\.ts$|tsconfig|esbuild/.test(entry))).toEqual([]);
    });

    test('the bundles are minified CommonJS that load `vscode` from the editor and never `vscode-languageserver/node.js`', () => {
        const client = readFileSync(join(EXTENSION, 'out/extension.cjs'), 'utf8');
        const browser = readFileSync(join(EXTENSION, 'out/browser.cjs'), 'utf8');
        const server = readFileSync(join(EXTENSION, 'out/server.cjs'), 'utf8');
        expect(client).toMatch(/require\("vscode"\)/);
        expect(browser).toMatch(/require\("vscode"\)/);
        expect(server).not.toMatch(/require\("vscode"\)/);
        for (const bundle of [client, browser, server]) {
            expect(bundle).not.toMatch(/sourceMappingURL/);
            expect(bundle).not.toMatch(/require\("vscode-languageserver\/node(\.js)?"\)/);
        }
    });
});
