import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { HandbookFile } from '@tutorat/handbook';
import { findBrowser, writeHandbooks } from '@tutorat/handbook/node';
import { REPOSITORY, tutorat } from '../support/cli.js';
import { filesUnder, workspaceWith } from './support.js';

/**
 * Tutorat never loses what someone wrote: a report never replaces a document or a file that is not
 * an earlier report, a PDF is replaced only when Tutorat's own mark says Tutorat printed it, and a
 * run that fails half-way leaves the handbooks as they were.
 */
const DOCUMENTS = {
    'charte.tutorat': 'institution Tilleuls « ASBL Les Tilleuls » {\n    tutrice Élodie\n    tutorée Léa\n}\n',
    'duos.tutorat': 'institution Tilleuls {\n    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }\n}\n'
};

describe('tutorat check --output never replaces what it did not write', () => {
    test('a Tutorat document is never replaced by the report, even with --force', async () => {
        const folder = workspaceWith(DOCUMENTS);
        for (const extra of [[], ['--force']]) {
            const { code, stderr, stdout } = await tutorat(['check', '.', '-o', 'charte.tutorat', ...extra], folder);
            expect(code).toBe(2);
            expect(stderr).toContain('« charte.tutorat » est un document Tutorat');
            expect(stdout).toBe('');
            expect(readFileSync(join(folder, 'charte.tutorat'), 'utf8')).toBe(DOCUMENTS['charte.tutorat']);
        }
    });

    test('another file is replaced only with --force; an earlier report of the same format without', async () => {
        const folder = workspaceWith({ ...DOCUMENTS, 'notes.txt': 'mes notes', 'rapport.txt': '' });
        const refused = await tutorat(['check', '.', '-o', 'notes.txt'], folder);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('« notes.txt » existe et n’est pas un rapport de Tutorat au format text');
        expect(refused.stderr).toContain('--force');
        expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mes notes');

        const forced = await tutorat(['check', '.', '-o', 'notes.txt', '--force'], folder);
        expect(forced.code).toBe(0);
        expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toMatch(/document(s)? vérifié/);

        for (const format of ['text', 'json', 'sarif']) {
            const file = `rapport.${format}`;
            expect((await tutorat(['check', '.', '-o', file, '--format', format], folder)).code).toBe(0);
            const again = await tutorat(['check', '.', '-o', file, '--format', format, '--lang', 'en'], folder);
            expect(again.code, `${format}: ${again.stderr}`).toBe(0);
        }
        // A report of another format is not "a previous report" of this one.
        const otherFormat = await tutorat(['check', '.', '-o', 'rapport.json', '--format', 'sarif'], folder);
        expect(otherFormat.code).toBe(2);
        expect(JSON.parse(readFileSync(join(folder, 'rapport.json'), 'utf8')).tool).toBe('tutorat');
        // An empty file is not a report either.
        expect((await tutorat(['check', '.', '-o', 'rapport.txt'], folder)).code).toBe(2);
        expect(filesUnder(folder).filter((file) => file.includes('.tmp'))).toEqual([]);
    });
});

const found = findBrowser();
const chromium = 'browser' in found ? found.browser.path : undefined;

