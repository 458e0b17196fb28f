/**
 * One measurement, in a process of its own so that its peak memory is its own:
 *   check    — `tutorat check <folder> --format json` through the CLI's code (runCli), in this process;
 *   baseline — the same files read and built by the same services with `validation: false`:
 *              parsing, indexing, scoping and linking, as Langium does them, and no rule at all;
 *   phases   — the baseline, then validation of the same (already linked) documents: creating the
 *              services, reading and parsing, indexing and linking, validating, timed apart.
 *   rules    — the phases, with the time spent in each rule's checks (the rules' check functions are
 *              wrapped with a timer before the services register them).
 *   edits    — after a full check, `count` edits of one file (a letter inserted then removed in the
 *              first « text » after `marker`) rebuilt as the language server does (DocumentBuilder.update,
 *              validation as for an edit): the time of each update, split by build phase.
 * Prints one JSON line: times in milliseconds, peak resident memory in MB.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { runCli } from '@tutorat/cli';
import { createTutoratServices, RULES } from '@tutorat/language';
import { listDocuments } from './files.js';

const [mode, folder] = process.argv.slice(2);

/** The same services as the CLI (a one-off check); the documents are read and parsed (LangiumDocumentFactory parses on creation). */
async function load(): Promise<{ documents: LangiumDocument[]; build: (validation: boolean) => Promise<void>; servicesMs: number }> {
    const start = performance.now();
    const { shared } = createTutoratServices({ ...NodeFileSystem, batch: true });
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
        // The check's own peak: reading its 15 MB report back (below) is the benchmark's work, not the command's.
        const checkRssMb = process.resourceUsage().maxRSS / 1024;
        const report = JSON.parse(output) as { documents: number; findings: Array<{ ruleId: string }> };
        return { wallMs, checkRssMb, exitCode: code, documents: report.documents, findings: report.findings.length, syntaxErrors: report.findings.filter((finding) => finding.ruleId === 'langage/syntaxe').length };
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
    if (mode === 'edits') {
        return measureEdits(process.argv[4], new RegExp(process.argv[5], 'm'), Number(process.argv[6] ?? 30));
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

/** Edits a copy of the file (the workspace itself is left as generated) and times each update. */
async function measureEdits(file: string, marker: RegExp, count: number): Promise<Record<string, number>> {
    const { shared } = createTutoratServices({ ...NodeFileSystem });
    const documents: LangiumDocument[] = [];
    let edited: LangiumDocument | undefined;
    for (const path of listDocuments(folder)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(await readFile(path, 'utf8'), URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
        if (path === file) {
            edited = document;
        }
    }
    if (!edited) {
        throw new Error(`${file} is not in ${folder}`);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const original = edited.textDocument.getText();
    const found = marker.exec(original);
    const at = original.indexOf('«', found?.index ?? 0) + 2;
    // The text the builder reads comes from this in-memory file system, as from an editor's buffer.
    const texts = new Map<string, string>([[edited.uri.toString(), original]]);
    const fileSystem = shared.workspace.FileSystemProvider;
    const readFileOf = fileSystem.readFile.bind(fileSystem);
    fileSystem.readFile = async (uri) => texts.get(uri.toString()) ?? readFileOf(uri);
    const phases = new Map<string, number[]>();
    let phaseStart = 0;
    for (const state of [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        shared.workspace.DocumentBuilder.onBuildPhase(state, () => {
            const now = performance.now();
            const name = DocumentState[state];
            phases.set(name, [...(phases.get(name) ?? []), now - phaseStart]);
            phaseStart = now;
        });
    }
    const totals: number[] = [];
    for (let edit = 0; edit < count; edit++) {
        texts.set(edited.uri.toString(), edit % 2 === 0 ? original.slice(0, at) + 'x' + original.slice(at) : original);
        const start = performance.now();
        phaseStart = start;
        await shared.workspace.DocumentBuilder.update([edited.uri], []);
        totals.push(performance.now() - start);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    return { medianMs: median(totals), ...Object.fromEntries([...phases].map(([name, values]) => [`${name}Ms`, median(values)])) };
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
