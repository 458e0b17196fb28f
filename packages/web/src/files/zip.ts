// Reading and writing .zip archives in the browser (and in Node 22, which has the same streams): stored and deflated
// entries, UTF-8 names (and the old DOS code page of archives made without the UTF-8 flag). An entry whose content
// did not change is copied as it was read — header, compressed data and directory record, byte for byte — so that an
// archive imported and exported again without changes is the same file.

export interface ZipEntry {
    /** The path inside the archive, with `/` separators; a folder ends with `/`. */
    readonly name: string;
    readonly data: Uint8Array;
    readonly modified: Date;
}

/** An archive as read: its entries, and what is needed to write the unchanged ones again as they were. */
export interface ZipArchive {
    readonly entries: readonly ZipEntry[];
    /** @internal The raw records of each entry, by name. */
    readonly records: ReadonlyMap<string, RawRecords>;
    /** @internal The end-of-archive comment. */
    readonly comment: Uint8Array;
}

interface RawRecords {
    /** Local header, name, extra field, compressed data and data descriptor, as in the file. */
    readonly local: Uint8Array;
    /** The central directory record (its offset field is rewritten on output). */
    readonly central: Uint8Array;
    readonly crc: number;
}

export type ZipProblem = 'not-a-zip' | 'zip64' | 'encrypted' | 'method' | 'corrupt' | 'too-large';

/**
 * What an archive may hold once unzipped: a federation's or an institution's documents are a few megabytes. A zip of a
 * few hundred kilobytes can unzip to gigabytes, which the page would hold in memory until the tab dies.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** Why an archive cannot be read; the caller says it to the user in their language. */
export class ZipError extends Error {
    constructor(readonly problem: ZipProblem, readonly entry?: string) {
        super(`${problem}${entry ? `: ${entry}` : ''}`);
        this.name = 'ZipError';
    }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_FLAG = 0x0800;

export async function readZip(bytes: Uint8Array): Promise<ZipArchive> {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEnd(bytes, view);
    const count = view.getUint16(end + 10, true);
    const directorySize = view.getUint32(end + 12, true);
    const directoryStart = view.getUint32(end + 16, true);
    if (count === 0xffff || directoryStart === 0xffffffff || directorySize === 0xffffffff) {
        throw new ZipError('zip64');
    }
    const comment = bytes.slice(end + 22, end + 22 + view.getUint16(end + 20, true));
    const headers: Array<{ name: string; offset: number; central: Uint8Array; method: number; flags: number; crc: number; compressed: number; size: number; modified: Date }> = [];
    let at = directoryStart;
    for (let index = 0; index < count; index++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
            throw new ZipError('corrupt');
        }
        const flags = view.getUint16(at + 8, true);
        const nameLength = view.getUint16(at + 28, true);
        const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
        const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & UTF8_FLAG) !== 0);
        const compressed = view.getUint32(at + 20, true);
        const size = view.getUint32(at + 24, true);
        const offset = view.getUint32(at + 42, true);
        if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) {
            throw new ZipError('zip64', name);
        }
        headers.push({
            name, offset, flags, compressed, size,
            central: bytes.slice(at, at + length),
            method: view.getUint16(at + 10, true),
            crc: view.getUint32(at + 16, true),
            modified: fromDosTime(view.getUint16(at + 12, true), view.getUint16(at + 14, true))
        });
        at += length;
    }
    if (headers.reduce((total, header) => total + header.size, 0) > MAX_UNZIPPED_BYTES) {
        throw new ZipError('too-large');
    }
    // An entry's local record runs up to the next entry (or the directory): that includes any data descriptor.
    const starts = [...headers.map((header) => header.offset), directoryStart].sort((a, b) => a - b);
    const entries: ZipEntry[] = [];
    const records = new Map<string, RawRecords>();
    for (const header of headers) {
        if (header.flags & 1) {
            throw new ZipError('encrypted', header.name);
        }
        if (header.offset + 30 > bytes.length || view.getUint32(header.offset, true) !== LOCAL) {
            throw new ZipError('corrupt', header.name);
        }
        const dataStart = header.offset + 30 + view.getUint16(header.offset + 26, true) + view.getUint16(header.offset + 28, true);
        const compressed = bytes.subarray(dataStart, dataStart + header.compressed);
        const data = await inflate(compressed, header.method, header.name, header.size);
        if (data.length !== header.size || crc32(data) !== header.crc) {
            throw new ZipError('corrupt', header.name);
        }
        const next = starts.find((start) => start > header.offset) ?? directoryStart;
        entries.push({ name: header.name, data, modified: header.modified });
        records.set(header.name, { local: bytes.slice(header.offset, next), central: header.central, crc: header.crc });
    }
    return { entries, records, comment };
}

/**
 * Writes an archive of these entries. An entry also in `previous` with the same content is copied from it as it was;
 * the others are compressed (deflate, or stored when that is not smaller), with UTF-8 names. Entries keep the
 * order of `previous`; new ones follow in the given order.
 */
