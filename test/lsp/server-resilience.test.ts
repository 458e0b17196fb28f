import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_FINDINGS_PER_DOCUMENT } from '@tutorat/language';
import { REPOSITORY } from '../support/cli.js';
import { spawnLanguageServer, type ServerProcess } from '../support/lsp-client.js';
import { serverFromSources } from '../support/server-bundle.js';

/**
 * Situations in which the language server used to stop answering: a workspace with more files than
 * the process may open at once, and requests sent right after a configuration change. Each request
 * here must be answered; a test that times out is the regression.
 */
const started: ServerProcess[] = [];
afterAll(async () => {
    await Promise.all(started.map((server) => server.stop()));
});

async function start(folder: string, maxOpenFiles?: number): Promise<ServerProcess> {
    const server = await spawnLanguageServer({ folder, command: await serverFromSources(), maxOpenFiles });
    started.push(server);
    return server;
}

describe('a workspace with more files than the server may open at once', () => {
    test('2,000 documents under a limit of 256 open files: the server reads them all and answers', { timeout: 180_000 }, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-fichiers-'));
        for (let index = 0; index < 2_000; index++) {
            const subfolder = join(folder, `dossier-${index % 20}`);
            mkdirSync(subfolder, { recursive: true });
            writeFileSync(join(subfolder, `personne-${index}.tutorat`), `institution Grande {\n    tutrice P${index}\n}\n`);
        }
        const opened = join(folder, 'duos.tutorat');
        writeFileSync(opened, 'institution Grande {\n    tutorée Léa\n    duo P1999 accompagne Léa { période du 01/09/2026 au 18/12/2026 }\n}\n');
        const server = await start(folder, 256);
        const uri = pathToFileURL(opened).toString();
        const diagnostics = server.client.nextDiagnostics(uri, () => true, 150_000);
        await server.client.open(uri, readFileSync(opened, 'utf8'));
        // P1999 is declared in another file: resolved only if every file was read.
        expect((await diagnostics).diagnostics.filter((diagnostic) => diagnostic.code === 'langage/reference')).toEqual([]);
        const symbols = await server.client.request<unknown[]>('workspace/symbol', { query: 'P1234' });
        expect(symbols.length).toBeGreaterThan(0);
        expect(server.exit()).toBeUndefined();
    });
});

describe('documents that used to exhaust the server', () => {
    test('2,000 declarations of one name: the findings arrive, capped, and the server goes on', { timeout: 120_000 }, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-doublons-'));
        const server = await start(folder);
        const uri = pathToFileURL(join(folder, 'doublons.tutorat')).toString();
        const published = server.client.nextDiagnostics(uri, () => true, 100_000);
        await server.client.open(uri, `institution LesTilleuls {\n${'    tutrice Élodie « Élodie Martin »\n'.repeat(2_000)}}\n`);
        const { diagnostics } = await published;
        expect(diagnostics.length).toBe(MAX_FINDINGS_PER_DOCUMENT);
        expect(diagnostics[0].code).toBe('langage/limite');
        const symbols = await server.client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols.length).toBe(1);
        expect(server.exit()).toBeUndefined();
    });
});

describe('requests right after tutorat.json changed', () => {
    test('workspace/symbol, references and highlights are answered without another message from the editor', { timeout: 120_000 }, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-reveil-'));
        cpSync(join(REPOSITORY, 'examples'), folder, { recursive: true });
        const server = await start(folder);
        const file = join(folder, 'les-tilleuls/duos.tutorat');
        const uri = pathToFileURL(file).toString();
        const text = readFileSync(file, 'utf8');
        const first = server.client.nextDiagnostics(uri);
        await server.client.open(uri, text);
        await first;
        await server.client.quiet(500);
        const offset = text.indexOf('Élodie');
        const position = { line: text.slice(0, offset).split('\n').length - 1, character: offset - text.lastIndexOf('\n', offset) - 1 };
        const configurations = ['{ "rules": { "duo": "info" } }', '{ "rules": { "duo": "warning" } }', '{ "thresholds": { "maxTutees": 3 } }', '{ "thresholds": null }'];
        for (let round = 0; round < 12; round++) {
            const configuration = configurations[round % configurations.length];
            writeFileSync(join(folder, 'tutorat.json'), configuration);
            await server.client.filesChanged([{ uri: pathToFileURL(join(folder, 'tutorat.json')).toString(), type: round === 0 ? 1 : 2 }]);
            // Nothing else is sent until these are answered, as an editor idle after a save.
            const answers = await Promise.all([
                server.client.request('workspace/symbol', { query: 'lodie' }),
                server.client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }),
                server.client.request('textDocument/documentHighlight', { textDocument: { uri }, position })
            ]);
            expect(answers.every((answer) => Array.isArray(answer) && answer.length > 0), JSON.stringify(answers)).toBe(true);
        }
        rmSync(join(folder, 'tutorat.json'));
    });
});
