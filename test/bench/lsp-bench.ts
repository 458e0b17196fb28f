import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { listDocuments } from './files.js';
import { PROBE } from './generate.js';
import { positionAt, spawnLanguageServer, type Published, type ServerProcess } from '../support/lsp-client.js';
import { percentile, round } from './measure.js';

/**
 * Language-server measurements, on a real server process (the extension's bundle, `--stdio`):
 *
 * - start-up: from spawning the server to the diagnostics of the document opened right after
 *   `initialized` (what the user waits for), and to diagnostics published for every document of the
 *   workspace. Langium's initial build only parses and links; opening the first document triggers
 *   the validation of all documents (the opened one first), so "all" ends when every document's
 *   diagnostics have arrived.
 * - keystroke to diagnostics: `didChange` sent → `publishDiagnostics` of the document that must
 *   change. Edits are sent one at a time, each once the server has been silent for {@link QUIET_MS}
 *   (the previous edit's work is done), like someone typing a word at a time.
 */
const QUIET_MS = 300;

export interface LatencySummary {
    readonly edits: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly maxMs: number;
}

export type ServerSession = ServerProcess;

export async function startServer(serverBundle: string, folder: string, options: { maxOpenFiles?: number } = {}): Promise<{ session: ServerSession; initializedMs: number }> {
    // TUTORAT_BENCH_SERVER_PROFILE=<folder> writes a CPU profile of each server (node --cpu-prof).
    const profile = process.env.TUTORAT_BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.TUTORAT_BENCH_SERVER_PROFILE}`] : [];
    // TUTORAT_BENCH_SERVER_FLAGS="--flag …" passes Node/V8 options to the server (to try memory settings).
    const flags = process.env.TUTORAT_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
    const session = await spawnLanguageServer({ folder, command: [process.execPath, ...profile, ...flags, serverBundle, '--stdio'], maxOpenFiles: options.maxOpenFiles });
    return { session, initializedMs: session.initializedMs };
}

export interface StartupResult {
    readonly documents: number;
    readonly initializeMs: number;
    readonly openedDiagnosticsMs: number;
    readonly allDiagnosticsMs: number;
    /** Peak resident memory of the server once every document has its diagnostics. */
    readonly peakRssMb: number;
}

/** Starts a server on `folder`, opens `opened`, and waits for the diagnostics of every document. */
export async function measureStartup(serverBundle: string, folder: string, opened: string): Promise<{ session: ServerSession; result: StartupResult }> {
    const all = new Set(listDocuments(folder).map((file) => URI.file(file).toString()));
    const { session, initializedMs } = await startServer(serverBundle, folder);
    const openedUri = URI.file(opened).toString();
    const allDone = new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 180_000;
        const check = setInterval(() => {
            if ([...all].every((uri) => session.client.latest.has(uri))) {
                clearInterval(check);
                resolve(Math.max(...[...all].map((uri) => session.client.latest.get(uri)!.at)));
            } else if (performance.now() > deadline) {
                clearInterval(check);
                const missing = [...all].filter((uri) => !session.client.latest.has(uri));
                reject(new Error(`not every document got diagnostics (${missing.length} without: ${missing.slice(0, 3).join(', ')}; server errors: ${session.client.serverErrors.slice(0, 3).join(' | ') || 'none'}): ${session.stderr()}`));
            }
        }, 20);
    });
    // Awaited below; a failure before then must not become an unhandled rejection.
    allDone.catch(() => undefined);
    let openedAt: number;
    let allAt: number;
    try {
        const openedDiagnostics = session.client.nextDiagnostics(openedUri, () => true, 180_000);
        await session.client.open(openedUri, readFileSync(opened, 'utf8'));
        openedAt = (await openedDiagnostics).at;
        allAt = await allDone;
        await session.client.quiet(QUIET_MS);
    } catch (error) {
        await session.stop();
        throw new Error(`${error instanceof Error ? error.message : String(error)} — ${session.stderr().slice(-1000)}`);
    }
    return {
        session,
        result: {
            documents: all.size,
            initializeMs: round(initializedMs),
            openedDiagnosticsMs: round(openedAt - session.spawnedAt),
            allDiagnosticsMs: round(allAt - session.spawnedAt),
            peakRssMb: round(session.memoryMb().peak)
        }
    };
}

/**
 * Typing in a text: `edits` times, alternately inserts a letter inside the first « … » text at or
 * after `marker` and deletes it again; each time waits for the document's new diagnostics.
 */
export async function measureTyping(session: ServerSession, file: string, marker: RegExp, edits: number): Promise<LatencySummary> {
    const uri = URI.file(file).toString();
    const client = session.client;
    if (client.textOf(uri) === undefined) {
        const first = client.nextDiagnostics(uri);
        await client.open(uri, readFileSync(file, 'utf8'));
        await first;
        await client.quiet(QUIET_MS);
    }
    const text = client.textOf(uri)!;
    const found = marker.exec(text);
    if (!found) {
        throw new Error(`${marker} not found in ${file}`);
    }
    const offset = text.indexOf('«', found.index) + 2;
    const position = positionAt(text, offset);
    const latencies: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
        const insert = edit % 2 === 0;
        const range = insert ? { start: position, end: position } : { start: position, end: { line: position.line, character: position.character + 1 } };
        const next = client.nextDiagnostics(uri);
        const sentAt = performance.now();
        await client.change(uri, range, insert ? 'x' : '');
        latencies.push((await next).at - sentAt);
        await client.quiet(QUIET_MS);
    }
    return summarize(latencies);
}

/**
 * A cross-file finding: alternately adds, in the (open) file `edited`, a duo that gives the probe
 * tutor a third simultaneous tutee, and removes it; each time waits until the `tuteur/charge` finding
 * has appeared in (or gone from) the diagnostics of `other`, the file of the tutor's first two duos.
 */
export async function measureCrossFile(session: ServerSession, institutionFolder: string, edits: number): Promise<LatencySummary & { appearMs: LatencySummary; disappearMs: LatencySummary }> {
    const client = session.client;
    const edited = URI.file(join(institutionFolder, PROBE.editedFile)).toString();
    const other = URI.file(join(institutionFolder, PROBE.duosFile)).toString();
    const hasCharge = (published: Published) => published.diagnostics.some((diagnostic) => diagnostic.code === 'tuteur/charge');
    if (client.latest.get(other) && hasCharge(client.latest.get(other)!)) {
        throw new Error('the probe tutor is already overloaded before the edit');
    }
    const first = client.nextDiagnostics(edited);
    await client.open(edited, readFileSync(join(institutionFolder, PROBE.editedFile), 'utf8'));
    await first;
    await client.quiet(QUIET_MS);
    const text = client.textOf(edited)!;
    const position = positionAt(text, text.lastIndexOf('}'));
    const lines = PROBE.addedDuo.split('\n').length - 1;
    const appear: number[] = [];
    const disappear: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
        const add = edit % 2 === 0;
        const expected = client.nextDiagnostics(other, (published) => hasCharge(published) === add);
        const sentAt = performance.now();
        if (add) {
            await client.change(edited, { start: position, end: position }, PROBE.addedDuo);
        } else {
            await client.change(edited, { start: position, end: { line: position.line + lines, character: 0 } }, '');
        }
        (add ? appear : disappear).push((await expected).at - sentAt);
        await client.quiet(QUIET_MS);
    }
    return { ...summarize([...appear, ...disappear]), appearMs: summarize(appear), disappearMs: summarize(disappear) };
}

function summarize(latencies: readonly number[]): LatencySummary {
    return { edits: latencies.length, p50Ms: round(percentile(latencies, 50), 1), p95Ms: round(percentile(latencies, 95), 1), maxMs: round(Math.max(...latencies), 1) };
}
