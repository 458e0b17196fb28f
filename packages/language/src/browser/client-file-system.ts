import { URI, UriTrie, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { ClientFile } from '../server/protocol.js';

/**
 * The workspace's files as the client sent them, for a language server that cannot read a disk (in a
 * browser's Web Worker). Folders are implied by the files' paths. The client keeps this copy up to date
 * (`tutorat/files/changed`); documents open in the editor are synchronised by LSP as usual and win.
 */
export class ClientFileSystem implements FileSystemProvider {
    /** Files by URI segment (Langium's trie): a folder's children without scanning the whole workspace. */
    private readonly files = new UriTrie<string>();

    /** Applies what the client sent: a text creates or replaces a file, `null` deletes it. */
    apply(files: readonly ClientFile[]): void {
        for (const file of files) {
            const uri = URI.parse(file.uri);
            if (file.text === null) {
                this.files.delete(uri);
            } else {
                this.files.insert(uri, file.text);
            }
        }
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return Promise.resolve(this.statSync(uri));
    }

    statSync(uri: URI): FileSystemNode {
        const node = this.files.findNode(uri);
        if (!node) {
            throw notFound(uri);
        }
        return { isFile: node.element !== undefined, isDirectory: node.element === undefined, uri };
    }

    exists(uri: URI): Promise<boolean> {
        return Promise.resolve(this.existsSync(uri));
    }

    existsSync(uri: URI): boolean {
        return this.files.hasNode(uri);
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
        const text = this.files.find(uri);
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
        if (!this.files.hasNode(uri)) {
            throw notFound(uri);
        }
        return this.files.findChildren(uri).map((child) => ({ isFile: child.element !== undefined, isDirectory: child.element === undefined, uri: URI.parse(child.uri) }));
    }
}

function notFound(uri: URI): Error {
    return Object.assign(new Error(`No such file: ${uri.toString()}`), { code: 'ENOENT' });
}
