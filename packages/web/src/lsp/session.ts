import { LSPClient } from '@codemirror/lsp-client';
import type { TutoratInitializationOptions } from '@tutorat/language/protocol';
import { FILES_CHANGED, type ClientFile } from '@tutorat/language/protocol';
import type { Language } from '../i18n.js';
import { ROOT } from '../project/open-workspace.js';
import { ProblemStore } from './problems.js';
import { ProjectWorkspace, type WorkspaceHost } from './project-workspace.js';
import { workerTransport } from './transport.js';

/** The language server's script, beside the page (the same bundle as the VS Code extension's for the Web). */
const WORKER_SCRIPT = 'tutorat-worker.js';

let prestarted: Worker | undefined;

/**
 * The first language server is started as soon as the page loads (by `prestart.ts`, or here): it prepares itself
 * while the application loads and reads the workspace.
 */
export function prestartLanguageServer(): void {
    const early = globalThis as { tutoratWorker?: Worker };
    prestarted ??= early.tutoratWorker ?? new Worker(WORKER_SCRIPT, { type: 'module' });
    early.tutoratWorker = undefined;
}

/**
 * One language server in its Web Worker for one workspace, and the CodeMirror client that talks to it. The server
 * is given the workspace's files at start, and every change after.
 */
export class LanguageSession {
    readonly client: LSPClient;
    readonly problems = new ProblemStore();
    private readonly worker: Worker;

    constructor(files: readonly ClientFile[], locale: Language, host: WorkspaceHost) {
        this.worker = prestarted ?? new Worker(WORKER_SCRIPT, { type: 'module' });
        prestarted = undefined;
        const initializationOptions: TutoratInitializationOptions = {
            locale, files,
            docsBaseUrl: new URL('regles/', location.href).href,
            docsPageExtension: '.html'
        };
        this.client = new LSPClient({
            rootUri: ROOT,
            initializationOptions,
            timeout: 30_000,
            workspace: (client) => new ProjectWorkspace(client, host),
            extensions: [this.problems.extension()]
        });
        this.client.connect(workerTransport(this.worker, { uri: ROOT, name: 'espace' }));
    }

    get workspace(): ProjectWorkspace {
        return this.client.workspace as ProjectWorkspace;
    }

    /** Files changed outside the editor (created from a template, imported, deleted): the server's copy follows. */
    filesChanged(files: ClientFile[]): void {
        this.client.notification(FILES_CHANGED, { files });
    }

    request<R>(method: string, params: object): Promise<R> {
        this.client.sync();
        return this.client.request<object, R>(method, params);
    }

    stop(): void {
        this.client.disconnect();
        this.worker.terminate();
    }
}
