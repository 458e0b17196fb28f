import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { RULES } from '@tutorat/language';
import { REPOSITORY, tutorat, tutoratProcess } from '../support/cli.js';

function workspaceWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-cli-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

const OVERLOADED = {
    // Only the load of tutors is checked here: the other families are turned off for these tests.
    'tutorat.json': '{ "rules": { "charte": "off", "duo": "off", "parcours": "off", "tuteur": "off", "tuteur/charge": "warning" } }',
    'equipe.tutorat': `institution Tilleuls {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
}
`,
    'duos.tutorat': `institution Tilleuls {
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo Élodie accompagne Karim { période du 15/09/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }
}
`
};

describe('tutorat check', () => {
    test('prints each finding as file:line:col, severity, message and rule ID, then a summary', async () => {
        const folder = workspaceWith(OVERLOADED);
        const { code, stdout } = await tutorat(['check', '.'], folder);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^duos\.tutorat:4:9 {2}avertissement {2}Avec ce duo, Élodie accompagne 3 tutorés en même temps .* {2}tuteur\/charge$/m);
        expect(stdout).toMatch(/^ {4}↳ duos\.tutorat:2:27 {2}Autre duo en cours à cette date : Élodie avec Léa$/m);
        expect(stdout).toMatch(/1 avertissement .* — 2 documents vérifiés\.$/m);
    });

    test('speaks English with --lang en', async () => {
        const folder = workspaceWith(OVERLOADED);
        const { stdout } = await tutorat(['check', '.', '--lang', 'en'], folder);
        expect(stdout).toMatch(/warning {2}With this duo, Élodie accompanies 3 tutees at the same time/);
        expect(stdout).toMatch(/2 documents checked\.$/m);
    });

    test('exits with 1 on errors, and on warnings above --max-warnings', async () => {
        const broken = workspaceWith({ 'a.tutorat': 'institution X {\n    tutrice Élodie\n    duo Élodie accompagne Inconnu\n}\n' });
        expect((await tutorat(['check'], broken)).code).toBe(1);
        const overloaded = workspaceWith(OVERLOADED);
        expect((await tutorat(['check', '--max-warnings', '1'], overloaded)).code).toBe(0);
        expect((await tutorat(['check', '--max-warnings', '0'], overloaded)).code).toBe(1);
    });

    test('a missing path, a file that is not a document, an unreadable file and a wrong option give a clear message and exit code 2', async () => {
        const missing = await tutorat(['check', 'nulle-part']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('Le chemin « nulle-part » n’existe pas');
        const folder = workspaceWith({ 'notes.txt': 'bonjour' });
        const notDocument = await tutorat(['check', 'notes.txt'], folder);
        expect(notDocument.code).toBe(2);
        expect(notDocument.stderr).toContain('n’est pas un document Tutorat');
        // Reading /proc/self/mem fails even for root: a stand-in for a file one may not read.
        symlinkSync('/proc/self/mem', join(folder, 'illisible.tutorat'));
        const unreadable = await tutorat(['check', 'illisible.tutorat'], folder);
        expect(unreadable.code).toBe(2);
        expect(unreadable.stderr).toContain('Le fichier « illisible.tutorat » ne peut pas être lu');
        const option = await tutorat(['check', '--formt', 'json']);
        expect(option.code).toBe(2);
        expect(option.stderr).toContain('L’option « --formt » n’existe pas');
        const format = await tutorat(['check', '--format', 'xml']);
        expect(format.code).toBe(2);
        expect(format.stderr).toContain('choisissez parmi text, json, sarif');
    });

    test('--output writes the report atomically, and an unwritable place gives exit code 2 and writes nothing', async () => {
        const folder = workspaceWith(OVERLOADED);
        const ok = await tutorat(['check', '.', '--format', 'json', '--output', 'rapport.json'], folder);
        expect(ok.code).toBe(0);
        expect(JSON.parse(readFileSync(join(folder, 'rapport.json'), 'utf8')).summary.warnings).toBe(1);
        writeFileSync(join(folder, 'pas-un-dossier'), 'x');
        const bad = await tutorat(['check', '.', '--output', 'pas-un-dossier/rapport.txt'], folder);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('Impossible d’écrire « pas-un-dossier/rapport.txt »');
        expect(readdirSync(folder).filter((name) => name.includes('.tmp'))).toEqual([]);
    });

    test('--format json lists the findings with their rule IDs', async () => {
        const { stdout } = await tutorat(['check', '.', '--format', 'json'], workspaceWith(OVERLOADED));
        const report = JSON.parse(stdout);
        expect(report.tool).toBe('tutorat');
        expect(report.findings).toEqual([expect.objectContaining({ path: 'duos.tutorat', line: 4, column: 9, severity: 'warning', ruleId: 'tuteur/charge' })]);
    });

    test('--format sarif on the examples validates against the SARIF 2.1.0 schema', async () => {
        const { code, stdout } = await tutorat(['check', 'examples', '--format', 'sarif']);
        expect(code).toBeLessThan(2);
        const log = JSON.parse(stdout);
        const schema = JSON.parse(readFileSync(join(REPOSITORY, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
        // The published schema has a pattern that is only valid without the regular expressions’ unicode flag.
        const Ajv = (AjvDraft04 as unknown as { default?: typeof AjvDraft04 }).default ?? AjvDraft04;
        const ajv = new (Ajv as unknown as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] } })({ allErrors: true, strict: false, unicodeRegExp: false });
        // The schema's formats (date-time, uri…) are checked too, instead of being skipped with a warning each.
        (addFormats as unknown as { default: (ajv: object) => void }).default(ajv);
        const validate = ajv.compile(schema);
        expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
        const driver = log.runs[0].tool.driver;
        expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(expect.arrayContaining(RULES.map((rule) => rule.id)));
        for (const result of log.runs[0].results) {
            expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
            expect(result.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('SRCROOT');
        }
    });

    test('the installed command runs with the project’s Node from the repository root (npx tutorat)', () => {
        expect(existsSync(join(REPOSITORY, 'node_modules/.bin/tutorat'))).toBe(true);
        const { code, stdout } = tutoratProcess(['check', 'examples', '--format', 'json']);
        expect(code).toBe(0);
        expect(JSON.parse(stdout).documents).toBeGreaterThanOrEqual(8);
    });
});

describe('tutorat rules', () => {
    test('--format json lists every rule with its severity and guide section', async () => {
        const { code, stdout } = await tutorat(['rules', '--format', 'json']);
        expect(code).toBe(0);
        const listed = JSON.parse(stdout) as Array<{ id: string; severity: string; guide: { section: string } | null }>;
        expect(listed.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
        // Every principle of the guide names its section; the language's own rules and a few
        // framework rules (« — » in principles.md) have none.
        for (const rule of listed.filter((entry) => /^(charte|tuteur|duo|parcours|stage)\//.test(entry.id))) {
            expect(rule.guide?.section, rule.id).toBeTruthy();
        }
    });

    test('text and markdown list the same rules', async () => {
        const text = (await tutorat(['rules'])).stdout;
        const markdown = (await tutorat(['rules', '--format', 'markdown'])).stdout;
        for (const rule of RULES) {
            expect(text).toContain(rule.id);
            expect(markdown).toContain(`\`${rule.id}\``);
        }
    });
});

describe('tutorat itself', () => {
    test('an unknown command and no command at all exit with 2 and show how to get help', async () => {
        const unknown = await tutorat(['verifier']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('La commande « verifier » n’existe pas');
        const none = await tutorat([]);
        expect(none.code).toBe(2);
        expect(none.stdout).toContain('tutorat check');
    });

    test('a misspelt command gets the command it resembles', async () => {
        const misspelt = await tutorat(['chek', 'examples']);
        expect(misspelt.code).toBe(2);
        expect(misspelt.stderr).toBe('La commande « chek » n’existe pas. Vouliez-vous écrire « tutorat check » ? Commandes : check, rules, handbook, import, export, lsp, web. Aide : tutorat --help\n');
        expect((await tutorat(['handbok', '-o', 'livrets'])).stderr).toContain('« tutorat handbook »');
        expect((await tutorat(['rule', '--lang', 'en'])).stderr).toContain('Did you mean "tutorat rules"?');
        expect((await tutorat(['verifier'])).stderr).not.toContain('Vouliez-vous');
    });
});
