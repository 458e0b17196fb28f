// `npm run drafting`: bundles test/drafting/main.ts with the Tutorat sources (as the benchmark does,
// so that what is measured is the tree as it is, built or not), then prints the drafting figures of
// issue 9. Options are passed on: `npm run drafting -- --write` also updates BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundles, ROOT } from '../bench/bundles.js';

const out = join(ROOT, 'test', 'bench', '.generated', 'bundles');
mkdirSync(out, { recursive: true });
const failures = await buildBundles(['drafting'], out);
if (failures.drafting) {
    console.error(`Les mesures de rédaction n’ont pas pu être construites : ${failures.drafting}`);
    process.exit(2);
}
const run = spawnSync(process.execPath, [join(out, 'drafting.mjs'), `--root=${ROOT}`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
