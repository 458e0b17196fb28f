// The handbook requests of the Tutorat language server, shared by the server and its clients (VS Code desktop
// and web, « Tutorat en ligne »). Plain constants and types only: a client imports them without the generator.
import type { HandbookFile } from './types.js';

export const HandbookRequests = {
    /** The handbook of one document's institution (or template), as an HTML page: the live preview. */
    render: 'tutorat/handbook/render',
    /** Every handbook (or one document's), as files for the client to write where it can (`workspace.fs`, a download). */
    files: 'tutorat/handbook/files',
    /** Writes the handbooks into a folder of the server's disk (servers that run in Node only). */
    write: 'tutorat/handbook/write'
} as const;

export interface RenderParams {
    readonly uri: string;
    /** false leaves the findings annex out of the institution's handbook (default: as the project says). */
    readonly findingsAnnex?: boolean;
}
/** `draftErrors`: the handbook is a draft made with that many errors (0: none). */
export type RenderResult = { readonly title: string; readonly html: string; readonly draftErrors: number } | null;

/** Which handbooks to make: those of the `files` and `write` requests. */
export interface HandbookSelection {
    /** When given, only the handbooks of this document's institution (or template). */
    readonly uri?: string;
    /** Make them even though the documents have errors: drafts, every page says so. */
    readonly draft?: boolean;
    /** false leaves the findings annex out of the institution's handbook (default: as the project says). */
    readonly findingsAnnex?: boolean;
}

export type FilesParams = HandbookSelection;
export interface FilesResult {
    readonly files: HandbookFile[];
    /** The number of errors the handbooks were made with, as drafts (0: none). */
    readonly draftErrors: number;
}

export interface WriteParams extends HandbookSelection {
    /** An absolute folder path, or a `file:` URI. */
    readonly outputDir: string;
}
export interface WriteResult {
    readonly written: string[];
    /** The number of errors the handbooks were written with, as drafts (0: none). */
    readonly draftErrors: number;
}

/** The error code of the answer refusing handbooks because the documents have errors (understood, not ready). */
export const HANDBOOK_REFUSED = -32001;

/** The data of that answer: which errors, the first one first. */
export interface RefusedData {
    readonly refused: 'errors';
    readonly errors: ReadonlyArray<{ readonly uri: string; readonly line: number; readonly message: string; readonly ruleId: string }>;
}

/** The mark of a file Tutorat wrote (the `generator` meta of every handbook): only files that carry it are ever replaced. */
export const GENERATOR_MARK = '<meta name="generator" content="Tutorat">';

/** Whether a file's first bytes (a few kilobytes, as text) are those of a handbook Tutorat wrote. */
export function isOwnHandbook(head: string): boolean {
    return head.startsWith('<!DOCTYPE html>') && head.includes(GENERATOR_MARK);
}
