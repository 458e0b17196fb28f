import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Printing a handbook to PDF with a headless Chrome, Chromium or Edge installed on the machine (see browser.ts). */

/** Flags for a quiet, offline, one-shot print: no sandbox (containers), no network chatter, no profile sync. */
export const CHROMIUM_FLAGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'
] as const;

const PRINT_TIMEOUT_MS = 120_000;

/** The PDF of a handbook (self-contained HTML), printed in a private temporary folder and returned as bytes. */
export async function printToPdf(browser: string, html: string): Promise<Buffer> {
    const scratch = await mkdtemp(join(tmpdir(), 'tutorat-pdf-'));
    const output = join(scratch, 'livret.pdf');
    const htmlPath = join(scratch, 'livret.html');
    try {
        await writeFile(htmlPath, html);
        await new Promise<void>((resolve, reject) => {
            execFile(browser, [
                ...CHROMIUM_FLAGS,
                `--user-data-dir=${join(scratch, 'profil')}`,
                '--no-pdf-header-footer',
                `--print-to-pdf=${output}`,
                pathToFileURL(htmlPath).href
            ], { timeout: PRINT_TIMEOUT_MS }, (error) => error ? reject(error) : resolve());
        });
        const pdf = await readFile(output);
        if (!isPdf(pdf)) {
            throw new Error('no PDF produced');
        }
        return pdf;
    } finally {
        await rm(scratch, { recursive: true, force: true });
    }
}

function isPdf(bytes: Buffer): boolean {
    return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** The key of the information dictionary only Tutorat writes (a PDF name no other producer uses). */
const MARK_KEY = '/TutoratLivret';
const MARK = `${MARK_KEY} (livret du tutorat)`;
/** Tutorat's update is the last thing in the file (a later edit, annotations saved by a reader, comes after it). */
const MARK_WINDOW = 64 * 1024;

/**
 * Marks a PDF printed by Chromium as Tutorat's: an incremental update (the original bytes are kept
 * as they are) adds a new information dictionary — the original one's entries, Tutorat as creator,
 * and {@link MARK_KEY}. Any PDF reader reads it; no other program writes that key.
 */
export function markAsTutorat(pdf: Buffer): Buffer {
    const text = pdf.toString('latin1');
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
    const trailer = text.lastIndexOf('trailer');
    const size = /\/Size\s+(\d+)/.exec(text.slice(trailer));
    const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(text.slice(trailer));
    if (!startxref || trailer < 0 || !size || !root) {
        throw new Error('unexpected PDF structure');
    }
    const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(text.slice(trailer));
    const original = info ? new RegExp(`(?:^|\\s)${info[1]}\\s+${info[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? '' : '';
    const entries = original.replace(/\/Creator\s*\((?:\\.|[^\\)])*\)/, '').trim();
    const number = Number(size[1]);
    const separator = text.endsWith('\n') ? '' : '\n';
    const objectOffset = pdf.length + separator.length;
    const object = `${number} 0 obj\n<<${entries}\n/Creator (Tutorat)\n${MARK}>>\nendobj\n`;
    const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
    const update = `${separator}${object}xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${number + 1}\n/Root ${root[1]}\n/Info ${number} 0 R\n/Prev ${startxref[1]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/**
 * Whether a PDF is one Tutorat printed: its last update is Tutorat's, with the mark only Tutorat
 * writes. A PDF from anywhere else (another tool driving headless Chromium, a word processor, a
 * scanner) — or a handbook someone annotated and saved since — is never replaced.
 */
export function isOwnPdf(bytes: Buffer): boolean {
    if (!isPdf(bytes)) {
        return false;
    }
    const tail = bytes.subarray(Math.max(0, bytes.length - MARK_WINDOW)).toString('latin1');
    const end = tail.lastIndexOf('%%EOF');
    const previous = end < 0 ? -1 : tail.lastIndexOf('%%EOF', end - 1);
    return previous >= 0 && tail.slice(previous, end).includes(MARK) && tail.slice(end + '%%EOF'.length).trim() === '';
}
