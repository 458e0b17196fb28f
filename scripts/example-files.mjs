// The example workspace (examples/) as the editors ship it: every file by its path, with `$schema` lines dropped
// from the JSON files — they point at the schema inside this repository, a path that leads nowhere in a user's
// folder (the VS Code extension associates the schema with tutorat.json itself).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));

/** `{ 'les-tilleuls/charte.tutorat': '…', … }`, in a stable order. */
export function exampleFiles(folder = EXAMPLES, prefix = '') {
    const files = {};
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            Object.assign(files, exampleFiles(path, `${prefix}${entry.name}/`));
        } else {
            const text = readFileSync(path, 'utf8');
            files[prefix + entry.name] = entry.name.endsWith('.json') ? text.replace(/^\s*"\$schema":.*\n/m, '') : text;
        }
    }
    return files;
}
