import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GENERATOR_MARK, isSafeFileName, slug, type HandbookFile } from '@tutorat/handbook';
import { findBrowser, HandbookWriteError, writeHandbooks } from '@tutorat/handbook/node';
import { filesOf } from '../support/folders.js';
import { tutorat } from '../support/cli.js';
import { EXAMPLES, exampleHandbooks, handbooksOf } from './support.js';

function folder(): string {
    return mkdtempSync(join(tmpdir(), 'tutorat-livrets-'));
}

const SMALL = {
    'equipe.tutorat': `institution Petite « Petite ASBL » {
    tutrice Ana « Ana »
    tutoré Bob « Bob »
    duo Ana accompagne Bob { période du 01/09/2026 au 29/09/2026 entretiens chaque semaine }
}
`
};

describe('the same documents give the same handbooks', () => {
    test('byte for byte, whatever the order the files were loaded in', async () => {
        const first = (await exampleHandbooks()).files;
        const second = (await exampleHandbooks()).files;
        expect(second).toEqual(first);
        const reversed = Object.fromEntries(Object.entries(filesOf(EXAMPLES)).reverse());
        const third = (await handbooksOf(reversed)).files;
        expect(third.map((file) => file.html)).toEqual(first.map((file) => file.html));
        expect(first.some((file) => /\d{2}:\d{2}:\d{2}|T\d{2}:\d{2}/.test(file.html))).toBe(false);
    });
});

describe('file names made from the documents', () => {
    test('are plain, bounded and never reserved', () => {
        expect(slug('../../etc/passwd')).toBe('etc-passwd');
        expect(slug('LesTilleuls')).toBe('les-tilleuls');
        expect(slug('Élodie')).toBe('elodie');
        // Letters without a decomposition are spelt out, never dropped.
        expect(slug('Œuvre')).toBe('oeuvre');
        expect(slug('ß')).toBe('ss');
        expect(slug('Straße Ærøskøbing Łódź Þórr')).toBe('strasse-aeroskobing-lodz-thorr');
        expect(slug('CON')).toBe('livret-con');
        expect(slug('lpt1')).toBe('livret-lpt1');
        expect(slug('..')).toBe('livret');
        expect(slug('x'.repeat(500)).length).toBeLessThanOrEqual(80);
        expect(isSafeFileName('../x.html')).toBe(false);
        expect(isSafeFileName('con.html')).toBe(false);
        expect(isSafeFileName('les-tilleuls.html')).toBe(true);
    });

    test('stay unique and inside the folder, for names from documents and for hostile names handed in', async () => {
        const long = 'Très'.repeat(80);
        const { files } = await handbooksOf({
            'a.tutorat': `institution CON { tuteur Nul tutoré Aux duo Nul accompagne Aux }\ninstitution ${long} { tuteur Nul tutoré Aux duo Nul accompagne Aux duo Nul accompagne Aux }\n`
        });
        const hostile: HandbookFile[] = ['../../etc/passwd', '/etc/cron.d/x.html', 'sub/dir.html', 'CON', 'nul.html', '', '..', 'x'.repeat(400) + '.html', 'a\u0000b.html']
            .map((fileName) => ({ fileName, kind: 'institution', title: fileName, html: files[0].html }));
        const output = folder();
        const { written } = await writeHandbooks([...files, ...hostile], output, { locale: 'fr' });
        expect(written).toHaveLength(files.length + hostile.length);
        expect(new Set(written).size).toBe(written.length);
        for (const path of written) {
            expect(dirname(path)).toBe(resolve(output));
            expect(isSafeFileName(path.slice(resolve(output).length + 1)), path).toBe(true);
        }
        expect(readdirSync(output).sort()).toEqual(written.map((path) => path.slice(resolve(output).length + 1)).sort());
        expect(existsSync('/etc/cron.d/x.html')).toBe(false);
    });
});

