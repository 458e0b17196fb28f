import { MESSAGES } from './messages.js';
import { fail, type Note } from './notes.js';
import { MAX_INPUT_BYTES } from './protocol.js';

export { MAX_INPUT_BYTES };

/** Refuses a file too large to be a framework, before it is read. */
export function checkInputSize(bytes: number): void {
    if (bytes > MAX_INPUT_BYTES) {
        fail(MESSAGES.input.tooLarge, { size: megabytes(bytes), max: megabytes(MAX_INPUT_BYTES) });
    }
}

/** Whole megabytes, rounded up (a file just over the limit reads « 41 Mo », never « 40 Mo »): the same in both languages. */
function megabytes(bytes: number): string {
    return String(Math.ceil(bytes / (1024 * 1024)));
}

export type Container = 'xlsx' | 'text';

/** An .xlsx workbook (a ZIP archive) or text; any other binary file is refused with its likely kind. */
export function containerOf(bytes: Uint8Array): Container {
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
        return 'xlsx';
    }
    const kind = binaryKind(bytes);
    if (kind) {
        fail(MESSAGES.input.binary, { kind });
    }
    return 'text';
}

const SIGNATURES: ReadonlyArray<{ bytes: number[]; kind: string }> = [
    { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
    { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'Excel 97-2003 (.xls) / Word (.doc)' },
    { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
    { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG' },
    { bytes: [0x1f, 0x8b], kind: 'gzip' }
];

function binaryKind(bytes: Uint8Array): string | undefined {
    const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
    if (known) {
        return known.kind;
    }
    // UTF-16 text has NUL bytes too: it is recognised by its byte order mark before this test.
    if (isUtf16(bytes)) {
        return undefined;
    }
    const sample = bytes.subarray(0, 8192);
    let control = 0;
    for (const byte of sample) {
        if (byte === 0) {
            return '?';
        }
        if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) {
            control++;
        }
    }
    return sample.length > 0 && control / sample.length > 0.01 ? '?' : undefined;
}

function isUtf16(bytes: Uint8Array): boolean {
    return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
    return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The text of a file as Excel and other tools save it: UTF-8 with or without a byte order mark,
 * UTF-16 (« Texte Unicode »), or Windows-1252 (« CSV (séparateur : point-virgule) » of a French
 * Excel), which is said in a warning since accents could be wrong if it was another encoding.
 */
export function decodeText(bytes: Uint8Array, warnings: Note[]): string {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
        return new TextDecoder('utf-8').decode(bytes.subarray(3));
    }
    if (startsWith(bytes, [0xff, 0xfe])) {
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    }
    if (startsWith(bytes, [0xfe, 0xff])) {
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        warnings.push({ text: MESSAGES.input.windows1252 });
        return new TextDecoder('windows-1252').decode(bytes);
    }
}

export function base64ToBytes(data: string): Uint8Array {
    if (typeof data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
        fail(MESSAGES.input.badTransfer);
    }
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) {
        bytes[index] = binary.charCodeAt(index);
    }
    return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
}