describe.skipIf(!chromium)('PDF handbooks are recognised by a mark only Tutorat writes', () => {
    const files: HandbookFile[] = [{ kind: 'institution', title: 'Petite', fileName: 'petite.html', html: '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="generator" content="Tutorat"><title>Livret du tutorat — Crèche « Les Petits Pas »</title></head><body><h1>Petite</h1></body></html>\n' }];

    test('a PDF printed by another headless-Chrome tool under a handbook’s name is never replaced', { timeout: 120_000 }, async () => {
        const output = mkdtempSync(join(tmpdir(), 'tutorat-pdf-'));
        const other = join(output, 'autre.html');
        writeFileSync(other, '<!DOCTYPE html><html><head><title>Facture 2026-114</title></head><body>Facture</body></html>');
        execFileSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(output, '.profil')}`, '--no-pdf-header-footer', `--print-to-pdf=${join(output, 'petite.pdf')}`, pathToFileURL(other).href], { stdio: 'ignore', timeout: 60_000 });
        const invoice = readFileSync(join(output, 'petite.pdf'));
        expect(invoice.toString('latin1')).toContain('HeadlessChrome');
        await expect(writeHandbooks(files, output, { locale: 'fr', pdf: true })).rejects.toMatchObject({ problem: 'foreign-files' });
        expect(readFileSync(join(output, 'petite.pdf')).equals(invoice)).toBe(true);
        expect(existsSync(join(output, 'petite.html'))).toBe(false);
    });

    test('Tutorat’s own PDF is a well-formed PDF it recognises and replaces, unless someone saved changes into it since', { timeout: 120_000 }, async () => {
        const output = mkdtempSync(join(tmpdir(), 'tutorat-pdf-'));
        await writeHandbooks(files, output, { locale: 'fr', pdf: true });
        const pdf = readFileSync(join(output, 'petite.pdf'));
        expect(checkCrossReferences(pdf)).toEqual([]);
        expect(pdf.toString('latin1').includes('/Creator (Tutorat)')).toBe(true);
        await writeHandbooks(files, output, { locale: 'fr', pdf: true });
        // A reader saved annotations: an update of its own now ends the file.
        appendFileSync(join(output, 'petite.pdf'), '\n99 0 obj\n<</Type /Annot>>\nendobj\nxref\n99 1\n0000000000 00000 n \ntrailer\n<</Size 100>>\nstartxref\n0\n%%EOF\n');
        await expect(writeHandbooks(files, output, { locale: 'fr', pdf: true })).rejects.toMatchObject({ problem: 'foreign-files' });
    });
});

/** Every cross-reference section of a PDF, newest first, and each object it lists: where it says. */
function checkCrossReferences(pdf: Buffer): string[] {
    const text = pdf.toString('latin1');
    const problems: string[] = [];
    let offset = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? -1);
    for (let sections = 0; offset >= 0 && sections < 10; sections++) {
        if (!text.startsWith('xref', offset)) {
            return [...problems, `no xref at ${offset}`];
        }
        const body = text.slice(offset, text.indexOf('trailer', offset));
        for (const subsection of body.matchAll(/^(\d+) (\d+)\r?\n((?:\d{10} \d{5} [nf] ?\r?\n)+)/gm)) {
            subsection[3].trim().split(/\r?\n/).forEach((entry, index) => {
                const [position, , kind] = entry.trim().split(' ');
                const number = Number(subsection[1]) + index;
                if (kind === 'n' && !new RegExp(`^${number} \\d+ obj`).test(text.slice(Number(position), Number(position) + 20))) {
                    problems.push(`object ${number} is not at ${position}`);
                }
            });
        }
        const previous = /\/Prev\s+(\d+)/.exec(text.slice(offset, text.indexOf('startxref', offset)));
        offset = previous ? Number(previous[1]) : -1;
    }
    return problems;
}

describe('a handbook run that fails half-way', () => {
    test('leaves every handbook as it was, and says what happened', { timeout: 120_000 }, async () => {
        // A small institution first, a large one next: the second is written after the first.
        const people = Array.from({ length: 120 }, (_, index) => `    tutrice T${index} « Tutrice ${index} »\n    tutorée E${index}\n    duo T${index} accompagne E${index} { période du 01/09/2026 au 31/12/2026 }\n`).join('');
        const folder = workspaceWith({ 'a-petite.tutorat': 'institution APetite « Crèche » {\n}\n', 'b-grande.tutorat': `institution BGrande « Grande maison » {\n${people}}\n` });
        const cli = join(REPOSITORY, 'node_modules/.bin/tutorat');
        // The project's Node 22, as `npx tutorat` finds it.
        const env = { ...process.env, PATH: `${join(REPOSITORY, 'node_modules/.bin')}:${process.env.PATH}` };
        const first = spawnSync(cli, ['handbook', '.', '-o', 'livrets'], { cwd: folder, encoding: 'utf8', env });
        expect(first.status, first.stderr).toBe(0);
        const before = new Map(filesUnder(join(folder, 'livrets')).map((file) => [file, readFileSync(join(folder, 'livrets', file))]));
        const sizes = [...before.values()].map((content) => content.length).sort((a, b) => a - b);
        // The documents change, and the disk refuses files as large as the largest handbook.
        writeFileSync(join(folder, 'a-petite.tutorat'), 'institution APetite « Crèche Les Petits Pas » {\n}\n');
        const limit = sizes.at(-1)! - 10;
        expect(sizes[0]).toBeLessThan(limit);
        const failed = spawnSync('prlimit', [`--fsize=${limit}`, cli, 'handbook', '.', '-o', 'livrets'], { cwd: folder, encoding: 'utf8', env });
        expect(failed.status).toBe(2);
        expect(failed.stderr).toContain('le fichier dépasse la taille permise (EFBIG)');
        expect(failed.stderr).toContain('Rien n’a été écrit');
        expect(filesUnder(join(folder, 'livrets'))).toEqual([...before.keys()]);
        for (const [file, content] of before) {
            expect(readFileSync(join(folder, 'livrets', file)).equals(content), file).toBe(true);
        }
    });
});
