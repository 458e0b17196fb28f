import { randomBytes } from 'node:crypto';
import { link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically (temporary file in the same folder, then one step into place). Without
 * `replace`, an existing file is never touched: the step that puts the file in place fails instead
 * (a hard link does not replace), even if the file appeared since the command started.
 */
export async function writeNewFile(path: string, content: string | Uint8Array, replace: boolean): Promise<void> {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, content);
        if (replace) {
            await rename(temporary, path);
        } else {
            await link(temporary, path);
        }
    } finally {
        await rm(temporary, { force: true });
    }
}
