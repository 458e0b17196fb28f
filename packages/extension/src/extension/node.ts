import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateTutorat, deactivateTutorat } from './activate.js';
import { clientOptions } from './client-options.js';
import { serverWriter } from './commands/handbook-writers.js';

// VS Code desktop: the language server is a Node process (`out/server.cjs`, over IPC) that reads the workspace
// from the disk and writes the handbooks itself.

export function activate(context: ExtensionContext): Promise<void> {
    return activateTutorat(context, {
        createClient: async () => {
            const module = context.asAbsolutePath('out/server.cjs');
            return new LanguageClient('tutorat', 'Tutorat', {
                run: { module, transport: TransportKind.ipc },
                debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
            }, clientOptions([{ scheme: 'file', language: 'tutorat' }, { scheme: 'untitled', language: 'tutorat' }], {
                // The server reloads the project configuration (tutorat.json and the files it extends) when one changes.
                synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.json') }
            }));
        },
        handbookWriter: serverWriter
    });
}

export const deactivate = deactivateTutorat;
