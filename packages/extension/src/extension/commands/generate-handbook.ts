import { isAbsolute, join, relative } from 'node:path';
import { commands, env, l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HANDBOOK_WRITE, type HandbookWriteParams, type HandbookWriteResult } from '../protocol.js';

export const DEFAULT_HANDBOOK_FOLDER = 'livrets';

export interface GenerateHandbookArguments {
    /** The output folder, absolute or relative to the workspace folder; asked when absent. */
    readonly outputDir?: string;
    /** Only the handbook of this document's institution; all of them when absent. */
    readonly uri?: string;
}

/** `tutorat.generateHandbook`: asks for an output folder (default `livrets/`) and has the server write the handbooks there. */
export function registerGenerateHandbook(context: ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(commands.registerCommand('tutorat.generateHandbook', async (args?: GenerateHandbookArguments): Promise<HandbookWriteResult | undefined> => {
        const folder = workspace.workspaceFolders?.[0];
        if (!folder) {
            void window.showWarningMessage(l10n.t('Open the folder of your Tutorat documents first: the handbooks are written inside it.'));
            return undefined;
        }
        const asked = args?.outputDir ?? await window.showInputBox({
            title: l10n.t('Generate the tutoring handbooks'),
            prompt: l10n.t('Folder where the handbooks are written, relative to the workspace folder'),
            value: DEFAULT_HANDBOOK_FOLDER,
            validateInput: (value) => value.trim() === '' ? l10n.t('Give a folder name, for example {0}', DEFAULT_HANDBOOK_FOLDER) : undefined
        });
        if (asked === undefined) {
            return undefined;
        }
        const outputDir = isAbsolute(asked) ? asked : join(folder.uri.fsPath, asked.trim());
        try {
            const result = await window.withProgress(
                { location: ProgressLocation.Notification, title: l10n.t('Writing the handbooks…') },
                () => client.sendRequest<HandbookWriteResult>(HANDBOOK_WRITE, { outputDir, uri: args?.uri } satisfies HandbookWriteParams)
            );
            void announce(result, outputDir, folder.uri.fsPath);
            return result;
        } catch (error) {
            // The server answers with a sentence for the user (folder not writable, foreign files…).
            void window.showErrorMessage(l10n.t('The handbooks were not written: {0}', error instanceof Error ? error.message : String(error)));
            return undefined;
        }
    }));
}

async function announce(result: HandbookWriteResult, outputDir: string, root: string): Promise<void> {
    const shown = relative(root, outputDir) || '.';
    if (result.written.length === 0) {
        void window.showWarningMessage(l10n.t('No handbook was written: the workspace has no institution with a charter, duos or training paths.'));
        return;
    }
    const open = l10n.t('Open the handbook');
    const choice = await window.showInformationMessage(l10n.t('{0} file(s) written in {1}.', result.written.length, shown), open);
    if (choice === open) {
        const first = result.written.find((file) => file.endsWith('.html')) ?? result.written[0];
        await env.openExternal(Uri.file(first));
    }
}
