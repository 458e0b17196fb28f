/**
 * One measurement, in a process of its own so that its peak memory is its own:
 *   check    — `tutorat check <folder> --format json` through the CLI's code (runCli), in this process;
 *   baseline — the same files read and built by the same services with `validation: false`:
 *              parsing, indexing, scoping and linking, as Langium does them, and no rule at all;
 *   phases   — the baseline, then validation of the same (already linked) documents: creating the
 *              services, reading and parsing, indexing and linking, validating, timed apart.
 *   rules    — the phases, with the time spent in each rule's checks (the rules' check functions are
 *              wrapped with a timer before the services register them).
 * Prints one JSON line: times in milliseconds, peak resident memory in MB.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { runCli } from '@tutorat/cli';
import { createTutoratServices, RULES } from '@tutorat/language';
import { listDocuments } from './files.js';

const [mode, folder] = process.argv.slice(2);

/** The same services as the CLI; the documents are read and parsed (LangiumDocumentFactory parses on creation). */
async function load(): Promise<{ documents: LangiumDocument[]; build: (validation: boolean) => Promise<void>; servicesMs: number }> {
    const start = performance.now();
    const { shared } = createTutoratServices({ ...NodeFileSystem });
    const servicesMs = performance.now() - start;
    const documents: LangiumDocument[] = [];
    for (const file of listDocuments(folder)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(await readFile(file, 'utf8'), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    return { documents, servicesMs, build: (validation) => shared.workspace.DocumentBuilder.build(documents, { validation }) };
}

async function measure(): Promise<Record<string, number | string>> {
    if (mode === 'check') {
        let output = '';
        const start = performance.now();
        const code = await runCli(['check', folder, '--format', 'json'], { stdout: (text) => { output += text; }, stderr: (text) => { output += text; }, cwd: folder });
        const wallMs = performance.now() - start;
        const report = JSON.parse(output) as { documents: number; findings: Array<{ ruleId: string }> };
        return { wallMs, exitCode: code, documents: report.documents, findings: report.findings.length, syntaxErrors: report.findings.filter((finding) => finding.ruleId === 'langage/syntaxe').length };
    }
    if (mode === 'baseline') {
        const start = performance.now();
        const { documents, build } = await load();
        await build(false);
        return { wallMs: performance.now() - start, documents: documents.length };
    }
    if (mode === 'rules') {
        const spent = timeRules();
        const { build } = await load();
        await build(false);
        await build(true);
        return Object.fromEntries([...spent].sort((a, b) => b[1] - a[1]).map(([id, ms]) => [id, Math.round(ms)]));
    }
    if (mode === 'phases') {
        const start = performance.now();
        const { documents, build, servicesMs } = await load();
        const parsed = performance.now();
        await build(false);
        const linked = performance.now();
        await build(true);
        const validated = performance.now();
        return { servicesMs, parseMs: parsed - start - servicesMs, linkMs: linked - parsed, validateMs: validated - linked, wallMs: validated - start, documents: documents.length };
    }
    throw new Error(`Unknown mode ${mode}`);
}

/** Wraps every check of the catalogue with a timer (this process only). */
function timeRules(): Map<string, number> {
    const spent = new Map<string, number>();
    for (const rule of RULES) {
        const checks = rule.checks as Record<string, ((...args: unknown[]) => void) | undefined>;
        for (const [type, check] of Object.entries(checks)) {
            if (check) {
                checks[type] = (...args: unknown[]) => {
                    const start = performance.now();
                    try {
                        check(...args);
                    } finally {
                        spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - start);
                    }
                };
            }
        }
    }
    return spent;
}

const cpuBefore = process.cpuUsage();
const result = await measure();
const cpu = process.cpuUsage(cpuBefore);
// CPU time (all threads of the process, garbage collector included) varies less than wall time on a busy machine.
process.stdout.write(JSON.stringify({ ...result, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