describe('writing the handbooks', () => {
    test('creates the folder, marks each file as Tutorat’s, leaves no temporary file and may write again', async () => {
        const { files } = await handbooksOf(SMALL);
        const output = join(folder(), 'livrets', 'annee');
        const { written } = await writeHandbooks(files, output, { locale: 'fr' });
        expect(readdirSync(output).sort()).toEqual(['petite-ana-bob.html', 'petite.html']);
        for (const path of written) {
            expect(readFileSync(path, 'utf8').slice(0, 400)).toContain(GENERATOR_MARK);
        }
        const again = await writeHandbooks(files, output, { locale: 'fr' });
        expect(again.written).toEqual(written);
        expect(readdirSync(output).sort()).toEqual(['petite-ana-bob.html', 'petite.html']);
    });

    test('never replaces a file Tutorat did not write, and then writes nothing at all', async () => {
        const { files } = await handbooksOf(SMALL);
        const output = folder();
        writeFileSync(join(output, 'petite.html'), '<!DOCTYPE html><html><head><title>Mon livret à moi</title></head></html>');
        const error = await writeHandbooks(files, output, { locale: 'fr' }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(HandbookWriteError);
        expect((error as HandbookWriteError).problem).toBe('foreign-files');
        expect((error as Error).message).toContain('petite.html');
        expect((error as Error).message).toContain('n’ont pas été produits par Tutorat');
        expect(readdirSync(output)).toEqual(['petite.html']);
        expect(readFileSync(join(output, 'petite.html'), 'utf8')).toContain('Mon livret à moi');
    });

    test('treats folders and links with a handbook’s name as foreign too', async () => {
        const { files } = await handbooksOf(SMALL);
        const output = folder();
        mkdirSync(join(output, 'petite.html'));
        const elsewhere = join(folder(), 'cible.html');
        writeFileSync(elsewhere, `<!DOCTYPE html>${GENERATOR_MARK}`);
        symlinkSync(elsewhere, join(output, 'petite-ana-bob.html'));
        const error = await writeHandbooks(files, output, { locale: 'fr' }).catch((caught: unknown) => caught) as HandbookWriteError;
        expect(error.problem).toBe('foreign-files');
        expect(lstatSync(join(output, 'petite-ana-bob.html')).isSymbolicLink()).toBe(true);
        expect(readFileSync(elsewhere, 'utf8')).toBe(`<!DOCTYPE html>${GENERATOR_MARK}`);
    });

    test('says so when the output is a file, not a folder', async () => {
        const { files } = await handbooksOf(SMALL);
        const file = join(folder(), 'pas-un-dossier');
        writeFileSync(file, 'x');
        await expect(writeHandbooks(files, file, { locale: 'fr' })).rejects.toMatchObject({ problem: 'not-a-folder' });
        await expect(writeHandbooks(files, join(file, 'sous-dossier'), { locale: 'fr' })).rejects.toMatchObject({ problem: 'not-writable' });
    });

    test('asks for a browser before writing anything when a PDF is wanted and none is found', async () => {
        const { files } = await handbooksOf(SMALL);
        const output = join(folder(), 'livrets');
        const none = await writeHandbooks(files, output, { locale: 'fr', pdf: true, browser: { env: {}, candidates: [{ name: 'Chromium', path: '/nulle/part/chromium' }] } }).catch((caught: unknown) => caught) as HandbookWriteError;
        expect(none.problem).toBe('no-browser');
        expect(none.message).toContain('a besoin de Google Chrome, Chromium ou Microsoft Edge, introuvables ici (cherchés : /nulle/part/chromium)');
        expect(none.message).toContain('--browser CHEMIN ou la variable TUTORAT_NAVIGATEUR');
        const named = await writeHandbooks(files, output, { locale: 'fr', pdf: true, browser: { explicit: '/nulle/part/chrome' } }).catch((caught: unknown) => caught) as HandbookWriteError;
        expect(named.problem).toBe('browser-unusable');
        expect(named.message).toContain('Le navigateur indiqué par --browser (« /nulle/part/chrome ») n’existe pas');
        expect(existsSync(output)).toBe(false);
    });

    test.skipIf(!('browser' in findBrowser()))('prints PDFs with Chromium, replaces its own and never a foreign one', async () => {
        const { files } = await handbooksOf(SMALL);
        const output = folder();
        const { written } = await writeHandbooks(files.slice(0, 1), output, { locale: 'fr', pdf: true });
        expect(written.map((path) => path.slice(resolve(output).length + 1))).toEqual(['petite.html', 'petite.pdf']);
        expect(readFileSync(join(output, 'petite.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        await writeHandbooks(files.slice(0, 1), output, { locale: 'fr', pdf: true });
        writeFileSync(join(output, 'petite.pdf'), '%PDF-1.4 un PDF écrit par quelqu’un d’autre');
        await expect(writeHandbooks(files.slice(0, 1), output, { locale: 'fr', pdf: true })).rejects.toMatchObject({ problem: 'foreign-files' });
        expect(readdirSync(output).sort()).toEqual(['petite.html', 'petite.pdf']);
    }, 180_000);
});

describe('tutorat handbook', () => {
    test('writes the examples’ handbooks and says which', async () => {
        const output = folder();
        const { code, stdout, stderr } = await tutorat(['handbook', 'examples', '-o', output]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).toContain('5 fichier(s) écrit(s)');
        expect(stdout).toContain('les-tilleuls.html');
        expect(readdirSync(output).sort()).toEqual(['les-tilleuls-amina-sophie.html', 'les-tilleuls-elodie-lea.html', 'les-tilleuls-francois-karim.html', 'les-tilleuls.html', 'modele-cp319.html']);
    });

    test('speaks English with --lang en', async () => {
        const output = folder();
        const { code } = await tutorat(['handbook', 'examples', '-o', output, '--lang', 'en']);
        expect(code).toBe(0);
        expect(readFileSync(join(output, 'les-tilleuls.html'), 'utf8')).toContain('<html lang="en">');
    });

    test('stops with a clear message and exit code 2 when it cannot do its job', async () => {
        const noOutput = await tutorat(['handbook', 'examples']);
        expect(noOutput.code).toBe(2);
        expect(noOutput.stderr).toContain('Indiquez le dossier où écrire les livrets');

        const output = folder();
        const missing = await tutorat(['handbook', 'nulle-part', '-o', output]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('Le chemin « nulle-part » n’existe pas');

        writeFileSync(join(output, 'les-tilleuls.html'), '<p>mon fichier</p>');
        const foreign = await tutorat(['handbook', 'examples', '-o', output]);
        expect(foreign.code).toBe(2);
        expect(foreign.stderr).toContain('n’ont pas été produits par Tutorat');
        expect(readdirSync(output)).toEqual(['les-tilleuls.html']);

        const file = join(folder(), 'fichier');
        writeFileSync(file, 'x');
        const notFolder = await tutorat(['handbook', 'examples', '-o', file]);
        expect(notFolder.code).toBe(2);
        expect(notFolder.stderr).toContain('n’est pas un dossier');
    });
});
