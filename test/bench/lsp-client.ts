import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Range } from 'vscode-languageserver-protocol';

/**
 * A minimal LSP client, as an editor would drive the Tutorat language server: initialize with a
 * workspace folder, open and edit documents, wait for the diagnostics a change produces. Used by the
 * benchmark (a real server process) and by the robustness tests (a server in the test process).
 */
export interface Published {
    readonly uri: string;
    readonly diagnostics: readonly Diagnostic[];
    /** performance.now() when the notification arrived. */
    readonly at: number;
}

type Waiter = { readonly uri: string; readonly accept: (published: Published) => boolean; readonly resolve: (published: Published) => void };

export class LspClient {
    readonly connection: MessageConnection;
    /** The last diagnostics published for each document. */
    readonly latest = new Map<string, Published>();
    private readonly waiters = new Set<Waiter>();
    private readonly versions = new Map<string, number>();
    private readonly texts = new Map<string, string>();
    private lastMessageAt = performance.now();
    /** Every error the server reported through `window/logMessage` or `window/showMessage`. */
    readonly serverErrors: string[] = [];

    constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
        this.connection = createMessageConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
            const published: Published = { uri: params.uri, diagnostics: params.diagnostics, at: performance.now() };
            this.lastMessageAt = published.at;
            this.latest.set(params.uri, published);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === params.uri && waiter.accept(published)) {
                    this.waiters.delete(waiter);
                    waiter.resolve(published);
                }
            }
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
        // Registrations, progress tokens, configuration: an editor accepts them; nothing is configured.
        this.connection.onRequest((method: string, params: unknown) => {
            this.lastMessageAt = performance.now();
            if (method === 'workspace/configuration') {
                return ((params as { items?: unknown[] }).items ?? []).map(() => null);
            }
            return null;
        });
        this.connection.listen();
    }

    async initialize(folder: { uri: string; name: string }, locale = 'fr'): Promise<InitializeResult> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid,
            locale,
            rootUri: folder.uri,
            workspaceFolders: [folder],
            capabilities: {
                workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
                textDocument: {
                    synchronization: { didSave: true },
                    publishDiagnostics: { relatedInformation: true },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true }
                }
            }
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
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        const current = this.texts.get(uri) ?? '';
        this.texts.set(uri, replaceRange(current, range, text));
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    /** Replaces the whole text of an open document. */
    async replace(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.texts.set(uri, text);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    textOf(uri: string): string | undefined {
        return this.texts.get(uri);
    }

    /** The next diagnostics published for `uri` that satisfy `accept` (any, by default). */
    nextDiagnostics(uri: string, accept: (published: Published) => boolean = () => true, timeoutMs = 120_000): Promise<Published> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiters.delete(waiter);
                reject(new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms`));
            }, timeoutMs);
            const waiter: Waiter = { uri, accept, resolve: (published) => { clearTimeout(timer); resolve(published); } };
            this.waiters.add(waiter);
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
        throw new Error(`The server kept sending messages for ${timeoutMs} ms`);
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
}

/** The text after an LSP range edit (positions in UTF-16 code units, as LSP counts them). */
export function replaceRange(text: string, range: Range, replacement: string): string {
    return text.slice(0, offsetAt(text, range.start)) + replacement + text.slice(offsetAt(text, range.end));
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
    let offset = 0;
    for (let line = 0; line < position.line; line++) {
        const next = text.indexOf('\n', offset);
        if (next < 0) {
            return text.length;
        }
        offset = next + 1;
    }
    return Math.min(offset + position.character, text.length);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
