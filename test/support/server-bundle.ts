import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundles } from '../bench/bundles.js';
import { nodeBinary } from './lsp-client.js';

let bundled: Promise<string> | undefined;

/**
 * The command of the language server exactly as the extension bundles it, made from the current
 * sources (built or not) once per test file: what the robustness tests of the server run.
 */
export function serverFromSources(): Promise<string[]> {
    bundled ??= (async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-server-'));
        const failures = await buildBundles(['server'], folder);
        if (Object.keys(failures).length > 0) {
            throw new Error(`Le serveur n’a pas pu être empaqueté : ${JSON.stringify(failures)}`);
        }
        return join(folder, 'server.cjs');
    })();
    return bundled.then((server) => [nodeBinary(), server, '--stdio']);
}
