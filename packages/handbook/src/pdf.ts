import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

/** The PDF of an HTML file, made in a private temporary folder and returned as bytes. */
export async function printToPdf(browser: string, htmlPath: string): Promise<Buffer> {
    const scratch = await mkdtemp(join(tmpdir(), 'tutorat-pdf-'));
    const output = join(scratch, 'livret.pdf');
    try {
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

/**
 * Whether a PDF is one Tutorat printed: headless Chromium's signature in its information
 * dictionary. A PDF from anywhere else (a word processor, a scanner, a browser's own « print »)
 * is never replaced.
 */
export function isOwnPdf(bytes: Buffer): boolean {
    if (!isPdf(bytes)) {
        return false;
    }
    const text = bytes.toString('latin1');
    return text.includes('/Producer (Skia/PDF') && text.includes('HeadlessChrome');
}
