import type { ExtensionContext } from 'vscode';
import { createLanguageClient } from './client.js';
import { registerCheckWorkspace } from './commands/check-workspace.js';
import { registerExportFramework } from './commands/export-framework.js';
import { registerGenerateHandbook } from './commands/generate-handbook.js';
import { registerImportFramework } from './commands/import-framework.js';
import { registerNewDocument } from './commands/new-document.js';
import { registerOpenRulePage } from './commands/open-rule-page.js';
import { registerPreviewHandbook } from './commands/preview-handbook.js';
import { registerSampleWorkspace } from './commands/sample-workspace.js';
import type { LanguageClient } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    // Commands first: they stay available (and say why they cannot work) even if the server fails to start.
    registerCheckWorkspace(context, client);
    registerGenerateHandbook(context, client);
    registerPreviewHandbook(context, client);
    registerImportFramework(context, client);
    registerExportFramework(context, client);
    registerNewDocument(context);
    registerOpenRulePage(context);
    registerSampleWorkspace(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
