import { test } from 'vitest';
import { loadCleanWorkspace } from './oracle.js';
import { damageOf } from '../../packages/language/src/syntax/recovery/damage.js';
import { syntaxReportOf } from '../../packages/language/src/syntax/recovery/recovering-parser.js';
test('probe', async () => {
    const checker = await loadCleanWorkspace();
    const file = 'les-glycines/charte.tutorat';
    const text = checker.text(file).replace('expérience minimale 4 ans', 'expérience minimale 4 ans aussi');
    const services = (checker as any).services;
    const result = services.Tutorat.parser.LangiumParser.parse(text);
    const d = damageOf(result);
    console.log(JSON.stringify(syntaxReportOf(result)?.notes.map((n: any) => [n.message, n.offset, n.range.start])), d && [...d.anonymous], d && [...d.unreadNames], (result.value as any).elements?.[0]?.name, syntaxReportOf(result)?.damage);
});
