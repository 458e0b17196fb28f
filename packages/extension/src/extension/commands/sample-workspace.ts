import { commands, l10n, Uri, window, workspace, type ExtensionContext } from 'vscode';

/** The files under `samples/`, listed at build time (esbuild.mjs): on the Web, the extension's folders cannot be listed. */
declare const SAMPLE_FILES: readonly string[];

/** The files opened once the sample workspace is written: the template, the charter, the people, the duos, a path. */
const OPENED = ['federation-cp319/modele-charte-cp319.tutorat', 'les-tilleuls/charte.tutorat', 'les-tilleuls/organisation.tutorat', 'les-tilleuls/duos.tutorat', 'les-tilleuls/parcours-stage-lea.tutorat'];

/**
 * `tutorat.createSampleWorkspace` (walkthrough): copies the project's example workspace (shipped in `samples/`)
 * into the open folder, never overwriting a file, and opens its main documents. Everything goes through
 * `workspace.fs`, so that it works on the desktop and on the Web alike.
 */
export function registerSampleWorkspace(context: ExtensionContext): void {
    context.subscriptions.push(commands.registerCommand('tutorat.createSampleWorkspace', async (): Promise<string[]> => {
        const folder = workspace.workspaceFolders?.[0];
        if (!folder) {
            void window.showWarningMessage(l10n.t('Open a folder first (File > Open Folder…): the examples are written inside it.'));
            return [];
        }
        const source = Uri.joinPath(context.extensionUri, 'samples');
        const samples = SAMPLE_FILES.map((file) => file.split('/'));
        const written: string[] = [];
        for (const path of samples) {
            const target = Uri.joinPath(folder.uri, ...path);
            if (await exists(target)) {
                continue;
            }
            // Read and written rather than copied: the two may be on different file systems.
            await workspace.fs.writeFile(target, await workspace.fs.readFile(Uri.joinPath(source, ...path)));
            written.push(target.fsPath);
        }
        for (const name of OPENED) {
            const document = await workspace.openTextDocument(Uri.joinPath(folder.uri, ...name.split('/')));
            await window.showTextDocument(document, { preview: false, preserveFocus: name !== OPENED[1] });
        }
        const kept = samples.length - written.length;
        void window.showInformationMessage(kept === 0
            ? l10n.t('{0} example files written. The findings left on purpose are explained in comments.', written.length)
            : l10n.t('{0} example files written, {1} already there kept as they were.', written.length, kept));
        return written;
    }));
}

async function exists(uri: Uri): Promise<boolean> {
    return workspace.fs.stat(uri).then(() => true, () => false);
}
