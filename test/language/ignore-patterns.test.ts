import { URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { compileIgnorePattern, readConfiguration, createTutoratServices, format, RULE_IDS } from '@tutorat/language';

// The `ignore` patterns of tutorat.json: how a pattern reads, how mistakes are reported, and how the
// editor's workspace loading leaves ignored files out (the CLI's walk is tested in test/cli/).

const covers = (pattern: string, path: string, isFolder = false) => compileIgnorePattern(pattern)!.covers(path, isFolder);

describe('an ignore pattern', () => {
    test('without a slash, names a file or folder in any folder', () => {
        expect(covers('brouillons', 'brouillons/charte.tutorat')).toBe(true);
        expect(covers('brouillons', 'institution/brouillons/charte.tutorat')).toBe(true);
        expect(covers('brouillons', 'brouillons-2026/charte.tutorat')).toBe(false);
        expect(covers('*.ancien.tutorat', 'institution/duos.ancien.tutorat')).toBe(true);
        expect(covers('*.ancien.tutorat', 'institution/duos.tutorat')).toBe(false);
    });

    test('with a slash, starts at the folder of tutorat.json; `./` and a leading `/` change nothing', () => {
        for (const pattern of ['test/fixtures', './test/fixtures', '/test/fixtures']) {
            expect(covers(pattern, 'test/fixtures/rules/a.tutorat'), pattern).toBe(true);
            expect(covers(pattern, 'autre/test/fixtures/a.tutorat'), pattern).toBe(false);
        }
        expect(covers('/archives', 'archives/a.tutorat')).toBe(true);
        expect(covers('/archives', 'institution/archives/a.tutorat')).toBe(false);
    });

    test('`*` stays within a folder, `**` crosses folders, `?`, `[…]` and `{…}` work as in other tools', () => {
        expect(covers('institutions/*/brouillon.tutorat', 'institutions/tilleuls/brouillon.tutorat')).toBe(true);
        expect(covers('institutions/*/brouillon.tutorat', 'institutions/a/b/brouillon.tutorat')).toBe(false);
        expect(covers('institutions/**/brouillon.tutorat', 'institutions/a/b/brouillon.tutorat')).toBe(true);
        expect(covers('institutions/**/brouillon.tutorat', 'institutions/brouillon.tutorat')).toBe(true);
        expect(covers('archives/**', 'archives/2025/charte.tutorat')).toBe(true);
        expect(covers('duo?.tutorat', 'duo2.tutorat')).toBe(true);
        expect(covers('duo[0-9].tutorat', 'duoA.tutorat')).toBe(false);
        expect(covers('{brouillons,archives}/', 'archives/a.tutorat')).toBe(true);
        expect(covers('charte.tutorat', 'chartextutorat')).toBe(false);
    });

    test('a trailing slash matches folders only; `\\` counts as `/`', () => {
        expect(covers('notes/', 'notes', false)).toBe(false);
        expect(covers('notes/', 'notes', true)).toBe(true);
        expect(covers('notes/', 'notes/a.tutorat')).toBe(true);
        expect(covers('test\\fixtures', 'test/fixtures/a.tutorat')).toBe(true);
    });

    test('mistakes are reported on tutorat.json, in French, with their line', () => {
        const text = '{\n  "ignore": ["brouillons", "!garder.tutorat", "../ailleurs", "", 3]\n}\n';
        const { problems } = readConfiguration('/p/tutorat.json', text, RULE_IDS);
        expect(problems.map((problem) => format(problem.message.fr, problem.params))).toEqual([
            expect.stringMatching(/^Le motif « !garder\.tutorat » commence par « ! » : Tutorat ne sait pas réintégrer/),
            expect.stringMatching(/^Le motif « \.\.\/ailleurs » remonte hors du dossier de tutorat\.json/),
            expect.stringMatching(/^Un motif vide/),
            expect.stringMatching(/^Le motif « 3 » de « ignore » doit être un texte/)
        ]);
        expect(problems.every((problem) => problem.line === 1)).toBe(true);
        const notAList = readConfiguration('/p/tutorat.json', '{ "ignore": "brouillons" }', RULE_IDS).problems;
        expect(notAList.map((problem) => problem.message.fr)).toEqual([expect.stringContaining('doit être une liste de motifs')]);
    });
});

describe('the editor’s workspace', () => {
    test('leaves out the files the patterns of every tutorat.json above them name, unless the workspace folder is inside', async () => {
        const fileSystem = new VirtualFileSystemProvider();
        const files: Record<string, string> = {
            'tutorat.json': '{ "ignore": ["test/", "brouillons"] }',
            'examples/charte.tutorat': 'institution A {}',
            'examples/brouillons/vieux.tutorat': 'institution B {}',
            'test/fixtures/cas.tutorat': 'institution C {}',
            'test/fixtures/tutorat.json': '{ "ignore": ["*.faux.tutorat"] }',
            'test/fixtures/cas.faux.tutorat': 'institution D {}'
        };
        for (const [name, text] of Object.entries(files)) {
            fileSystem.insert(URI.file(`/depot/${name}`), text);
        }
        const loaded = async (folder: string) => {
            const { shared } = createTutoratServices({ fileSystemProvider: () => fileSystem });
            const workspaceFolders = [{ uri: URI.file(folder).toString(), name: 'espace' }];
            shared.workspace.WorkspaceManager.initialize({ workspaceFolders, capabilities: {}, processId: null, rootUri: null });
            await shared.workspace.WorkspaceManager.initializeWorkspace(workspaceFolders);
            return shared.workspace.LangiumDocuments.all.map((document) => document.uri.path).toArray().sort();
        };
        expect(await loaded('/depot')).toEqual(['/depot/examples/charte.tutorat']);
        // A workspace opened on an ignored folder asks for it: the root's `test/` does not apply, the nearer file's pattern does.
        expect(await loaded('/depot/test/fixtures')).toEqual(['/depot/test/fixtures/cas.tutorat']);
    });
});
