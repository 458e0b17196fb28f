// Bundles the Web Worker into one self-contained script, `dist/tutorat-worker.js`, for browsers: the VS Code web
// extension and « Tutorat en ligne » ship this same file. `dist/tutorat-worker.meta.json` lists every module that
// went in (esbuild's metafile), which the tests read to prove that no Node built-in did.
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildWorker(outfile = join(here, 'dist', 'tutorat-worker.js')) {
    const result = await esbuild.build({
        entryPoints: [join(here, 'src', 'main.ts')],
        outfile,
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: ['chrome111', 'firefox115', 'safari16'],
        minify: true,
        legalComments: 'none',
        metafile: true,
        logLevel: 'warning'
    });
    writeFileSync(outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile));
    return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    await buildWorker();
}
