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
