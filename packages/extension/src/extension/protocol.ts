// The custom requests of the Tutorat language server, shared by the client and the server entry.
// The handbook requests are answered by `registerHandbookRequests` of packages/handbook.

export const HANDBOOK_RENDER = 'tutorat/handbook/render';
export interface HandbookRenderParams { readonly uri: string }
export interface HandbookRenderResult { readonly title: string; readonly html: string }

export const HANDBOOK_WRITE = 'tutorat/handbook/write';
export interface HandbookWriteParams { readonly outputDir: string; readonly uri?: string }
export interface HandbookWriteResult { readonly written: readonly string[] }

/** Re-reads every Tutorat file of the workspace, checks them all again and counts the findings. */
export const WORKSPACE_CHECK = 'tutorat/workspace/check';
export interface WorkspaceCheckResult {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
}
