import { readZip, type ZipArchive } from '../files/zip.js';
import { readFolder } from './folder.js';

/** The example workspace and the templates, taken from the repository when the application is built (build.mjs). */
declare const EXAMPLE_FILES: Readonly<Record<string, string>>;
declare const TEMPLATES: ReadonlyArray<Template>;

export interface Template {
    /** The template's name (the snippet's, in French), e.g. « Charte d'institution ». */
    readonly name: string;
    readonly description: string;
    readonly text: string;
    /** A file name to propose. */
    readonly file: string;
}

export interface NewFile {
    readonly path: string;
    readonly text: string | null;
    readonly original: Uint8Array | null;
}

export function exampleFiles(): NewFile[] {
    return Object.entries(EXAMPLE_FILES).map(([path, text]) => ({ path, text, original: null }));
}

export function templates(): readonly Template[] {
    return TEMPLATES;
}

/** A template's text, its federation template filled in with one the workspace has (« charte qui étend le modèle de ma fédération »). */
export function templateText(template: Template, workspaceTexts: readonly string[]): string {
    const federation = workspaceTexts.map((text) => /^\s*modèle de charte\s+([\p{L}\p{N}_-]+)/mu.exec(text)?.[1]).find(Boolean);
    return federation ? template.text.replace(/\bModeleFederation\b/g, federation) : template.text;
}

const decoder = new TextDecoder();
const isText = (path: string) => /\.(tutorat|json)$/i.test(path);

/** A file read from the user's disk or an archive: text when Tutorat reads it, kept as bytes otherwise. */
export function fileFromBytes(path: string, bytes: Uint8Array): NewFile {
    return { path, text: isText(path) && !path.endsWith('/') ? decoder.decode(bytes) : null, original: bytes };
}

/** Every entry of a .zip (folders and other files too, so that exporting gives the same archive back). */
export async function zipFiles(bytes: Uint8Array): Promise<{ files: NewFile[]; archive: ZipArchive }> {
    const archive = await readZip(bytes);
    return { archive, files: archive.entries.map((entry) => fileFromBytes(entry.name, entry.data)) };
}

export async function folderFiles(folder: FileSystemDirectoryHandle): Promise<NewFile[]> {
    return (await readFolder(folder)).map(({ path, bytes }) => fileFromBytes(path, bytes));
}

/** The folder `tutorat web <dossier>` opened, when the application is served by it (elsewhere: none). */
export async function servedFolder(): Promise<{ name: string; files: NewFile[] } | undefined> {
    try {
        const response = await fetch('dossier/index.json', { cache: 'no-store' });
        if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) {
            return undefined;
        }
        const served = await response.json() as { name: string; files: Array<{ path: string; text: string }> };
        return { name: served.name, files: served.files.map((file) => ({ path: file.path, text: file.text, original: new TextEncoder().encode(file.text) })) };
    } catch {
        return undefined;
    }
}
