import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildHandbooks, workspaceErrors } from '@tutorat/handbook';
import { writeHandbooks } from '@tutorat/handbook/node';
import { tutorat } from '../support/cli.js';
import { buildWorkspace } from '../support/workspace.js';
import { workspaceWith } from '../robustness/support.js';
import { handbook, Page } from './support.js';

/**
 * Handbooks never launder errors: a draft says so on every page, on screen and on paper; the
 * findings annex can be left out; a tutee's booklet never shows files, lines or rule IDs.
 */

/** A small team whose documents still have errors: a substitute nobody declared, a person who is their own superior. */
const WITH_ERRORS = {
    'equipe.tutorat': `institution Petite « Petite ASBL » {
    tutrice Ana « Ana Lopes »
    tutoré Bob « Bob Martin » { supérieur hiérarchique Bob }
    duo Ana accompagne Bob {
        période du 01/09/2026 au 29/09/2026
        entretiens chaque semaine
        suppléant Inconnu
    }
}
`
};

const RULE_ID = /\b(langage|charte|tuteur|duo|parcours|stage|referentiel|modele|suppression)\/[a-z-]+/;

async function draftOf(files: Record<string, string>, options: { findingsAnnex?: boolean } = {}) {
    const workspace = await buildWorkspace(files);
    const errors = workspaceErrors(workspace.shared).length;
    return { errors, files: buildHandbooks(workspace.shared, { locale: 'fr', draft: { errors }, ...options }) };
}

describe('a draft', () => {
    test('says on every handbook, at its top and at the top of each part, how many errors remain', async () => {
        const { errors, files } = await draftOf(WITH_ERRORS);
        expect(errors).toBeGreaterThan(1);
        const label = `Brouillon — ${errors} erreurs`;
        for (const file of files) {
            const page = new Page(file.html);
            const band = page.all('div').find((element) => (element.attrs.find((attr) => attr.name === 'class')?.value ?? '') === 'draft-band');
            expect(band && page.text(band), file.fileName).toContain(label);
            const parts = page.all('section').filter((section) => section.attrs.some((attr) => attr.name === 'class' && attr.value === 'part'));
            expect(parts.length).toBeGreaterThan(0);
            for (const part of parts) {
                expect(page.text(part), `${file.fileName} ${part.attrs.find((attr) => attr.name === 'id')?.value}`).toContain(label);
            }
            // On paper: in the top margin of every page, the cover's too (CSS escapes the dash).
            expect(file.html).toContain(`@page { @top-center { content: "Brouillon \\2014  ${errors} erreurs"`);
            expect(file.html).toContain(`@page cover { @top-center { content: "Brouillon \\2014  ${errors} erreurs"`);
        }
    });

    test('is worded for one error, and in English', async () => {
        const workspace = await buildWorkspace(WITH_ERRORS, { locale: 'en' });
        const [first] = buildHandbooks(workspace.shared, { locale: 'en', draft: { errors: 1 } });
        expect(new Page(first.html).text()).toContain('Draft — 1 error This handbook is a draft');
    });

    test('is not a draft without errors: no band', async () => {
        const workspace = await buildWorkspace(WITH_ERRORS);
        for (const file of buildHandbooks(workspace.shared, { locale: 'fr' })) {
            expect(file.html).not.toContain('Brouillon');
            expect(file.html).not.toContain('<div class="draft-band"');
        }
    });

    test.skipIf(!existsSync('/usr/bin/chromium'))('printed, carries the band on every page', async () => {
        const { errors, files } = await draftOf(WITH_ERRORS);
        const output = mkdtempSync(join(tmpdir(), 'tutorat-brouillon-'));
        await writeHandbooks([handbook(files, 'institution')], output, { locale: 'fr', pdf: true });
        const pdf = readFileSync(join(output, readdirSync(output).find((name) => name.endsWith('.pdf'))!));
        const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
        expect(totalPages).toBeGreaterThan(3);
        expect((text as string[]).map((page, index) => `${index + 1}: ${page.includes(`Brouillon — ${errors} erreurs`)}`))
            .toEqual((text as string[]).map((_, index) => `${index + 1}: true`));
    }, 120_000);
});

