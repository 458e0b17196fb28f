import { existsSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_WORKSPACES, generateWorkspace, measureWorkspace } from './generate.js';
import { listDocuments, writeWorkspace } from './files.js';
import { runLongFuzz } from './fuzz-run.js';
import { measureBrowser } from './browser-bench.js';
import { measureCrossFile, measureStartup, measureTyping, type LatencySummary } from './lsp-bench.js';
import { measurePathological, PATHOLOGICAL_INPUTS } from './pathological.js';
import { median, round, runChild, runTimedProcess, type ChildResult } from './measure.js';
import { updateBrowserSection, writeReport, type BenchResults, type Target } from './report.js';

export interface RunOptions {
    readonly root: string;
    readonly bundles: string;
    readonly quick: boolean;
    /** Only one group: check, lsp (or lsp-large, lsp-single), handbook, drafting, pathological, fuzz, browser. */
    readonly only?: string;
}

const LARGE = 'fichiers-1000';
/** Edits of the long fuzzer run (`npm run bench`); the test suite runs the same fuzzer for a few hundred. */
const FUZZ_EDITS = 20_000;
const SINGLE_FILE = 'fichier-5000-lignes';

export async function runBenchmarks(options: RunOptions): Promise<void> {
    const failures = JSON.parse(process.env.TUTORAT_BENCH_BUNDLE_FAILURES ?? '{}') as Record<string, string>;
    const folder = (name: string) => join(options.root, 'test/bench/.generated/workspaces', name);
    const bundle = (name: string) => join(options.bundles, name);
    const repetitions = options.quick ? 1 : 3;
    const edits = options.quick ? 10 : 60;
    const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);

    const results: BenchResults = { machine: describeMachine(), date: new Date().toISOString(), workspaces: {}, check: {}, lsp: {}, handbook: {}, pathological: [], notes: [], targets: [] };
    for (const [name, spec] of Object.entries(BENCH_WORKSPACES)) {
        const files = generateWorkspace(spec);
        writeWorkspace(folder(name), files);
        results.workspaces[name] = measureWorkspace(files);
    }
    for (const [name, reason] of Object.entries(failures)) {
        results.notes.push(`Le paquet « ${name} » n’a pas pu être construit : ${reason}`);
    }

    if (!options.only || options.only === 'check') {
        for (const name of Object.keys(BENCH_WORKSPACES)) {
            log(`check ${name}`);
            const lines = results.workspaces[name].lines;
            const runs = (mode: string) => Array.from({ length: repetitions }, () => runChild(bundle('check.mjs'), [mode, folder(name)]));
            const check = runs('check');
            const baseline = runs('baseline');
            const phases = runChild(bundle('check.mjs'), ['phases', folder(name)]);
            const checkMs = median(check.map((run) => Number(run.wallMs)));
            const baselineMs = median(baseline.map((run) => Number(run.wallMs)));
            const process = failures.cli ? undefined : runTimedProcess([globalThis.process.execPath, bundle('cli.mjs'), 'check', '.', '--format', 'json'], folder(name));
            results.check[name] = {
                inProcess: { runsMs: check.map((run) => round(Number(run.wallMs))), medianMs: round(checkMs), cpuMs: round(median(check.map((run) => Number(run.cpuMs)))), linesPerSecond: round(lines / (checkMs / 1000)), maxRssMb: round(Math.max(...check.map((run) => Number(run.checkRssMb ?? run.maxRssMb)))), findings: Number(check[0].findings), syntaxErrors: Number(check[0].syntaxErrors) },
                baseline: { runsMs: baseline.map((run) => round(Number(run.wallMs))), medianMs: round(baselineMs), cpuMs: round(median(baseline.map((run) => Number(run.cpuMs)))), maxRssMb: round(Math.max(...baseline.map((run) => Number(run.maxRssMb)))) },
                ratio: round(checkMs / baselineMs, 2),
                phases: pick(phases, ['servicesMs', 'parseMs', 'linkMs', 'validateMs']),
                process: process && { wallMs: round(process.wallMs), maxRssMb: round(process.maxRssMb), exitCode: process.exitCode }
            };
        }
    }

    const wants = (group: string) => !options.only || options.only === group;
    /** A measurement that fails (a server that never answers…) becomes a note; the others still run. */
    const attempt = async (what: string, measure: () => Promise<void>) => {
        try {
            await measure();
        } catch (error) {
            log(`${what} failed: ${String(error)}`);
            results.notes.push(`${what} : la mesure a échoué (${error instanceof Error ? error.message.slice(0, 500) : String(error)}).`);
        }
    };
    if ((wants('lsp') || wants('lsp-large')) && !failures.server) await attempt('Serveur sur 1 000 fichiers', async () => {
        const large = folder(LARGE);
        const institution = join(large, 'institutions/grandréseau');
        const peopleFile = listDocuments(join(institution, 'personnes'))[0];
        log('lsp start-up');
        const { session, result: startup } = await measureStartup(bundle('server.cjs'), large, peopleFile);
        results.lsp.startup = startup;
        log(JSON.stringify(startup));
        log('lsp keystroke (a)');
        results.lsp.typingInPeopleFile = await measureTyping(session, peopleFile, /^\s+(tuteur|tutrice|tutoré|tutorée) \S+ «/m, edits);
        log(JSON.stringify(results.lsp.typingInPeopleFile));
        log('lsp keystroke (c)');
        results.lsp.crossFileFinding = await measureCrossFile(session, institution, edits);
        log(JSON.stringify(results.lsp.crossFileFinding));
        log('lsp keystroke in the organisation file');
        results.lsp.typingInOrganisation = await measureTyping(session, join(institution, 'organisation.tutorat'), /^\s+service \S+ «/m, options.quick ? 4 : 20);
        log(JSON.stringify(results.lsp.typingInOrganisation));
        results.lsp.largeWorkspaceRssMb = round(session.memoryMb().peak);
        await session.stop();
    });
    if ((wants('lsp') || wants('lsp-single')) && !failures.server) await attempt('Serveur sur le fichier de 5 000 lignes', async () => {
        log('lsp keystroke (b)');
        const single = folder(SINGLE_FILE);
        const bigFile = listDocuments(single).find((file) => file.includes('/institutions/'))!;
        const big = await measureStartup(bundle('server.cjs'), single, bigFile);
        results.lsp.singleFileStartup = big.result;
        results.lsp.typingInLargeFile = await measureTyping(big.session, bigFile, /^\s+parcours \S+ «/m, edits);
        log(JSON.stringify(results.lsp.typingInLargeFile));
        results.lsp.singleFileRssMb = round(big.session.memoryMb().peak);
        await big.session.stop();
    });

    if ((!options.only || options.only === 'drafting') && !failures.drafting) await attempt('Rédaction', async () => {
        log('drafting');
        const drafting = runChild(bundle('drafting.mjs'), [`--root=${options.root}`, '--json']);
        results.drafting = { figures: drafting.figures as unknown as Record<string, unknown>, section: String(drafting.section) };
    });

    if (!options.only || options.only === 'handbook') {
        log('handbook');
        if (failures.handbook) {
            results.handbook = { pending: failures.handbook };
        } else {
            const single = folder(SINGLE_FILE);
            const out = join(options.root, 'test/bench/.generated/livrets');
            results.handbook = runChild(bundle('handbook.mjs'), [single, out]) as BenchResults['handbook'];
        }
    }

    if (wants('pathological') && !failures.server && !failures.cli) {
        for (const input of PATHOLOGICAL_INPUTS) {
            await attempt(`Entrée pathologique ${input.name}`, async () => {
                results.pathological.push(await measurePathological(input, join(options.root, 'test/bench/.generated/pathological', input.name), { cli: bundle('cli.mjs'), server: bundle('server.cjs') }, options.root, log));
            });
        }
    }

    if (wants('fuzz') && !failures.server) await attempt('Fuzzer long du serveur', async () => {
        results.fuzz = await runLongFuzz(bundle('server.cjs'), options.root, options.quick ? 2_000 : FUZZ_EDITS, log);
        log(JSON.stringify({ ...results.fuzz, rssMb: undefined }));
    });

    if (wants('browser')) await attempt('Navigateur', async () => {
        log('browser');
        results.browser = await measureBrowser(join(options.root, 'packages/web/dist'), { loads: options.quick ? 2 : 7, newWindowLoads: options.quick ? 1 : 3, edits: options.quick ? 10 : 40 });
        log(JSON.stringify(results.browser));
    });

    results.targets = evaluateTargets(results);
    // Only a complete run may replace the report: a partial or quick one prints its figures only.
    if (!options.only && !options.quick) {
        writeReport(join(options.root, 'BENCHMARKS.md'), results, readAnalysis(options.root));
    } else if (options.only === 'browser' && !options.quick && results.browser) {
        updateBrowserSection(join(options.root, 'BENCHMARKS.md'), results, readAnalysis(options.root));
        log('browser run: only the « Navigateur » section of BENCHMARKS.md was replaced');
    } else {
        log('partial run: BENCHMARKS.md is left as it is');
    }
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

