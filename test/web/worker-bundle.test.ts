import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { REPOSITORY } from '../support/lsp-client.js';

// The Web Worker's bundle is built here from the compiled packages, as `npm run build` does, and read back through
// esbuild's list of what went into it.
const folder = mkdtempSync(join(tmpdir(), 'tutorat-worker-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Metafile { readonly inputs: Record<string, { readonly imports: ReadonlyArray<{ readonly path: string; readonly external?: boolean }> }> }

describe('the language server bundled for a Web Worker', () => {
    test('holds no Node built-in and no Node-only module of ours', async () => {
        const { buildWorker } = await import(pathToFileURL(join(REPOSITORY, 'packages/worker/build.mjs')).toString()) as { buildWorker: (outfile: string) => Promise<Metafile> };
        const outfile = join(folder, 'tutorat-worker.js');
        const metafile = await buildWorker(outfile);
        const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
        const inputs = Object.keys(metafile.inputs);
        const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.path));
        expect(imports.filter((path) => builtins.has(path) || path.startsWith('node:'))).toEqual([]);
        expect(inputs.filter((path) => /packages\/[^/]+\/(src|out)\/node\//.test(path) || /langium\/lib\/node\//.test(path))).toEqual([]);
        // What the worker needs is there: the language, its browser server and the handbooks.
        expect(inputs.some((path) => path.includes('packages/language/out/browser/server.js'))).toBe(true);
        expect(inputs.some((path) => path.includes('packages/handbook/out/collect.js'))).toBe(true);
        // Nothing was left for the browser to find at run time (esbuild keeps unresolved modules as external imports).
        expect(Object.values(metafile.inputs).flatMap((input) => input.imports.filter((imported) => imported.external).map((imported) => imported.path))).toEqual([]);
        expect(readFileSync(outfile, 'utf8').includes('__require')).toBe(false);
        // « Tutorat en ligne »'s module script, from the same sources: self-contained too (no import left to fetch).
        const moduleScript = readFileSync(join(folder, 'tutorat-worker.module.js'), 'utf8');
        expect(moduleScript.includes('__require')).toBe(false);
        expect(moduleScript).not.toMatch(/(^|[;}])\s*import\s*["'{*]/);
    });
});
