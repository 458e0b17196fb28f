// Builds the extension for release and packages it as a .vsix, non-interactively and offline:
// everything the extension needs is bundled, so vsce is told not to look at node_modules (--no-dependencies),
// npm is kept offline, and vsce gets no terminal (it would otherwise stop on prompts or an update check).
// The project has no public repository yet: the manifest names none (--allow-missing-repository) rather than a
// made-up address.
// Usage: node scripts/package.mjs [--out file.vsix]   (default: packages/extension/tutorat-vscode-<version>.vsix)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const { name, version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(extension, `${name}-${version}.vsix`);
mkdirSync(dirname(out), { recursive: true });

run(process.execPath, [join(extension, 'esbuild.mjs'), '--production']);
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--allow-missing-repository', '--out', out]);
console.log(out);

function run(command, args) {
    const result = spawnSync(command, args, {
        cwd: extension,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' }
    });
    if (result.status !== 0) {
        process.exit(result.status ?? 1);
    }
}
