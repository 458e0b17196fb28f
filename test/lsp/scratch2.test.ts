import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

test('scratch2', async () => {
    const dir = new URL('./fixtures/alpha/', import.meta.url).pathname;
    const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(dir + f, 'utf8')]));
    const ws = await buildWorkspace(files);
    for (const [name, d] of ws.documents) for (const g of d.diagnostics ?? []) console.log(`${name}:${g.range.start.line + 1} ${g.code} ${(g.data as any)?.fixes?.length ?? 0} ${g.message.slice(0, 140)}`);
});
