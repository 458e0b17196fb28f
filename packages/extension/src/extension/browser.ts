import { Uri, type ExtensionContext } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateTutorat, deactivateTutorat } from './activate.js';
import { clientOptions } from './client-options.js';
import { workspaceFsWriter } from './commands/handbook-writers.js';
import { WorkspaceFiles } from './workspace-files.js';

// VS Code for the Web (vscode.dev, github.dev, self-hosted builds): the language server runs in a Web Worker
// (`out/tutorat-worker.js`, the same bundle as « Tutorat en ligne »). It cannot read the workspace: this side
// reads the folder through `workspace.fs`, sends it at start, then sends every change. The handbooks are
// written through `workspace.fs` too.

export function activate(context: ExtensionContext): Promise<void> {
    return activateTutorat(context, {
        createClient: async () => {
            const files = await WorkspaceFiles.read();
            const script = Uri.joinPath(context.extensionUri, 'out', 'tutorat-worker.js').toString(true);
            // A new worker at each start (the server is restarted when the user changes its language).
            let worker: Worker | undefined;
            const startWorker = (): Promise<MessageTransports> => {
                worker?.terminate();
                worker = new Worker(script);
                // Transports made here: the extension host's Worker is not always the class the client tests for.
                return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
            };
            context.subscriptions.push({ dispose: () => worker?.terminate() });
            const client = new LanguageClient('tutorat', 'Tutorat', startWorker, clientOptions([{ language: 'tutorat' }], {
                initialization: () => ({ files: files.all(), docsBaseUrl: Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/' })
            }));
            files.watch(context, client);
            return client;
        },
        handbookWriter: workspaceFsWriter
    });
}

export const deactivate = deactivateTutorat;
