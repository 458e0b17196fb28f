import AjvModule from 'ajv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { configurationSchema, format, RULE_IDS } from '@tutorat/language';
import { readConfiguration } from '../../packages/language/src/config/configuration-reader.js';
import { ANNOTATION_KEYWORDS, UNDERSTOOD_KEYWORDS } from '../../packages/language/src/config/schema-validator.js';
import { tutorat } from '../support/cli.js';
import { buildWorkspace } from '../support/workspace.js';
import { workspaceWith } from './support.js';

/**
 * A mistake in tutorat.json (or in a preset it extends) never turns checking off: it is a French
 * sentence at its line, `tutorat check` exits with 2, and the documents of that folder are still
 * checked with the defaults. Presets are configuration files only: another JSON file is refused
 * without quoting what it holds.
 */

/** Three overlapping duos: tuteur/charge fires with the default maximum of 2. */
const OVERLOAD = `institution T {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo Élodie accompagne Karim { période du 15/09/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }
}
`;

interface JsonFinding { path: string; line: number; ruleId: string; message: string }

async function check(files: Record<string, string>): Promise<{ code: number; stderr: string; findings: JsonFinding[] }> {
    const folder = workspaceWith({ 'institution/duos.tutorat': OVERLOAD, ...files });
    const { code, stdout, stderr } = await tutorat(['check', '.', '--format', 'json'], folder);
    return { code, stderr, findings: (JSON.parse(stdout) as { findings: JsonFinding[] }).findings };
}

const BROKEN: ReadonlyArray<{ name: string; text: string; line: number; says: string }> = [
    { name: 'thresholds null', text: '{\n  "thresholds": null\n}', line: 2, says: '« thresholds » doit associer des seuils à leur valeur' },
    { name: 'rules null', text: '{ "rules": null }', line: 1, says: '« rules » doit associer des règles' },
    { name: 'a severity given as a number', text: '{\n  "rules": {\n    "tuteur/charge": 3\n  }\n}', line: 3, says: 'La sévérité « 3 » donnée à « tuteur/charge » n’est pas connue' },
    { name: 'a threshold given as nested lists', text: '{ "thresholds": {\n "maxTutees": [[[[1]]]] } }', line: 2, says: 'Le seuil « maxTutees » vaut « […] »' },
    { name: 'a threshold that is not whole', text: '{ "thresholds": { "maxTutees": 2.5 } }', line: 1, says: 'Le seuil « maxTutees » vaut « 2.5 »' },
    { name: 'an unknown threshold', text: '{ "thresholds": {\n  "maxTutés": 2 } }', line: 2, says: 'Le seuil « maxTutés » n’est pas connu' },
    { name: 'extends given as a number', text: '{ "extends": 5 }', line: 1, says: '« extends » attend le chemin d’un préréglage' },
    { name: 'a list instead of an object', text: '[1, 2]', line: 1, says: 'doit contenir un objet JSON' },
    { name: 'a rule that cannot be configured', text: '{ "rules": { "langage/syntaxe": "off" } }', line: 1, says: 'La règle « langage/syntaxe » ne se règle pas' },
    { name: 'nesting 10,000 deep', text: `{ "thresholds": { "maxTutees": ${'['.repeat(10_000)}${']'.repeat(10_000)} } }`, line: 1, says: 'imbrique plus de 16 niveaux' },
    { name: 'a JSON syntax error', text: '{\n  "rules": {\n    "duo": "off",\n  }\n}', line: 4, says: 'n’est pas un JSON valide' }
];

describe('an invalid tutorat.json', () => {
    for (const { name, text, line, says } of BROKEN) {
        test(`${name}: a sentence at its line, exit 2, and the documents still checked with the defaults`, async () => {
            const { code, stderr, findings } = await check({ 'tutorat.json': text });
            expect(stderr).toBe('');
            expect(code).toBe(2);
            const problems = findings.filter((finding) => finding.ruleId === 'configuration');
            expect(problems.map(({ path, line, message }) => ({ path, line, message }))).toEqual([{ path: 'tutorat.json', line, message: expect.stringContaining(says) }]);
            // The messages quote a few characters of a value, never a whole structure.
            expect(problems[0].message.length).toBeLessThan(400);
            expect(findings.filter((finding) => finding.ruleId === 'tuteur/charge')).toHaveLength(1);
        });
    }

    test('the valid parts still apply while the invalid ones are reported', async () => {
        const { findings } = await check({ 'tutorat.json': '{ "rules": { "tuteur/charge": "off", "duo": "fort" }, "thresholds": null }' });
        expect(findings.filter((finding) => finding.ruleId === 'tuteur/charge')).toEqual([]);
        expect(findings.filter((finding) => finding.ruleId === 'configuration')).toHaveLength(2);
    });

    test('in the editor, the problem is a diagnostic of the file and the documents are still checked', async () => {
        const workspace = await buildWorkspace({ 'tutorat.json': '{ "thresholds": null }', 'institution/duos.tutorat': OVERLOAD });
        expect(workspace.diagnostics('institution/duos.tutorat').filter((diagnostic) => diagnostic.code === 'tuteur/charge')).toHaveLength(1);
        const problems = workspace.shared.tutorat.Configuration.problems();
        expect(problems.map((problem) => format(problem.message.fr, problem.params))).toEqual([expect.stringContaining('« thresholds » doit associer')]);
    });
});

