import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportFramework, parseCsv } from '@tutorat/interop';
import { tutorat } from '../support/cli.js';
import { sampleFrameworks } from './support.js';

// Bad inputs give a clear French message with the row and the column, exit code 2, and write nothing.

const HEAD = 'Référentiel;Essai\nÉchelle;Non vu;Acquis\n\n';
const HEADER = 'Code domaine;Domaine;Code;Compétence;Critère;Indicateurs\n';

function folderWith(files: Record<string, string | Buffer>): string {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-import-'));
    for (const [name, content] of Object.entries(files)) {
        writeFileSync(join(folder, name), content);
    }
    return folder;
}

async function importFails(files: Record<string, string | Buffer>, source: string, args: string[] = []): Promise<string> {
    const folder = folderWith(files);
    const before = readdirSync(folder).sort();
    const { code, stderr, stdout } = await tutorat(['import', source, '-o', 'sortie.tutorat', ...args], folder);
    expect(code, stdout + stderr).toBe(2);
    expect(readdirSync(folder).sort(), 'nothing is written').toEqual(before);
    return stderr;
}

describe('tutorat import refuses unusable input', () => {
    test('duplicated codes: the row and column of the second, and the row of the first', async () => {
        const stderr = await importFails({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-3;Une;K;I\nD;;AF-4;Deux;K;I\nD;;AF-3;Trois;K;I\n' }, 't.csv');
        expect(stderr).toContain('« t.csv » ne peut pas être importé ; rien n’a été écrit');
        expect(stderr).toContain('ligne 7, colonne « Code » : le code AF-3 existe déjà ligne 5');
    });

    test('empty titles', async () => {
        const stderr = await importFails({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-1;;K;I\n' }, 't.csv');
        expect(stderr).toContain('ligne 5, colonne « Compétence » : l’intitulé de la compétence AF-1 est vide');
    });

    test('wrong columns', async () => {
        const stderr = await importFails({ 't.csv': 'Nom;Prénom;Adresse\nDupont;Jean;Rue 1\n' }, 't.csv');
        expect(stderr).toMatch(/la ligne d’en-tête du tableau est introuvable : il faut au moins les colonnes « Code » et « Compétence »/);
        const moodle = await importFails({ 'm.csv': 'Parent ID number,ID number,Is framework\n,X,1\n' }, 'm.csv', ['--format', 'moodle']);
        expect(moodle).toMatch(/ligne 1 : ce n’est pas un référentiel exporté de Moodle : il manque les colonnes Short name, Description/);
    });

    test('broken quoting', async () => {
        const stderr = await importFails({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-1;"Accueillir;K;I\nD;;AF-2;Deux;K;I\n' }, 't.csv');
        expect(stderr).toMatch(/ligne 5 : le guillemet ouvert dans la cellule n° 4 n’est jamais fermé/);
        const after = await importFails({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-1;"Accueillir" la personne;K;I\n' }, 't.csv');
        expect(after).toMatch(/ligne 5 : du texte suit un guillemet fermant \(« la personne;K;I »\)/);
    });

    test('a 50 MB file is refused before it is read', async () => {
        const folder = folderWith({});
        writeFileSync(join(folder, 'gros.csv'), '');
        truncateSync(join(folder, 'gros.csv'), 50 * 1024 * 1024);
        const { code, stderr } = await tutorat(['import', 'gros.csv', '-o', 'sortie.tutorat'], folder);
        expect(code).toBe(2);
        expect(stderr).toMatch(/le fichier fait 50 Mo : c’est bien plus qu’un référentiel \(au plus 40 Mo\)/);
        expect(existsSync(join(folder, 'sortie.tutorat'))).toBe(false);
    });

    test('binary files (a PDF, random bytes)', async () => {
        const pdf = await importFails({ 'r.csv': Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj') }, 'r.csv');
        expect(pdf).toMatch(/ce fichier n’est pas un tableau ni un texte \(il ressemble à un fichier PDF\)/);
        const random = await importFails({ 'r.csv': Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)) }, 'r.csv');
        expect(random).toMatch(/n’est pas un tableau ni un texte/);
    });

    test('a spreadsheet formula in a title (=HYPERLINK) is not imported', async () => {
        const stderr = await importFails({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-1;"=HYPERLINK(""http://exemple.invalid"";""Cliquez"")";K;I\n' }, 't.csv');
        expect(stderr).toMatch(/ligne 5, colonne « Compétence » : « =HYPERLINK\("http:\/\/exemple\.invalid";"C[^»]*» est une formule de tableur, pas un texte/);
        const moodle = readFileSync(join(import.meta.dirname, '../fixtures/interop/moodle/example.csv'), 'utf8').replace(',OECD-CORE,OECD,', ',OECD-CORE,"=HYPERLINK(""http://x"")",');
        expect(await importFails({ 'm.csv': moodle }, 'm.csv')).toMatch(/ligne 2, colonne « Shortname » : « =HYPERLINK/);
    });

    test('an existing file is not replaced without --force', async () => {
        const folder = folderWith({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-1;Une;K;I\n', 'sortie.tutorat': 'ancien' });
        const refused = await tutorat(['import', 't.csv', '-o', 'sortie.tutorat'], folder);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('« sortie.tutorat » existe déjà : choisissez un autre nom avec -o, ou ajoutez --force');
        expect(readFileSync(join(folder, 'sortie.tutorat'), 'utf8')).toBe('ancien');
        const forced = await tutorat(['import', 't.csv', '-o', 'sortie.tutorat', '--force'], folder);
        expect(forced.code).toBe(0);
        expect(readFileSync(join(folder, 'sortie.tutorat'), 'utf8')).toMatch(/^référentiel Essai \{/m);
        expect(readdirSync(folder).filter((file) => file.includes('.tmp'))).toEqual([]);
    });

    test('messages in English with --lang en', async () => {
        const folder = folderWith({ 't.csv': HEAD + HEADER + 'D;Domaine;AF-3;Une;K;I\nD;;AF-3;Deux;K;I\n' });
        // Two rows with the same code one after the other continue the same competence, unless the title differs.
        const { code, stderr } = await tutorat(['import', 't.csv', '-o', 's.tutorat', '--lang', 'en'], folder);
        expect(code).toBe(2);
        expect(stderr).toContain('row 6, column "Compétence": the competence AF-3 already has the title "Une" on row 5');
    });
});

describe('exported CSV neutralises formulas', () => {
    test.each(['moodle', 'tableur'] as const)('%s: a cell starting with =, +, -, @ or a tab is written behind an apostrophe', (format) => {
        const framework = sampleFrameworks().at(-1)![1];
        const exported = exportFramework(framework, { format, lastChange: new Date() });
        const cells = parseCsv(exported.content.replace(/^\uFEFF/, '')).rows.flat();
        expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        expect(cells).toContain('\'=SOMME(A1) n’est pas une formule ici');
        expect(exported.warnings.length).toBeGreaterThan(0);
    });
});
