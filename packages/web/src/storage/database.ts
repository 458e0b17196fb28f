// The browser's storage of the workspaces (IndexedDB): it survives a reload, a crash and a closed tab. One record per
// workspace, one per file; a file is written within a moment of each edit.

export type Origin = 'example' | 'empty' | 'zip' | 'files' | 'folder' | 'served';

export interface WorkspaceRecord {
    readonly id: string;
    name: string;
    readonly origin: Origin;
    readonly created: number;
    opened: number;
    /** The .zip the workspace was imported from: unchanged files are exported again exactly as they were in it. */
    archive?: Uint8Array;
    /** The folder of the user's disk the workspace is (File System Access API), where the browser allows it. */
    folder?: FileSystemDirectoryHandle;
}

export interface FileRecord {
    readonly workspace: string;
    /** The path in the workspace, `/` separators, no leading `/`. */
    readonly path: string;
    /** The text of a Tutorat or JSON file; null for any other file, kept only to be exported again. */
    text: string | null;
    /** The bytes as imported; an unedited file is exported and saved as exactly these bytes. */
    original: Uint8Array | null;
    edited: boolean;
    modified: number;
}

const DATABASE = 'tutorat-en-ligne';
const VERSION = 1;

export class Database {
    private constructor(private readonly db: IDBDatabase) {}

    static open(): Promise<Database> {
        return new Promise((resolve, reject) => {
            const request = indexedDB.open(DATABASE, VERSION);
            request.onupgradeneeded = () => {
                const db = request.result;
                db.createObjectStore('workspaces', { keyPath: 'id' });
                const files = db.createObjectStore('files', { keyPath: ['workspace', 'path'] });
                files.createIndex('workspace', 'workspace');
            };
            request.onsuccess = () => resolve(new Database(request.result));
            request.onerror = () => reject(request.error);
        });
    }

    workspaces(): Promise<WorkspaceRecord[]> {
        return this.request('workspaces', 'readonly', (store) => store.getAll());
    }

    workspace(id: string): Promise<WorkspaceRecord | undefined> {
        return this.request('workspaces', 'readonly', (store) => store.get(id));
    }

    putWorkspace(record: WorkspaceRecord): Promise<void> {
        return this.request('workspaces', 'readwrite', (store) => store.put(record)).then(() => undefined);
    }

    files(workspace: string): Promise<FileRecord[]> {
        return this.request('files', 'readonly', (store) => store.index('workspace').getAll(workspace));
    }

    putFiles(records: readonly FileRecord[]): Promise<void> {
        return new Promise((resolve, reject) => {
            const transaction = this.db.transaction('files', 'readwrite');
            records.forEach((record) => transaction.objectStore('files').put(record));
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
        });
    }

    deleteFile(workspace: string, path: string): Promise<void> {
        return this.request('files', 'readwrite', (store) => store.delete([workspace, path])).then(() => undefined);
    }

    async deleteWorkspace(id: string): Promise<void> {
        const files = await this.files(id);
        await new Promise<void>((resolve, reject) => {
            const transaction = this.db.transaction(['files', 'workspaces'], 'readwrite');
            files.forEach((file) => transaction.objectStore('files').delete([id, file.path]));
            transaction.objectStore('workspaces').delete(id);
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
        });
    }

    private request<T>(store: string, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
        return new Promise((resolve, reject) => {
            const request = action(this.db.transaction(store, mode).objectStore(store));
            request.onsuccess = () => resolve(request.result as T);
            request.onerror = () => reject(request.error);
        });
    }
}
