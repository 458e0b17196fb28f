import { constants } from 'node:fs';
import { access, lstat, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { format, type Bilingual, type Locale } from '@tutorat/language';
import { writeFileAtomically } from '@tutorat/language/node';
import { FileNames, isSafeFileName } from '../file-names.js';
import { isOwnHandbook } from '../protocol.js';
import { findChromium, isOwnPdf, printToPdf } from './pdf.js';
import type { HandbookFile } from '../types.js';

/**
 * Writes handbooks into a folder, safely: only plain file names inside that folder, never over a
 * file Tutorat did not write, each file replaced in one step, and nothing left behind when a
 * write fails.
 */

export interface WriteOptions {
    readonly locale: Locale;
    /** Also print each handbook to PDF with headless Chromium. */
    readonly pdf?: boolean;
    /** Where Chromium is; by default the usual places (/usr/bin/chromium…). */
    readonly chromium?: string;
}

export type WriteProblem = 'not-a-folder' | 'not-writable' | 'foreign-files' | 'no-chromium' | 'pdf-failed';

const MESSAGES: Readonly<Record<WriteProblem, Bilingual>> = {
    'not-a-folder': {
        fr: '« {folder} » n’est pas un dossier : indiquez avec -o le dossier où écrire les livrets. Rien n’a été écrit.',
        en: '"{folder}" is not a folder: give with -o the folder where the handbooks go. Nothing was written.'
    },
    'not-writable': {
        fr: 'Impossible d’écrire dans « {folder} » ({reason}). Vérifiez que le dossier existe et que vous avez le droit d’y écrire. Rien n’a été écrit.',
        en: 'Cannot write in "{folder}" ({reason}). Check that the folder exists and that you may write in it. Nothing was written.'
    },
    'foreign-files': {
        fr: 'Ces fichiers existent déjà dans « {folder} » et n’ont pas été produits par Tutorat : {files}. Tutorat ne les remplace pas. Choisissez un autre dossier avec -o, ou déplacez ces fichiers. Rien n’a été écrit.',
        en: 'These files already exist in "{folder}" and were not produced by Tutorat: {files}. Tutorat does not replace them. Choose another folder with -o, or move these files. Nothing was written.'
    },
    'no-chromium': {
        fr: 'L’option --pdf a besoin de Chromium, qui n’est pas installé ici (cherché : {paths}). Installez-le (par exemple « apt-get install chromium ») ou produisez seulement le HTML, qui s’imprime aussi depuis un navigateur. Rien n’a été écrit.',
        en: 'The --pdf option needs Chromium, which is not installed here (looked for: {paths}). Install it (e.g. "apt-get install chromium") or produce the HTML only, which also prints from a browser. Nothing was written.'
    },
    'pdf-failed': {
        fr: 'Chromium n’a pas pu produire le PDF de « {file} » ({reason}). Les livrets de cette commande ont été retirés : rien n’a été écrit.',
        en: 'Chromium could not produce the PDF of "{file}" ({reason}). This command’s handbooks were removed: nothing was written.'
    }
};

/** A reason the handbooks could not be written; its message is a sentence for the user. */
export class HandbookWriteError extends Error {
    constructor(readonly problem: WriteProblem, locale: Locale, params: Readonly<Record<string, string>>) {
        super(format(MESSAGES[problem][locale], params));
        this.name = 'HandbookWriteError';
    }
}

export async function writeHandbooks(files: readonly HandbookFile[], outputDir: string, options: WriteOptions): Promise<{ written: string[] }> {
    const folder = resolve(outputDir);
    const fail = (problem: WriteProblem, params: Record<string, string>) => new HandbookWriteError(problem, options.locale, { folder: outputDir, ...params });
    const chromium = options.pdf ? findChromium(options.chromium) : undefined;
    if (chromium && !chromium.path) {
        throw fail('no-chromium', { paths: chromium.searched.join(', ') });
    }
    await prepareFolder(folder, fail);

    // Names are checked again here: a caller may hand in files that did not come from buildHandbooks.
    const names = new FileNames();
    const planned = files.map((file) => {
        const name = isSafeFileName(file.fileName) && file.fileName.endsWith('.html') ? names.take([file.fileName.slice(0, -'.html'.length)]) : names.take([file.fileName]);
        return { file, html: join(folder, name), pdf: options.pdf ? join(folder, name.replace(/\.html$/, '.pdf')) : undefined };
    });

    const foreign: string[] = [];
    const existing = new Set<string>();
    for (const target of planned) {
        for (const path of [target.html, target.pdf]) {
            if (!path) {
                continue;
            }
            const state = await ownership(path);
            if (state === 'foreign') {
                foreign.push(path.slice(folder.length + 1));
            } else if (state === 'own') {
                existing.add(path);
            }
        }
    }
    if (foreign.length > 0) {
        throw fail('foreign-files', { files: foreign.join(', ') });
    }

    const written: string[] = [];
    const rollBack = async () => {
        // Files this run created are removed; files it replaced were Tutorat's own and are left as rewritten.
        await Promise.all(written.filter((path) => !existing.has(path)).map((path) => rm(path, { force: true })));
    };
    try {
        for (const target of planned) {
            await writeFileAtomically(target.html, target.file.html);
            written.push(target.html);
        }
    } catch (error) {
        await rollBack();
        throw fail('not-writable', { reason: reasonOf(error) });
    }
    if (chromium?.path) {
        for (const target of planned) {
            try {
                const pdf = await printToPdf(chromium.path, target.html);
                await writeFileAtomically(target.pdf!, pdf);
                written.push(target.pdf!);
            } catch (error) {
                await rollBack();
                throw fail('pdf-failed', { file: target.file.fileName, reason: reasonOf(error) });
            }
        }
    }
    return { written };
}

async function prepareFolder(folder: string, fail: (problem: WriteProblem, params: Record<string, string>) => HandbookWriteError): Promise<void> {
    try {
        const stats = await stat(folder);
        if (!stats.isDirectory()) {
            throw fail('not-a-folder', {});
        }
    } catch (error) {
        if (error instanceof HandbookWriteError) {
            throw error;
        }
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
            throw fail('not-writable', { reason: reasonOf(error) });
        }
        try {
            await makeFolder(folder);
        } catch (creation) {
            throw fail('not-writable', { reason: reasonOf(creation) });
        }
    }
    try {
        await access(folder, constants.W_OK | constants.X_OK);
    } catch (error) {
        throw fail('not-writable', { reason: reasonOf(error) });
    }
}

