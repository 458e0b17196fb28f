import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { startWebServer } from '../../packages/cli/src/web/server.js';
import { cursorAfter } from '../web/support.js';
import type { LatencySummary } from './lsp-bench.js';
import { median, percentile, round } from './measure.js';

// « Tutorat en ligne » measured in Debian's Chromium: what it ships, how long the example's findings take to appear
// from the first request, and how long a keystroke takes to come back as findings (in the page: from the key event to
// the worker's publishDiagnostics for that document).
//
// Each load has a fresh profile (a new browser context: nothing cached, nothing stored) in a window that is already
// open, as a user's is: Chromium starts each new window's own pages (its address bar's suggestion list is a web page,
// ≈ 1.5 s of CPU), which on two cores took half the machine from the page being measured. The load waits until the
// browser is idle; a few loads are also measured the old way, the page opened with its window, and reported beside.

export interface BrowserResults {
    readonly files: number;
    readonly totalBytes: number;
    readonly totalGzipBytes: number;
    /** What the page itself loads before the findings appear (the service worker then keeps the rest). */
    readonly firstLoadBytes: number;
    readonly firstLoadGzipBytes: number;
    readonly largest: Array<{ file: string; bytes: number; gzipBytes: number }>;
    readonly loadToDiagnosticsMs: { runs: number[]; median: number };
    /** The same, the page opened at once in a new window (Chromium's own start-up of the window competing with it). */
    readonly loadWithNewWindowMs: { runs: number[]; median: number };
    readonly typing: LatencySummary;
    /** The machine's load average (1 min) when the measurement started and ended: other sessions share it. */
    readonly loadAverage: readonly [number, number];
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The example's Tutorat documents: all of them are checked and published at start. */
const EXAMPLE_DOCUMENTS = 8;
const QUIET_MS = 300;

/** Records, in the page, each key press and each findings notification the language server's worker sends. */
const PROBE = () => {
    const probe = { keys: [] as number[], published: [] as Array<[number, string]> };
    (window as unknown as { probe: typeof probe }).probe = probe;
    const Original = window.Worker;
    window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            this.addEventListener('message', (event: MessageEvent) => {
                if (event.data?.method === 'textDocument/publishDiagnostics') {
                    probe.published.push([performance.now(), event.data.params.uri]);
                }
            });
        }
    };
    document.addEventListener('keydown', () => probe.keys.push(performance.now()), true);
};