export async function writeZip(entries: readonly ZipEntry[], previous?: ZipArchive): Promise<Uint8Array> {
    const order = previous ? previous.entries.map((entry) => entry.name) : [];
    const sorted = [...entries].sort((a, b) => rank(order, a.name) - rank(order, b.name));
    const locals: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const entry of sorted) {
        const kept = previous?.records.get(entry.name);
        const same = kept && previous!.entries.some((old) => old.name === entry.name && equalBytes(old.data, entry.data));
        const records = same ? kept : await newRecords(entry);
        const central = records.central.slice();
        new DataView(central.buffer).setUint32(42, offset, true);
        locals.push(records.local);
        centrals.push(central);
        offset += records.local.length;
    }
    const directorySize = centrals.reduce((sum, record) => sum + record.length, 0);
    const comment = previous?.comment ?? new Uint8Array();
    const end = new Uint8Array(22 + comment.length);
    const view = new DataView(end.buffer);
    view.setUint32(0, END, true);
    view.setUint16(8, sorted.length, true);
    view.setUint16(10, sorted.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, offset, true);
    view.setUint16(20, comment.length, true);
    end.set(comment, 22);
    return concat([...locals, ...centrals, end]);
}

async function newRecords(entry: ZipEntry): Promise<RawRecords> {
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.data);
    const deflated = entry.data.length > 0 ? await deflate(entry.data) : undefined;
    const [method, body] = deflated && deflated.length < entry.data.length ? [8, deflated] : [0, entry.data];
    const { time, date } = toDosTime(entry.modified);
    const local = new Uint8Array(30 + name.length + body.length);
    const header = new DataView(local.buffer);
    header.setUint32(0, LOCAL, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, UTF8_FLAG, true);
    header.setUint16(8, method, true);
    header.setUint16(10, time, true);
    header.setUint16(12, date, true);
    header.setUint32(14, crc, true);
    header.setUint32(18, body.length, true);
    header.setUint32(22, entry.data.length, true);
    header.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const record = new DataView(central.buffer);
    record.setUint32(0, CENTRAL, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(8, UTF8_FLAG, true);
    record.setUint16(10, method, true);
    record.setUint16(12, time, true);
    record.setUint16(14, date, true);
    record.setUint32(16, crc, true);
    record.setUint32(20, body.length, true);
    record.setUint32(24, entry.data.length, true);
    record.setUint16(28, name.length, true);
    // A folder is marked as such for the tools that read the DOS attributes.
    record.setUint32(38, entry.name.endsWith('/') ? 0x10 : 0, true);
    central.set(name, 46);
    return { local, central, crc };
}

function findEnd(bytes: Uint8Array, view: DataView): number {
    // The end record is the last thing in the file, followed by a comment of at most 65,535 bytes.
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
        if (view.getUint32(at, true) === END && at + 22 + view.getUint16(at + 20, true) === bytes.length) {
            return at;
        }
    }
    throw new ZipError('not-a-zip');
}

/** An entry's data, unzipped no further than the size the archive declares for it (a lying entry is damaged). */
async function inflate(data: Uint8Array, method: number, name: string, size: number): Promise<Uint8Array> {
    if (method === 0) {
        return data.slice();
    }
    if (method !== 8) {
        throw new ZipError('method', name);
    }
    const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    try {
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
            length += next.value.length;
            if (length > size) {
                void reader.cancel();
                break;
            }
            chunks.push(next.value);
        }
    } catch {
        throw new ZipError('corrupt', name);
    }
    if (length !== size) {
        throw new ZipError('corrupt', name);
    }
    return concat(chunks);
}

function deflate(data: Uint8Array): Promise<Uint8Array> {
    return transform(data, new CompressionStream('deflate-raw'));
}

async function transform(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
    const output = new Response(new Blob([data as BlobPart]).stream().pipeThrough(stream));
    return new Uint8Array(await output.arrayBuffer());
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
    if (!crcTable) {
        crcTable = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++) {
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            crcTable[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (const byte of data) {
        crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}

/** The upper half of code page 437, which archives without the UTF-8 flag use for accented names (Windows, old tools). */
const CP437 = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Uint8Array, utf8: boolean): string {
    if (utf8) {
        return new TextDecoder().decode(bytes);
    }
    try {
        // Many tools write UTF-8 without setting the flag.
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return [...bytes].map((byte) => byte < 0x80 ? String.fromCharCode(byte) : CP437[byte - 0x80]).join('');
    }
}

function fromDosTime(time: number, date: number): Date {
    return new Date(1980 + (date >> 9), ((date >> 5) & 0xf) - 1, date & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2);
}

function toDosTime(moment: Date): { time: number; date: number } {
    const year = Math.min(Math.max(moment.getFullYear(), 1980), 2107);
    return {
        time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
        date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate()
    };
}

function rank(order: readonly string[], name: string): number {
    const at = order.indexOf(name);
    return at < 0 ? order.length : at;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
    return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
    const total = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
        total.set(part, at);
        at += part.length;
    }
    return total;
}
