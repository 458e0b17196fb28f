import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, Diagnostic, Position, Range, ServerCapabilities } from 'vscode-languageserver-protocol';
import { positionAt, type ServerProcess } from './lsp-client.js';
import { PIECES } from './pieces.js';

/**
 * A language-server fuzzer: as a hurried user (and a busy editor) would, it edits several open
 * documents at random places, pastes, closes and reopens them, creates, changes and deletes files
 * on disk, rewrites `tutorat.json` (valid and invalid), and meanwhile sends every request the
 * server offers — the LSP requests its capabilities advertise and Tutorat's own — on texts that
 * are mostly unfinished. It records what a user would suffer: a server that stops, a request that
 * fails, stays unanswered or is answered late, errors the server logs, and its memory.
 */

/** Answers that say "ask again": the document changed under the request. */
const RETRY_CODES = new Set([-32800 /* RequestCancelled */, -32801 /* ContentModified */, -32802 /* ServerCancelled */]);
/** Refusals with a sentence for the user (a rename of something that is not a name, a bad folder). */
const REFUSAL_CODES = new Set([-32600 /* InvalidRequest */, -32602 /* InvalidParams */, -32001 /* handbooks refused while the documents have errors */]);

/** Tutorat's own requests (the handbook preview and writer, the workspace check); the capabilities do not list them. */
export const TUTORAT_REQUESTS = [
    'tutorat/handbook/render', 'tutorat/handbook/files', 'tutorat/handbook/write', 'tutorat/workspace/check',
    'tutorat/interop/frameworks', 'tutorat/interop/import', 'tutorat/interop/export'
] as const;

/** Files the fuzzer keeps created at most at once. */
const MAX_CREATED = 12;

/** Capabilities that announce no request (document synchronisation, workspace folders…). */
const NOT_REQUESTS = new Set(['textDocumentSync', 'workspace', 'positionEncoding', 'notebookDocumentSync', 'experimental']);

interface RequestContext {
    readonly uri: string;
    readonly text: string;
    readonly position: Position;
    readonly range: Range;
    readonly diagnostics: readonly Diagnostic[];
    readonly pick: <T>(values: readonly T[]) => T;
    readonly outputDir: string;
    readonly lastCompletionItem?: CompletionItem;
    readonly lastSemanticTokensId?: string;
}

type Capability = ServerCapabilities[keyof ServerCapabilities];

interface RequestKind {
    readonly method: string;
    readonly params: (context: RequestContext) => unknown;
    /** Whether the capability's value offers this request (e.g. `prepareProvider`). */
    readonly offered?: (capability: Capability) => boolean;
}

const document = (context: RequestContext) => ({ textDocument: { uri: context.uri } });
const at = (context: RequestContext) => ({ ...document(context), position: context.position });
const option = (name: string) => (capability: Capability) => typeof capability === 'object' && capability !== null && Boolean((capability as Record<string, unknown>)[name]);
const formattingOptions = { tabSize: 4, insertSpaces: true };
const NEW_NAMES = ['Nouveau', 'Élodie', 'x', '', 'deux mots', '«', '123', 'Œuvre-Été'];

