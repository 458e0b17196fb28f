// Bundles the extension (VS Code side) and the language server into CommonJS files — VS Code loads
// extensions as CommonJS and provides `vscode` at run time — and copies into the extension what it ships
// from the rest of the repository: the TextMate grammar (syntaxes/), the rule pages the server links to
// (docs/rules/), the example workspace the walkthrough writes (samples/) and the licence.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..', '..');
const production = process.argv.includes('--production');

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // Source maps only while developing: the packaged extension ships minified bundles without maps.
    sourcemap: !production,
    minify: production,
    logLevel: 'warning'
};

copyFolder(join(repository, 'syntaxes'), join(here, 'syntaxes'));
copyFolder(join(repository, 'docs', 'rules'), join(here, 'docs', 'rules'));
copyFolder(join(repository, 'examples'), join(here, 'samples'));
dropSchemaLinks(join(here, 'samples'));
cpSync(join(repository, 'LICENSE'), join(here, 'LICENSE'));

for (const map of ['extension.cjs.map', 'server.cjs.map']) {
    rmSync(join(here, 'out', map), { force: true });
}
await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(here, 'src/extension/main.ts')], outfile: join(here, 'out/extension.cjs'), external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: [join(here, 'src/language-server/main.ts')], outfile: join(here, 'out/server.cjs') })
]);

function copyFolder(from, to) {
    rmSync(to, { recursive: true, force: true });
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true });
}

/**
 * The examples point `$schema` at the schema inside this repository; in a user's folder that path leads
 * nowhere, and the extension associates the schema with tutorat.json itself (`jsonValidation`).
 */
function dropSchemaLinks(folder) {
    for (const entry of readdirSync(folder)) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) {
            dropSchemaLinks(path);
        } else if (entry.endsWith('.json')) {
            writeFileSync(path, readFileSync(path, 'utf8').replace(/^\s*"\$schema":.*\n/m, ''));
        }
    }
}
