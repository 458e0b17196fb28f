// The interop requests of the Tutorat language server, shared by the server and its clients (the VS Code extension).
// Plain constants and types only: a client imports them without the converters.

/** The formats a framework is imported from and exported to. */
export const FORMATS = ['moodle', 'case', 'tableur'] as const;
export type FormatName = (typeof FORMATS)[number];

/**
 * The largest file an import reads. A framework of two thousand competences takes about 1 MB as a
 * table or a Moodle CSV, but some 23 MB as a CASE package (every savoir, criterion and indicator is
 * an item with its associations); beyond this size the file is almost certainly not a framework.
 * The extension checks it before reading a file; the server refuses a larger one anyway.
 */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

/**
 * The requests the editor sends for imports and exports. The server reads and converts; the
 * client asks the user for files and writes them, so a server without disk (the web) serves too.
 */
export const InteropRequests = {
    frameworks: 'tutorat/interop/frameworks',
    import: 'tutorat/interop/import',
    export: 'tutorat/interop/export'
} as const;

export interface FrameworksParams {
    readonly uri: string;
}

/** A framework declared in a document: where its code lens goes. */
export interface FrameworkSummary {
    readonly name: string;
    readonly title?: string;
    readonly line: number;
    readonly character: number;
}

export interface ImportParams {
    readonly fileName: string;
    /** The file's bytes, in base64. */
    readonly data: string;
    readonly format?: FormatName;
}

export interface ImportResponse {
    readonly name: string;
    readonly format: FormatName;
    readonly text: string;
    readonly warnings: string[];
}

export interface ExportParams {
    readonly uri: string;
    /** The framework's name; may be left out when the document holds only one. */
    readonly name?: string;
    readonly format: FormatName;
    /** The document's modification time (RFC 3339); now when absent. */
    readonly lastChange?: string;
}

export interface ExportResponse {
    readonly name: string;
    readonly fileName: string;
    readonly content: string;
    readonly warnings: string[];
}