/** The requests each capability offers, with parameters made from the current text. */
export const CAPABILITY_REQUESTS: Readonly<Record<string, readonly RequestKind[]>> = {
    hoverProvider: [{ method: 'textDocument/hover', params: at }],
    completionProvider: [
        { method: 'textDocument/completion', params: at },
        { method: 'completionItem/resolve', params: (context) => context.lastCompletionItem ?? { label: 'institution' }, offered: option('resolveProvider') }
    ],
    definitionProvider: [{ method: 'textDocument/definition', params: at }],
    typeDefinitionProvider: [{ method: 'textDocument/typeDefinition', params: at }],
    implementationProvider: [{ method: 'textDocument/implementation', params: at }],
    declarationProvider: [{ method: 'textDocument/declaration', params: at }],
    referencesProvider: [{ method: 'textDocument/references', params: (context) => ({ ...at(context), context: { includeDeclaration: context.pick([true, false]) } }) }],
    documentHighlightProvider: [{ method: 'textDocument/documentHighlight', params: at }],
    documentSymbolProvider: [{ method: 'textDocument/documentSymbol', params: document }],
    workspaceSymbolProvider: [{ method: 'workspace/symbol', params: (context) => ({ query: context.pick(['', 'É', 'lo', 'Tilleuls', 'REL', 'zzz']) }) }],
    codeActionProvider: [{
        method: 'textDocument/codeAction',
        params: (context) => ({ ...document(context), range: context.range, context: { diagnostics: context.diagnostics.filter((diagnostic) => overlaps(diagnostic.range, context.range)).slice(0, 10) } })
    }],
    codeLensProvider: [{ method: 'textDocument/codeLens', params: document }],
    documentLinkProvider: [{ method: 'textDocument/documentLink', params: document }],
    documentFormattingProvider: [{ method: 'textDocument/formatting', params: (context) => ({ ...document(context), options: formattingOptions }) }],
    documentRangeFormattingProvider: [{ method: 'textDocument/rangeFormatting', params: (context) => ({ ...document(context), range: context.range, options: formattingOptions }) }],
    documentOnTypeFormattingProvider: [{ method: 'textDocument/onTypeFormatting', params: (context) => ({ ...at(context), ch: '}', options: formattingOptions }) }],
    renameProvider: [
        { method: 'textDocument/prepareRename', params: at, offered: option('prepareProvider') },
        { method: 'textDocument/rename', params: (context) => ({ ...at(context), newName: context.pick(NEW_NAMES) }) }
    ],
    foldingRangeProvider: [{ method: 'textDocument/foldingRange', params: document }],
    selectionRangeProvider: [{ method: 'textDocument/selectionRange', params: (context) => ({ ...document(context), positions: [context.position, context.range.end] }) }],
    semanticTokensProvider: [
        { method: 'textDocument/semanticTokens/full', params: document, offered: option('full') },
        {
            method: 'textDocument/semanticTokens/full/delta', params: (context) => ({ ...document(context), previousResultId: context.lastSemanticTokensId ?? '0' }),
            offered: (capability) => option('full')(capability) && option('delta')((capability as { full: Capability }).full)
        },
        { method: 'textDocument/semanticTokens/range', params: (context) => ({ ...document(context), range: context.range }), offered: option('range') }
    ],
    inlayHintProvider: [{ method: 'textDocument/inlayHint', params: (context) => ({ ...document(context), range: context.range }) }],
    signatureHelpProvider: [{ method: 'textDocument/signatureHelp', params: at }],
    callHierarchyProvider: [{ method: 'textDocument/prepareCallHierarchy', params: at }],
    typeHierarchyProvider: [{ method: 'textDocument/prepareTypeHierarchy', params: at }],
    linkedEditingRangeProvider: [{ method: 'textDocument/linkedEditingRange', params: at }],
    monikerProvider: [{ method: 'textDocument/moniker', params: at }],
    colorProvider: [{ method: 'textDocument/documentColor', params: document }],
    inlineValueProvider: [{ method: 'textDocument/inlineValue', params: (context) => ({ ...document(context), range: context.range, context: { frameId: 0, stoppedLocation: context.range } }) }],
    diagnosticProvider: [{ method: 'textDocument/diagnostic', params: document }],
    executeCommandProvider: []
};

const TUTORAT_REQUEST_KINDS: readonly RequestKind[] = [
    { method: 'tutorat/handbook/render', params: (context) => ({ uri: context.uri }) },
    { method: 'tutorat/handbook/files', params: (context) => ({ uri: context.pick([context.uri, undefined]), draft: context.pick([true, false, undefined]) }) },
    { method: 'tutorat/handbook/write', params: (context) => ({ outputDir: context.outputDir, uri: context.pick([context.uri, undefined]), draft: context.pick([true, false, undefined]) }) },
    { method: 'tutorat/workspace/check', params: () => ({}) },
    { method: 'tutorat/interop/frameworks', params: (context) => ({ uri: context.uri }) },
    // The document being edited, given as a file to import: a framework, something else, or half of one.
    { method: 'tutorat/interop/import', params: (context) => ({ fileName: context.pick(['referentiel.csv', 'paquet.json', 'tableau.xlsx']), data: Buffer.from(context.text).toString('base64'), format: context.pick(['moodle', 'case', 'tableur', undefined]) }) },
    { method: 'tutorat/interop/export', params: (context) => ({ uri: context.uri, format: context.pick(['moodle', 'case', 'tableur']) }) }
];