describe('the findings annex', () => {
    test('ends the institution’s handbook, unless the user or the project leaves it out', async () => {
        const withAnnex = handbook((await draftOf(WITH_ERRORS)).files, 'institution');
        expect(new Page(withAnnex.html).byId('constats')).toBeDefined();
        expect(withAnnex.html).toMatch(/equipe\.tutorat, ligne \d/);

        const asked = handbook((await draftOf(WITH_ERRORS, { findingsAnnex: false })).files, 'institution');
        const configured = handbook((await draftOf({ ...WITH_ERRORS, 'tutorat.json': '{ "handbook": { "findingsAnnex": false } }' })).files, 'institution');
        for (const file of [asked, configured]) {
            const page = new Page(file.html);
            expect(page.byId('constats')).toBeUndefined();
            // Nor are the findings listed under the guide's advice: no file, no line.
            expect(page.text()).not.toMatch(/\.tutorat|ligne \d/);
            expect(page.byId('en-bref')).toBeDefined();
        }
    });

    test('a wrong setting in tutorat.json is reported, and the annex stays', async () => {
        const workspace = await buildWorkspace({ ...WITH_ERRORS, 'tutorat.json': '{ "handbook": { "findingsAnnex": "non", "couleur": 1 } }' });
        const problems = workspace.shared.tutorat.Configuration.problems().map((problem) => problem.message.fr);
        expect(problems).toEqual(expect.arrayContaining([
            '« {key} » vaut « {value} » : écrivez true (oui) ou false (non).',
            'La clé « {key} » n’est pas connue dans « handbook ». Clé possible : findingsAnnex.'
        ]));
        expect(new Page(handbook(buildHandbooks(workspace.shared, { locale: 'fr' }), 'institution').html).byId('constats')).toBeDefined();
    });
});

describe('a tutee’s booklet', () => {
    test('never shows file paths, line numbers, rule IDs or findings, even as a draft', async () => {
        const { files } = await draftOf(WITH_ERRORS);
        const booklet = handbook(files, 'duo');
        const text = new Page(booklet.html).text();
        expect(text).toContain('Brouillon —');
        expect(text).not.toMatch(/\.tutorat|ligne \d|line \d/);
        expect(text).not.toMatch(RULE_ID);
        expect(text).not.toContain('ne correspond à aucune personne');
    });
});

describe('tutorat handbook', () => {
    test('writes nothing from documents with errors: exit 1, the errors listed, what to do', async () => {
        const folder = workspaceWith(WITH_ERRORS);
        const { code, stdout, stderr } = await tutorat(['handbook', '.', '-o', 'livrets'], folder);
        expect(code).toBe(1);
        expect(stdout).toMatch(/equipe\.tutorat:7:\d+ {2}erreur {2}.*Inconnu.* {2}langage\/reference/);
        expect(stderr).toMatch(/^Les livrets ne sont pas écrits : les documents contiennent encore \d+ erreurs \(ci-dessus\)\. Corrigez-les, ou ajoutez --draft/);
        expect(existsSync(join(folder, 'livrets'))).toBe(false);
    });

    test('with --draft (or --brouillon), writes drafts that say so on every page', async () => {
        for (const option of ['--draft', '--brouillon']) {
            const folder = workspaceWith(WITH_ERRORS);
            const { code, stdout } = await tutorat(['handbook', '.', '-o', 'livrets', option], folder);
            expect(code).toBe(0);
            const count = /Brouillon — (\d+) erreurs/.exec(stdout)?.[1];
            expect(stdout).toContain('Ce sont des brouillons : chaque page indique « Brouillon —');
            for (const name of readdirSync(join(folder, 'livrets'))) {
                expect(readFileSync(join(folder, 'livrets', name), 'utf8')).toContain(`Brouillon — ${count} erreurs`);
            }
        }
    });

    test('with --without-findings (or --sans-constats), leaves the annex out', async () => {
        for (const option of ['--without-findings', '--sans-constats']) {
            const folder = workspaceWith(WITH_ERRORS);
            expect((await tutorat(['handbook', '.', '-o', 'livrets', '--draft', option], folder)).code).toBe(0);
            const html = readFileSync(join(folder, 'livrets', 'petite.html'), 'utf8');
            expect(new Page(html).byId('constats')).toBeUndefined();
        }
    });
});
