import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Printing a handbook to PDF with the headless Chromium installed on the machine (nothing is downloaded). */

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a quiet, offline, one-shot print: no sandbox (containers), no network chatter, no profile sync. */
export const CHROMIUM_FLAGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'
] as const;

const PRINT_TIMEOUT_MS = 120_000;

export function findChromium(explicit?: string): { readonly path?: string; readonly searched: readonly string[] } {
    const searched = explicit ? [explicit] : CANDIDATES;
    const path = searched.find((candidate) => {
        try {
            accessSync(candidate, constants.X_OK);
            return true;
        } catch {
            return false;
        }
    });
    return { path, searched };
}

/** The PDF of an HTML file, made in a private temporary folder and returned as bytes. */
export async function printToPdf(chromium: string, htmlPath: string): Promise<Buffer> {
    const scratch = await mkdtemp(join(tmpdir(), 'tutorat-pdf-'));
    const output = join(scratch, 'livret.pdf');
    try {
        await new Promise<void>((resolve, reject) => {
            execFile(chromium, [
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
