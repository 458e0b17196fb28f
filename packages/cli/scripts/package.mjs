// Packs the `tutorat` command so that it can be installed anywhere with `npm install -g <fichier.tgz>`, offline:
// one self-contained bundle (esbuild) of the command and everything it uses, the rule pages its findings link to,
// the licence and a short README — no dependency left for npm to fetch.
// Usage: node scripts/package.mjs [--out file.tgz]   (default: packages/cli/dist/tutorat-cli-<version>.tgz)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const repository = join(cli, '..', '..');
const { version, description, license } = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(cli, 'dist', `tutorat-cli-${version}.tgz`);
const staging = join(cli, 'dist', 'package');

rmSync(staging, { recursive: true, force: true });
mkdirSync(join(staging, 'bin'), { recursive: true });
await esbuild.build({
    entryPoints: [join(cli, 'src', 'index.ts')],
    outfile: join(staging, 'out', 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    // Some bundled libraries are CommonJS and `require` Node's own modules: give the ES module a `require`.
    banner: { js: "import { createRequire as tutoratCreateRequire } from 'node:module'; const require = tutoratCreateRequire(import.meta.url);" },
    logLevel: 'warning'
});
copyFileSync(join(cli, 'bin', 'tutorat.js'), join(staging, 'bin', 'tutorat.js'));
cpSync(join(repository, 'docs', 'rules'), join(staging, 'docs', 'rules'), { recursive: true });
copyFileSync(join(repository, 'LICENSE'), join(staging, 'LICENSE'));
copyFileSync(join(cli, 'README.md'), join(staging, 'README.md'));
writeFileSync(join(staging, 'package.json'), JSON.stringify({
    name: '@tutorat/cli',
    version,
    // Installed from its file, never published: `private` keeps it from being published by mistake.
    private: true,
    description,
    license,
    type: 'module',
    bin: { tutorat: 'bin/tutorat.js' },
    engines: { node: '>=22' }
}, null, 2) + '\n');

// npm pack only reads the staged folder: no registry, no scripts (the staged package has none).
mkdirSync(dirname(out), { recursive: true });
const packed = spawnSync('npm', ['pack', '--offline', '--ignore-scripts', '--json', '--pack-destination', dirname(out)], {
    cwd: staging,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
});
if (packed.status !== 0) {
    process.exit(packed.status ?? 1);
}
const [{ filename }] = JSON.parse(packed.stdout);
if (join(dirname(out), basename(filename)) !== out) {
    renameSync(join(dirname(out), basename(filename)), out);
}
console.log(out);
