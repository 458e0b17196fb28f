// Bundles TypeScript entry points together with the Tutorat packages' *sources* (as vitest.config.ts
// resolves them), so that what is measured or tested is the tree as it is, built or not.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');

const PACKAGES = { language: 'packages/language/src', handbook: 'packages/handbook/src', cli: 'packages/cli/src' };

const sourcesPlugin = {
    name: 'tutorat-sources',
    setup(build) {
        build.onResolve({ filter: /^@tutorat\// }, (args) => {
            const [, name, sub] = /^@tutorat\/([^/]+)(?:\/(.*))?$/.exec(args.path) ?? [];
            const folder = PACKAGES[name];
            if (!folder) {
                return undefined;
            }
            const path = join(ROOT, folder, sub ? `${sub}/index.ts` : 'index.ts');
            return existsSync(path) ? { path } : { errors: [{ text: `${args.path}: ${path} does not exist (yet)` }] };
        });
        // Sources find files next to them (package.json, docs/) through import.meta.url: keep their own location.
        build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => ({
            contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).toString())),
            loader: 'ts'
        }));
    }
};

const COMMON = { bundle: true, platform: 'node', target: 'node22', sourcemap: 'linked', logLevel: 'silent', plugins: [sourcesPlugin] };
const ESM = {
    ...COMMON,
    format: 'esm',
    // Playwright loads its own files at run time: it is used from node_modules, not bundled.
    external: ['playwright-core'],
    // Bundled CommonJS dependencies call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
};

/** What can be bundled: name → entry point and format. */
export const ENTRIES = {
    main: { entry: join(here, 'main.ts'), file: 'main.mjs', options: ESM },
    check: { entry: join(here, 'check-child.ts'), file: 'check.mjs', options: ESM },
    cli: { entry: join(here, 'cli-process.ts'), file: 'cli.mjs', options: ESM },
    handbook: { entry: join(here, 'handbook-child.ts'), file: 'handbook.mjs', options: ESM },
    // The drafting figures of issue 9 (test/drafting/).
    drafting: { entry: join(ROOT, 'test/drafting/main.ts'), file: 'drafting.mjs', options: ESM },
    // The language server exactly as the VS Code extension bundles it (CommonJS).
    server: { entry: join(ROOT, 'packages/extension/src/language-server/main.ts'), file: 'server.cjs', options: { ...COMMON, format: 'cjs' } }
};

/**
 * Bundles the named entries into `outDir`. Each is bundled on its own: one that cannot be built yet
 * (a package still being written) is returned among the failures, with esbuild's reason.
 */
export async function buildBundles(names, outDir) {
    const failures = {};
    await Promise.all(names.map(async (name) => {
        const { entry, file, options } = ENTRIES[name];
        try {
            await esbuild.build({ ...options, entryPoints: [entry], outfile: join(outDir, file) });
        } catch (error) {
            failures[name] = (error.errors ?? []).map((entry) => entry.text).join('; ') || String(error);
        }
    }));
    return failures;
}
