import { MESSAGES } from './messages.js';
import { fail } from './notes.js';

/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by `,` `;` or a tab, quoted with `"`
 * when they hold a separator, a quote (doubled) or a line break. Rows are numbered as a
 * spreadsheet numbers them (a cell running over several lines is still one row).
 */
export interface CsvTable {
    readonly rows: readonly (readonly string[])[];
    readonly delimiter: Delimiter;
}

export type Delimiter = ',' | ';' | '\t';

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/** The separator of a table: the one found most often, outside quotes, on its first lines (`;` on a tie). */
export function detectDelimiter(text: string): Delimiter {
    const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
    let quoted = false;
    let lines = 0;
    for (const char of text) {
        if (char === '"') {
            quoted = !quoted;
        } else if (!quoted && char === '\n' && ++lines >= 10) {
            break;
        } else if (!quoted && counts.has(char as Delimiter)) {
            counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
        }
    }
    return [...counts.entries()].reduce((best, entry) => entry[1] > best[1] ? entry : best, [',' as Delimiter, 0])[0];
}

/**
 * Reads a table. A quote that never closes, or text glued after a closing quote, stops the
 * reading with the row where it happened: guessing would shift every following cell.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvTable {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let index = 0;
    let quotedFrom = -1;
    const endField = () => {
        row.push(field);
        field = '';
    };
    const endRow = () => {
        endField();
        rows.push(row);
        row = [];
    };
    while (index < text.length) {
        const char = text[index];
        if (quotedFrom >= 0) {
            if (char === '"') {
                if (text[index + 1] === '"') {
                    field += '"';
                    index += 2;
                    continue;
                }
                quotedFrom = -1;
                const next = text[index + 1];
                if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
                    fail(MESSAGES.csv.textAfterQuote, { text: excerpt(text.slice(index + 1)) }, { row: rows.length + 1 });
                }
            } else {
                field += char;
            }
            index++;
            continue;
        }
        if (char === '"' && field.trim() === '') {
            field = '';
            quotedFrom = rows.length + 1;
        } else if (char === delimiter) {
            endField();
        } else if (char === '\n' || char === '\r') {
            endRow();
            if (char === '\r' && text[index + 1] === '\n') {
                index++;
            }
        } else {
            field += char;
        }
        index++;
    }
    if (quotedFrom >= 0) {
        fail(MESSAGES.csv.unclosedQuote, { cell: row.length + 1 }, { row: quotedFrom });
    }
    if (field !== '' || row.length > 0) {
        endRow();
    }
    return { rows, delimiter };
}

function excerpt(text: string): string {
    const line = text.split(/[\r\n]/)[0].trim();
    return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

export interface CsvWriteOptions {
    readonly delimiter: Delimiter;
    /** A byte order mark first, so that Excel reads the file as UTF-8. */
    readonly bom?: boolean;
    /** Line endings: spreadsheets expect CRLF, Moodle writes LF. */
    readonly eol?: '\r\n' | '\n';
    /** Quote every field, or only those that need it. */
    readonly quoteAll?: boolean;
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
    const eol = options.eol ?? '\r\n';
    const needsQuotes = new RegExp(`["\\r\\n${options.delimiter === '\t' ? '\\t' : options.delimiter}]|^\\s|\\s$`);
    const cell = (value: string) => options.quoteAll || needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    return (options.bom ? '\uFEFF' : '') + rows.map((row) => row.map(cell).join(options.delimiter)).join(eol) + eol;
}

/**
 * The characters that make a spreadsheet read a cell as a formula (or a command, with DDE): a cell
 * starting with one of them is written behind an apostrophe, which Excel and LibreOffice show as
 * plain text (OWASP's advice against CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
    return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes {@link neutralizeFormula}: `'=x` read back is the text `=x`. */
export function restoreNeutralized(value: string): string {
    return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * Whether a cell is a spreadsheet formula rather than a text: `=HYPERLINK(…)`, `=1+2`, `@SUM(…)`,
 * `+cmd|' /C calc'!A0`. A text such as « - écoute » or « +32 2 123 45 67 » is not.
 */
export function looksLikeFormula(value: string): boolean {
    const text = value.trimStart();
    return /^=/.test(text) || /^[+\-@]\s*[A-Za-z_][\w.]*\s*\(/.test(text) || /^[=+\-@].*\|.*!/.test(text);
}
