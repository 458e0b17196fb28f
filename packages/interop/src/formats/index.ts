import type { Bilingual } from '@tutorat/language';
import { parseCsv } from '../csv.js';
import { containerOf, decodeText } from '../input.js';
import { MESSAGES } from '../messages.js';
import type { FrameworkData } from '../model.js';
import { fail, type Note } from '../notes.js';
import { FORMATS, type FormatName } from '../protocol.js';
import { readCase, writeCase } from './case.js';
import { isMoodleHeader, readMoodle, readMoodleRows, writeMoodle } from './moodle.js';
import { isTableHeader, readTable, writeTable } from './tableur.js';
import { readWorkbook } from './xlsx.js';

export { FORMATS, type FormatName };

export const FORMAT_LABELS: Record<FormatName, Bilingual> = {
    moodle: { fr: 'référentiel Moodle (CSV)', en: 'Moodle framework (CSV)' },
    case: { fr: 'paquet 1EdTech CASE 1.1 (JSON)', en: '1EdTech CASE 1.1 package (JSON)' },
    tableur: { fr: 'tableau du consultant (CSV)', en: 'consultant’s table (CSV)' }
};

/** The file's extension for each export. */
export const FORMAT_EXTENSIONS: Record<FormatName, string> = { moodle: '.csv', case: '.json', tableur: '.csv' };

/** Reads a framework from a file's bytes, in the given format or the one its content shows. */
export async function readFramework(bytes: Uint8Array, format: FormatName | undefined, notes: Note[], fallbackName: string): Promise<{ framework: FrameworkData; format: FormatName }> {
    if (containerOf(bytes) === 'xlsx') {
        if (format === 'case') {
            fail(MESSAGES.input.workbookNotTable);
        }
        const rows = await readWorkbook(bytes, (row) => isTableHeader(row) || isMoodleHeader(row));
        const moodle = format === 'moodle' || (format === undefined && isMoodleHeader(rows[0] ?? []));
        return moodle
            ? { framework: readMoodleRows(rows, notes, fallbackName), format: 'moodle' }
            : { framework: readTable(rows, notes, fallbackName), format: 'tableur' };
    }
    const text = decodeText(bytes, notes);
    if (text.trim() === '') {
        fail(MESSAGES.input.empty);
    }
    const json = /^\s*[{[]/.test(text);
    const chosen = format ?? (json ? 'case' : isMoodleHeader(parseCsv(text.split(/\r?\n/, 1)[0]).rows[0] ?? []) ? 'moodle' : 'tableur');
    switch (chosen) {
        case 'case':
            if (!json) {
                fail(MESSAGES.format.notJson);
            }
            return { framework: readCase(text, notes, fallbackName), format: chosen };
        case 'moodle':
            return { framework: readMoodle(text, notes, fallbackName), format: chosen };
        case 'tableur': {
            const { rows } = parseCsv(text);
            if (isMoodleHeader(rows[0] ?? []) && !rows.some(isTableHeader)) {
                fail(MESSAGES.format.moodleHeader);
            }
            return { framework: readTable(rows, notes, fallbackName), format: chosen };
        }
    }
}

export interface WriteOptions {
    /** When the framework last changed (RFC 3339), for CASE's lastChangeDateTime. */
    readonly lastChange: string;
}

export function writeFramework(framework: FrameworkData, format: FormatName, notes: Note[], options: WriteOptions): string {
    switch (format) {
        case 'moodle':
            return writeMoodle(framework, notes);
        case 'case':
            return writeCase(framework, { lastChange: options.lastChange });
        case 'tableur':
            return writeTable(framework, notes);
    }
}
