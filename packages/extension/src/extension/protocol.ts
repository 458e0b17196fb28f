// The custom requests of the Tutorat language server, shared by the client and the server entry.
// The handbook requests are answered by `registerHandbookRequests` of packages/handbook.

export const HANDBOOK_RENDER = 'tutorat/handbook/render';
export interface HandbookRenderParams { readonly uri: string; readonly findingsAnnex?: boolean }
export interface HandbookRenderResult { readonly title: string; readonly html: string; readonly draftErrors: number }

export const HANDBOOK_WRITE = 'tutorat/handbook/write';
/** `draft`: write even though the documents have errors (every page says so); `findingsAnnex: false`: without the findings annex. */
export interface HandbookWriteParams { readonly outputDir: string; readonly uri?: string; readonly draft?: boolean; readonly findingsAnnex?: boolean }
export interface HandbookWriteResult { readonly written: readonly string[]; readonly draftErrors: number }
/** The error code the server answers with when the documents still have errors and no draft was asked for. */
export const HANDBOOK_REFUSED = -32001;
export interface HandbookRefusedData { readonly refused: 'errors'; readonly errors: ReadonlyArray<{ readonly uri: string; readonly line: number; readonly message: string; readonly ruleId: string }> }

/** Re-reads every Tutorat file of the workspace, checks them all again and counts the findings. */
export const WORKSPACE_CHECK = 'tutorat/workspace/check';
export interface WorkspaceCheckResult {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
}

// Imports and exports of competence frameworks, answered by `registerInteropRequests` of packages/interop.
// The server converts; the extension asks the user for the files and writes them.
export const INTEROP_FRAMEWORKS = 'tutorat/interop/frameworks';
export interface InteropFrameworksParams { readonly uri: string }
export interface InteropFramework { readonly name: string; readonly title?: string; readonly line: number; readonly character: number }

export const INTEROP_IMPORT = 'tutorat/interop/import';
export interface InteropImportParams { readonly fileName: string; readonly data: string; readonly format?: InteropFormat }
export interface InteropImportResult { readonly name: string; readonly format: InteropFormat; readonly text: string; readonly warnings: readonly string[] }

export const INTEROP_EXPORT = 'tutorat/interop/export';
export interface InteropExportParams { readonly uri: string; readonly name?: string; readonly format: InteropFormat; readonly lastChange?: string }
export interface InteropExportResult { readonly name: string; readonly fileName: string; readonly content: string; readonly warnings: readonly string[] }

export type InteropFormat = 'moodle' | 'case' | 'tableur';
export const INTEROP_FORMATS: readonly InteropFormat[] = ['moodle', 'case', 'tableur'];
/** The largest file an import reads (the server says so too): the extension checks it before reading. */
export const INTEROP_MAX_BYTES = 40 * 1024 * 1024;
