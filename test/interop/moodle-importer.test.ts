import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeNote, exportFramework, importFramework, MOODLE_COLUMNS, parseCsv } from '@tutorat/interop';
import { checkedWorkspace } from './checked.js';
import { bytes, FIXTURES, parseFramework, sampleFrameworks } from './support.js';

/**
 * Moodle's importer, reproduced from its source so that our exports are read as Moodle reads them:
 * - lib/csvlib.class.php, csv_import_reader::load_csv_content: the content is converted to UTF-8,
 *   its byte order mark removed, \r\n and \r made \n, trimmed; rows are read with PHP's fgetcsv
 *   (delimiter, enclosure ", escape \), empty lines skipped, and every row must have as many cells
 *   as the header (else « csvweirdcolumns »);
 * - admin/tool/lpimportcsv/classes/framework_importer.php: columns by position (read_mapping_data),
 *   the row whose « Is framework » is true (PHP truth) is the framework, the others competencies
 *   keyed by ID number, placed under « Parent ID number » from '' (add_children); a competency
 *   without ID number or short name is not created (create_competency); short names and ID numbers
 *   go through clean_param(PARAM_TEXT) and shorten_text(…, 100); the scale configuration is decoded
 *   as a JSON array whose first element gets the scale id (get_scale_configuration);
 * - core_competency\competency_framework::validate_scaleconfiguration: a default and a proficient level.
 */

/** PHP's fgetcsv over a whole text: within quotes, `\` escapes the next character and both are kept. */
function phpReadCsv(text: string, delimiter = ','): Array<string[] | null> {
    const rows: Array<string[] | null> = [];
    let index = 0;
    while (index < text.length) {
        const row: string[] = [];
        let field = '';
        let quoted = false;
        let lineEnded = false;
        let started = false;
        while (index < text.length && !lineEnded) {
            const char = text[index];
            if (quoted) {
                if (char === '\\' && index + 1 < text.length) {
                    field += char + text[index + 1];
                    index += 2;
                    continue;
                }
                if (char === '"') {
                    if (text[index + 1] === '"') {
                        field += '"';
                        index += 2;
                        continue;
                    }
                    quoted = false;
                    index++;
                    continue;
                }
                field += char;
                index++;
                continue;
            }
            if (char === '"' && field === '') {
                quoted = true;
                started = true;
            } else if (char === delimiter) {
                row.push(field);
                field = '';
                started = true;
            } else if (char === '\n') {
                lineEnded = true;
            } else {
                field += char;
                started = true;
            }
            index++;
        }
        row.push(field);
        rows.push(started || row.length > 1 ? row : null);
    }
    return rows;
}

interface MoodleRead {
    readonly error?: string;
    readonly rows: string[][];
    readonly framework?: Record<string, string>;
    readonly competencies: Array<Record<string, string>>;
    readonly placed: Set<string>;
}

/** load_csv_content, then framework_importer's constructor and add_children. */
function moodleImport(content: string): MoodleRead {
    const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
    const rows = phpReadCsv(text).filter((row): row is string[] => row !== null);
    const competencies: Array<Record<string, string>> = [];
    if (rows.length === 0) {
        return { error: 'csvemptyfile', rows, competencies, placed: new Set() };
    }
    if (rows.some((row) => row.length !== rows[0].length)) {
        return { error: 'csvweirdcolumns', rows, competencies, placed: new Set() };
    }
    let framework: Record<string, string> | undefined;
    const flat = new Map<string, Record<string, string>>();
    for (const row of rows.slice(1)) {
        const record = Object.fromEntries(MOODLE_COLUMNS.map((column, position) => [column.key, row[position] ?? '']));
        const clean = (value: string) => shorten(value.replace(/<[^>]*>/g, ''));
        record.idnumber = clean(record.idnumber);
        record.shortname = clean(record.shortname);
        if (record.isframework !== '' && record.isframework !== '0') {
            framework = record;
        } else {
            competencies.push(record);
            flat.set(record.idnumber, record);
        }
    }
    const placed = new Set<string>();
    const addChildren = (parent: string) => {
        for (const competency of flat.values()) {
            if (competency.parentidnumber === parent && !placed.has(competency.idnumber)) {
                placed.add(competency.idnumber);
                addChildren(competency.idnumber);
            }
        }
    };
    addChildren('');
    return { error: framework ? undefined : 'invalidimportfile', rows, framework, competencies, placed };
}

function shorten(value: string): string {
    return value.length > 100 ? `${value.slice(0, 97)}...` : value;
}

/** validate_scaleconfiguration, after get_scale_configuration has set the scale id. */
function validScaleConfiguration(configuration: string, levels: number): boolean {
    const decoded: unknown = JSON.parse(configuration);
    if (!Array.isArray(decoded) || typeof decoded[0] !== 'object') {
        return false;
    }
    const items = decoded.slice(1) as Array<{ id: number; scaledefault?: number; proficient?: number }>;
    return items.some((item) => item.scaledefault) && items.some((item) => item.proficient) && items.every((item) => item.id >= 1 && item.id <= levels);
}

