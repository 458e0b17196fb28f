import { describe, expect, test } from 'vitest';
import { crc32, MAX_UNZIPPED_BYTES, readZip, writeZip, ZipError } from '../../packages/web/src/files/zip.js';

// The zip module of « Tutorat en ligne » (browser streams, which Node 22 has too). The byte-for-byte round trip of an
// archive made by another tool is shown in the browser test (test/web/app.test.ts).

const text = (value: string) => new TextEncoder().encode(value);
const moment = new Date(2026, 8, 14, 10, 30, 0);

describe('zip archives', () => {
    test('what is written is read back: folders, stored and deflated entries, accented names', async () => {
        const entries = [
            { name: 'les-tilleuls/', data: new Uint8Array(), modified: moment },
            { name: 'les-tilleuls/charte.tutorat', data: text('institution LesTilleuls {\n'.repeat(50)), modified: moment },
            { name: 'les-tilleuls/Élodie.tutorat', data: text('x'), modified: moment }
        ];
        const archive = await readZip(await writeZip(entries));
        expect(archive.entries.map((entry) => [entry.name, new TextDecoder().decode(entry.data), entry.modified.getTime()]))
            .toEqual(entries.map((entry) => [entry.name, new TextDecoder().decode(entry.data), moment.getTime()]));
        // The same entries give the same bytes.
        expect(await writeZip(entries)).toEqual(await writeZip(entries));
    });

    test('unchanged entries are copied as they were; a changed one is written anew', async () => {
        const original = await writeZip([{ name: 'a.tutorat', data: text('un'), modified: moment }, { name: 'b.json', data: text('{}'), modified: moment }]);
        const read = await readZip(original);
        expect(await writeZip(read.entries, read)).toEqual(original);
        const changed = await readZip(await writeZip([read.entries[0], { ...read.entries[1], data: text('{ "rules": {} }') }], read));
        expect(changed.entries.map((entry) => new TextDecoder().decode(entry.data))).toEqual(['un', '{ "rules": {} }']);
    });

    test('names written without the UTF-8 flag by old tools are read in the DOS code page', async () => {
        const bytes = await writeZip([{ name: 'Elodie.tutorat', data: text('x'), modified: moment }]);
        // Rewrite the name as CP437 « Élodie » (0x90) and clear the UTF-8 flag, in the local and central records.
        const patched = bytes.slice();
        const view = new DataView(patched.buffer);
        for (let at = 0; at < patched.length - 4; at++) {
            const signature = view.getUint32(at, true);
            if (signature === 0x04034b50 || signature === 0x02014b50) {
                const flags = signature === 0x04034b50 ? at + 6 : at + 8;
                view.setUint16(flags, 0, true);
                const name = at + (signature === 0x04034b50 ? 30 : 46);
                patched[name] = 0x90;
            }
        }
        expect((await readZip(patched)).entries[0].name).toBe('Élodie.tutorat');
    });

    test('what cannot be read is said, not guessed', async () => {
        await expect(readZip(text('not a zip at all'))).rejects.toMatchObject({ problem: 'not-a-zip' });
        const bytes = await writeZip([{ name: 'a.tutorat', data: text('un'), modified: moment }]);
        const encrypted = bytes.slice();
        new DataView(encrypted.buffer).setUint16(encrypted.length - 22 - 46 - 'a.tutorat'.length + 8, 0x0801, true);
        await expect(readZip(encrypted)).rejects.toBeInstanceOf(ZipError);
        const corrupt = bytes.slice();
        corrupt[30 + 'a.tutorat'.length] ^= 0xff;
        await expect(readZip(corrupt)).rejects.toMatchObject({ problem: 'corrupt' });
        expect(crc32(text('123456789'))).toBe(0xcbf43926);
    });

    test('an archive that would unzip to gigabytes is refused, and an entry is never unzipped past its size', async () => {
        // Compressed to a few kilobytes, 2 MB of the same line: what a zip bomb is made of.
        const line = 'tutrice Élodie « Élodie Martin »\n';
        const data = text(line.repeat(2 * 1024 * 1024 / line.length));
        const bomb = await writeZip([{ name: 'bombe.tutorat', data, modified: moment }]);
        expect(bomb.length).toBeLessThan(100_000);
        const sizeField = bomb.length - 22 - 46 - 'bombe.tutorat'.length + 24;
        const declaring = (size: number) => {
            const patched = bomb.slice();
            new DataView(patched.buffer).setUint32(sizeField, size, true);
            return patched;
        };
        // Declared beyond the limit: refused before anything is unzipped.
        await expect(readZip(declaring(MAX_UNZIPPED_BYTES + 1))).rejects.toMatchObject({ problem: 'too-large' });
        // Declared small, unzipping to more: damaged, and unzipping stops at the declared size.
        await expect(readZip(declaring(1_000))).rejects.toMatchObject({ problem: 'corrupt', entry: 'bombe.tutorat' });
        const read = (await readZip(bomb)).entries[0].data;
        expect([read.length, crc32(read)]).toEqual([data.length, crc32(data)]);
    });
});
