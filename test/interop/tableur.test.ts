import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { describeNote, importFramework, InteropError, tableTemplate, TEMPLATE_FILE } from '@tutorat/interop';
import { REPOSITORY, tutorat } from '../support/cli.js';
import { bytes } from './support.js';

// The consultant's table, as Excel and LibreOffice write it in French and other locales.

const TABLE = [
    ['Référentiel', 'AideSoignant'],
    ['Titre', 'Aide-soignant en maison de repos'],
    ['Échelle', 'Non vu', 'En cours', 'Acquis'],
    [],
    ['Code domaine', 'Domaine', 'Code', 'Compétence', 'Savoirs', 'Critère', 'Indicateurs', 'RNCP/RS'],
    ['SOI', 'Soins', 'S1', 'Toilette', 'Hygiène\nPudeur', 'Protocole suivi', 'Étapes\nTraçabilité', 'RNCP35830BC01\nRS5432'],
    ['', '', 'S1', '', '', 'Confort', 'Installation', ''],
    ['', '', '', '', '', '', 'Sonnette à portée', ''],
    ['', '', 'S2', 'Repas', '', '', '', '']
];

function csv(rows: string[][], delimiter: string): string {
    return rows.map((row) => row.map((cell) => /[";,\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell).join(delimiter)).join('\r\n');
}

const EXPECTED = [
    'S1 / Toilette / Hygiène|Pudeur / RNCP35830BC01 / RS5432 / Protocole suivi: Étapes|Traçabilité ; Confort: Installation|Sonnette à portée',
    'S2 / Repas /  /  /  / '
];

function summary(result: Awaited<ReturnType<typeof importFramework>>): string[] {
    return result.framework.domains.flatMap((domain) => domain.competences).map((competence) => [
        competence.name, competence.title, competence.knowledge.join('|'), competence.references.rncp ?? '', competence.references.rs ?? '',
        competence.criteria.map((criterion) => `${criterion.title}: ${criterion.indicators.join('|')}`).join(' ; ')
    ].join(' / '));
}

describe('the table', () => {
    test.each([
        ['; with a byte order mark (Excel « CSV UTF-8 », French)', `\uFEFF${csv(TABLE, ';')}`],
        [', without byte order mark (LibreOffice, English)', csv(TABLE, ',')],
        ['; in Windows-1252 (Excel « CSV », French)', null]
    ])('%s', async (_, text) => {
        const input = text === null ? windows1252(csv(TABLE, ';')) : bytes(text);
        const result = await importFramework(input, { fileName: 'aide.csv' });
        expect(result.format).toBe('tableur');
        expect(result.framework.name).toBe('AideSoignant');
        expect(result.framework.scale).toEqual(['Non vu', 'En cours', 'Acquis']);
        expect(summary(result)).toEqual(EXPECTED);
        if (text === null) {
            expect(result.warnings.map((note) => describeNote(note, 'fr')).join('\n')).toMatch(/Windows-1252/);
        }
    });

    test('an .xlsx workbook', async () => {
        const result = await importFramework(workbook(TABLE), { fileName: 'aide.xlsx' });
        expect(result.format).toBe('tableur');
        expect(summary(result)).toEqual(EXPECTED);
    });

    test('a workbook that would unzip to gigabytes is refused before anything is unzipped', async () => {
        // A zip of a few hundred kilobytes can unzip to gigabytes: its central directory says so, and is read first.
        const bomb = workbook(TABLE);
        const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
        for (let offset = 0; offset + 46 <= bomb.length; offset++) {
            if (view.getUint32(offset, true) === 0x02014b50) {
                view.setUint32(offset + 24, 3 * 1024 ** 3, true);
            }
        }
        const refusal = await importFramework(bomb, { fileName: 'enorme.xlsx' }).then(() => undefined, (error: unknown) => error);
        expect(refusal).toBeInstanceOf(InteropError);
        expect((refusal as InteropError).describe('fr').join('\n')).toContain('ce classeur Excel se décompresse en plus de 100 Mo');
    });

    test('the template is the generated one, imports without a problem, and the command writes it', async () => {
        expect(readFileSync(join(REPOSITORY, TEMPLATE_FILE), 'utf8')).toBe(tableTemplate());
        const result = await importFramework(readFileSync(join(REPOSITORY, TEMPLATE_FILE)), { fileName: 'referentiel-modele.csv' });
        expect(result.warnings).toEqual([]);
        expect(result.framework.domains.flatMap((domain) => domain.competences).map((competence) => competence.criteria.length)).toEqual([2, 1]);
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-modele-'));
        const { code, stdout } = await tutorat(['import', '--modele', '-o', 'modele-essai.csv', '--force'], folder);
        expect(code).toBe(0);
        expect(stdout).toContain('Modèle de tableau écrit dans « modele-essai.csv »');
        expect(readFileSync(join(folder, 'modele-essai.csv'), 'utf8')).toBe(tableTemplate());
    });

    test('columns it does not know and rows before the header are said, not silently dropped', async () => {
        const rows = TABLE.map((row, index) => index === 4 ? [...row, 'Remarques'] : index === 5 ? [...row, 'à revoir'] : row);
        rows.splice(1, 0, ['Commanditaire', 'CPAS']);
        const result = await importFramework(bytes(csv(rows, ';')), { fileName: 'aide.csv' });
        const warnings = result.warnings.map((note) => describeNote(note, 'fr')).join('\n');
        expect(warnings).toContain('colonnes non reconnues, non importées : Remarques');
        expect(warnings).toContain('ligne 2 : « Commanditaire » n’est pas une information du référentiel');
    });

    test('the dimensions column is read as the guide’s transversal dimensions, and other words are said, not kept', async () => {
        const rows = TABLE.map((row, index) => index === 4 ? [...row, 'Dimensions'] : index === 5 ? [...row, 'Sécurité, identité professionnelle\ndeontologie ; Bienveillance'] : row);
        const result = await importFramework(bytes(csv(rows, ';')), { fileName: 'aide.csv' });
        expect(result.framework.domains[0].competences[0].dimensions).toEqual(['déontologie', 'sécurité', 'identité-professionnelle']);
        expect(result.text).toContain('dimensions déontologie, sécurité, identité-professionnelle');
        expect(result.warnings.map((note) => describeNote(note, 'fr')).join('\n')).toContain('1 autre(s) mot(s)-clé(s) ou dimension(s) ne sont pas repris (S1 : Bienveillance)');
    });
});

/** The text as Excel's « CSV (séparateur : point-virgule) » saves it in a French Windows. */
function windows1252(text: string): Uint8Array {
    return Uint8Array.from([...text].map((char) => {
        const code = char.codePointAt(0)!;
        if (code < 0x100) {
            return code;
        }
        throw new Error(`not in Windows-1252: ${char}`);
    }));
}

/** A minimal .xlsx (one sheet, inline strings), as a spreadsheet program saves it. */
function workbook(rows: string[][]): Uint8Array {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const column = (index: number) => String.fromCharCode(65 + index);
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => cell === '' ? '' : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`;
    return zipSync({
        '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Référentiel" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': strToU8(sheet)
    });
}