/**
 * `mkdir -p`, one folder at a time: Node's `mkdir(…, { recursive: true })` never returns where the
 * system answers "no such file" under an existing parent (`-o /proc/self/livrets`).
 */
async function makeFolder(folder: string): Promise<void> {
    const missing: string[] = [];
    for (let current = folder; ; current = dirname(current)) {
        try {
            await stat(current);
            break;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) {
                throw error;
            }
            missing.push(current);
        }
    }
    for (const path of missing.reverse()) {
        await mkdir(path);
    }
}

/** Whether a path is free, a file Tutorat wrote, or anything else (which is never replaced). */
async function ownership(path: string): Promise<'free' | 'own' | 'foreign'> {
    let stats;
    try {
        stats = await lstat(path);
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'free' : 'foreign';
    }
    if (!stats.isFile()) {
        return 'foreign';
    }
    try {
        return path.endsWith('.pdf') ? (isOwnPdf(await readFile(path)) ? 'own' : 'foreign') : (await startsAsOwnHtml(path) ? 'own' : 'foreign');
    } catch {
        return 'foreign';
    }
}

/** Tutorat's mark sits in the head, within the first few hundred bytes. */
async function startsAsOwnHtml(path: string): Promise<boolean> {
    const handle = await open(path, 'r');
    try {
        const buffer = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const head = buffer.subarray(0, bytesRead).toString('utf8');
        return isOwnHandbook(head);
    } finally {
        await handle.close();
    }
}

function reasonOf(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
