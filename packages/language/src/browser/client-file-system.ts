import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { ClientFile } from '../server/protocol.js';

/**
 * The workspace's files as the client sent them, for a language server that cannot read a disk (in a
 * browser's Web Worker). Folders are implied by the files' paths. The client keeps this copy up to date
 * (`tutorat/files/changed`); documents open in the editor are synchronised by LSP as usual and win.
 */
export class ClientFileSystem implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    /** Applies what the client sent: a text creates or replaces a file, `null` deletes it. */
    apply(files: readonly ClientFile[]): void {
        for (const file of files) {
            const key = keyOf(URI.parse(file.uri));
            if (file.text === null) {
                this.files.delete(key);
            } else {
                this.files.set(key, file.text);
            }
        }
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return Promise.resolve(this.statSync(uri));
    }

    statSync(uri: URI): FileSystemNode {
        if (this.files.has(keyOf(uri))) {
            return { isFile: true, isDirectory: false, uri };
        }
        if (this.isFolder(uri)) {
            return { isFile: false, isDirectory: true, uri };
        }
        throw notFound(uri);
    }

    exists(uri: URI): Promise<boolean> {
        return Promise.resolve(this.existsSync(uri));
    }

    existsSync(uri: URI): boolean {
        return this.files.has(keyOf(uri)) || this.isFolder(uri);
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return Promise.resolve(this.readBinarySync(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    readFile(uri: URI): Promise<string> {
        return Promise.resolve(this.readFileSync(uri));
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(keyOf(uri));
        if (text === undefined) {
            throw notFound(uri);
        }
        return text;
    }

    readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return Promise.resolve(this.readDirectorySync(uri));
    }

    /** The files and folders directly inside a folder. */
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = folderPrefix(uri);
        const entries = new Map<string, FileSystemNode>();
        for (const key of this.files.keys()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            const rest = key.slice(prefix.length);
            const slash = rest.indexOf('/');
            const name = slash < 0 ? rest : rest.slice(0, slash);
            if (!entries.has(name)) {
                const child = URI.parse(prefix + name);
                entries.set(name, { isFile: slash < 0, isDirectory: slash >= 0, uri: child });
            }
        }
        return [...entries.values()];
    }

    private isFolder(uri: URI): boolean {
        const prefix = folderPrefix(uri);
        for (const key of this.files.keys()) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

/** One spelling per file: `URI.toString()` encodes the same path the same way whatever the client wrote. */
function keyOf(uri: URI): string {
    return uri.toString();
}

function folderPrefix(uri: URI): string {
    const key = keyOf(uri);
    return key.endsWith('/') ? key : key + '/';
}

function notFound(uri: URI): Error {
    return Object.assign(new Error(`No such file: ${uri.toString()}`), { code: 'ENOENT' });
}
