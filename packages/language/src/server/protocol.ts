// The Tutorat language server's own protocol beyond LSP: what a client may send at `initialize`, and the custom
// requests and notifications. Plain constants and types only, so that any client (VS Code desktop or web,
// « Tutorat en ligne ») can import them without bundling the server.

/** What a client may send in `initializationOptions`. */
export interface TutoratInitializationOptions {
    /** `fr` or `en` chosen by the user; wins over the editor's display language (`locale` of `initialize`). */
    readonly locale?: string;
    /** Where the rule pages are, as a URL ending with `/`. */
    readonly docsBaseUrl?: string;
    /** The rule pages' file extension under `docsBaseUrl` (`.md` by default; a web site publishes `.html`). */
    readonly docsPageExtension?: string;
    /**
     * The workspace's files, for a server that cannot read them itself (in a browser): `.tutorat` documents and
     * the JSON configuration files. Later changes come through {@link FILES_CHANGED}.
     */
    readonly files?: readonly ClientFile[];
}

/** A file the client reads for the server: its URI and its text (`null`: it was deleted). */
export interface ClientFile {
    readonly uri: string;
    readonly text: string | null;
}

/**
 * Client → server notification: files of the workspace were created, changed or deleted outside the editor.
 * A server in a browser keeps its copy of the files up to date with it, then handles the change like LSP's
 * `workspace/didChangeWatchedFiles`.
 */
export const FILES_CHANGED = 'tutorat/files/changed';
export interface FilesChangedParams {
    readonly files: readonly ClientFile[];
}

/** Re-reads every Tutorat file of the workspace, checks them all again and counts the findings. */
export const WORKSPACE_CHECK = 'tutorat/workspace/check';
export interface WorkspaceCheckResult {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
}

/** The files a server in a browser needs from the workspace: Tutorat documents and JSON configuration. */
export function isWorkspaceFileOfInterest(path: string): boolean {
    return path.endsWith('.tutorat') || path.endsWith('.json');
}
