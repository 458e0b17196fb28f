import type { ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { restartOnLanguageChange } from './client-options.js';
import { registerCheckWorkspace } from './commands/check-workspace.js';
import { registerExportFramework } from './commands/export-framework.js';
import { registerGenerateHandbook, type HandbookWriter } from './commands/generate-handbook.js';
import { registerImportFramework } from './commands/import-framework.js';
import { registerNewDocument } from './commands/new-document.js';
import { registerOpenRulePage } from './commands/open-rule-page.js';
import { registerPreviewHandbook } from './commands/preview-handbook.js';
import { registerSampleWorkspace } from './commands/sample-workspace.js';

/** What differs between VS Code desktop (a Node server) and VS Code for the Web (a server in a Web Worker). */
export interface ExtensionHost {
    createClient(context: ExtensionContext): Promise<BaseLanguageClient>;
    handbookWriter(client: BaseLanguageClient): HandbookWriter;
}

let client: BaseLanguageClient | undefined;

/** The activation both entries share: the same commands and the same client, over the host's server. */
export async function activateTutorat(context: ExtensionContext, host: ExtensionHost): Promise<void> {
    client = await host.createClient(context);
    restartOnLanguageChange(context, client);
    // Commands first: they stay available (and say why they cannot work) even if the server fails to start.
    registerCheckWorkspace(context, client);
    registerGenerateHandbook(context, host.handbookWriter(client));
    registerPreviewHandbook(context, client);
    registerImportFramework(context, client);
    registerExportFramework(context, client);
    registerNewDocument(context);
    registerOpenRulePage(context);
    registerSampleWorkspace(context);
    await client.start();
}

export async function deactivateTutorat(): Promise<void> {
    await client?.stop();
}
