// Writes the generated documentation from the rule catalogue: the rule pages (docs/rules/) and the
// JSON Schema of tutorat.json (packages/extension/schemas/), the consultant's table template (docs/modeles/)
// from the interop package, the guide's coverage (docs/guide/couverture.md), and, from test/tools/manifest.json,
// the README's table of what the first test run installs. A test fails when they are stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COVERAGE_PAGE, configurationSchema, renderCoveragePage, renderRulePages } from '../packages/language/out/index.js';
import { tableTemplate, TEMPLATE_FILE } from '../packages/interop/out/index.js';
import { readManifest, readmeBlocks } from '../test/tools/prepare.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pagesFolder = join(root, 'docs', 'rules');
rmSync(pagesFolder, { recursive: true, force: true });
for (const [path, content] of renderRulePages()) {
    const target = join(pagesFolder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
}
const schemaFile = join(root, 'packages', 'extension', 'schemas', 'tutorat.schema.json');
mkdirSync(dirname(schemaFile), { recursive: true });
writeFileSync(schemaFile, JSON.stringify(configurationSchema(), null, 2) + '\n');
writeFileSync(join(root, COVERAGE_PAGE), renderCoveragePage());
const templateFile = join(root, TEMPLATE_FILE);
mkdirSync(dirname(templateFile), { recursive: true });
writeFileSync(templateFile, tableTemplate());
const readmeFile = join(root, 'README.md');
const blocks = readmeBlocks(readManifest());
let readme = readFileSync(readmeFile, 'utf8');
for (const [name, content] of Object.entries(blocks)) {
    const marks = new RegExp(`(<!-- test-tools:${name} [^>]*-->)[\\s\\S]*?(<!-- /test-tools:${name} -->)`);
    if (!marks.test(readme)) {
        throw new Error(`README.md has lost its <!-- test-tools:${name} --> markers`);
    }
    readme = readme.replace(marks, (_whole, start, end) => `${start}\n${content}\n${end}`);
}
writeFileSync(readmeFile, readme);
console.log(`${readdirSync(pagesFolder).length} dossiers de pages, le schéma de configuration et le modèle de tableau et le tableau des outils des tests (README.md) écrits.`);
