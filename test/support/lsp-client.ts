import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams, ServerCapabilities } from 'vscode-languageserver-protocol';

/**
 * A language client for tests: it runs the bundled server (`packages/extension/out/server.cjs`) as
 * the VS Code extension does, over stdio, on a temporary copy of a fixture workspace, and speaks
 * LSP to it.
 */

export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_SERVER = join(REPOSITORY, 'packages/extension/out/server.cjs');
const SOURCES = [join(REPOSITORY, 'packages/language/src'), join(REPOSITORY, 'packages/extension/src/language-server')];

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
function nodeBinary(): string {
    const local = join(REPOSITORY, 'node_modules/.bin/node');
    return existsSync(local) ? local : process.execPath;
}

export interface ServerOptions {
    /** A folder copied to a temporary workspace folder. */
    readonly fixture: string;
    readonly locale?: string;
    /** The server's command line, when it is not the bundled server (e.g. `tutorat lsp --stdio`). */
    readonly command?: readonly string[];
}

export interface LanguageClient {
    readonly connection: MessageConnection;
    readonly capabilities: ServerCapabilities;
    /** The temporary workspace folder. */
    readonly root: string;
    uri(file: string): string;
    /** Opens a file of the workspace (its text on disk) or a new one with the given text. */
    open(file: string, text?: string): Promise<void>;
    /** Replaces the whole text of an open file. */
    change(file: string, text: string): Promise<void>;
    /** The text the client holds for a file. */
    text(file: string): string;
    /**
     * The diagnostics of a file once they satisfy `until` (the latest ones published are checked
     * first); fails after `timeout` ms with the last diagnostics received.
     */
    diagnostics(file: string, until?: (diagnostics: Diagnostic[]) => boolean, timeout?: number): Promise<Diagnostic[]>;
    request<R>(method: string, params: object): Promise<R>;
    /** How many times the server asked the editor to fetch inlay hints again. */
    inlayHintRefreshes(): number;
    /** Waits until a condition on what the server sent holds; fails after `timeout` ms. */
    until(condition: () => boolean, what: string, timeout?: number): Promise<void>;
    stop(): Promise<void>;
}

export async function startLanguageServer(options: ServerOptions): Promise<LanguageClient> {
    const [program, ...args] = options.command ?? [nodeBinary(), ensureBundledServer(), '--stdio'];
    const root = mkdtempSync(join(tmpdir(), 'tutorat-lsp-'));
    cpSync(options.fixture, root, { recursive: true });
    const child: ChildProcess = spawn(program, args, {
        cwd: root,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, PATH: `${join(REPOSITORY, 'node_modules/.bin')}:${process.env.PATH}` }
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));

    const published = new Map<string, Diagnostic[]>();
    const waiters = new Set<() => void>();
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        published.set(params.uri, params.diagnostics);
        waiters.forEach((wake) => wake());
    });
    // What a real client answers: no settings, registrations and progress accepted.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    let inlayHintRefreshes = 0;
    connection.onRequest('workspace/inlayHint/refresh', () => {
        inlayHintRefreshes++;
        waiters.forEach((wake) => wake());
        return null;
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();

    const rootUri = pathToFileURL(root).toString();
    const result = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        locale: options.locale ?? 'fr',
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'fixture' }],
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } },
            textDocument: {
                synchronization: { dynamicRegistration: false },
                publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                rename: { prepareSupport: true },
                codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
                semanticTokens: {
                    requests: { full: true, range: true },
                    tokenTypes: [], tokenModifiers: [], formats: ['relative'], multilineTokenSupport: false, overlappingTokenSupport: false
                },
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                foldingRange: { lineFoldingOnly: true },
                inlayHint: {}
            }
        }
    });
    await connection.sendNotification('initialized', {});

    const texts = new Map<string, { text: string; version: number }>();
    const uri = (file: string) => pathToFileURL(join(root, file)).toString();
    const client: LanguageClient = {
        connection,
        capabilities: result.capabilities,
        root,
        uri,
        async open(file, text) {
            const content = text ?? readFileSync(join(root, file), 'utf8');
            texts.set(file, { text: content, version: 1 });
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'tutorat', version: 1, text: content } });
        },
        async change(file, text) {
            const current = texts.get(file);
            if (!current) {
                throw new Error(`${file} n’est pas ouvert`);
            }
            const version = current.version + 1;
            texts.set(file, { text, version });
            await connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
        },
        text(file) {
            return texts.get(file)?.text ?? readFileSync(join(root, file), 'utf8');
        },
        diagnostics(file, until = () => true, timeout = 30_000) {
            const key = uri(file);
            return new Promise((resolve, reject) => {
                const check = () => {
                    const current = published.get(key);
                    if (current && until(current)) {
                        waiters.delete(check);
                        clearTimeout(timer);
                        resolve(current);
                    }
                };
                const timer = setTimeout(() => {
                    waiters.delete(check);
                    const last = published.get(key);
                    reject(new Error(`Diagnostics attendus pour ${file} non reçus. Derniers reçus : ${last ? JSON.stringify(last.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`), null, 1) : 'aucun'}\n${stderr}`));
                }, timeout);
                waiters.add(check);
                check();
            });
        },
        request(method, params) {
            return connection.sendRequest(method, params);
        },
        inlayHintRefreshes: () => inlayHintRefreshes,
        until(condition, what, timeout = 30_000) {
            return new Promise((resolve, reject) => {
                const check = () => {
                    if (condition()) {
                        waiters.delete(check);
                        clearTimeout(timer);
                        resolve();
                    }
                };
                const timer = setTimeout(() => {
                    waiters.delete(check);
                    reject(new Error(`Attendu en vain : ${what}\n${stderr}`));
                }, timeout);
                waiters.add(check);
                check();
            });
        },
        async stop() {
            try {
                await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 5_000))]);
                await connection.sendNotification('exit');
            } catch {
                // The server may already be gone.
            }
            connection.dispose();
            if (child.exitCode === null) {
                child.kill();
            }
            rmSync(root, { recursive: true, force: true });
        }
    };
    return client;
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
