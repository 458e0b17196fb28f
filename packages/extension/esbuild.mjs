// Bundles the extension into CommonJS files — VS Code loads extensions as CommonJS and provides `vscode` at run
// time: the desktop entry (`out/extension.cjs`) with its Node language server (`out/server.cjs`), and the Web entry
// (`out/browser.cjs`) with the Web Worker built by packages/worker (`out/tutorat-worker.js`). Copies into the
// extension what it ships from the rest of the repository: the TextMate grammar (syntaxes/), the rule pages the
// server links to (docs/rules/), the example workspace the walkthrough writes (samples/) and the licence.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleFiles } from '../../scripts/example-files.mjs';

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
writeSamples(join(here, 'samples'));
cpSync(join(repository, 'LICENSE'), join(here, 'LICENSE'));

for (const map of ['extension.cjs.map', 'server.cjs.map', 'browser.cjs.map']) {
    rmSync(join(here, 'out', map), { force: true });
}
mkdirSync(join(here, 'out'), { recursive: true });
cpSync(join(repository, 'packages', 'worker', 'dist', 'tutorat-worker.js'), join(here, 'out', 'tutorat-worker.js'));
// On the Web the extension's folders cannot be listed: the sample files are named in the bundle.
const define = { SAMPLE_FILES: JSON.stringify(Object.keys(exampleFiles())) };
await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(here, 'src/extension/node.ts')], outfile: join(here, 'out/extension.cjs'), external: ['vscode'], define }),
    esbuild.build({ ...common, platform: 'browser', target: 'es2022', entryPoints: [join(here, 'src/extension/browser.ts')], outfile: join(here, 'out/browser.cjs'), external: ['vscode'], define }),
    esbuild.build({ ...common, entryPoints: [join(here, 'src/language-server/main.ts')], outfile: join(here, 'out/server.cjs') })
]);

function copyFolder(from, to) {
    rmSync(to, { recursive: true, force: true });
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true });
}

/** The example workspace, as the walkthrough writes it into the user's folder. */
function writeSamples(folder) {
    rmSync(folder, { recursive: true, force: true });
    for (const [path, text] of Object.entries(exampleFiles())) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
}
