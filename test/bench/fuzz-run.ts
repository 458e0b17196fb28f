import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { fuzzLanguageServer, type FuzzReport } from '../support/lsp-fuzzer.js';
import { grammarKeywords } from '../support/pieces.js';
import { startServer } from './lsp-bench.js';
import { median, round } from './measure.js';

/**
 * The language-server fuzzer of the test suite (test/support/lsp-fuzzer.ts), for much longer: one
 * server, a fixed seed, tens of thousands of edits on the examples with every request type in
 * between. What a long editing day would show: a crash, a request failing, unanswered or answered
 * late (> 5 s), and memory that keeps growing.
 */
export const FUZZ_SEED = 20_261_204;
const OPENED = ['les-tilleuls/duos.tutorat', 'les-tilleuls/organisation.tutorat', 'les-tilleuls/parcours-stage-lea.tutorat', 'les-tilleuls/charte.tutorat'];

export interface FuzzRunResult {
    readonly seed: number;
    readonly edits: number;
    readonly rounds: number;
    readonly minutes: number;
    readonly requests: number;
    readonly requestTypes: number;
    readonly answered: number;
    readonly retried: number;
    readonly refused: number;
    readonly errors: number;
    readonly firstErrors: string[];
    readonly unanswered: number;
    readonly late: number;
    readonly slowestMs: number;
    readonly crashed: string | undefined;
    readonly actions: Record<string, number>;
    /** Resident memory samples (MB), every few dozen rounds. */
    readonly rssMb: number[];
    /** Median resident memory over the second tenth of the run and over the last tenth (MB). */
    readonly rssEarlyMb: number;
    readonly rssLateMb: number;
    readonly rssFlat: boolean;
}

export async function runLongFuzz(serverBundle: string, root: string, edits: number, log: (text: string) => void): Promise<FuzzRunResult> {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-fuzz-long-'));
    cpSync(join(root, 'examples'), folder, { recursive: true });
    const { session } = await startServer(serverBundle, folder);
    const started = performance.now();
    let report: FuzzReport;
    try {
        for (const file of OPENED) {
            const uri = URI.file(join(folder, file)).toString();
            const first = session.client.nextDiagnostics(uri);
            await session.client.open(uri, readFileSync(join(folder, file), 'utf8'));
            await first;
        }
        report = await fuzzLanguageServer(session, grammarKeywords(), {
            seed: FUZZ_SEED,
            edits,
            folder,
            open: OPENED,
            lateMs: 5_000,
            giveUpMs: 60_000,
            sampleEvery: 50,
            progress: (done, current) => {
                if (current.rounds % 1_000 === 0) {
                    log(`fuzz: ${done} edits, ${current.answered} answered, ${current.errors.length} errors, ${current.unanswered.length} unanswered, RSS ${current.rssMb.at(-1)} MB`);
                }
            }
        });
    } finally {
        await session.stop();
        rmSync(folder, { recursive: true, force: true });
    }
    const samples = report.rssMb;
    const tenth = Math.max(1, Math.floor(samples.length / 10));
    // The first tenth is the warm-up (compilation, caches); growth is judged after it.
    const early = median(samples.slice(tenth, 2 * tenth));
    const late = median(samples.slice(-tenth));
    return {
        seed: FUZZ_SEED,
        edits: report.edits,
        rounds: report.rounds,
        minutes: round((performance.now() - started) / 60_000, 1),
        requests: Object.values(report.sent).reduce((sum, count) => sum + count, 0),
        requestTypes: Object.keys(report.sent).length,
        answered: report.answered,
        retried: report.retried,
        refused: report.refused,
        errors: report.errors.length,
        firstErrors: report.errors.slice(0, 5).map((error) => error.slice(0, 400)),
        unanswered: report.unanswered.length,
        late: report.late.length,
        slowestMs: round(report.slowestMs),
        crashed: report.crashed,
        actions: report.actions,
        rssMb: samples,
        rssEarlyMb: early,
        rssLateMb: late,
        rssFlat: late - early <= Math.max(30, early * 0.1)
    };
}