/** The requests a server offers: those its capabilities advertise, and Tutorat's own. Unknown capabilities are listed apart. */
export function offeredRequests(capabilities: ServerCapabilities): { requests: RequestKind[]; unknown: string[] } {
    const requests: RequestKind[] = [];
    const unknown: string[] = [];
    for (const [name, value] of Object.entries(capabilities)) {
        if (!value || NOT_REQUESTS.has(name)) {
            continue;
        }
        const kinds = CAPABILITY_REQUESTS[name];
        if (!kinds) {
            unknown.push(name);
            continue;
        }
        requests.push(...kinds.filter((kind) => !kind.offered || kind.offered(value)));
        if (name === 'executeCommandProvider') {
            for (const command of (value as { commands?: string[] }).commands ?? []) {
                requests.push({ method: 'workspace/executeCommand', params: (context) => ({ command, arguments: [context.uri] }) });
            }
        }
    }
    return { requests: [...requests, ...TUTORAT_REQUEST_KINDS], unknown };
}

/** Configuration files a project may hold, good and bad. */
const CONFIGURATIONS = [
    '{ "rules": { "tuteur/charge": "warning" } }',
    '{ "rules": { "duo": "off" }, "thresholds": { "maxTutees": 3, "minExperience": "3 ans" } }',
    '{ "thresholds": null }',
    '{ "rules": { "tuteur/charges": "off" } }',
    '{ "rules": ',
    '[1, 2, 3]',
    `{ "thresholds": { "maxTutees": ${'['.repeat(5_000)}${']'.repeat(5_000)} } }`,
    '{ "extends": "./introuvable.json" }',
    '{ "extends": "./tutorat.json" }',
    '// commentaire\n{ "rules": { "charte": "info" } }'
];

export interface FuzzOptions {
    readonly seed: number;
    /** How many edits (incremental changes and pastes) to make in total. */
    readonly edits: number;
    /** The workspace folder the server runs on (files are created and deleted in it). */
    readonly folder: string;
    /** Documents of the workspace opened at the start, by path relative to the folder. */
    readonly open: readonly string[];
    /** A request answered later than this is counted as late (ms). */
    readonly lateMs?: number;
    /** A request unanswered after this long is given up and counted as unanswered (ms). */
    readonly giveUpMs?: number;
    /** Resident memory is sampled every this many rounds. */
    readonly sampleEvery?: number;
    readonly progress?: (done: number, report: FuzzReport) => void;
}

export interface FuzzReport {
    edits: number;
    rounds: number;
    /** Requests sent, by method. */
    readonly sent: Record<string, number>;
    answered: number;
    retried: number;
    refused: number;
    readonly errors: string[];
    readonly unanswered: string[];
    readonly late: Array<{ method: string; ms: number }>;
    slowestMs: number;
    crashed?: string;
    readonly rssMb: number[];
    readonly actions: Record<string, number>;
    /** Capabilities the fuzzer does not know how to exercise. */
    readonly uncovered: string[];
}

/** A small seeded generator (mulberry32): the same seed gives the same session. */
export function seededRandom(seed: number): { next: () => number; int: (max: number) => number; pick: <T>(values: readonly T[]) => T } {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (max: number) => Math.floor(next() * max);
    return { next, int, pick: (values) => values[int(values.length)] };
}

