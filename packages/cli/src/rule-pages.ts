import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The rule pages shipped with this copy of the command, as a URL, when it has them: findings link
 * to them, in the terminal and in an editor started by `tutorat lsp`. The installed command (packed
 * by scripts/package.mjs) carries them next to its bundle; in the repository they are `docs/rules/`.
 */
const PLACES = ['../docs/rules/', '../../../docs/rules/'];

export function localRulePages(): string | undefined {
    for (const place of PLACES) {
        const folder = new URL(place, import.meta.url);
        try {
            if (statSync(folder).isDirectory()) {
                return pathToFileURL(fileURLToPath(folder)).toString();
            }
        } catch {
            // Not in this layout: try the next one.
        }
    }
    return undefined;
}
