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
}
export type RenderResult = { readonly title: string; readonly html: string } | null;

export interface FilesParams {
    /** When given, only the handbooks of this document's institution (or template). */
    readonly uri?: string;
}
export interface FilesResult {
    readonly files: HandbookFile[];
}

export interface WriteParams {
    /** An absolute folder path, or a `file:` URI. */
    readonly outputDir: string;
    /** When given, only the handbooks of this document's institution (or template). */
    readonly uri?: string;
}
export interface WriteResult {
    readonly written: string[];
}

/** The mark of a file Tutorat wrote (the `generator` meta of every handbook): only files that carry it are ever replaced. */
export const GENERATOR_MARK = '<meta name="generator" content="Tutorat">';

/** Whether a file's first bytes (a few kilobytes, as text) are those of a handbook Tutorat wrote. */
export function isOwnHandbook(head: string): boolean {
    return head.startsWith('<!DOCTYPE html>') && head.includes(GENERATOR_MARK);
}
