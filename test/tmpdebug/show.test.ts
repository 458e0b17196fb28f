import { test } from 'vitest';
import { ruleIdsOf } from '@tutorat/language';
import { compareWithExpectations, readExpectations, type Finding } from '../support/expectations.js';
import { filesOf } from '../support/folders.js';
import { buildWorkspace } from '../support/workspace.js';

test('show', async () => {
    for (const spec of (process.env.FX ?? '').split(' ').filter(Boolean)) {
        const [folder, ruleId] = spec.split('@');
        const files = filesOf(folder);
        const workspace = await buildWorkspace(files);
        const findings: Finding[] = [...workspace.documents.entries()].flatMap(([file, document]) => (document.diagnostics ?? []).map((diagnostic) => ({ file, diagnostic })));
        const expectations = Object.entries(files).flatMap(([file, text]) => readExpectations(file, text));
        console.log('#### ' + folder + '\n' + findings.filter((f) => ruleIdsOf(f.diagnostic).includes(ruleId)).map((f) => `${f.file}:${f.diagnostic.range.start.line + 1} ${f.diagnostic.message}`).join('\n') + '\n-- diff: ' + JSON.stringify(compareWithExpectations(ruleId, findings, expectations), null, 1));
    }
}, 120000);
