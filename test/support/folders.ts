import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files under a folder, by their path relative to it, with their text: a workspace for buildWorkspace. */
export function filesOf(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (current: string): void => {
        for (const entry of readdirSync(current)) {
            const path = join(current, entry);
            if (statSync(path).isDirectory()) {
                walk(path);
            } else {
                files[relative(folder, path)] = readFileSync(path, 'utf8');
            }
        }
    };
    walk(folder);
    return files;
}
