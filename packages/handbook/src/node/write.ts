import { constants } from 'node:fs';
import { access, lstat, mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { format, type Bilingual, type Locale } from '@tutorat/language';
import { explainFileError, FilesLeftChangedError, writeFilesTogether } from '@tutorat/language/node';
import { FileNames, isSafeFileName } from '../file-names.js';
import { isOwnHandbook } from '../protocol.js';
import type { HandbookFile } from '../types.js';
import { BROWSER_VARIABLE, findBrowser, type BrowserSearch, type FoundBrowser } from './browser.js';
import { isOwnPdf, markAsTutorat, printToPdf } from './pdf.js';

/**
 * Writes handbooks into a folder, safely: only plain file names inside that folder, never over a
 * file Tutorat did not write, and all the handbooks of a run or none — a run that fails half-way
 * (a full disk) leaves the folder as it was.
 */

export interface WriteOptions {
    readonly locale: Locale;
    /** Also print each handbook to PDF with a headless Chrome, Chromium or Edge. */
    readonly pdf?: boolean;
    /** Which browser prints: by default the one named by TUTORAT_NAVIGATEUR, else the usual places. */
    readonly browser?: BrowserSearch;
}

export interface HandbooksWritten {
    readonly written: string[];
    /** The browser that printed the PDFs. */
    readonly browser?: FoundBrowser;
}

export type WriteProblem = 'not-a-folder' | 'not-writable' | 'left-changed' | 'foreign-files' | 'no-browser' | 'browser-unusable' | 'pdf-failed';

const MESSAGES: Readonly<Record<WriteProblem, Bilingual>> = {
    'not-a-folder': {
        fr: '« {folder} » n’est pas un dossier : indiquez avec -o le dossier où écrire les livrets. Rien n’a été écrit.',
        en: '"{folder}" is not a folder: give with -o the folder where the handbooks go. Nothing was written.'
    },
    'not-writable': {
        fr: 'Impossible d’écrire dans « {folder} » : {reason}. Rien n’a été écrit : les fichiers déjà présents dans ce dossier sont inchangés.',
        en: 'Cannot write in "{folder}": {reason}. Nothing was written: the files already in this folder are unchanged.'
    },
    'left-changed': {
        fr: 'Impossible d’écrire dans « {folder} » : {reason}. Les livrets de cette commande ont été retirés, mais ces fichiers n’ont pas pu reprendre leur version précédente : {files}. Produisez les livrets à nouveau quand le problème est réglé.',
        en: 'Cannot write in "{folder}": {reason}. This command’s handbooks were removed, but these files could not get their previous version back: {files}. Produce the handbooks again once the problem is solved.'
    },
    'foreign-files': {
        fr: 'Ces fichiers existent déjà dans « {folder} » et n’ont pas été produits par Tutorat : {files}. Tutorat ne les remplace pas. Choisissez un autre dossier avec -o, ou déplacez ces fichiers. Rien n’a été écrit.',
        en: 'These files already exist in "{folder}" and were not produced by Tutorat: {files}. Tutorat does not replace them. Choose another folder with -o, or move these files. Nothing was written.'
    },
    'no-browser': {
        fr: `L’option --pdf a besoin de Google Chrome, Chromium ou Microsoft Edge, introuvables ici (cherchés : {paths}). Installez-en un, indiquez où il se trouve avec --browser CHEMIN ou la variable ${BROWSER_VARIABLE}, ou produisez seulement le HTML, qui s’imprime aussi depuis un navigateur. Rien n’a été écrit.`,
        en: `The --pdf option needs Google Chrome, Chromium or Microsoft Edge, none of which was found (looked for: {paths}). Install one, say where it is with --browser PATH or the ${BROWSER_VARIABLE} variable, or produce the HTML only, which also prints from a browser. Nothing was written.`
    },
    'browser-unusable': {
        fr: 'Le navigateur indiqué par {origin} (« {path} ») n’existe pas ou ne peut pas être lancé : indiquez le chemin complet du programme du navigateur. Rien n’a été écrit.',
        en: 'The browser given by {origin} ("{path}") does not exist or cannot be started: give the full path of the browser’s program. Nothing was written.'
    },
    'pdf-failed': {
        fr: '{browser} n’a pas pu produire le PDF de « {file} » ({reason}). Rien n’a été écrit : les fichiers déjà présents dans ce dossier sont inchangés.',
        en: '{browser} could not produce the PDF of "{file}" ({reason}). Nothing was written: the files already in this folder are unchanged.'
    }
};

/** A reason the handbooks could not be written; its message is a sentence for the user. */
export class HandbookWriteError extends Error {
    constructor(readonly problem: WriteProblem, locale: Locale, params: Readonly<Record<string, string>>) {
        super(format(MESSAGES[problem][locale], params));
        this.name = 'HandbookWriteError';
    }
}

export async function writeHandbooks(files: readonly HandbookFile[], outputDir: string, options: WriteOptions): Promise<HandbooksWritten> {
    const folder = resolve(outputDir);
    const fail = (problem: WriteProblem, params: Record<string, string>) => new HandbookWriteError(problem, options.locale, { folder: outputDir, ...params });
    const browser = options.pdf ? printingBrowser(options, fail) : undefined;
    await prepareFolder(folder, fail, options.locale);

    // Names are checked again here: a caller may hand in files that did not come from buildHandbooks.
    const names = new FileNames();
    const planned = files.map((file) => {
        const name = isSafeFileName(file.fileName) && file.fileName.endsWith('.html') ? names.take([file.fileName.slice(0, -'.html'.length)]) : names.take([file.fileName]);
        return { file, html: join(folder, name), pdf: options.pdf ? join(folder, name.replace(/\.html$/, '.pdf')) : undefined };
    });

    const foreign: string[] = [];
    for (const target of planned) {
        for (const path of [target.html, target.pdf]) {
            if (!path) {
                continue;
            }
            const state = await ownership(path);
            if (state === 'foreign') {
                foreign.push(path.slice(folder.length + 1));
            }
        }
    }
    if (foreign.length > 0) {
        throw fail('foreign-files', { files: foreign.join(', ') });
    }

    // Everything is made before anything is written: the PDFs are printed from copies elsewhere.
    const contents: Array<{ path: string; content: string | Buffer }> = [];
    for (const target of planned) {
        contents.push({ path: target.html, content: target.file.html });
        if (browser && target.pdf) {
            try {
                contents.push({ path: target.pdf, content: markAsTutorat(await printToPdf(browser.path, target.file.html)) });
            } catch (error) {
                throw fail('pdf-failed', { browser: browser.name, file: target.file.fileName, reason: reasonOf(error) });
            }
        }
    }
    try {
        await writeFilesTogether(contents);
    } catch (error) {
        if (error instanceof FilesLeftChangedError) {
            throw fail('left-changed', { reason: explainFileError(error.cause, options.locale), files: error.files.map((path) => path.slice(folder.length + 1)).join(', ') });
        }
        throw fail('not-writable', { reason: explainFileError(error, options.locale) });
    }
    return { written: contents.map(({ path }) => path), browser };
}

/** The browser that will print, found before anything is written. */
function printingBrowser(options: WriteOptions, fail: (problem: WriteProblem, params: Record<string, string>) => HandbookWriteError): FoundBrowser {
    const found = findBrowser(options.browser);
    if ('browser' in found) {
        return found.browser;
    }
    if ('unusable' in found) {
        const origin = found.unusable.origin === 'option' ? '--browser' : options.locale === 'fr' ? `la variable ${BROWSER_VARIABLE}` : `the ${BROWSER_VARIABLE} variable`;
        throw fail('browser-unusable', { origin, path: found.unusable.path });
    }
    throw fail('no-browser', { paths: found.searched.join(', ') });
}

async function prepareFolder(folder: string, fail: (problem: WriteProblem, params: Record<string, string>) => HandbookWriteError, locale: Locale): Promise<void> {
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
            throw fail('not-writable', { reason: explainFileError(error, locale) });
        }
        try {
            await makeFolder(folder);
        } catch (creation) {
            throw fail('not-writable', { reason: explainFileError(creation, locale) });
        }
    }
    try {
        await access(folder, constants.W_OK | constants.X_OK);
    } catch (error) {
        throw fail('not-writable', { reason: explainFileError(error, locale) });
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
