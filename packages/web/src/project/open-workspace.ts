import type { ClientFile } from '@tutorat/language/protocol';
import type { Database, FileRecord, WorkspaceRecord } from '../storage/database.js';
import { saveToFolder } from './folder.js';

/** Where the workspace's files are for the language server: one folder, whatever the workspace's name. */
export const ROOT = 'file:///espace';

/** How long after an edit the file is written into the browser's storage (and into the user's folder). */
const SAVE_DELAY_MS = 250;

export type SaveState = 'saved' | 'saving' | 'folder-permission';

/**
 * The workspace being edited: its files in memory, written back into the browser's storage shortly after each
 * change (and at once when the page is hidden or closed), and into the user's folder when it is one.
 */
export class OpenWorkspace {
    private readonly files = new Map<string, FileRecord>();
    private readonly dirty = new Set<string>();
    private readonly deleted = new Set<string>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly listeners = new Set<(state: SaveState) => void>();
    private saving: Promise<void> = Promise.resolve();

    constructor(readonly record: WorkspaceRecord, files: readonly FileRecord[], private readonly db: Database) {
        files.forEach((file) => this.files.set(file.path, file));
    }

    uriOf(path: string): string {
        return `${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`;
    }

    pathOf(uri: string): string {
        return uri.startsWith(ROOT + '/') ? uri.slice(ROOT.length + 1).split('/').map(decodeURIComponent).join('/') : uri;
    }

    has(path: string): boolean {
        return this.files.has(path);
    }

    file(path: string): FileRecord | undefined {
        return this.files.get(path);
    }

    /** The Tutorat documents, in path order. */
    documents(): FileRecord[] {
        return [...this.files.values()].filter((file) => file.text !== null && file.path.endsWith('.tutorat')).sort((a, b) => a.path < b.path ? -1 : 1);
    }

    /** The other files: configuration (`.json`) and whatever an imported archive held. */
    others(): FileRecord[] {
        return [...this.files.values()].filter((file) => !(file.text !== null && file.path.endsWith('.tutorat')) && !file.path.endsWith('/')).sort((a, b) => a.path < b.path ? -1 : 1);
    }

    all(): FileRecord[] {
        return [...this.files.values()];
    }

    /** What the language server is given: the documents and the JSON configuration files. */
    clientFiles(): ClientFile[] {
        return [...this.files.values()].filter((file) => file.text !== null && /\.(tutorat|json)$/.test(file.path)).map((file) => ({ uri: this.uriOf(file.path), text: file.text }));
    }

    /** The bytes of a file as it must be exported or saved: as imported when it was not edited. */
    bytesOf(file: FileRecord): Uint8Array {
        if (!file.edited && file.original) {
            return file.original;
        }
        const text = new TextEncoder().encode(file.text ?? '');
        const bom = file.original && file.original[0] === 0xef && file.original[1] === 0xbb && file.original[2] === 0xbf;
        return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...text]) : text;
    }

    setText(path: string, text: string): void {
        const file = this.files.get(path);
        if (!file || file.text === text) {
            return;
        }
        file.text = text;
        file.edited = true;
        file.modified = Date.now();
        this.touch(path);
    }

    create(path: string, text: string | null, original: Uint8Array | null = null): FileRecord {
        const file: FileRecord = { workspace: this.record.id, path, text, original, edited: original === null, modified: Date.now() };
        this.files.set(path, file);
        this.deleted.delete(path);
        this.touch(path);
        return file;
    }

    delete(path: string): void {
        this.files.delete(path);
        this.dirty.delete(path);
        this.deleted.add(path);
        this.schedule();
    }

    onSave(listener: (state: SaveState) => void): void {
        this.listeners.add(listener);
    }

    /** Writes what changed now (the page is being hidden or closed, or the user exports). */
    flush(): Promise<void> {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.saving = this.saving.then(() => this.write());
        return this.saving;
    }

    private touch(path: string): void {
        this.dirty.add(path);
        this.schedule();
    }

    private schedule(): void {
        this.listeners.forEach((listener) => listener('saving'));
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    }

    private async write(): Promise<void> {
        const files = [...this.dirty].map((path) => this.files.get(path)).filter((file): file is FileRecord => file !== undefined);
        const deleted = [...this.deleted];
        this.dirty.clear();
        this.deleted.clear();
        if (files.length === 0 && deleted.length === 0) {
            return;
        }
        await this.db.putFiles(files);
        await Promise.all(deleted.map((path) => this.db.deleteFile(this.record.id, path)));
        let state: SaveState = 'saved';
        if (this.record.folder) {
            state = await saveToFolder(this.record.folder, files.map((file) => ({ path: file.path, bytes: this.bytesOf(file) })), deleted) ? 'saved' : 'folder-permission';
            if (state === 'folder-permission') {
                // Kept for the next try, once the user allowed it again.
                files.forEach((file) => this.dirty.add(file.path));
            }
        }
        this.listeners.forEach((listener) => listener(state));
    }
}
