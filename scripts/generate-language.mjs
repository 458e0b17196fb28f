// Regenerates the parser and AST from the Langium grammar.
// Langium warns about every property that may be written twice in a block ("Found multiple
// assignments"): that is intended here — Tutorat reports duplicates itself, in French — so these
// warnings are filtered out to keep the build output readable. Every other line is kept.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const result = spawnSync(process.execPath, [cli, 'generate', '--mode=production'], { encoding: 'utf8' });
const keep = (text) => text.split('\n').filter((line) => !line.includes('Found multiple assignments')).join('\n');
process.stdout.write(keep(result.stdout ?? ''));
process.stderr.write(keep(result.stderr ?? ''));
process.exitCode = result.status ?? 1;
