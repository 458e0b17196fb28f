import { test } from 'vitest';
import { RULES } from '@tutorat/language';
import { buildWorkspace } from '../support/workspace.js';
test('examples', async () => {
    for (const rule of RULES) {
        if (!/^(parcours|stage|referentiel)\//.test(rule.id) || !rule.examples) continue;
        for (const kind of ['nonCompliant', 'compliant'] as const) {
            const ws = await buildWorkspace(rule.examples[kind] as Record<string, string>);
            const all = [...ws.documents.entries()].flatMap(([f, d]) => (d.diagnostics ?? []).map((x) => `${f}:${x.range.start.line + 1} ${x.code} ${x.message}`));
            const mine = all.filter((l) => l.includes(` ${rule.id} `));
            const syntax = all.filter((l) => l.includes('langage/'));
            console.log(`${rule.id} ${kind}: ${mine.length} ${syntax.length ? 'LANG:' + syntax.join(' | ') : ''}`);
            if (kind === 'nonCompliant') mine.forEach((m) => console.log('    ' + m));
        }
    }
});