describe('Moodle’s importer reads our exports', () => {
    test.each(sampleFrameworks())('%s: every row, every competency, the tree and the scale', (_, framework) => {
        const csv = exportFramework(framework, { format: 'moodle', lastChange: new Date() }).content;
        const read = moodleImport(csv);
        expect(read.error).toBeUndefined();
        expect(read.rows[0]).toEqual(MOODLE_COLUMNS.map((column) => column.header));
        const competences = [...framework.competences, ...framework.domains.flatMap((domain) => domain.competences)];
        expect(read.competencies).toHaveLength(framework.domains.length + competences.length);
        // Every competency is created (ID number and short name), none shortened, all in the tree.
        for (const competency of read.competencies) {
            expect(competency.idnumber).not.toBe('');
            expect(competency.shortname).not.toBe('');
            expect(competency.shortname.length).toBeLessThanOrEqual(100);
            expect(read.placed.has(competency.idnumber), competency.idnumber).toBe(true);
        }
        expect(new Set(read.competencies.map((competency) => competency.idnumber)).size).toBe(read.competencies.length);
        expect(read.framework!.idnumber).toBe(framework.name);
        expect(read.framework!.scalevalues.split(',')).toEqual(framework.scale.length > 0 ? framework.scale : ['Non acquis', 'Acquis']);
        expect(validScaleConfiguration(read.framework!.scaleconfiguration, read.framework!.scalevalues.split(',').length)).toBe(true);
        // PHP reads exactly the cells we wrote (its backslash escape changes nothing).
        expect(read.rows).toEqual(parseCsv(csv, ',').rows.map((row) => [...row]));
    });

    test('a backslash before a quote would shift the cells in PHP: the export writes it so that PHP reads it right', () => {
        const text = 'critère sur C:\\"dossier\\" et fin\\';
        const framework = parseFramework(`référentiel R { échelle « A », « B »\n compétence C1 « ${text} » }`);
        const csv = exportFramework(framework, { format: 'moodle', lastChange: new Date() }).content;
        // Written the RFC 4180 way only, PHP garbles the cell, or runs past its end when it ends with `\`.
        const naive = (value: string) => `${'x,'.repeat(13)}x\n,"${value.replace(/"/g, '""')}",c,d,e,f,g,h,i,j,k,l,m,n\n`;
        expect(moodleImport(naive('C:\\"dossier\\"')).rows[1][1]).not.toBe('C:\\"dossier\\"');
        expect(moodleImport(naive('fin\\')).error).toBe('csvweirdcolumns');
        const read = moodleImport(csv);
        expect(read.error).toBeUndefined();
        expect(read.competencies[0].shortname).toBe(text.replace(/\\(?="|$)/g, '\u2215'));
    });

    test('the reproduction reads Moodle’s own example like Moodle’s import test expects', () => {
        const read = moodleImport(readFileSync(join(FIXTURES, 'moodle/example.csv'), 'utf8'));
        expect(read.error).toBeUndefined();
        expect(read.framework!.idnumber).toBe('OECD-CORE');
        expect(read.competencies).toHaveLength(64);
        expect(read.placed.size).toBe(64);
    });
});

describe('Moodle’s own example framework', () => {
    test('imports, keeps its tree and codes, says what it cannot hold, and the framework rules check it', async () => {
        const result = await importFramework(readFileSync(join(FIXTURES, 'moodle/example.csv')), { fileName: 'example.csv' });
        expect(result.format).toBe('moodle');
        const { framework } = result;
        expect(framework.name).toBe('OECD-CORE');
        expect(framework.scale).toEqual(['Not yet competent', 'Competent']);
        expect(framework.domains.map((domain) => domain.name)).toEqual(['levels', 'competencies']);
        const delivery = framework.domains[1].competences.find((competence) => competence.name === 'delivery')!;
        expect(delivery.criteria.map((criterion) => criterion.name)).toContain('analytical-thinking');
        expect(delivery.criteria[0].indicators).toEqual(['Distinguishes between critical and irrelevant pieces of information', 'Gathers information from a variety of sources to reach a conclusion.']);
        const warnings = result.warnings.map((note) => describeNote(note, 'fr')).join('\n');
        expect(warnings).toMatch(/compétences liées de 40 compétence/);
        expect(warnings).toMatch(/le code de 39 indicateur/);
        expect(warnings).toMatch(/ligne 2, colonne « Scale configuration » : dans Moodle, le niveau par défaut est « Competent »/);
        const checked = await checkedWorkspace(result.text);
        expect(checked.filter((line) => line.startsWith('referentiel/criteres'))).toHaveLength(5);
        expect(checked.some((line) => line.startsWith('langage/'))).toBe(false);
    });
});

test('a Moodle file with a semicolon (as a French Moodle proposes) imports too', async () => {
    const csv = exportFramework(sampleFrameworks()[0][1], { format: 'moodle', lastChange: new Date() }).content;
    const semicolons = parseCsv(csv, ',').rows.map((row) => row.map((cell) => /[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell).join(';')).join('\n');
    const result = await importFramework(bytes(semicolons), { fileName: 'moodle.csv' });
    expect(result.format).toBe('moodle');
    expect(result.framework.name).toBe(sampleFrameworks()[0][1].name);
});
