import { DefaultWorkspaceManager, delayNextTick, URI, UriUtils, type FileSystemNode, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type WorkspaceFolder } from 'langium';
import type { ConfigurationService } from '../config/configuration-service.js';

/** Files read and parsed between two turns of the event loop. */
export const FILE_READ_BATCH = 64;

/** Folders never searched for documents, by the command and the language server alike. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'out', 'dist']);

/**
 * Loads the workspace's documents when the language server starts. Langium reads every file at
 * once: with thousands of files the process runs out of file handles (EMFILE), start-up fails, and
 * the server then waits for ever for a workspace that never becomes ready. Here files are read a
 * batch at a time, a file that cannot be read is left out (and said so in the server's log), and
 * the workspace is declared ready whatever happened, so that the server always answers. What the
 * `ignore` patterns of tutorat.json name is left out — the same files `tutorat check` leaves out —
 * so that ignored copies and drafts neither get findings nor lend their names to references.
 */
export class TutoratWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices, private readonly configuration: ConfigurationService) {
        super(services);
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        try {
            return await super.performStartup(folders);
        } catch (error) {
            console.error('Tutorat : l’espace de travail n’a pas pu être lu entièrement ; les documents ouverts sont vérifiés.', error);
            this._ready.resolve();
            return [];
        }
    }

    /**
     * Reads and parses a batch of files at a time, each file read synchronously: one file open at a
     * time, and for thousands of small files several times cheaper than asynchronous reads (each costs
     * an open, a stat, a read and a close, each a trip through the event loop). Between batches the
     * server goes back to its event loop, so that it still hears its client.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        const all = uris.toArray();
        for (let start = 0; start < all.length; start += FILE_READ_BATCH) {
            for (const uri of all.slice(start, start + FILE_READ_BATCH)) {
                try {
                    collector(this.langiumDocuments.getDocument(uri) ?? this.langiumDocuments.createDocument(uri, this.fileSystemProvider.readFileSync(uri)));
                } catch (error) {
                    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
                    console.error(`Tutorat : le fichier ${uri.fsPath} ne peut pas être lu (${reason}) ; il est laissé de côté.`);
                }
            }
            await delayNextTick();
        }
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory && SKIPPED_FOLDERS.has(UriUtils.basename(entry.uri)) || !super.shouldIncludeEntry(entry)) {
            return false;
        }
        const root = (this.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri)).find((folder) => UriUtils.contains(folder, entry.uri));
        return this.configuration.ignoredBy(entry.uri, entry.isDirectory, root) === undefined;
    }
}