function pick(result: ChildResult, keys: readonly string[]): Record<string, number> {
    return Object.fromEntries(keys.map((key) => [key, round(Number(result[key]))]));
}

function describeMachine(): BenchResults['machine'] {
    const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
    return {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: round(totalmem() / 1024 ** 3, 1),
        freeMemoryGb: round(freemem() / 1024 ** 3, 1),
        loadAverage: round(loadavg()[0], 2),
        node: process.version,
        os: `${osRelease ?? platform()} (${platform()} ${release()})`
    };
}

function readAnalysis(root: string): string {
    const file = join(root, 'test/bench/analysis.md');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function evaluateTargets(results: BenchResults): Target[] {
    const targets: Target[] = [];
    const add = (name: string, limit: string, value: number | undefined, unit: string, met: (value: number) => boolean) =>
        targets.push({ name, limit, value: value === undefined || Number.isNaN(value) ? 'non mesuré' : `${value.toLocaleString('fr-BE')} ${unit}`.trim(), met: value === undefined || Number.isNaN(value) ? undefined : met(value) });
    const large = results.check[LARGE];
    add('Vérification complète, 1 000 fichiers', '< 2 s', large && round(large.inProcess.medianMs / 1000, 2), 's', (value) => value < 2);
    const latency = (summary: LatencySummary | undefined) => summary?.p95Ms;
    add('Frappe → constats, un fichier (1 000 fichiers), p95', '< 100 ms', latency(results.lsp.typingInPeopleFile), 'ms', (value) => value < 100);
    add('Frappe → constats, fichier de 5 000 lignes, p95', '< 100 ms', latency(results.lsp.typingInLargeFile), 'ms', (value) => value < 100);
    add('Frappe → constat dans un autre fichier, p95', '< 250 ms', latency(results.lsp.crossFileFinding), 'ms', (value) => value < 250);
    const handbookMs = typeof results.handbook.generateMs === 'number' ? results.handbook.generateMs : undefined;
    add('Livret d’une institution de 200 duos', '< 1 s', handbookMs === undefined ? undefined : round(handbookMs / 1000, 2), 's', (value) => value < 1);
    const commandRss = [
        ...Object.values(results.check).flatMap((entry) => [entry.inProcess.maxRssMb, entry.process?.maxRssMb ?? 0]),
        typeof results.handbook.maxRssMb === 'number' ? results.handbook.maxRssMb : 0
    ];
    const maxOf = (values: number[]) => values.some((value) => value > 0) ? round(Math.max(...values)) : undefined;
    add('Mémoire résidente maximale — vérification et livret', '< 400 Mo', maxOf(commandRss), 'Mo', (value) => value < 400);
    add('Mémoire résidente maximale — serveur démarré sur 1 000 fichiers', '< 400 Mo', results.lsp.startup?.peakRssMb, 'Mo', (value) => value < 400);
    add('Mémoire résidente maximale — serveur après toutes les frappes (1 000 fichiers)', '< 400 Mo', results.lsp.largeWorkspaceRssMb, 'Mo', (value) => value < 400);
    add('Mémoire résidente maximale — serveur, fichier de 5 000 lignes', '< 400 Mo', results.lsp.singleFileRssMb, 'Mo', (value) => value < 400);
    const browser = results.browser;
    add('Navigateur : taille livrée, compressée (gzip), tout ce que le premier chargement garde', '≤ 2,5 Mo', browser && round(browser.totalGzipBytes / 1024 ** 2, 2), 'Mo', (value) => value <= 2.5);
    add('Navigateur : chargement → constats de l’exemple (médiane)', '< 2 s', browser && round(browser.loadToDiagnosticsMs.median / 1000, 2), 's', (value) => value < 2);
    add('Navigateur : frappe → constats, exemple, p95', '< 150 ms', browser?.typing.p95Ms, 'ms', (value) => value < 150);
    const ratios = Object.values(results.check).map((entry) => entry.ratio);
    add('Vérification complète / analyse et liaison seules (pire espace)', '≤ 2×', ratios.length > 0 ? Math.max(...ratios) : undefined, '×', (value) => value <= 2);
    for (const input of results.pathological) {
        for (const [where, measured] of [['commande', input.cli], ['serveur', input.server]] as const) {
            const seconds = 'failed' in measured ? Number.NaN : round(('wallMs' in measured ? measured.wallMs : measured.allDiagnosticsMs) / 1000, 1);
            const memory = 'failed' in measured ? Number.NaN : 'maxRssMb' in measured ? measured.maxRssMb : measured.peakRssMb;
            add(`${input.name} — ${where} : temps`, '< 10 s', seconds, 's', (value) => value < 10);
            add(`${input.name} — ${where} : mémoire maximale`, '< 1 000 Mo', memory, 'Mo', (value) => value < 1_000);
        }
    }
    const fuzz = results.fuzz;
    add('Fuzzer long : modifications', '≥ 20 000', fuzz?.edits, '', (value) => value >= 20_000);
    add('Fuzzer long : arrêts du serveur', '0', fuzz && (fuzz.crashed ? 1 : 0), '', (value) => value === 0);
    add('Fuzzer long : requêtes en erreur', '0', fuzz?.errors, '', (value) => value === 0);
    add('Fuzzer long : requêtes sans réponse', '0', fuzz?.unanswered, '', (value) => value === 0);
    add('Fuzzer long : réponses après plus de 5 s', '0', fuzz?.late, '', (value) => value === 0);
    add('Fuzzer long : croissance de la mémoire résidente (fin − début, après l’échauffement)', '≤ 30 Mo ou 10 %', fuzz && round(fuzz.rssLateMb - fuzz.rssEarlyMb), 'Mo', () => fuzz!.rssFlat);
    return targets;
}
