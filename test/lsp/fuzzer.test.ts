import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPOSITORY } from '../support/cli.js';
import { pathsUnder } from '../support/folders.js';
import { fuzzLanguageServer, offeredRequests, TUTORAT_REQUESTS } from '../support/lsp-fuzzer.js';
import { spawnLanguageServer, type ServerProcess } from '../support/lsp-client.js';
import { serverFromSources } from '../support/server-bundle.js';
import { grammarKeywords } from '../support/pieces.js';

/**
 * The language server as the extension ships it (bundled from the sources, its own process, over
 * stdio) under the fuzzer of test/support/lsp-fuzzer.ts: random incremental edits of several open
 * documents, pastes, close and reopen, files created, changed and deleted on disk, tutorat.json
 * rewritten (valid and invalid), and every request the server offers sent on the unfinished texts.
 * Nothing may fail, stay unanswered or stop the server. (`npm run bench` runs the same fuzzer for
 * 20,000 edits and reports the delays and the memory.)
 */
// TUTORAT_FUZZ_SEED and TUTORAT_FUZZ_EDITS explore further than the suite's fixed session.
const SEED = Number(process.env.TUTORAT_FUZZ_SEED ?? 4_052_026);
const EDITS = Number(process.env.TUTORAT_FUZZ_EDITS ?? 600);
const OPENED = ['les-tilleuls/duos.tutorat', 'les-tilleuls/organisation.tutorat', 'les-tilleuls/parcours-stage-lea.tutorat', 'les-tilleuls/charte.tutorat'];

describe('the language server under the fuzzer', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-fuzz-'));
    const uri = (file: string) => pathToFileURL(join(folder, file)).toString();
    let server: ServerProcess;

    beforeAll(async () => {
        cpSync(join(REPOSITORY, 'examples'), folder, { recursive: true });
        server = await spawnLanguageServer({ folder, command: await serverFromSources() });
        for (const file of OPENED) {
            const first = server.client.nextDiagnostics(uri(file));
            await server.client.open(uri(file), readFileSync(join(folder, file), 'utf8'));
            await first;
        }
    });

    afterAll(async () => {
        await server?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    test('knows how to send every request the server offers', () => {
        const { requests, unknown } = offeredRequests(server.capabilities);
        expect(unknown, 'capacités annoncées par le serveur que le fuzzer n’exerce pas').toEqual([]);
        expect(requests.length).toBeGreaterThanOrEqual(15);
        // Tutorat's own requests are all those the sources register on the connection.
        const registered = pathsUnder(join(REPOSITORY, 'packages')).filter((path) => /\/src\/.*\.ts$/.test(path) && !path.includes('/node_modules/'))
            .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/onRequest\((\w+(?:\.\w+)?)/g)].map((match) => match[1]));
        expect(registered.length).toBe(TUTORAT_REQUESTS.length);
    });

    test('every request is answered, none fails, and the server stays up', { timeout: 600_000 }, async () => {
        const report = await fuzzLanguageServer(server, grammarKeywords(), { seed: SEED, edits: EDITS, folder, open: OPENED });
        expect(report.crashed).toBeUndefined();
        expect(report.errors).toEqual([]);
        expect(report.unanswered).toEqual([]);
        // Every kind of request and of action was exercised, and most requests got a real answer.
        for (const { method } of offeredRequests(server.capabilities).requests) {
            expect(report.sent[method], method).toBeGreaterThan(0);
        }
        expect(Object.keys(report.actions).sort()).toEqual(['collage', 'configuration', 'fermeture', 'fichier créé', 'fichier modifié', 'fichier supprimé', 'modification', 'réglages', 'réouverture']);
        expect(report.answered).toBeGreaterThan(report.retried + report.refused);
    });

    test('a document of 10,000 opening braces gets its diagnostics and every request an answer', async () => {
        const deep = uri('profond.tutorat');
        const text = `institution LesTilleuls {\n${'{'.repeat(10_000)}\n`;
        const diagnostics = server.client.nextDiagnostics(deep);
        await server.client.open(deep, text);
        expect((await diagnostics).diagnostics.some((diagnostic) => diagnostic.code === 'langage/syntaxe')).toBe(true);
        const textDocument = { uri: deep };
        const position = { line: 1, character: 5_000 };
        for (const [method, params] of [
            ['textDocument/foldingRange', { textDocument }],
            ['textDocument/documentSymbol', { textDocument }],
            ['textDocument/semanticTokens/full', { textDocument }],
            ['textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }],
            ['textDocument/hover', { textDocument, position }],
            ['textDocument/completion', { textDocument, position }]
        ] as const) {
            await server.client.request(method, params);
        }
        await server.client.close(deep);
        expect(server.exit()).toBeUndefined();
    });

    test('back to the original texts and configuration, the examples get their usual diagnostics', async () => {
        rmSync(join(folder, 'tutorat.json'), { force: true });
        rmSync(join(folder, 'les-tilleuls/tutorat.json'), { force: true });
        const created = readdirSync(folder).filter((name) => name.startsWith('nouveau-'));
        created.forEach((name) => rmSync(join(folder, name)));
        await server.client.filesChanged([...created, 'tutorat.json', 'les-tilleuls/tutorat.json'].map((file) => ({ uri: uri(file), type: 3 as const })));
        for (const file of OPENED) {
            const original = readFileSync(join(REPOSITORY, 'examples', file), 'utf8');
            if (server.client.isOpen(uri(file))) {
                await server.client.replace(uri(file), original);
            } else {
                await server.client.open(uri(file), original);
            }
        }
        for (const file of OPENED) {
            const diagnostics = await server.client.diagnostics(uri(file), (current) => !current.some((diagnostic) => String(diagnostic.code).startsWith('langage/')), 60_000);
            expect(diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('langage/'))).toEqual([]);
        }
        expect(server.exit()).toBeUndefined();
        expect(`${server.stderr()}\n${server.client.serverErrors.join('\n')}`).not.toMatch(/a échoué|Unhandled|TypeError|RangeError/);
    });
});
