import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as absolute paths in a stable order. */
export function pathsUnder(folder: string): string[] {
    return readdirSync(folder).sort().flatMap((entry) => {
        const path = join(folder, entry);
        return statSync(path).isDirectory() ? pathsUnder(path) : [path];
    });
}

/** The files under a folder, by their path relative to it, with their text: a workspace for buildWorkspace. */
export function filesOf(folder: string): Record<string, string> {
    return Object.fromEntries(pathsUnder(folder).map((path) => [relative(folder, path), readFileSync(path, 'utf8')]));
}
