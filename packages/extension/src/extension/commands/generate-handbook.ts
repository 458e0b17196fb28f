import { commands, l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext, type WorkspaceFolder } from 'vscode';

export const DEFAULT_HANDBOOK_FOLDER = 'livrets';

export interface GenerateHandbookArguments {
    /** The output folder, absolute or relative to the workspace folder; asked when absent. */
    readonly outputDir?: string;
    /** Only the handbook of this document's institution; all of them when absent. */
    readonly uri?: string;
}

/** How the handbooks reach the workspace: written by the Node server on the desktop, through `workspace.fs` on the Web. */
export interface HandbookWriter {
    /** Writes the handbooks (only those of one document's institution when `uri` is given) into `folder`; throws a sentence for the user. */
    write(folder: Uri, uri: string | undefined): Promise<Uri[]>;
    /** Shows a written handbook. */
    show(file: Uri): Promise<void>;
}

/** `tutorat.generateHandbook`: asks for an output folder (default `livrets/`) and writes the handbooks there. */
export function registerGenerateHandbook(context: ExtensionContext, writer: HandbookWriter): void {
    context.subscriptions.push(commands.registerCommand('tutorat.generateHandbook', async (args?: GenerateHandbookArguments): Promise<{ written: string[] } | undefined> => {
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
        try {
            const written = await window.withProgress(
                { location: ProgressLocation.Notification, title: l10n.t('Writing the handbooks…') },
                () => writer.write(output, args?.uri)
            );
            void announce(writer, written, output);
            return { written: written.map((file) => file.fsPath) };
        } catch (error) {
            // The writer throws a sentence for the user (folder not writable, foreign files…).
            void window.showErrorMessage(l10n.t('The handbooks were not written: {0}', error instanceof Error ? error.message : String(error)));
            return undefined;
        }
    }));
}

/** A folder relative to the workspace folder, or a full path (on the workspace folder's file system). */
function outputFolder(folder: WorkspaceFolder, asked: string): Uri {
    if (/^([a-zA-Z]:)?[\\/]/.test(asked)) {
        return folder.uri.scheme === 'file' ? Uri.file(asked) : folder.uri.with({ path: asked.replace(/\\/g, '/') });
    }
    return Uri.joinPath(folder.uri, asked);
}

async function announce(writer: HandbookWriter, written: readonly Uri[], output: Uri): Promise<void> {
    if (written.length === 0) {
        void window.showWarningMessage(l10n.t('No handbook was written: the workspace has no institution with a charter, duos or training paths.'));
        return;
    }
    const open = l10n.t('Open the handbook');
    const choice = await window.showInformationMessage(l10n.t('{0} file(s) written in {1}.', written.length, workspace.asRelativePath(output)), open);
    if (choice === open) {
        await writer.show(written.find((file) => file.path.endsWith('.html')) ?? written[0]);
    }
}
