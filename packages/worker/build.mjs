// Bundles the Web Worker, from the same sources, twice: `dist/tutorat-worker.js`, a classic script for the VS Code web
// extension (VS Code starts it with `new Worker(script)`), and `dist/tutorat-worker.module.js`, an ES module for
// « Tutorat en ligne », started with `{ type: 'module' }`: Chromium compiles a module worker's script while it
// downloads, a classic worker's only once it has it all (≈ 0,25 s sooner to the first findings, BENCHMARKS.md).
// `dist/tutorat-worker.meta.json` lists every module that went in (esbuild's metafile; both scripts have the same),
// which the tests read to prove that no Node built-in did.
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The module script's path beside the classic one's. */
export function moduleScriptPath(outfile) {
    return outfile.replace(/\.js$/, '.module.js');
}

export async function buildWorker(outfile = join(here, 'dist', 'tutorat-worker.js')) {
    const common = {
        entryPoints: [join(here, 'src', 'main.ts')],
        bundle: true,
        platform: 'browser',
        target: ['chrome111', 'firefox115', 'safari16'],
        minify: true,
        legalComments: 'none',
        logLevel: 'warning'
    };
    const [classic] = await Promise.all([
        esbuild.build({ ...common, outfile, format: 'iife', metafile: true }),
        esbuild.build({ ...common, outfile: moduleScriptPath(outfile), format: 'esm' })
    ]);
    writeFileSync(outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(classic.metafile));
    return classic.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    await buildWorker();
}
