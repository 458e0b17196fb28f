import type { Connection } from 'vscode-languageserver';
import { toLocale } from '../i18n/locale.js';
import type { TutoratSharedServices } from '../tutorat-module.js';
import { warmUpCompletionAfterFirstFindings } from './completion-warm-up.js';
import { watchConfiguration } from './configuration-problems.js';
import type { TutoratInitializationOptions } from './protocol.js';
import { registerWorkspaceCheck } from './workspace-check.js';
import { sendMessagesAsCopies } from './sent-messages.js';

export interface ServerOptions {
    /** Where the rule pages are (`…/docs/rules/`), as a URL; the client may also send `docsBaseUrl`. */
    readonly docsBaseUrl?: string;
}

/**
 * What every Tutorat language server does, whatever runs it (a Node process or a browser's Web Worker):
 * speak the client's language, link the rule pages, keep its findings' messages compact, report configuration problems on the configuration
 * files, and answer `tutorat/workspace/check`.
 */
export function configureTutoratServer(shared: TutoratSharedServices, connection: Connection, options: ServerOptions): void {
    sendMessagesAsCopies(connection);
    shared.tutorat.DocumentationLinks.setBase(options.docsBaseUrl);
    shared.lsp.LanguageServer.onInitialize((params) => {
        const chosen = params.initializationOptions as TutoratInitializationOptions | undefined;
        // The language chosen in the client's settings wins over the editor's display language.
        shared.tutorat.Locale.set(toLocale(chosen?.locale || params.locale));
        if (chosen?.docsBaseUrl) {
            shared.tutorat.DocumentationLinks.setBase(chosen.docsBaseUrl, chosen.docsPageExtension);
        }
    });
    watchConfiguration(shared, connection);
    registerWorkspaceCheck(shared, connection);
    warmUpCompletionAfterFirstFindings(shared);
}
