import { randomBytes } from 'node:crypto';
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { format, type Bilingual, type Locale } from '../i18n/locale.js';

/** A name next to `path`, hidden, that nothing else uses: where a file is written before it replaces `path`. */
function besides(path: string, kind: 'tmp' | 'bak'): string {
    return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${kind}`);
}

/**
 * Writes a file so that readers never see half of it: the content goes to a temporary file in the
 * same folder, which then replaces the target in one step. On failure nothing is left behind.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
    const temporary = besides(path, 'tmp');
    try {
        await writeFile(temporary, content);
        await rename(temporary, path);
    } catch (error) {
        await rm(temporary, { force: true });
        throw error;
    }
}

/** Some files were replaced and could not be put back after a later failure (see {@link writeFilesTogether}). */
export class FilesLeftChangedError extends Error {
    constructor(override readonly cause: unknown, readonly files: readonly string[]) {
        super(`${files.length} file(s) could not be restored`);
    }
}

/**
 * Writes several files as one: all of them, or none. Every content is first written beside its
 * target (a full disk or a size limit stops the run here, before anything is replaced); then each
 * target is replaced, the file it replaces kept aside until all are in place. If a replacement
 * fails, those already made are undone and the files kept aside come back. Only if undoing fails
 * too is a {@link FilesLeftChangedError} thrown, naming the files left changed.
 */
export async function writeFilesTogether(files: ReadonlyArray<{ readonly path: string; readonly content: string | Uint8Array }>): Promise<void> {
    const staged: Array<{ path: string; temporary: string }> = [];
    const removeStaged = () => Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    try {
        for (const { path, content } of files) {
            const temporary = besides(path, 'tmp');
            staged.push({ path, temporary });
            await writeFile(temporary, content);
        }
    } catch (error) {
        await removeStaged();
        throw error;
    }
    const replaced: Array<{ path: string; backup?: string }> = [];
    try {
        for (const { path, temporary } of staged) {
            const backup = await exists(path) ? besides(path, 'bak') : undefined;
            if (backup) {
                await rename(path, backup);
            }
            replaced.push({ path, backup });
            await rename(temporary, path);
        }
    } catch (error) {
        const left: string[] = [];
        for (const { path, backup } of replaced.reverse()) {
            try {
                await (backup ? rename(backup, path) : rm(path, { force: true }));
            } catch {
                left.push(path);
            }
        }
        await removeStaged();
        throw left.length > 0 ? new FilesLeftChangedError(error, left) : error;
    }
    await Promise.all(replaced.map(({ backup }) => backup && rm(backup, { force: true })));
}

async function exists(path: string): Promise<boolean> {
    try {
        await lstat(path);
        return true;
    } catch {
        return false;
    }
}

const FILE_ERRORS: Readonly<Record<string, Bilingual>> = {
    ENOSPC: { fr: 'le disque est plein', en: 'the disk is full' },
    EDQUOT: { fr: 'votre quota de disque est atteint', en: 'your disk quota is reached' },
    EFBIG: { fr: 'le fichier dépasse la taille permise', en: 'the file exceeds the size allowed' },
    EACCES: { fr: 'permission refusée', en: 'permission denied' },
    EPERM: { fr: 'opération non permise', en: 'operation not permitted' },
    EROFS: { fr: 'le disque est en lecture seule', en: 'the disk is read-only' },
    ENOENT: { fr: 'le dossier n’existe pas', en: 'the folder does not exist' },
    ENOTDIR: { fr: 'un élément du chemin n’est pas un dossier', en: 'part of the path is not a folder' },
    EISDIR: { fr: 'c’est un dossier', en: 'it is a folder' },
    EEXIST: { fr: 'un fichier porte déjà ce nom', en: 'a file already has this name' },
    ELOOP: { fr: 'les liens symboliques tournent en boucle', en: 'symbolic links go round in a loop' },
    ENAMETOOLONG: { fr: 'le nom est trop long', en: 'the name is too long' },
    EMFILE: { fr: 'trop de fichiers sont ouverts', en: 'too many files are open' },
    ENFILE: { fr: 'trop de fichiers sont ouverts', en: 'too many files are open' },
    EIO: { fr: 'erreur de lecture ou d’écriture du disque', en: 'disk input/output error' },
    EBUSY: { fr: 'le fichier est utilisé par un autre programme', en: 'the file is used by another program' }
};

/** A file system error as a user understands it: « le disque est plein (ENOSPC) ». */
export function explainFileError(error: unknown, locale: Locale): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const known = code ? FILE_ERRORS[code] : undefined;
    if (known) {
        return format('{what} ({code})', { what: known[locale], code: code! });
    }
    return code ?? (error instanceof Error ? error.message : String(error));
}