export async function measureBrowser(application: string, options: { loads: number; newWindowLoads: number; edits: number }): Promise<BrowserResults> {
    const loadAtStart = round(loadavg()[0], 2);
    const sizes = measureSizes(application);
    const server = await startWebServer({ application, port: 0 });
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const cdp = await browser.newBrowserCDPSession();
    try {
        const newWindowRuns: number[] = [];
        for (let run = 0; run < options.newWindowLoads; run++) {
            const { page } = await freshPage(browser);
            await page.goto(origin + '/');
            newWindowRuns.push(await untilAllFindings(page));
            await page.context().close();
        }
        const runs: number[] = [];
        let loaded = new Set<string>();
        for (let run = 0; run < options.loads; run++) {
            // A new profile each time: the first visit, nothing kept by the browser.
            const { page, requested } = await freshPage(browser);
            await untilIdle(cdp);
            await page.goto(origin + '/');
            runs.push(await untilAllFindings(page));
            loaded = requested;
            if (run < options.loads - 1) {
                await page.context().close();
            } else {
                const typing = await measureTyping(page, options.edits);
                await page.context().close();
                const firstLoad = [...loaded].map((path) => sizes.byFile.get(path)).filter((entry) => entry !== undefined);
                return {
                    files: sizes.byFile.size, totalBytes: sizes.totalBytes, totalGzipBytes: sizes.totalGzipBytes,
                    firstLoadBytes: firstLoad.reduce((sum, entry) => sum + entry.bytes, 0),
                    firstLoadGzipBytes: firstLoad.reduce((sum, entry) => sum + entry.gzipBytes, 0),
                    largest: [...sizes.byFile].sort((a, b) => b[1].gzipBytes - a[1].gzipBytes).slice(0, 4).map(([file, entry]) => ({ file, ...entry })),
                    loadToDiagnosticsMs: { runs: runs.map((value) => round(value)), median: round(median(runs)) },
                    loadWithNewWindowMs: { runs: newWindowRuns.map((value) => round(value)), median: round(median(newWindowRuns)) },
                    typing,
                    loadAverage: [loadAtStart, round(loadavg()[0], 2)]
                };
            }
        }
        throw new Error('no run');
    } finally {
        await browser.close();
        server.close();
    }

    async function freshPage(from: Browser): Promise<{ page: Page; requested: Set<string> }> {
        const context = await from.newContext({ locale: 'fr-BE', viewport: { width: 1400, height: 900 } });
        const requested = new Set<string>();
        context.on('request', (request) => {
            const url = new URL(request.url());
            if (url.origin === origin && !request.serviceWorker()) {
                requested.add(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
            }
        });
        await context.addInitScript(PROBE);
        return { page: await context.newPage(), requested };
    }
}

/** From the start of the navigation to the findings of every document of the example, read in the page. */
function untilAllFindings(page: Page): Promise<number> {
    return page.evaluate(async (count) => {
        const probe = (window as unknown as { probe: { published: Array<[number, string]> } }).probe;
        while (new Set(probe.published.map(([, uri]) => uri)).size < count) {
            await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return probe.published.find((_, index) => new Set(probe.published.slice(0, index + 1).map(([, uri]) => uri)).size >= count)![0];
    }, EXAMPLE_DOCUMENTS);
}

/** Waits until Chromium (all its processes) has used under a fifth of a core for a quarter of a second, at most 10 s. */
async function untilIdle(cdp: CDPSession): Promise<void> {
    const cpuSeconds = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
    const start = Date.now();
    let before = await cpuSeconds();
    while (Date.now() - start < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const now = await cpuSeconds();
        if (now - before < 0.05) {
            return;
        }
        before = now;
    }
}

/** One letter typed in a text of duos.tutorat at a time; the next once the server has been quiet for a while. */
async function measureTyping(page: Page, edits: number): Promise<LatencySummary> {
    await page.locator('.file-list button.file', { hasText: 'les-tilleuls/duos.tutorat' }).click();
    await page.locator('#editeur .cm-content').click();
    // Inside the first text of the document (a comment would not be checked): after « Duos … ».
    await cursorAfter(page, 'activités «');
    await page.keyboard.press('ArrowRight');
    const latencies: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
        await waitQuiet(page);
        const before = await page.evaluate(() => (window as unknown as { probe: { published: unknown[] } }).probe.published.length);
        await page.keyboard.type(edit % 2 === 0 ? 'x' : ' ');
        latencies.push(await page.evaluate(async (count) => {
            const probe = (window as unknown as { probe: { keys: number[]; published: Array<[number, string]> } }).probe;
            const pressed = probe.keys[probe.keys.length - 1];
            for (;;) {
                const next = probe.published.slice(count).find(([at, uri]) => at > pressed && uri.endsWith('/duos.tutorat'));
                if (next) {
                    return next[0] - pressed;
                }
                await new Promise((resolve) => setTimeout(resolve, 2));
            }
        }, before));
    }
    return { edits, p50Ms: round(percentile(latencies, 50), 1), p95Ms: round(percentile(latencies, 95), 1), maxMs: round(Math.max(...latencies), 1) };
}

async function waitQuiet(page: Page): Promise<void> {
    await page.evaluate(async (quiet) => {
        const probe = (window as unknown as { probe: { published: Array<[number, string]> } }).probe;
        for (;;) {
            const last = probe.published[probe.published.length - 1]?.[0] ?? 0;
            if (performance.now() - last >= quiet) {
                return;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
        }
    }, QUIET_MS);
}

function measureSizes(application: string): { byFile: Map<string, { bytes: number; gzipBytes: number }>; totalBytes: number; totalGzipBytes: number } {
    const byFile = new Map<string, { bytes: number; gzipBytes: number }>();
    const visit = (folder: string) => {
        for (const entry of readdirSync(folder)) {
            const path = join(folder, entry);
            if (statSync(path).isDirectory()) {
                visit(path);
            } else {
                const content = readFileSync(path);
                byFile.set(relative(application, path).split('\\').join('/'), { bytes: content.length, gzipBytes: gzipSync(content).length });
            }
        }
    };
    visit(application);
    const values = [...byFile.values()];
    return { byFile, totalBytes: values.reduce((sum, entry) => sum + entry.bytes, 0), totalGzipBytes: values.reduce((sum, entry) => sum + entry.gzipBytes, 0) };
}
