import readExcelFile from 'read-excel-file/universal';
import { MESSAGES } from '../messages.js';
import { fail } from '../notes.js';

/**
 * The first sheet of an .xlsx workbook as rows of texts (read with read-excel-file, which reads the
 * values Excel saved, never runs a formula). A sheet named like the framework table is preferred.
 */
export async function readWorkbook(bytes: Uint8Array, isTable: (row: readonly string[]) => boolean): Promise<string[][]> {
    let sheets: Array<{ sheet: string; data: unknown[][] }>;
    try {
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        sheets = await readExcelFile(buffer) as Array<{ sheet: string; data: unknown[][] }>;
    } catch (error) {
        fail(MESSAGES.input.badWorkbook, { reason: error instanceof Error ? error.message : String(error) });
    }
    const tables = sheets.map((sheet) => sheet.data.map((row) => row.map(cellText)));
    const chosen = tables.find((rows) => rows.slice(0, 30).some(isTable)) ?? tables[0];
    if (!chosen || chosen.length === 0) {
        fail(MESSAGES.input.emptyWorkbook);
    }
    return chosen;
}

function cellText(value: unknown): string {
    if (value === null || value === undefined) {
        return '';
    }
    if (value instanceof Date) {
        return value.toISOString().slice(0, 10);
    }
    return String(value);
}
