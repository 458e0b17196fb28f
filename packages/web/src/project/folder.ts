// A folder of the user's disk, where the browser allows it (the File System Access API of Edge and Chrome): read
// once when opened, then each change is written back into it.

interface DirectoryHandle extends FileSystemDirectoryHandle {
    queryPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
    requestPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
    values(): AsyncIterable<FileSystemDirectoryHandle | FileSystemFileHandle>;
}

export function canOpenFolders(): boolean {
    return typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
}

/** Asks the user for a folder; undefined when they cancel. */
export async function pickFolder(): Promise<FileSystemDirectoryHandle | undefined> {
    try {
        return await (globalThis as unknown as { showDirectoryPicker(options: object): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker({ mode: 'readwrite', id: 'tutorat' });
    } catch {
        return undefined;
    }
}

const SKIPPED = new Set(['node_modules', '.git']);

/** The files of a folder and its subfolders, by path. */
export async function readFolder(folder: FileSystemDirectoryHandle, prefix = ''): Promise<Array<{ path: string; bytes: Uint8Array }>> {
    const found: Array<{ path: string; bytes: Uint8Array }> = [];
    for await (const entry of (folder as DirectoryHandle).values()) {
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) {
            continue;
        }
        if (entry.kind === 'directory') {
            found.push(...await readFolder(entry as FileSystemDirectoryHandle, `${prefix}${entry.name}/`));
        } else if (/\.(tutorat|json)$/.test(entry.name)) {
            const file = await (entry as FileSystemFileHandle).getFile();
            found.push({ path: prefix + entry.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }
    }
    return found;
}

/** Whether the browser still lets this page write into the folder (it asks again after a reload). */
export async function mayWrite(folder: FileSystemDirectoryHandle): Promise<boolean> {
    return await (folder as DirectoryHandle).queryPermission({ mode: 'readwrite' }) === 'granted';
}

/** Asks again (needs a click of the user). */
export async function askToWrite(folder: FileSystemDirectoryHandle): Promise<boolean> {
    return await (folder as DirectoryHandle).requestPermission({ mode: 'readwrite' }) === 'granted';
}

/**
 * Writes files into the folder (each one replaced in one step by the browser when its writer closes) and removes
 * deleted ones. False when the browser no longer allows writing: nothing is lost, the files stay in its storage.
 */
export async function saveToFolder(folder: FileSystemDirectoryHandle, files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, deleted: readonly string[]): Promise<boolean> {
    if (!await mayWrite(folder)) {
        return false;
    }
    for (const file of files) {
        const { parent, name } = await locate(folder, file.path, true);
        const writable = await (await parent.getFileHandle(name, { create: true })).createWritable();
        await writable.write(file.bytes as BufferSource);
        await writable.close();
    }
    for (const path of deleted) {
        try {
            const { parent, name } = await locate(folder, path, false);
            await parent.removeEntry(name);
        } catch {
            // Already gone.
        }
    }
    return true;
}

async function locate(folder: FileSystemDirectoryHandle, path: string, create: boolean): Promise<{ parent: FileSystemDirectoryHandle; name: string }> {
    const parts = path.split('/');
    let parent = folder;
    for (const part of parts.slice(0, -1)) {
        parent = await parent.getDirectoryHandle(part, { create });
    }
    return { parent, name: parts[parts.length - 1] };
}
