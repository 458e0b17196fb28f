import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { URI } from 'langium';
import { ResponseError } from 'vscode-jsonrpc';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBundles } from '../bench/bundles.js';
import { LspClient, positionAt } from '../bench/lsp-client.js';
import { REPOSITORY } from '../support/cli.js';
import { applyEdits, editArbitrary, grammarKeywords } from './support.js';

/**
 * The language server as the extension ships it (bundled from the sources, run as its own process
 * over stdio) keeps answering after a series of random edits: hover, completion, document symbols,
 * formatting and the handbook preview all get an answer (or a cancellation), never an internal
 * error, and the process never exits.
 */
const SEED = 4_052_026;
/** Answers that say "ask again": the document changed under the request. */
const RETRY_CODES = new Set([-32800 /* RequestCancelled */, -32801 /* ContentModified */, -32802 /* ServerCancelled */]);

describe('the language server under random edits', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-lsp-'));
    const files = ['les-tilleuls/duos.tutorat', 'les-tilleuls/organisation.tutorat', 'les-tilleuls/parcours-stage-lea.tutorat', 'les-tilleuls/charte.tutorat'];
    const uri = (file: string) => URI.file(join(folder, file)).toString();
    const original = (file: string) => readFileSync(join(folder, file), 'utf8');
    let server: ChildProcess;
    let client: LspClient;
    let stderr = '';
    let exitCode: number | null | undefined;

    beforeAll(async () => {
        cpSync(join(REPOSITORY, 'examples'), folder, { recursive: true });
        const bundles = mkdtempSync(join(tmpdir(), 'tutorat-server-'));
        const failures = await buildBundles(['server'], bundles);
        expect(failures).toEqual({});
        server = spawn(process.execPath, [join(bundles, 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        server.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
        server.on('exit', (code) => { exitCode = code; });
        client = new LspClient(server.stdout!, server.stdin!);
        await client.initialize({ uri: URI.file(folder).toString(), name: 'exemples' });
        for (const file of files) {
            const first = client.nextDiagnostics(uri(file));
            await client.open(uri(file), original(file));
            await first;
        }
    });

    afterAll(async () => {
        if (exitCode === undefined) {
            await client.shutdown().catch(() => undefined);
        }
        server.kill();
    });

    const counts = { answered: 0, retried: 0 };

    /** A request's outcome: its result, or the code of an acceptable "ask again" error. Any other error fails. */
    async function ask(method: string, params: unknown): Promise<unknown> {
        try {
            const result = await client.request(method, params);
            counts.answered++;
            return result;
        } catch (error) {
            if (error instanceof ResponseError && RETRY_CODES.has(error.code)) {
                counts.retried++;
                return `retry ${error.code}`;
            }
            throw new Error(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    test('every request is answered after each series of edits, and the server stays up', async () => {
        const keywords = grammarKeywords();
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...files), fc.array(editArbitrary(keywords), { minLength: 1, maxLength: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), async (file, series, where) => {
                let text = client.textOf(uri(file))!;
                for (const edits of series) {
                    text = applyEdits(text, edits);
                    // Edits are sent without waiting for the server: requests meet builds in progress.
                    await client.replace(uri(file), text);
                }
                const position = positionAt(text, Math.floor(where * text.length));
                const textDocument = { uri: uri(file) };
                const answers = await Promise.all([
                    ask('textDocument/hover', { textDocument, position }),
                    ask('textDocument/completion', { textDocument, position }),
                    ask('textDocument/documentSymbol', { textDocument }),
                    ask('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }),
                    ask('tutorat/handbook/render', { uri: uri(file) })
                ]);
                expect(answers).toHaveLength(5);
                expect(exitCode).toBeUndefined();
            }),
            { seed: SEED, numRuns: 25, endOnFailure: true }
        );
        // Most requests get a real answer, not only "ask again".
        expect(counts.answered).toBeGreaterThan(counts.retried);
    });

    test('a document of 10,000 opening braces gets its diagnostics and every request an answer', async () => {
        const deep = URI.file(join(folder, 'profond.tutorat')).toString();
        const text = `institution LesTilleuls {\n${'{'.repeat(10_000)}\n`;
        const diagnostics = client.nextDiagnostics(deep);
        await client.open(deep, text);
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
            await ask(method, params);
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument });
        expect(exitCode).toBeUndefined();
    });

    test('back to the original texts, the examples get their usual diagnostics and the server reported no failure', async () => {
        for (const file of files) {
            await client.replace(uri(file), original(file));
        }
        await client.nextDiagnostics(uri(files.at(-1)!));
        await client.quiet(500);
        for (const file of files) {
            expect(client.latest.get(uri(file))!.diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('langage/'))).toEqual([]);
        }
        const symbols = await ask('textDocument/documentSymbol', { textDocument: { uri: uri(files[0]) } });
        expect(Array.isArray(symbols) && symbols.length).toBeGreaterThan(0);
        expect(exitCode).toBeUndefined();
        expect(`${stderr}\n${client.serverErrors.join('\n')}`).not.toMatch(/a échoué|Unhandled|TypeError|RangeError/);
    });
});
