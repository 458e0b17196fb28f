import readExcelFile from 'read-excel-file/universal';
import { MESSAGES } from '../messages.js';
import { fail } from '../notes.js';

/**
 * The first sheet of an .xlsx workbook as rows of texts (read with read-excel-file, which reads the
 * values Excel saved, never runs a formula). A sheet named like the framework table is preferred.
 */
export async function readWorkbook(bytes: Uint8Array, isTable: (row: readonly string[]) => boolean): Promise<string[][]> {
    checkUnzippedSize(bytes);
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

/**
 * What a workbook holds once unzipped, at most: a framework of two thousand competences is a few megabytes of XML. An
 * .xlsx is a zip, and a zip of a few hundred kilobytes can unzip to gigabytes (by mistake or to harm): the reader
 * would unzip it all in memory, and the editor's language server with it.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** Refuses a workbook whose zip declares more than {@link MAX_UNZIPPED_BYTES} once unzipped, before unzipping anything. */
function checkUnzippedSize(bytes: Uint8Array): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = endOfCentralDirectory(bytes, view);
    if (end === undefined) {
        return; // Not a zip the reader can read either: it says so itself.
    }
    let offset = view.getUint32(end + 16, true);
    let total = 0;
    for (let entry = 0; entry < view.getUint16(end + 10, true); entry++) {
        if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
            return;
        }
        const size = view.getUint32(offset + 24, true);
        // 0xFFFFFFFF: the real size is in a zip64 field, beyond 4 GB — no framework is.
        total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
        offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    if (total > MAX_UNZIPPED_BYTES) {
        fail(MESSAGES.input.workbookTooLarge, { max: MAX_UNZIPPED_BYTES / (1024 * 1024) });
    }
}

/** The offset of the zip's end-of-central-directory record (searched from the end, past a comment of up to 64 KB). */
function endOfCentralDirectory(bytes: Uint8Array, view: DataView): number | undefined {
    for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
        if (view.getUint32(offset, true) === 0x06054b50) {
            return offset;
        }
    }
    return undefined;
}
