import { cp, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { commands, l10n, Uri, window, workspace, type ExtensionContext } from 'vscode';

/** The files opened once the sample workspace is written: the template, the charter, the people, the duos, a path. */
const OPENED = ['federation-cp319/modele-charte-cp319.tutorat', 'les-tilleuls/charte.tutorat', 'les-tilleuls/organisation.tutorat', 'les-tilleuls/duos.tutorat', 'les-tilleuls/parcours-stage-lea.tutorat'];

/**
 * `tutorat.createSampleWorkspace` (walkthrough): copies the project's example workspace (shipped in `samples/`)
 * into the open folder, never overwriting a file, and opens its main documents.
 */
export function registerSampleWorkspace(context: ExtensionContext): void {
    context.subscriptions.push(commands.registerCommand('tutorat.createSampleWorkspace', async (): Promise<string[]> => {
        const folder = workspace.workspaceFolders?.[0];
        if (!folder) {
            void window.showWarningMessage(l10n.t('Open a folder first (File > Open Folder…): the examples are written inside it.'));
            return [];
        }
        const source = context.asAbsolutePath('samples');
        const written: string[] = [];
        for (const file of await filesUnder(source)) {
            const target = join(folder.uri.fsPath, relative(source, file));
            if (await exists(target)) {
                continue;
            }
            await cp(file, target, { recursive: true });
            written.push(target);
        }
        for (const name of OPENED) {
            const document = await workspace.openTextDocument(Uri.file(join(folder.uri.fsPath, name)));
            await window.showTextDocument(document, { preview: false, preserveFocus: name !== OPENED[1] });
        }
        const kept = (await filesUnder(source)).length - written.length;
        void window.showInformationMessage(kept === 0
            ? l10n.t('{0} example files written. The findings left on purpose are explained in comments.', written.length)
            : l10n.t('{0} example files written, {1} already there kept as they were.', written.length, kept));
        return written;
    }));
}

async function filesUnder(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true });
    const nested = await Promise.all(entries.map((entry) => entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve([join(folder, entry.name)])));
    return nested.flat();
}

async function exists(path: string): Promise<boolean> {
    return stat(path).then(() => true, () => false);
}
