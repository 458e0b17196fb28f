import { isAbsolute, join, relative } from 'node:path';
import { commands, env, l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import { HANDBOOK_REFUSED, HANDBOOK_WRITE, type HandbookRefusedData, type HandbookWriteParams, type HandbookWriteResult } from '../protocol.js';

export const DEFAULT_HANDBOOK_FOLDER = 'livrets';

export interface GenerateHandbookArguments {
    /** The output folder, absolute or relative to the workspace folder; asked when absent. */
    readonly outputDir?: string;
    /** Only the handbook of this document's institution; all of them when absent. */
    readonly uri?: string;
    /** Write drafts even though the documents have errors; asked when absent and they have some. */
    readonly draft?: boolean;
    /** false: without the annex of findings in the institution's handbook (default: as tutorat.json says). */
    readonly findingsAnnex?: boolean;
}

/** What the command did: the files written, or the number of errors that stopped it. */
export type GenerateHandbookResult = HandbookWriteResult | { readonly refused: number };

/** `tutorat.generateHandbook`: asks for an output folder (default `livrets/`) and has the server write the handbooks there. */
export function registerGenerateHandbook(context: ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(commands.registerCommand('tutorat.generateHandbook', async (args?: GenerateHandbookArguments): Promise<GenerateHandbookResult | undefined> => {
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
        const write = (draft: boolean) => window.withProgress(
            { location: ProgressLocation.Notification, title: l10n.t('Writing the handbooks…') },
            () => client.sendRequest<HandbookWriteResult>(HANDBOOK_WRITE, { outputDir, uri: args?.uri, draft, findingsAnnex: args?.findingsAnnex } satisfies HandbookWriteParams)
        );
        try {
            const result = await write(args?.draft === true);
            void announce(result, outputDir, folder.uri.fsPath);
            return result;
        } catch (error) {
            if (error instanceof ResponseError && error.code === HANDBOOK_REFUSED) {
                const refused = (error.data as HandbookRefusedData | undefined)?.errors.length ?? 0;
                // Asked by a caller with its answer (draft: false), or by the user: never a handbook that hides its errors.
                if (args?.draft === false || !await offerDraft(error.message)) {
                    return { refused };
                }
                return retryAsDraft(write, outputDir, folder.uri.fsPath);
            }
            // The server answers with a sentence for the user (folder not writable, foreign files…).
            void window.showErrorMessage(l10n.t('The handbooks were not written: {0}', error instanceof Error ? error.message : String(error)));
            return undefined;
        }
    }));
}

/** The documents still have errors: the user may correct them (the Problems view lists them) or write drafts. */
async function offerDraft(reason: string): Promise<boolean> {
    const draft = l10n.t('Write drafts');
    const show = l10n.t('Show the errors');
    const choice = await window.showWarningMessage(reason, draft, show);
    if (choice === show) {
        await commands.executeCommand('workbench.actions.view.problems');
    }
    return choice === draft;
}

async function retryAsDraft(write: (draft: boolean) => Thenable<HandbookWriteResult>, outputDir: string, root: string): Promise<HandbookWriteResult | undefined> {
    try {
        const result = await write(true);
        void announce(result, outputDir, root);
        return result;
    } catch (error) {
        void window.showErrorMessage(l10n.t('The handbooks were not written: {0}', error instanceof Error ? error.message : String(error)));
        return undefined;
    }
}

async function announce(result: HandbookWriteResult, outputDir: string, root: string): Promise<void> {
    const shown = relative(root, outputDir) || '.';
    if (result.written.length === 0) {
        void window.showWarningMessage(l10n.t('No handbook was written: the workspace has no institution with a charter, duos or training paths.'));
        return;
    }
    const open = l10n.t('Open the handbook');
    const written = result.draftErrors > 0
        ? l10n.t('{0} draft file(s) written in {1}: every page says the documents still have {2} error(s).', result.written.length, shown, result.draftErrors)
        : l10n.t('{0} file(s) written in {1}.', result.written.length, shown);
    const choice = await window.showInformationMessage(written, open);
    if (choice === open) {
        const first = result.written.find((file) => file.endsWith('.html')) ?? result.written[0];
        await env.openExternal(Uri.file(first));
    }
}
