import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

const FIX = new URL('../fixtures/rules/', import.meta.url).pathname;
function files(folder: string): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (d: string) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else out[relative(folder, p)] = readFileSync(p, 'utf8'); } };
    walk(folder); return out;
}
test('print', async () => {
    const out: string[] = [];
    for (const family of ['tuteur', 'duo']) for (const rule of readdirSync(join(FIX, family))) for (const sample of readdirSync(join(FIX, family, rule))) {
        const ws = await buildWorkspace(files(join(FIX, family, rule, sample)), { locale: (process.env.LOC as 'fr') ?? 'fr' });
        for (const [name, doc] of ws.documents) for (const d of doc.diagnostics ?? []) {
            if (d.code !== `${family}/${rule}`) continue;
            out.push(`${family}/${rule}/${sample}/${name}:${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.line + 1}:${d.range.end.character} [${d.severity}] ${d.message}`);
            for (const r of d.relatedInformation ?? []) out.push(`      ↳ ${r.location.uri.split('/').pop()}:${r.location.range.start.line + 1} ${r.message}`);
        }
    }
    (await import('node:fs')).writeFileSync('/tmp/fx/out-' + (process.env.LOC ?? 'fr') + '.txt', out.join('\n'));
});
