import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFiles } from './generate.js';

/** Writes a generated workspace into `root`, replacing what was there. */
export function writeWorkspace(root: string, files: GeneratedFiles): void {
    rmSync(root, { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
}

/** The `.tutorat` files under a folder, sorted, as the CLI finds them (hidden folders skipped). */
export function listDocuments(folder: string): string[] {
    const found: string[] = [];
    const walk = (current: string) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') {
                continue;
            }
            const path = join(current, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith('.tutorat')) {
                found.push(path);
            }
        }
    };
    walk(folder);
    return found.sort();
}
