import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPOSITORY, tutorat } from '../support/cli.js';

// The two commands as a user runs them: what they print, what they write, their exit codes.

const FRAMEWORK = join(REPOSITORY, 'examples/referentiels/accompagnement-adultes.tutorat');

describe('tutorat export', () => {
    test('a framework by its name in the workspace, or by its file; the file is written once, then kept without --force', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-export-'));
        const byName = await tutorat(['export', 'AccompagnementAdultes', '--format', 'moodle', '--workspace', join(REPOSITORY, 'examples'), '-o', join(folder, 'm.csv')]);
        expect(byName.code, byName.stderr).toBe(0);
        expect(byName.stdout).toMatch(/Référentiel AccompagnementAdultes exporté \(référentiel Moodle \(CSV\)\) → .*m\.csv/);
        expect(readFileSync(join(folder, 'm.csv'), 'utf8')).toMatch(/^Parent ID number,ID number/);
        const again = await tutorat(['export', FRAMEWORK, '--format', 'moodle', '-o', join(folder, 'm.csv')]);
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('existe déjà');
        const byFile = await tutorat(['export', FRAMEWORK, '--format', 'case', '-o', 'c.json'], folder);
        expect(byFile.code).toBe(0);
        expect(JSON.parse(readFileSync(join(folder, 'c.json'), 'utf8')).CFDocument.caseVersion).toBe('1.1');
        expect(readdirSync(folder).sort()).toEqual(['c.json', 'm.csv']);
    });

    test('an unknown name lists the frameworks found; a missing format is asked for; --lang en', async () => {
        const unknown = await tutorat(['export', 'Inconnu', '--format', 'case', '--workspace', join(REPOSITORY, 'examples')]);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toMatch(/Aucun référentiel ne s’appelle « Inconnu » .* Référentiels trouvés : AccompagnementAdultes\./);
        const noFormat = await tutorat(['export', FRAMEWORK]);
        expect(noFormat.stderr).toContain('Indiquez le format de l’export : --format moodle, case ou tableur.');
        const english = await tutorat(['export', FRAMEWORK, '--format', 'pdf', '--lang', 'en']);
        expect(english.code).toBe(2);
        expect(english.stderr).toContain('"pdf" is not possible for --format');
    });

    test('a framework whose document has a syntax mistake is not exported', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-export-'));
        writeFileSync(join(folder, 'r.tutorat'), 'référentiel R « R » {\n    compétence C1 « Un » {\n        savoirs « a »\n');
        const { code, stderr } = await tutorat(['export', 'r.tutorat', '--format', 'tableur', '-o', 'r.csv'], folder);
        expect(code).toBe(1);
        expect(stderr).toMatch(/« r\.tutorat » a \d+ erreur\(s\) de syntaxe : corrigez-les d’abord/);
        expect(readdirSync(folder)).toEqual(['r.tutorat']);
    });
});

describe('tutorat import', () => {
    test('writes the document, says what it imported and what it could not keep, then prints the findings of the framework rules', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-import-'));
        const { code, stdout } = await tutorat(['import', join(REPOSITORY, 'test/fixtures/interop/moodle/example.csv'), '-o', 'oecd.tutorat'], folder);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^Référentiel OECD-CORE importé de « .*example\.csv » \(référentiel Moodle \(CSV\)\) : 2 domaine\(s\), 8 compétence\(s\), 15 critère\(s\) → oecd\.tutorat$/m);
        expect(stdout).toMatch(/^À savoir \(\d+\) :$/m);
        expect(stdout).toMatch(/^oecd\.tutorat:\d+:\d+ {2}avertissement {2}La compétence level-1 n’a aucun critère d’évaluation.* {2}referentiel\/criteres$/m);
        expect(stdout).toMatch(/— 1 document vérifié\.$/m);
        expect(readFileSync(join(folder, 'oecd.tutorat'), 'utf8')).toMatch(/^référentiel OECD-CORE « OECD » \{$/m);
    });

    test('the output must be a .tutorat file; the input must exist', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-import-'));
        expect((await tutorat(['import', FRAMEWORK, '-o', 'x.csv'], folder)).stderr).toContain('s’écrit dans un fichier .tutorat');
        expect((await tutorat(['import', 'absent.csv'], folder)).stderr).toContain('Le chemin « absent.csv » n’existe pas');
        expect((await tutorat(['import'], folder)).stderr).toContain('Indiquez le fichier à importer');
        expect(readdirSync(folder)).toEqual([]);
    });
});
