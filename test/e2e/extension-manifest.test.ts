import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem, GrammarAST, GrammarUtils, URI } from 'langium';
import { createTutoratServices } from '@tutorat/language';
import { InteropRequests } from '@tutorat/interop';
import { TutoratGrammar } from '../../packages/language/src/generated/grammar.js';
import { PREVIEW_CSP, placeholderPage, withContentSecurityPolicy } from '../../packages/extension/src/extension/commands/preview-html.js';
import { pathsUnder } from '../support/folders.js';
import { REPOSITORY } from './support/vsix.js';

// The extension's manifest and its companion files agree with each other, with the sources and with the language.

const EXTENSION = join(REPOSITORY, 'packages/extension');
const json = (path: string) => JSON.parse(readFileSync(join(EXTENSION, path), 'utf8'));
const manifest = json('package.json');
const sources = pathsUnder(join(EXTENSION, 'src/extension')).map((file) => readFileSync(file, 'utf8')).join('\n');

describe('localisation', () => {
    const nlsKeys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);

    test('every %key% of the manifest is translated in English and in French, and no translation is left over', () => {
        expect(nlsKeys.length).toBeGreaterThan(20);
        for (const file of ['package.nls.json', 'package.nls.fr.json']) {
            expect(Object.keys(json(file)).sort(), file).toEqual([...new Set(nlsKeys)].sort());
        }
    });

    test('every runtime string (vscode.l10n.t) has a French translation that keeps its placeholders', () => {
        const messages = [...sources.matchAll(/l10n\.t\((['"])((?:(?!\1).)*)\1/g)].map((match) => match[2]);
        const french: Record<string, string> = json('l10n/bundle.l10n.fr.json');
        expect(messages.length).toBeGreaterThan(20);
        expect(Object.keys(french).sort()).toEqual([...new Set(messages)].sort());
        for (const [english, translation] of Object.entries(french)) {
            expect(translation.match(/\{\d\}/g)?.sort(), english).toEqual(english.match(/\{\d\}/g)?.sort());
        }
    });
});

describe('manifest', () => {
    test('every contributed command is registered by the extension, and the other way round', () => {
        const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
        const registered = [...sources.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]).sort();
        expect(registered).toEqual(contributed);
    });

    test('@types/vscode is not newer than engines.vscode (vsce refuses it) and the engine\'s Electron brings Node ≥ 22', () => {
        const engine = manifest.engines.vscode.replace(/^\^/, '').split('.').map(Number);
        const types = manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, '').split('.').map(Number);
        expect(types[0] * 1000 + types[1]).toBeLessThanOrEqual(engine[0] * 1000 + engine[1]);
        expect(engine[0] * 1000 + engine[1]).toBeGreaterThanOrEqual(1101);
    });

    test('the manifest names no repository while the project has no public one (never a made-up address)', () => {
        // When the project is published, put its real address here and in `repository`, and drop --allow-missing-repository.
        expect(manifest.repository).toBeUndefined();
        expect(readFileSync(join(EXTENSION, 'scripts/package.mjs'), 'utf8')).toContain('--allow-missing-repository');
    });

    test('the language configuration pairs braces and the three kinds of quotes, and knows both comments', () => {
        const configuration = json('language-configuration.json');
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        const pairs = (list: ({ open: string; close: string } | string[])[]) => list.map((pair) => Array.isArray(pair) ? pair.join('') : pair.open + pair.close);
        for (const pair of ['{}', '""', '«»', '“”']) {
            expect(pairs(configuration.autoClosingPairs)).toContain(pair);
            expect(pairs(configuration.surroundingPairs)).toContain(pair);
        }
    });

    test('double-click selects the same words as the language\'s identifiers (accents, inner hyphens)', () => {
        const wordPattern = new RegExp(json('language-configuration.json').wordPattern, 'g');
        const idRule = TutoratGrammar().rules.find((rule) => GrammarAST.isTerminalRule(rule) && rule.name === 'ID') as GrammarAST.TerminalRule;
        const identifier = new RegExp(GrammarUtils.terminalRegex(idRule).source, 'g');
        const line = 'duo Élodie accompagne Jean-François { réintégration-après-absence, C1-2, tutorés2 } -x y-';
        const words = line.match(wordPattern);
        expect(words).toEqual(['duo', 'Élodie', 'accompagne', 'Jean-François', 'réintégration-après-absence', 'C1-2', 'tutorés2', 'x', 'y']);
        expect(words).toEqual(line.match(identifier));
    });
});

describe('templates (snippets and « new document »)', () => {
    const snippets: Record<string, { prefix: string[]; description: string; body: string[] }> = json('snippets/tutorat.code-snippets');
    /** The text a snippet inserts when every placeholder keeps its default. */
    const expand = (body: string[]) => body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');

    test('there is one per kind of document, described in French, and the command offers exactly these', () => {
        expect(Object.keys(snippets)).toEqual(['Modèle de charte', 'Charte d\'institution', 'Référentiel de compétences', 'Organisation et personnes', 'Duos', 'Parcours de stage', 'Parcours d\'intégration']);
        for (const snippet of Object.values(snippets)) {
            expect(snippet.description).toMatch(/Guide : «/);
        }
        const offered = [...sources.matchAll(/snippet: (['"])((?:(?!\1).)*)\1/g)].map((match) => match[2]);
        expect(offered).toEqual(Object.keys(snippets));
    });

    test.each(Object.keys(snippets))('« %s » inserts a document Tutorat reads without a syntax error', (name) => {
        const { shared } = createTutoratServices({ ...EmptyFileSystem });
        const document = shared.workspace.LangiumDocumentFactory.fromString(expand(snippets[name].body), URI.file('/modele.tutorat'));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors.map((error) => error.message)).toEqual([]);
    });
});

describe('desktop and Web entries', () => {
    test('the manifest names a Node entry and a browser entry; the browser one loads only `vscode`, and ships its Web Worker', () => {
        expect(manifest.main).toBe('./out/extension.cjs');
        expect(manifest.browser).toBe('./out/browser.cjs');
        // VS Code for the Web opens virtual workspaces (a GitHub repository, a test mount): the extension reads them through workspace.fs.
        expect(manifest.capabilities.virtualWorkspaces).toBe(true);
        const browser = readFileSync(join(EXTENSION, 'out/browser.cjs'), 'utf8');
        expect([...new Set([...browser.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))]).toEqual(['vscode']);
        expect(readFileSync(join(EXTENSION, 'out/tutorat-worker.js'), 'utf8')).toEqual(readFileSync(join(REPOSITORY, 'packages/worker/dist/tutorat-worker.js'), 'utf8'));
    });
});

describe('framework import and export requests', () => {
    test('the client takes the requests, formats and size limit from the interop package’s protocol, without its converters', () => {
        // One definition, read by the server and the client: the protocol module holds constants and types only.
        expect(readFileSync(join(REPOSITORY, 'packages/interop/src/protocol.ts'), 'utf8')).not.toMatch(/^import (?!type )/m);
        const client = readFileSync(join(EXTENSION, 'out/extension.cjs'), 'utf8');
        for (const method of Object.values(InteropRequests)) {
            expect(client).toContain(method);
        }
        // The conversions stay in the server: no message of theirs went into the client.
        expect(client).not.toContain('un classeur Excel (.xlsx) ne peut être importé');
    });

    test('export is offered in the editor’s context menu and the palette for Tutorat documents, import on CSV, JSON and XLSX files', () => {
        expect(manifest.contributes.menus['editor/context']).toContainEqual(expect.objectContaining({ command: 'tutorat.exportFramework', when: 'editorLangId == tutorat' }));
        expect(manifest.contributes.menus.commandPalette).toContainEqual(expect.objectContaining({ command: 'tutorat.exportFramework' }));
        const explorer = manifest.contributes.menus['explorer/context'].find((entry: { command: string }) => entry.command === 'tutorat.importFramework');
        const pattern = new RegExp(/=~ \/(.*)\/i$/.exec(explorer.when)![1], 'i');
        expect(['.csv', '.JSON', '.xlsx'].map((extension) => pattern.test(extension))).toEqual([true, true, true]);
        expect(pattern.test('.tutorat')).toBe(false);
    });
});

describe('handbook preview page', () => {
    test('the policy forbids everything but inline styles and data: images', () => {
        expect(PREVIEW_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    });

    test('the policy is the first element of the handbook\'s head, whatever the page looks like', () => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`;
        expect(withContentSecurityPolicy('<!DOCTYPE html><html lang="fr"><head><title>Livret</title></head><body></body></html>'))
            .toBe(`<!DOCTYPE html><html lang="fr"><head>${meta}<title>Livret</title></head><body></body></html>`);
        expect(withContentSecurityPolicy('<html><header>x</header></html>')).toBe(`<html><head>${meta}</head><header>x</header></html>`);
        expect(withContentSecurityPolicy('<p>x</p>')).toContain(`<head>${meta}`);
    });

    test('a placeholder message is escaped', () => {
        expect(placeholderPage('<script>alert(1)</script>')).not.toContain('<script>');
    });
});
