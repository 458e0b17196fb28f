import { FileType, Uri, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FILES_CHANGED, isWorkspaceFileOfInterest, type ClientFile, type FilesChangedParams } from '@tutorat/language/protocol';

/** Folders never read: tools' and version control's, hidden ones. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);
/** A JSON file larger than this is not a Tutorat configuration (a lock file, a data export): it is not sent. */
const MAX_JSON_BYTES = 256 * 1024;
/** A workspace larger than this is read only in part, rather than freezing the editor. */
const MAX_FILES = 5000;

/**
 * The workspace's Tutorat documents and JSON configuration files, read through `workspace.fs` (any file system
 * VS Code for the Web offers: a GitHub repository, a local folder, a test mount) for the language server in its
 * Web Worker, which cannot read them itself. Kept up to date by a file watcher.
 */
export class WorkspaceFiles {
    private readonly texts = new Map<string, string>();

    /** Reads every file of interest under the workspace folders. */
    static async read(): Promise<WorkspaceFiles> {
        const files = new WorkspaceFiles();
        const found: Uri[] = [];
        for (const folder of workspace.workspaceFolders ?? []) {
            await collect(folder.uri, found);
        }
        await Promise.all(found.map((uri) => files.load(uri)));
        return files;
    }

    /** What the server is sent at start. */
    all(): ClientFile[] {
        return [...this.texts].map(([uri, text]) => ({ uri, text }));
    }

    /**
     * Sends the server every creation, change and deletion of a file of interest: from the file watcher, and from
     * the editor's own saves, creations and deletions (some file systems of the Web report no changes to watchers).
     * A file whose text did not change is not sent again.
     */
    watch(context: ExtensionContext, client: BaseLanguageClient): void {
        const send = (files: ClientFile[]) => {
            if (files.length > 0 && client.isRunning()) {
                void client.sendNotification(FILES_CHANGED, { files } satisfies FilesChangedParams);
            }
        };
        const changed = async (uri: Uri) => {
            const before = this.texts.get(uri.toString());
            if (await this.load(uri) && this.texts.get(uri.toString()) !== before) {
                send([{ uri: uri.toString(), text: this.texts.get(uri.toString())! }]);
            }
        };
        const deleted = (uri: Uri) => {
            if (this.texts.delete(uri.toString())) {
                send([{ uri: uri.toString(), text: null }]);
            }
        };
        const watcher = workspace.createFileSystemWatcher('**/*.{tutorat,json}');
        context.subscriptions.push(
            watcher,
            watcher.onDidCreate(changed),
            watcher.onDidChange(changed),
            watcher.onDidDelete(deleted),
            workspace.onDidSaveTextDocument((document) => changed(document.uri)),
            workspace.onDidCreateFiles((event) => event.files.forEach(changed)),
            workspace.onDidDeleteFiles((event) => event.files.forEach(deleted)),
            workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri, newUri }) => {
                deleted(oldUri);
                void changed(newUri);
            }))
        );
    }

    /** Reads one file; false when it is not of interest or cannot be read (it is then left out, not an error). */
    private async load(uri: Uri): Promise<boolean> {
        if (!isWorkspaceFileOfInterest(uri.path) || !workspace.getWorkspaceFolder(uri)) {
            return false;
        }
        try {
            const bytes = await workspace.fs.readFile(uri);
            if (uri.path.endsWith('.json') && bytes.byteLength > MAX_JSON_BYTES) {
                return false;
            }
            this.texts.set(uri.toString(), new TextDecoder().decode(bytes));
            return true;
        } catch {
            return false;
        }
    }
}

async function collect(folder: Uri, found: Uri[]): Promise<void> {
    let entries: [string, FileType][];
    try {
        entries = await workspace.fs.readDirectory(folder);
    } catch {
        return;
    }
    for (const [name, type] of entries) {
        if (found.length >= MAX_FILES || name.startsWith('.')) {
            continue;
        }
        const uri = Uri.joinPath(folder, name);
        if (type & FileType.Directory) {
            if (!SKIPPED_FOLDERS.has(name)) {
                await collect(uri, found);
            }
        } else if (isWorkspaceFileOfInterest(name)) {
            found.push(uri);
        }
    }
}
