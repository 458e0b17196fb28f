import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES, ruleById } from '@tutorat/language';
import { quotedPassagesMissing } from '../support/guide-text.js';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * The rule catalogue as a whole: every principle of the guide is a rule with its agreed ID and
 * default severity; every rule documents itself in both languages, quotes the guide word for word,
 * and shows a non-compliant and a compliant example that behave as they say.
 */

const DOCS = new URL('../../docs/guide/', import.meta.url);
const PRINCIPLES = readFileSync(new URL('principes.md', DOCS), 'utf8');

/** The rules of principles.md: `| \`famille/nom\` | sévérité | … |`. */
const AGREED = [...PRINCIPLES.matchAll(/^\| `([\w-]+\/[\w-]+)` \| (error|warning|info|hint) \|/gm)].map((match) => ({ id: match[1], severity: match[2] }));

/** The rules that stand for principles of the guide (the language's own rules have no guide section). */
const GUIDE_RULES = RULES.filter((rule) => !/^(langage|suppression)\//.test(rule.id));

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** One line, words cut at the end of a line joined again, one kind of apostrophe. */

function placeholders(text: string): string[] {
    return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

function allFindings(workspace: TestWorkspace): Diagnostic[] {
    return [...workspace.documents.values()].flatMap((document) => document.diagnostics ?? []);
}

describe('the rule catalogue', () => {
    test('holds every rule of principles.md, with its ID and default severity', () => {
        expect(AGREED.length).toBeGreaterThanOrEqual(54);
        for (const { id, severity } of AGREED) {
            expect(ruleById(id)?.severity, id).toBe(severity);
        }
    });

    test('has unique IDs of the form famille/nom', () => {
        const ids = RULES.map((rule) => rule.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
            expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
        }
    });

    // From a rule's ID a newcomer finds its code (and its docs page and fixtures, tested with them).
    test.each(RULES.map((rule) => [rule.id]))('%s is defined in packages/language/src/validation/<famille>/<nom>.ts', (id) => {
        const module = new URL(`../../packages/language/src/validation/${id}.ts`, import.meta.url);
        expect(existsSync(module), module.pathname).toBe(true);
        expect(readFileSync(module, 'utf8')).toContain(`id: '${id}'`);
    });

    test.each(RULES.map((rule) => [rule.id, rule]))('%s documents itself in French and English, with the same parameters', (_, rule) => {
        for (const text of [rule.title, rule.description, ...(rule.guide ? [rule.guide.section] : []), ...(rule.fixes ?? []).map((fix) => fix.title)]) {
            expect(text.fr.trim().length).toBeGreaterThan(3);
            expect(text.en.trim().length).toBeGreaterThan(3);
        }
        expect(rule.title.en).not.toEqual(rule.title.fr);
        for (const [key, message] of Object.entries(rule.messages)) {
            expect(placeholders(message.en), `${rule.id} ${key}`).toEqual(placeholders(message.fr));
        }
    });

    test.each(GUIDE_RULES.map((rule) => [rule.id, rule]))('%s quotes the guide word for word (« […] » between passages)', (_, rule) => {
        if (!rule.guide) {
            // principles.md gives no section for a few framework rules (unique codes, unused competences);
            // rules Tutorat adds beyond principles.md may have none either.
            if (AGREED.some((agreed) => agreed.id === rule.id)) {
                expect(PRINCIPLES).toMatch(new RegExp(`\`${rule.id}\`[^\\n]*\\| — \\|`));
            }
            return;
        }
        expect(quotedPassagesMissing(rule.guide.quote), rule.id).toEqual([]);
    });
});

describe('the examples of the documentation pages', () => {
    test.each(GUIDE_RULES.map((rule) => [rule.id, rule]))('%s fires on its non-compliant example and not on its compliant one', async (_, rule) => {
        expect(rule.examples, `${rule.id} n’a pas d’exemples`).toBeDefined();
        const nonCompliant = await buildWorkspace({ ...rule.examples!.nonCompliant });
        const compliant = await buildWorkspace({ ...rule.examples!.compliant });
        for (const workspace of [nonCompliant, compliant]) {
            expect(allFindings(workspace).filter((diagnostic) => diagnostic.code === 'langage/syntaxe').map((diagnostic) => diagnostic.message)).toEqual([]);
        }
        // At the rule's own severity: a template's « à compléter » stays information even in a compliant example.
        const atDefault = (workspace: TestWorkspace) => allFindings(workspace)
            .filter((diagnostic) => diagnostic.code === rule.id && diagnostic.severity === SEVERITY[rule.severity])
            .map((diagnostic) => diagnostic.message);
        expect(atDefault(nonCompliant).length).toBeGreaterThan(0);
        expect(atDefault(compliant)).toEqual([]);
    });
});
