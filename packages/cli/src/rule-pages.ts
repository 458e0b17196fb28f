import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The rule pages shipped with the repository (`docs/rules/`) as a URL, when this copy of the
 * command has them: findings link to them, in the terminal and in an editor started by `tutorat lsp`.
 */
export function localRulePages(): string | undefined {
    const folder = new URL('../../../docs/rules/', import.meta.url);
    try {
        return statSync(folder).isDirectory() ? pathToFileURL(folder.pathname).toString() : undefined;
    } catch {
        return undefined;
    }
}
