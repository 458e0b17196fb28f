// The interop requests of the Tutorat language server, shared by the client and the server entry. (The handbook's and
// the workspace check's are in @tutorat/handbook/protocol and @tutorat/language/protocol.)

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
