import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** What « Tutorat en ligne » is given of the folder: its Tutorat documents and JSON configuration, nothing else. */
export interface ServedFolder {
    readonly name: string;
    readonly files: ReadonlyArray<{ readonly path: string; readonly text: string }>;
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Reads the folder's `.tutorat` and `.json` files (hidden files and folders, tools' folders and symbolic links left
 * out: nothing outside the folder is ever read), each time the application asks, so that it sees the disk as it is.
 */
export function readServedFolder(folder: string): ServedFolder {
    const files: Array<{ path: string; text: string }> = [];
    const visit = (current: string) => {
        for (const entry of readdirSync(current).sort()) {
            if (entry.startsWith('.') || files.length >= MAX_FILES) {
                continue;
            }
            const path = join(current, entry);
            const stats = lstatSync(path);
            if (stats.isDirectory() && !SKIPPED_FOLDERS.has(entry)) {
                visit(path);
            } else if (stats.isFile() && /\.(tutorat|json)$/.test(entry) && stats.size <= MAX_FILE_BYTES) {
                files.push({ path: relative(folder, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
            }
        }
    };
    visit(folder);
    return { name: basename(folder), files };
}
