import { describe, expect, test } from 'vitest';
import { RULES } from '@tutorat/language';
import { buildWorkspace } from '../support/workspace.js';

/**
 * Each rule's documentation page shows a non-compliant and a compliant example (catalogue field
 * `examples`): the first must raise the rule, the second must not, and both must parse.
 * Checked for the families below; a family joins once its examples meet the contract (in a
 * template, modele/a-completer reports « à compléter » elements even in a compliant example).
 */
const FAMILIES = ['parcours/', 'stage/', 'referentiel/'];
const WITH_EXAMPLES = RULES.filter((rule) => rule.examples && FAMILIES.some((family) => rule.id.startsWith(family)));

async function findingsOf(ruleId: string, files: Readonly<Record<string, string>>): Promise<{ rule: string[]; syntax: string[] }> {
    const workspace = await buildWorkspace({ ...files });
    const all = [...workspace.documents.entries()].flatMap(([file, document]) =>
        (document.diagnostics ?? []).map((diagnostic) => ({ code: diagnostic.code, line: `${file}:${diagnostic.range.start.line + 1} ${diagnostic.message}` })));
    return {
        rule: all.filter((finding) => finding.code === ruleId).map((finding) => finding.line),
        syntax: all.filter((finding) => finding.code === 'langage/syntaxe' && ruleId !== 'langage/syntaxe').map((finding) => finding.line)
    };
}

describe.each(WITH_EXAMPLES.map((rule) => [rule.id, rule]))('%s', (_, rule) => {
    test('its non-compliant example raises it', async () => {
        const found = await findingsOf(rule.id, rule.examples!.nonCompliant);
        expect(found.syntax).toEqual([]);
        expect(found.rule.length).toBeGreaterThan(0);
    });

    test('its compliant example does not', async () => {
        const found = await findingsOf(rule.id, rule.examples!.compliant);
        expect(found.syntax).toEqual([]);
        expect(found.rule).toEqual([]);
    });
});
