import { workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import type { TutoratInitializationOptions } from '@tutorat/language/protocol';

/**
 * The options of the Tutorat language client, the same on the desktop (Node server) and on the Web (server in a
 * Web Worker): each entry adds what differs — which documents it serves and what else the server must be told.
 */
export function clientOptions(selector: DocumentSelector, more: Partial<LanguageClientOptions> & { initialization?: () => TutoratInitializationOptions } = {}): LanguageClientOptions {
    const { initialization, ...rest } = more;
    return {
        documentSelector: selector,
        initializationOptions: (): TutoratInitializationOptions => ({ ...initialization?.(), locale: chosenLanguage() }),
        outputChannelName: 'Tutorat',
        ...rest
    };
}

/** The language is given once, at start: restart the server when the user changes it. */
export function restartOnLanguageChange(context: ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('tutorat.language') && client.isRunning()) {
            // The Web client has no restart(): stop, then start (a new Web Worker).
            void client.stop().then(() => client.start());
        }
    }));
}

/** `fr` or `en` when the user chose one (`tutorat.language`); otherwise the server follows VS Code's display language. */
function chosenLanguage(): string | undefined {
    const language = workspace.getConfiguration('tutorat').get<string>('language', 'auto');
    return language === 'auto' ? undefined : language;
}
