// `npm run bench`: bundles the benchmark and the code it measures from the TypeScript sources (so it
// always measures the tree as it is, built or not), then runs it. Not part of the test suite.
//
//   npm run bench                  everything (several minutes on 2 cores)
//   npm run bench -- --quick       fewer repetitions and edits, to try the benchmark itself
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(here, '.generated', 'bundles');
mkdirSync(out, { recursive: true });

/** The packages by name, resolved to their sources as in vitest.config.ts. */
const sourcesPlugin = {
    name: 'tutorat-sources',
    setup(build) {
        const packages = { language: 'packages/language/src', handbook: 'packages/handbook/src', cli: 'packages/cli/src' };
        build.onResolve({ filter: /^@tutorat\// }, (args) => {
            const [, name, sub] = /^@tutorat\/([^/]+)(?:\/(.*))?$/.exec(args.path) ?? [];
            const folder = packages[name];
            if (!folder) {
                return undefined;
            }
            const path = join(root, folder, sub ? `${sub}/index.ts` : 'index.ts');
            return existsSync(path) ? { path } : { errors: [{ text: `${args.path}: ${path} does not exist (yet)` }] };
        });
        // Sources find files next to them (package.json, docs/) through import.meta.url: keep their own location.
        build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => ({
            contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).toString())),
            loader: 'ts'
        }));
    }
};

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: 'linked', logLevel: 'silent', plugins: [sourcesPlugin] };
const esm = {
    ...common,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS dependencies call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
};

/** Each bundle on its own: one that cannot be built yet (a package still being written) is reported, not fatal. */
const bundles = {
    main: { ...esm, entryPoints: [join(here, 'main.ts')], outfile: join(out, 'main.mjs') },
    check: { ...esm, entryPoints: [join(here, 'check-child.ts')], outfile: join(out, 'check.mjs') },
    cli: { ...esm, entryPoints: [join(here, 'cli-process.ts')], outfile: join(out, 'cli.mjs') },
    handbook: { ...esm, entryPoints: [join(here, 'handbook-child.ts')], outfile: join(out, 'handbook.mjs') },
    // The language server exactly as the VS Code extension bundles it (CommonJS).
    server: { ...common, format: 'cjs', entryPoints: [join(root, 'packages/extension/src/language-server/main.ts')], outfile: join(out, 'server.cjs') }
};

const failures = {};
await Promise.all(Object.entries(bundles).map(async ([name, options]) => {
    try {
        await esbuild.build(options);
    } catch (error) {
        failures[name] = (error.errors ?? []).map((entry) => entry.text).join('; ') || String(error);
    }
}));
if (failures.main) {
    console.error(`The benchmark itself could not be built: ${failures.main}`);
    process.exit(2);
}
process.env.TUTORAT_BENCH_BUNDLE_FAILURES = JSON.stringify(failures);
const { runBenchmarks } = await import(pathToFileURL(join(out, 'main.mjs')).toString());
await runBenchmarks({ root, bundles: out, quick: process.argv.includes('--quick'), only: process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) });
