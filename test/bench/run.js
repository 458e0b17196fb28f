// `npm run bench`: bundles the benchmark and the code it measures from the TypeScript sources (so it
// always measures the tree as it is, built or not), then runs it. Not part of the test suite.
//
//   npm run bench                        everything (about ten minutes on 2 cores)
//   npm run bench -- --quick             fewer repetitions and edits, to try the benchmark itself
//   npm run bench -- --only=check        one group: check, lsp, lsp-large, lsp-single, handbook, drafting, browser
//                                        (--only=browser replaces the « Navigateur » section of BENCHMARKS.md)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundles, ENTRIES, ROOT } from './bundles.js';

const out = join(ROOT, 'test', 'bench', '.generated', 'bundles');
mkdirSync(out, { recursive: true });
const failures = await buildBundles(Object.keys(ENTRIES), out);
if (failures.main) {
    console.error(`The benchmark itself could not be built: ${failures.main}`);
    process.exit(2);
}
process.env.TUTORAT_BENCH_BUNDLE_FAILURES = JSON.stringify(failures);
const { runBenchmarks } = await import(pathToFileURL(join(out, 'main.mjs')).toString());
await runBenchmarks({ root: ROOT, bundles: out, quick: process.argv.includes('--quick'), only: process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) });
