import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** What the client tells the server when it starts (read by src/language-server/main.ts). */
export interface TutoratInitializationOptions {
    /** `fr` or `en` when the user chose one (`tutorat.language`); otherwise the server follows VS Code's display language. */
    readonly locale?: string;
}

/** The client of the bundled Tutorat language server (`out/server.cjs`, over Node IPC). */
export function createLanguageClient(context: ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'tutorat' }, { scheme: 'untitled', language: 'tutorat' }],
        // The server reloads the project configuration (tutorat.json and the files it extends) when one changes.
        synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.json') },
        initializationOptions: (): TutoratInitializationOptions => ({ locale: chosenLanguage() }),
        outputChannelName: 'Tutorat'
    };
    const client = new LanguageClient('tutorat', 'Tutorat', serverOptions, clientOptions);
    // The language is given once, at start: restart the server when the user changes it.
    context.subscriptions.push(workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('tutorat.language') && client.isRunning()) {
            void client.restart();
        }
    }));
    return client;
}

function chosenLanguage(): string | undefined {
    const language = workspace.getConfiguration('tutorat').get<string>('language', 'auto');
    return language === 'auto' ? undefined : language;
}