describe('presets (extends) are configuration files only', () => {
    const SECRET = 'mot-de-passe-7f3a9c';

    test('another JSON file is refused without quoting anything it holds', async () => {
        const { code, findings } = await check({
            'tutorat.json': '{ "extends": "./donnees/comptes.json" }',
            'donnees/comptes.json': `{ "utilisateur": "admin", "thresholds": { "maxTutees": "${SECRET}" }, "rules": { "${SECRET}": "off" } }`
        });
        expect(code).toBe(2);
        const problems = findings.filter((finding) => finding.ruleId === 'configuration');
        expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('comptes.json n’est pas un fichier de configuration Tutorat')]);
        expect(JSON.stringify(findings)).not.toContain(SECRET);
        expect(JSON.stringify(findings)).not.toContain('admin');
        // Nothing of that file applies either.
        expect(findings.filter((finding) => finding.ruleId === 'tuteur/charge')).toHaveLength(1);
    });

    test('a preset named tutorat.json, or holding only configuration keys, is read and checked', async () => {
        const named = await check({ 'tutorat.json': '{ "extends": "./federation/tutorat.json" }', 'federation/tutorat.json': '{ "rules": { "tuteur/charge": "off" }, "seuils": 1 }' });
        expect(named.findings.filter((finding) => finding.ruleId === 'tuteur/charge')).toEqual([]);
        expect(named.findings.filter((finding) => finding.ruleId === 'configuration').map((finding) => finding.message)).toEqual([expect.stringContaining('La clé « seuils » n’est pas connue')]);
        const byContent = await check({ 'tutorat.json': '{ "extends": "./federation/cp319.json" }', 'federation/cp319.json': '{ "rules": { "tuteur/charge": "off" } }' });
        expect(byContent.code).toBe(0);
        expect(byContent.findings.filter((finding) => finding.ruleId === 'tuteur/charge')).toEqual([]);
    });
});

describe('the configuration check follows the JSON Schema of tutorat.json', () => {
    const schema = configurationSchema();

    test('the schema uses only keywords the check understands', () => {
        const keywords = new Set<string>();
        const visit = (node: unknown, underProperties: boolean) => {
            if (!node || typeof node !== 'object' || Array.isArray(node)) {
                return;
            }
            for (const [key, value] of Object.entries(node)) {
                if (!underProperties) {
                    keywords.add(key);
                }
                if (key === 'properties') {
                    Object.values(value as object).forEach((child) => visit(child, false));
                } else if (key === 'oneOf') {
                    (value as unknown[]).forEach((child) => visit(child, false));
                } else if (key === 'items' || key === 'additionalProperties') {
                    visit(value, false);
                }
            }
        };
        visit(schema, false);
        const known = new Set<string>([...UNDERSTOOD_KEYWORDS, ...ANNOTATION_KEYWORDS]);
        expect([...keywords].filter((keyword) => !known.has(keyword))).toEqual([]);
    });

    test('on random configurations it agrees with a JSON Schema validator, never throws, and quotes no long value', () => {
        const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (options: object) => { compile(schema: object): (data: unknown) => boolean };
        const validate = new Ajv({ strict: false }).compile(schema);
        const severity = fc.constantFrom('off', 'hint', 'info', 'warning', 'error', 'fort', '', 3, null);
        const anything = fc.oneof(fc.jsonValue({ maxDepth: 3 }), severity);
        const configuration = fc.record({
            rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS, 'tuteur', 'duo', 'inconnue'), fc.string()), fc.oneof(severity, anything)), anything),
            thresholds: fc.oneof(fc.record({ maxTutees: fc.oneof(fc.integer({ min: -2, max: 5 }), anything), minExperience: fc.oneof(fc.constantFrom('2 ans', '18 mois', 'deux', ''), anything), autre: anything }, { requiredKeys: [] }), anything),
            extends: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), anything), { maxLength: 3 }), anything),
            $schema: fc.oneof(fc.string(), anything),
            inconnue: anything
        }, { requiredKeys: [] });
        fc.assert(fc.property(fc.oneof(configuration, anything), (value) => {
            const read = readConfiguration('/projet/tutorat.json', JSON.stringify(value, null, 2) ?? 'null', RULE_IDS);
            const problems = read.problems;
            expect(problems.length === 0).toBe(validate(value));
            for (const problem of problems) {
                expect(format(problem.message.fr, problem.params).length).toBeLessThan(500);
            }
            // What remains usable is valid.
            expect(validate(read.content ?? {})).toBe(true);
        }), { seed: 11_2026, numRuns: 500 });
    });
});
