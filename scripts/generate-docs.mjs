// Writes the generated documentation from the rule catalogue: the rule pages (docs/rules/) and the
// JSON Schema of tutorat.json (packages/extension/schemas/), and the consultant's table template
// (docs/modeles/) from the interop package. A test fails when they are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configurationSchema, renderRulePages } from '../packages/language/out/index.js';
import { tableTemplate, TEMPLATE_FILE } from '../packages/interop/out/index.js';

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
const templateFile = join(root, TEMPLATE_FILE);
mkdirSync(dirname(templateFile), { recursive: true });
writeFileSync(templateFile, tableTemplate());
console.log(`${readdirSync(pagesFolder).length} dossiers de pages le schéma de configuration et le modèle de tableau écrits.`);
