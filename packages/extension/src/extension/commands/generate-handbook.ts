import { commands, l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext, type WorkspaceFolder } from 'vscode';
import { ResponseError } from 'vscode-languageclient';
import { HANDBOOK_REFUSED, type HandbookSelection, type RefusedData } from '@tutorat/handbook/protocol';

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

/** The files a writer wrote, and the number of errors they were made with, as drafts (0: none). */
export interface HandbooksWritten {
    readonly written: Uri[];
    readonly draftErrors: number;
}

/** What the command did: the files written, or the number of errors that stopped it. */
export type GenerateHandbookResult = { readonly written: string[]; readonly draftErrors: number } | { readonly refused: number };

/** How the handbooks reach the workspace: written by the Node server on the desktop, through `workspace.fs` on the Web. */
export interface HandbookWriter {
    /**
     * Writes the selected handbooks into `folder`; throws a sentence for the user, or the server's
     * refusal (a `ResponseError` with code HANDBOOK_REFUSED) while the documents have errors and no draft is asked for.
     */
    write(folder: Uri, selection: HandbookSelection): Promise<HandbooksWritten>;
    /** Shows a written handbook. */
    show(file: Uri): Promise<void>;
}

/** `tutorat.generateHandbook`: asks for an output folder (default `livrets/`) and writes the handbooks there. */
export function registerGenerateHandbook(context: ExtensionContext, writer: HandbookWriter): void {
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
        const output = outputFolder(folder, asked.trim());
        const write = (draft: boolean) => window.withProgress(
            { location: ProgressLocation.Notification, title: l10n.t('Writing the handbooks…') },
            () => writer.write(output, { uri: args?.uri, draft, findingsAnnex: args?.findingsAnnex })
        );
        try {
            return await written(writer, await write(args?.draft === true), output);
        } catch (error) {
            if (error instanceof ResponseError && error.code === HANDBOOK_REFUSED) {
                const refused = (error.data as RefusedData | undefined)?.errors.length ?? 0;
                // Asked by a caller with its answer (draft: false), or by the user: never a handbook that hides its errors.
                if (args?.draft === false || !await offerDraft(error.message)) {
                    return { refused };
                }
                try {
                    return await written(writer, await write(true), output);
                } catch (retried) {
                    return notWritten(retried);
                }
            }
            return notWritten(error);
        }
    }));
}

/** The writer throws a sentence for the user (folder not writable, foreign files…). */
function notWritten(error: unknown): undefined {
    void window.showErrorMessage(l10n.t('The handbooks were not written: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
}

async function written(writer: HandbookWriter, result: HandbooksWritten, output: Uri): Promise<GenerateHandbookResult> {
    void announce(writer, result, output);
    return { written: result.written.map((file) => file.scheme === 'file' ? file.fsPath : file.toString()), draftErrors: result.draftErrors };
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

/** A folder relative to the workspace folder, or a full path (on the workspace folder's file system). */
function outputFolder(folder: WorkspaceFolder, asked: string): Uri {
    if (/^([a-zA-Z]:)?[\\/]/.test(asked)) {
        return folder.uri.scheme === 'file' ? Uri.file(asked) : folder.uri.with({ path: asked.replace(/\\/g, '/') });
    }
    return Uri.joinPath(folder.uri, asked);
}

async function announce(writer: HandbookWriter, result: HandbooksWritten, output: Uri): Promise<void> {
    if (result.written.length === 0) {
        void window.showWarningMessage(l10n.t('No handbook was written: the workspace has no institution with a charter, duos or training paths.'));
        return;
    }
    const open = l10n.t('Open the handbook');
    const shown = workspace.asRelativePath(output);
    const message = result.draftErrors > 0
        ? l10n.t('{0} draft file(s) written in {1}: every page says the documents still have {2} error(s).', result.written.length, shown, result.draftErrors)
        : l10n.t('{0} file(s) written in {1}.', result.written.length, shown);
    const choice = await window.showInformationMessage(message, open);
    if (choice === open) {
        await writer.show(result.written.find((file) => file.path.endsWith('.html')) ?? result.written[0]);
    }
}