export async function fuzzLanguageServer(server: ServerProcess, keywords: readonly string[], options: FuzzOptions): Promise<FuzzReport> {
    const { client } = server;
    const random = seededRandom(options.seed);
    const lateMs = options.lateMs ?? 5_000;
    const giveUpMs = options.giveUpMs ?? 60_000;
    const { requests, unknown } = offeredRequests(server.capabilities);
    const report: FuzzReport = { edits: 0, rounds: 0, sent: {}, answered: 0, retried: 0, refused: 0, errors: [], unanswered: [], late: [], slowestMs: 0, rssMb: [], actions: {}, uncovered: unknown };
    const outputDir = mkdtempSync(join(tmpdir(), 'tutorat-fuzz-livrets-'));
    const uriOf = (file: string) => pathToFileURL(join(options.folder, file)).toString();
    const openFiles = new Set<string>(options.open);
    const closedFiles = new Set<string>();
    const created = new Set<string>();
    let lastCompletionItem: CompletionItem | undefined;
    let lastSemanticTokensId: string | undefined;
    let requestTurn = 0;

    const piece = () => random.next() < 0.45 ? random.pick(keywords) : random.next() < 0.9 ? random.pick(PIECES) : randomString(random);
    const note = (action: string) => {
        report.actions[action] = (report.actions[action] ?? 0) + 1;
    };

    const removeCreatedFile = async () => {
        const file = random.pick([...created].filter((candidate) => !openFiles.has(candidate)));
        if (file) {
            rmSync(join(options.folder, file), { force: true });
            created.delete(file);
            closedFiles.delete(file);
            await client.filesChanged([{ uri: uriOf(file), type: 3 }]);
            note('fichier supprimé');
        }
    };

    const actions: Array<{ weight: number; run: () => Promise<void> }> = [
        {
            weight: 60, run: async () => {
                const uri = uriOf(random.pick([...openFiles]));
                const text = client.textOf(uri) ?? '';
                const start = random.int(text.length + 1);
                const end = Math.min(text.length, start + (random.next() < 0.5 ? 0 : 1 + random.int(40)));
                const inserted = random.next() < 0.25 ? '' : Array.from({ length: 1 + random.int(3) }, piece).join(random.pick([' ', '', '\n']));
                await client.change(uri, { start: positionAt(text, start), end: positionAt(text, end) }, inserted);
                report.edits++;
                note('modification');
            }
        },
        {
            weight: 4, run: async () => {
                // A paste over the whole document: a prefix of itself, as after an undo gone wrong.
                const uri = uriOf(random.pick([...openFiles]));
                const text = client.textOf(uri) ?? '';
                await client.replace(uri, text.slice(0, random.int(text.length + 1)) + piece());
                report.edits++;
                note('collage');
            }
        },
        {
            weight: 3, run: async () => {
                if (openFiles.size > 1) {
                    const file = random.pick([...openFiles]);
                    openFiles.delete(file);
                    closedFiles.add(file);
                    await client.close(uriOf(file));
                    note('fermeture');
                }
            }
        },
        {
            weight: 3, run: async () => {
                const file = random.pick([...closedFiles, ...created]);
                if (file && !openFiles.has(file)) {
                    closedFiles.delete(file);
                    openFiles.add(file);
                    // Reopened with what the user typed last (unsaved), or a new text.
                    await client.open(uriOf(file), Array.from({ length: 3 + random.int(10) }, piece).join(' '));
                    note('réouverture');
                }
            }
        },
        {
            weight: 3, run: async () => {
                // A workspace that keeps growing would make memory grow too: beyond a few files, one goes.
                if (created.size >= MAX_CREATED) {
                    return removeCreatedFile();
                }
                const file = `nouveau-${random.int(1_000_000)}.tutorat`;
                writeFileSync(join(options.folder, file), `institution LesTilleuls {\n    ${Array.from({ length: 2 + random.int(8) }, piece).join(' ')}\n}\n`);
                created.add(file);
                await client.filesChanged([{ uri: uriOf(file), type: 1 }]);
                note('fichier créé');
            }
        },
        { weight: 2, run: () => removeCreatedFile() },
        {
            weight: 2, run: async () => {
                const file = random.pick([...created, ...closedFiles].filter((candidate) => !openFiles.has(candidate)));
                if (file) {
                    writeFileSync(join(options.folder, file), Array.from({ length: 5 + random.int(20) }, piece).join(' '));
                    await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
                    note('fichier modifié');
                }
            }
        },
        {
            weight: 3, run: async () => {
                const file = random.next() < 0.8 ? 'tutorat.json' : 'les-tilleuls/tutorat.json';
                const path = join(options.folder, file);
                if (random.next() < 0.15) {
                    rmSync(path, { force: true });
                    await client.filesChanged([{ uri: uriOf(file), type: 3 }]);
                } else {
                    mkdirSync(dirname(path), { recursive: true });
                    writeFileSync(path, random.pick(CONFIGURATIONS));
                    await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
                }
                note('configuration');
            }
        },
        {
            weight: 1, run: async () => {
                await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tutorat: { language: random.pick(['fr', 'en']) } } });
                note('réglages');
            }
        }
    ];
    const totalWeight = actions.reduce((sum, action) => sum + action.weight, 0);
    const act = async () => {
        let choice = random.int(totalWeight);
        for (const action of actions) {
            choice -= action.weight;
            if (choice < 0) {
                return action.run();
            }
        }
    };

    const ask = async (kind: RequestKind) => {
        const file = random.next() < 0.9 ? random.pick([...openFiles]) : random.pick([...closedFiles, ...openFiles]);
        const uri = uriOf(file);
        const text = client.textOf(uri) ?? '';
        const a = random.int(text.length + 1);
        const b = Math.min(text.length, a + random.int(400));
        const context: RequestContext = {
            uri, text, position: positionAt(text, a), range: { start: positionAt(text, a), end: positionAt(text, b) },
            diagnostics: client.latest.get(uri)?.diagnostics ?? [], pick: random.pick, outputDir, lastCompletionItem, lastSemanticTokensId
        };
        const params = kind.params(context);
        report.sent[kind.method] = (report.sent[kind.method] ?? 0) + 1;
        const logged = client.serverErrors.length;
        const started = performance.now();
        const request = client.request<unknown>(kind.method, params).then(
            (result) => ({ result }),
            (error: { code?: number; message?: string }) => ({ error })
        );
        const outcome = await Promise.race([request, delay(giveUpMs).then(() => 'timeout' as const)]);
        const ms = performance.now() - started;
        report.slowestMs = Math.max(report.slowestMs, ms);
        if (outcome === 'timeout') {
            report.unanswered.push(`${kind.method} ${JSON.stringify(params).slice(0, 300)}`);
            return;
        }
        if (ms > lateMs) {
            report.late.push({ method: kind.method, ms: Math.round(ms) });
        }
        if ('error' in outcome) {
            const code = outcome.error.code ?? 0;
            if (RETRY_CODES.has(code)) {
                report.retried++;
            } else if (REFUSAL_CODES.has(code)) {
                report.refused++;
            } else {
                report.errors.push(`${kind.method} (${code}) : ${outcome.error.message}\n  sur ${file} : ${JSON.stringify(text.slice(Math.max(0, a - 80), a + 80))}`);
            }
            return;
        }
        report.answered++;
        // What the server logged while answering, with the text it answered on, to reproduce it.
        for (const message of client.serverErrors.splice(logged)) {
            report.errors.push(`${kind.method} : journal du serveur : ${message.slice(0, 500)}\n  sur ${file} : ${JSON.stringify(text)}`);
        }
        if (kind.method === 'textDocument/completion') {
            const items = (outcome.result as { items?: CompletionItem[] } | CompletionItem[] | null);
            lastCompletionItem = (Array.isArray(items) ? items : items?.items ?? [])[0] ?? lastCompletionItem;
        } else if (kind.method === 'textDocument/semanticTokens/full') {
            lastSemanticTokensId = (outcome.result as { resultId?: string } | null)?.resultId ?? lastSemanticTokensId;
        }
    };

    const sampleEvery = options.sampleEvery ?? 25;
    try {
        while (report.edits < options.edits) {
            // A few changes sent without waiting for the server, then requests that meet the builds in progress.
            const changes = 1 + random.int(3);
            for (let index = 0; index < changes; index++) {
                await act();
            }
            const burst = Array.from({ length: 1 + random.int(3) }, () => requests[requestTurn++ % requests.length]);
            await Promise.all(burst.map(ask));
            report.rounds++;
            const exit = server.exit();
            if (exit) {
                report.crashed = `le serveur s’est arrêté (code ${exit.code}, signal ${exit.signal}) : ${server.stderr().slice(-2_000)}`;
                break;
            }
            if (report.rounds % sampleEvery === 0) {
                report.rssMb.push(Math.round(server.memoryMb().rss));
                options.progress?.(report.edits, report);
            }
        }
    } finally {
        rmSync(outputDir, { recursive: true, force: true });
    }
    report.errors.push(...client.serverErrors.splice(0).map((message) => `journal du serveur : ${message.slice(0, 1_000)}`));
    return report;
}

function randomString(random: { int: (max: number) => number }): string {
    return Array.from({ length: 1 + random.int(8) }, () => String.fromCharCode(random.int(0x3000))).join('');
}

function overlaps(a: Range, b: Range): boolean {
    const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character <= y.character);
    return before(a.start, b.end) && before(b.start, a.end);
}

function delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
