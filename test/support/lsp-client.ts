import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams, Range, ServerCapabilities } from 'vscode-languageserver-protocol';

/**
 * The one LSP client of the tests and the benchmark: it speaks to a Tutorat language server as an
 * editor does (initialize with workspace folders, open, edit and close documents, report files
 * changed on disk, answer the server's own requests) and records what the server sends.
 *
 * - {@link LspClient}: the protocol over two streams, documents named by URI;
 * - {@link spawnLanguageServer}: a server process (the bundled server by default) on a folder;
 * - {@link startLanguageServer}: the same on a temporary copy of a fixture, with documents named
 *   by their path in the workspace — what the editor-feature tests use.
 */

export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_SERVER = join(REPOSITORY, 'packages/extension/out/server.cjs');

/** What the server published for a document, and when (performance.now()). */
export interface Published {
    readonly uri: string;
    readonly diagnostics: readonly Diagnostic[];
    readonly version?: number;
    readonly at: number;
}

type Waiter = { readonly uri: string; readonly accept: (published: Published) => boolean; readonly resolve: (published: Published) => void };

/** The capabilities of a complete editor: everything the server may offer is used. */
const CLIENT_CAPABILITIES = {
    workspace: {
        configuration: true, workspaceFolders: true, symbol: {}, applyEdit: true,
        didChangeWatchedFiles: { dynamicRegistration: true }, inlayHint: { refreshSupport: true }, semanticTokens: { refreshSupport: true }
    },
    textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
        completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        rename: { prepareSupport: true },
        codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
        semanticTokens: {
            requests: { full: { delta: true }, range: true },
            tokenTypes: [], tokenModifiers: [], formats: ['relative'], multilineTokenSupport: false, overlappingTokenSupport: false
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: { lineFoldingOnly: true },
        inlayHint: {},
        codeLens: {},
        documentLink: {},
        signatureHelp: {}
    }
};

export class LspClient {
    readonly connection: MessageConnection;
    /** The last diagnostics published for each document. */
    readonly latest = new Map<string, Published>();
    /** Every error the server reported through `window/logMessage` or `window/showMessage`. */
    readonly serverErrors: string[] = [];
    /** Requests the server sent to the editor, by method (registrations, refreshes, configuration…). */
    readonly serverRequests = new Map<string, number>();
    private readonly waiters = new Set<Waiter>();
    private readonly conditions = new Set<() => void>();
    private readonly versions = new Map<string, number>();
    private readonly texts = new Map<string, string>();
    private lastMessageAt = performance.now();

    constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
        this.connection = createMessageConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            const published: Published = { uri: params.uri, diagnostics: params.diagnostics, version: params.version, at: performance.now() };
            this.lastMessageAt = published.at;
            this.latest.set(params.uri, published);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === params.uri && waiter.accept(published)) {
                    this.waiters.delete(waiter);
                    waiter.resolve(published);
                }
            }
            this.conditions.forEach((check) => check());
        });
        const noteMessage = (params: { type: number; message: string }) => {
            this.lastMessageAt = performance.now();
            if (params.type === 1) {
                this.serverErrors.push(params.message);
            }
        };
        this.connection.onNotification('window/logMessage', noteMessage);
        this.connection.onNotification('window/showMessage', noteMessage);
        this.connection.onNotification(() => {
            this.lastMessageAt = performance.now();
        });
        // What an editor answers: no settings; registrations, progress and refreshes accepted.
        this.connection.onRequest((method: string, params: unknown) => {
            this.lastMessageAt = performance.now();
            this.serverRequests.set(method, (this.serverRequests.get(method) ?? 0) + 1);
            this.conditions.forEach((check) => check());
            if (method === 'workspace/configuration') {
                return ((params as { items?: unknown[] }).items ?? []).map(() => null);
            }
            return null;
        });
        this.connection.listen();
    }

    async initialize(folders: ReadonlyArray<{ uri: string; name: string }>, locale = 'fr', initializationOptions?: object): Promise<InitializeResult> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid,
            locale,
            rootUri: folders[0]?.uri ?? null,
            workspaceFolders: folders,
            capabilities: CLIENT_CAPABILITIES,
            initializationOptions
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        this.texts.set(uri, text);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tutorat', version: 1, text } });
    }

    /** Replaces `range` of an open document with `text` (an incremental change, as editors send them). */
    async change(uri: string, range: Range, text: string): Promise<void> {
        const version = this.nextVersion(uri);
        this.texts.set(uri, replaceRange(this.texts.get(uri) ?? '', range, text));
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    /** Replaces the whole text of an open document. */
    async replace(uri: string, text: string): Promise<void> {
        const version = this.nextVersion(uri);
        this.texts.set(uri, text);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    async close(uri: string): Promise<void> {
        this.texts.delete(uri);
        this.versions.delete(uri);
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** Tells the server that files changed on disk (1 created, 2 changed, 3 deleted). */
    async filesChanged(changes: ReadonlyArray<{ uri: string; type: 1 | 2 | 3 }>): Promise<void> {
        await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    }

    isOpen(uri: string): boolean {
        return this.texts.has(uri);
    }

    textOf(uri: string): string | undefined {
        return this.texts.get(uri);
    }

    /** The next diagnostics published for `uri` that satisfy `accept` (any, by default). */
    nextDiagnostics(uri: string, accept: (published: Published) => boolean = () => true, timeoutMs = 120_000): Promise<Published> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiters.delete(waiter);
                const last = this.latest.get(uri);
                reject(new Error(`Diagnostics attendus pour ${uri} non reçus en ${timeoutMs} ms. Derniers reçus : ${last ? JSON.stringify(last.diagnostics.slice(0, 20).map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`), null, 1) : 'aucun'}`));
            }, timeoutMs);
            const waiter: Waiter = { uri, accept, resolve: (published) => { clearTimeout(timer); resolve(published); } };
            this.waiters.add(waiter);
        });
    }

    /** The diagnostics of `uri` once they satisfy `until`: the latest ones published are checked first. */
    async diagnostics(uri: string, until: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 30_000): Promise<Diagnostic[]> {
        const current = this.latest.get(uri);
        if (current && until([...current.diagnostics])) {
            return [...current.diagnostics];
        }
        return [...(await this.nextDiagnostics(uri, (published) => until([...published.diagnostics]), timeoutMs)).diagnostics];
    }

    /** Waits until a condition on what the server sent holds; fails after `timeoutMs`. */
    until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
        return new Promise((resolve, reject) => {
            const check = () => {
                if (condition()) {
                    this.conditions.delete(check);
                    clearTimeout(timer);
                    resolve();
                }
            };
            const timer = setTimeout(() => {
                this.conditions.delete(check);
                reject(new Error(`Attendu en vain : ${what}`));
            }, timeoutMs);
            this.conditions.add(check);
            check();
        });
    }

    /** Resolves once the server has sent nothing for `quietMs` (its work after an edit is done). */
    async quiet(quietMs: number, timeoutMs = 300_000): Promise<void> {
        const deadline = performance.now() + timeoutMs;
        while (performance.now() < deadline) {
            const silence = performance.now() - this.lastMessageAt;
            if (silence >= quietMs) {
                return;
            }
            await new Promise((resolve) => setTimeout(resolve, Math.max(5, quietMs - silence)));
        }
        throw new Error(`Le serveur a envoyé des messages sans arrêt pendant ${timeoutMs} ms`);
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest<R>(method, params);
    }

    async shutdown(): Promise<void> {
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            this.connection.dispose();
        }
    }

    private nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        return version;
    }
}

export interface SpawnOptions {
    /** The workspace folder the server is started on (used as it is). */
    readonly folder: string;
    readonly locale?: string;
    /** The server's command line; by default the bundled server with `--stdio`. */
    readonly command?: readonly string[];
    /** Node options placed before the server script when the command is the default one. */
    readonly nodeOptions?: readonly string[];
    /** At most this many open files for the server process (`prlimit --nofile`). */
    readonly maxOpenFiles?: number;
    readonly initializationOptions?: object;
}

/** A language server process and its client. */
export interface ServerProcess {
    readonly client: LspClient;
    readonly capabilities: ServerCapabilities;
    readonly pid: number;
    readonly spawnedAt: number;
    /** How long `initialize` took to be answered, from the spawn. */
    readonly initializedMs: number;
    /** The last 20,000 characters the server wrote on stderr. */
    stderr(): string;
    /** Whether the process has ended, and how. */
    exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
    /** Resident memory now and at its peak (VmRSS and VmHWM of /proc/<pid>/status), in MB. */
    memoryMb(): { rss: number; peak: number };
    /** CPU time the process has used so far, user and system (from /proc/<pid>/stat), in ms. */
    cpuMs(): number;
    /** Ends the server politely (shutdown, exit), then for good. */
    stop(): Promise<void>;
}

export async function spawnLanguageServer(options: SpawnOptions): Promise<ServerProcess> {
    const [program, ...args] = options.command ?? [nodeBinary(), ...(options.nodeOptions ?? []), ensureBundledServer(), '--stdio'];
    const limited = options.maxOpenFiles ? ['prlimit', [`--nofile=${options.maxOpenFiles}:${options.maxOpenFiles}`, program, ...args]] as const : [program, args] as const;
    const spawnedAt = performance.now();
    const child: ChildProcess = spawn(limited[0], [...limited[1]], {
        cwd: options.folder,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, PATH: `${join(REPOSITORY, 'node_modules/.bin')}:${process.env.PATH}` }
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    child.on('exit', (code, signal) => {
        exit = { code, signal };
    });
    const client = new LspClient(child.stdout!, child.stdin!);
    const result = await client.initialize([{ uri: pathToFileURL(options.folder).toString(), name: 'espace' }], options.locale ?? 'fr', options.initializationOptions);
    const initializedMs = performance.now() - spawnedAt;
    return {
        client,
        capabilities: result.capabilities,
        pid: child.pid!,
        spawnedAt,
        initializedMs,
        stderr: () => stderr,
        exit: () => exit,
        memoryMb: () => {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
            return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
        },
        cpuMs: () => {
            // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses, in clock ticks (100 per second on Linux).
            const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
            return (Number(fields[11]) + Number(fields[12])) * 10;
        },
        stop: async () => {
            if (!exit) {
                const exited = new Promise((resolve) => child.once('exit', resolve));
                await Promise.race([client.shutdown().catch(() => undefined), delay(5_000)]);
                await Promise.race([exited, delay(5_000)]);
            }
            client.connection.dispose();
            if (child.exitCode === null && child.signalCode === null) {
                child.kill();
            }
        }
    };
}

export interface ServerOptions extends Omit<SpawnOptions, 'folder'> {
    /** A folder copied to a temporary workspace folder. */
    readonly fixture: string;
}

/** A server on a temporary copy of a fixture; documents are named by their path in the workspace. */
export interface LanguageClient {
    readonly client: LspClient;
    readonly server: ServerProcess;
    readonly connection: MessageConnection;
    readonly capabilities: ServerCapabilities;
    /** The temporary workspace folder. */
    readonly root: string;
    uri(file: string): string;
    /** Opens a file of the workspace (its text on disk) or a new one with the given text. */
    open(file: string, text?: string): Promise<void>;
    /** Replaces the whole text of an open file. */
    change(file: string, text: string): Promise<void>;
    /** The text the client holds for a file (its text on disk when it is not open). */
    text(file: string): string;
    /** The diagnostics of a file once they satisfy `until` (the latest ones published are checked first). */
    diagnostics(file: string, until?: (diagnostics: Diagnostic[]) => boolean, timeout?: number): Promise<Diagnostic[]>;
    request<R>(method: string, params: object): Promise<R>;
    /** How many times the server asked the editor to fetch inlay hints again. */
    inlayHintRefreshes(): number;
    /** Waits until a condition on what the server sent holds; fails after `timeout` ms. */
    until(condition: () => boolean, what: string, timeout?: number): Promise<void>;
    stop(): Promise<void>;
}

export async function startLanguageServer(options: ServerOptions): Promise<LanguageClient> {
    const root = mkdtempSync(join(tmpdir(), 'tutorat-lsp-'));
    cpSync(options.fixture, root, { recursive: true });
    const server = await spawnLanguageServer({ ...options, folder: root });
    const { client } = server;
    const uri = (file: string) => pathToFileURL(join(root, file)).toString();
    const withStderr = <T>(promise: Promise<T>) => promise.catch((error: Error) => {
        throw new Error(`${error.message}\n${server.stderr()}`);
    });
    return {
        client,
        server,
        connection: client.connection,
        capabilities: server.capabilities,
        root,
        uri,
        open: (file, text) => client.open(uri(file), text ?? readFileSync(join(root, file), 'utf8')),
        async change(file, text) {
            if (!client.isOpen(uri(file))) {
                throw new Error(`${file} n’est pas ouvert`);
            }
            await client.replace(uri(file), text);
        },
        text: (file) => client.textOf(uri(file)) ?? readFileSync(join(root, file), 'utf8'),
        diagnostics: (file, until, timeout) => withStderr(client.diagnostics(uri(file), until, timeout)),
        request: (method, params) => client.request(method, params),
        inlayHintRefreshes: () => client.serverRequests.get('workspace/inlayHint/refresh') ?? 0,
        until: (condition, what, timeout) => withStderr(client.until(condition, what, timeout)),
        async stop() {
            await server.stop();
            rmSync(root, { recursive: true, force: true });
        }
    };
}

const SOURCES = [join(REPOSITORY, 'packages/language/src'), join(REPOSITORY, 'packages/handbook/src'), join(REPOSITORY, 'packages/extension/src/language-server')];

/** The compiled language package the bundle is made from (`tsc -b`). */
const COMPILED = join(REPOSITORY, 'packages/language/out/tsconfig.tsbuildinfo');

/** Builds the bundle (`npm run build`) when it is missing or older than the sources, directly or through a stale compilation. */
export function ensureBundledServer(): string {
    const newest = newestModification(SOURCES);
    const stale = (file: string) => !existsSync(file) || statSync(file).mtimeMs < newest;
    if (stale(BUNDLED_SERVER) || stale(COMPILED)) {
        try {
            execFileSync('npm', ['run', 'build'], { cwd: REPOSITORY, stdio: 'pipe', encoding: 'utf8' });
        } catch (error) {
            const output = error as { stdout?: string; stderr?: string };
            throw new Error(`npm run build a échoué :\n${output.stdout ?? ''}\n${output.stderr ?? ''}`);
        }
    }
    return BUNDLED_SERVER;
}

function newestModification(folders: readonly string[]): number {
    let newest = 0;
    const visit = (path: string) => {
        const stats = statSync(path);
        if (stats.isDirectory()) {
            readdirSync(path).forEach((entry) => visit(join(path, entry)));
        } else if (/\.(ts|langium)$/.test(path)) {
            newest = Math.max(newest, stats.mtimeMs);
        }
    };
    folders.filter(existsSync).forEach(visit);
    return newest;
}

/** The Node 22 the project brings (the machine's may be too old for Langium). */
export function nodeBinary(): string {
    const local = join(REPOSITORY, 'node_modules/.bin/node');
    return existsSync(local) ? local : process.execPath;
}

function delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The text after an LSP range edit (positions in UTF-16 code units, as LSP counts them). */
export function replaceRange(text: string, range: Range, replacement: string): string {
    return text.slice(0, offsetAt(text, range.start)) + replacement + text.slice(offsetAt(text, range.end));
}

/** Where each line starts: \r\n, \r and \n all end a line, as for the server's text documents. */
function lineStarts(text: string): number[] {
    const starts = [0];
    for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (char === 13 /* \r */ || char === 10 /* \n */) {
            if (char === 13 && text.charCodeAt(index + 1) === 10) {
                index++;
            }
            starts.push(index + 1);
        }
    }
    return starts;
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
    const starts = lineStarts(text);
    if (position.line >= starts.length) {
        return text.length;
    }
    const start = starts[position.line];
    let end = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
    // The line break is not part of the line.
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) {
        end--;
    }
    return Math.min(start + Math.max(0, position.character), end);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
    const starts = lineStarts(text);
    const bounded = Math.max(0, Math.min(offset, text.length));
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= bounded) {
        line++;
    }
    return { line, character: bounded - starts[line] };
}

/** The position of the `occurrence`-th `needle` on the first line containing `line`. */
export function positionOf(text: string, line: string, needle = line, occurrence = 0): { line: number; character: number } {
    const lines = text.split('\n');
    const index = lines.findIndex((candidate) => candidate.includes(line));
    if (index < 0) {
        throw new Error(`Ligne « ${line} » introuvable`);
    }
    let character = -1;
    for (let count = 0; count <= occurrence; count++) {
        character = lines[index].indexOf(needle, character + 1);
    }
    if (character < 0) {
        throw new Error(`« ${needle} » introuvable sur la ligne « ${line} »`);
    }
    return { line: index, character };
}
