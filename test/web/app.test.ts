import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSER_ARGS, CHROMIUM, cursorAfter, serveApplication } from './support.js';

// « Tutorat en ligne » in Debian's Chromium, driven like a user would: one browser profile for the whole file, so
// that what a test leaves (edits, storage, the service worker) is what the next one finds.

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const folder = mkdtempSync(join(tmpdir(), 'tutorat-en-ligne-'));
/** Every URL the pages and their workers asked for, and every Content-Security-Policy violation. */
const requests: string[] = [];
const violations: string[] = [];

beforeAll(async () => {
    ({ server, origin } = await serveApplication());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    context.on('request', (request) => requests.push(request.url()));
    await context.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`);
    }));
    page = await context.newPage();
}, 60_000);

afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(folder, { recursive: true, force: true });
});

const summary = () => page.locator('#constats-resume');
const group = (path: string) => page.locator(`.problem-group[aria-label="${path}"]`);
const problem = (path: string, rule: string) => group(path).locator('li.problem', { hasText: rule });
const editor = () => page.locator('#editeur .cm-content');

async function openFile(path: string): Promise<void> {
    await page.locator('.file-list button.file', { hasText: path }).click();
    await expect.poll(() => page.locator('#editeur-titre').textContent()).toBe(path);
}

/** A file's text as the browser's storage holds it (what a reload finds). */
function storedText(path: string): Promise<string | undefined> {
    return page.evaluate((wanted) => new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('tutorat-en-ligne');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
            const all = request.result.transaction('files').objectStore('files').getAll();
            all.onsuccess = () => {
                const current = localStorage.getItem('tutorat-en-ligne.espace');
                resolve((all.result as Array<{ workspace: string; path: string; text: string }>).find((file) => file.workspace === current && file.path === wanted)?.text);
            };
        };
    }), path);
}

async function download(click: () => Promise<void>): Promise<Buffer> {
    const [downloaded] = await Promise.all([page.waitForEvent('download'), click()]);
    return readFileSync((await downloaded.path())!);
}

describe('« Tutorat en ligne » in Chromium', () => {
    test('the example workspace opens with its findings, grouped by document, quoting the guide and linking to the rules', async () => {
        await page.goto(origin + '/');
        await expect.poll(() => summary().textContent(), { timeout: 30_000 }).toMatch(/1 avertissement\(s\), 14 information\(s\), 2 suggestion\(s\) dans 4 document\(s\)/);
        const profile = problem('les-tilleuls/duos.tutorat', 'tuteur/profil-specifique');
        await expect.poll(() => profile.textContent()).toContain('Sophie a un profil spécifique');
        expect(await profile.locator('.section').textContent()).toMatch(/^Guide pour le tutorat : Conditions de réussite/);
        expect(await profile.locator('a.rule').getAttribute('href')).toBe(`${origin}/regles/tuteur/profil-specifique.html`);
        // The rule's page opens beside the editor.
        await profile.locator('a.rule').click();
        const rules = page.frameLocator('iframe.rules-frame');
        await expect.poll(() => rules.locator('h1').textContent()).toContain('tuteur/profil-specifique');
    });

    test('a mistake typed in the editor gets its finding as one types', async () => {
        await openFile('les-tilleuls/duos.tutorat');
        await editor().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\ninstitution LesTilleuls { duo Zorro accompagne Léa }\n');
        await expect.poll(() => problem('les-tilleuls/duos.tutorat', 'langage/reference').first().textContent(), { timeout: 15_000 }).toContain('Zorro');
        // The editor marks it too.
        await expect.poll(() => page.locator('#editeur .cm-lintRange-error').count()).toBeGreaterThan(0);
        // What a hover says is there for the keyboard too: Ctrl+K Ctrl+I on « accompagne ».
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Home');
        for (let step = 0; step < 'institution LesTilleuls { duo Zorro acc'.length; step++) {
            await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Control+k');
        await page.keyboard.press('Control+i');
        const explanation = page.locator('dialog.dialog');
        await expect.poll(() => explanation.textContent()).toMatch(/accompagne/);
        await page.keyboard.press('Escape');
        await expect.poll(() => explanation.count()).toBe(0);
    });

    test('a quick fix chosen from the problems panel changes the text and removes its finding', async () => {
        const interviews = problem('les-tilleuls/duos.tutorat', 'duo/entretiens').filter({ hasText: 'toutes les deux semaines' });
        await interviews.locator('button.fix').click();
        await page.locator('dialog.dialog button', { hasText: 'Passer à des entretiens chaque semaine' }).click();
        await expect.poll(() => interviews.count(), { timeout: 15_000 }).toBe(0);
        await expect.poll(() => storedText('les-tilleuls/duos.tutorat')).not.toContain('entretiens toutes les deux semaines');
    });

    test('F2 renames a person in every file that names her', async () => {
        expect(await storedText('les-tilleuls/organisation.tutorat')).toContain('Élodie');
        await editor().click();
        await cursorAfter(page, 'duo Élodie');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('F2');
        const input = page.locator('#editeur .cm-lsp-rename-panel input[name=name]');
        await input.fill('Élise');
        await input.press('Enter');
        await expect.poll(() => storedText('les-tilleuls/organisation.tutorat'), { timeout: 15_000 }).toContain('tutrice Élise');
        const duos = await storedText('les-tilleuls/duos.tutorat');
        expect(duos).toContain('duo Élise accompagne');
        expect(duos).not.toMatch(/\bÉlodie\b/);
        expect(await storedText('les-tilleuls/parcours-stage-lea.tutorat')).toContain('Élise');
    });

    test('a reload keeps every edit, and the findings follow them', async () => {
        await page.reload();
        await expect.poll(() => problem('les-tilleuls/duos.tutorat', 'langage/reference').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        expect(await problem('les-tilleuls/duos.tutorat', 'duo/entretiens').filter({ hasText: 'toutes les deux semaines' }).count()).toBe(0);
        const duos = await storedText('les-tilleuls/duos.tutorat');
        expect(duos).toContain('duo Zorro accompagne Léa');
        expect(duos).toContain('duo Élise accompagne');
        // The editor shows the renamed person (found with the editor's own search).
        await openFile('les-tilleuls/organisation.tutorat');
        await editor().click();
        await page.keyboard.press('Control+f');
        await page.keyboard.type('tutrice Élise');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('#editeur .cm-searchMatch').count()).toBeGreaterThan(0);
        await page.keyboard.press('Escape');
    });

    test('the handbook is previewed beside the editor and downloads as a self-contained HTML page', async () => {
        await openFile('les-tilleuls/charte.tutorat');
        const handbook = page.frameLocator('iframe.handbook-frame');
        await expect.poll(() => handbook.locator('h1').first().textContent(), { timeout: 15_000 }).toContain('Les Tilleuls');
        await page.locator('.side .tabs button', { hasText: 'Livret' }).click();
        const html = (await download(() => page.locator('button', { hasText: 'Télécharger le livret (HTML)' }).click())).toString('utf8');
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain('Livret du tutorat — ASBL Les Tilleuls');
        expect(html).not.toMatch(/<script/i);
    });

    test('a .zip made elsewhere is imported, and exported again byte for byte when nothing changed', async () => {
        const made = join(folder, 'federation.zip');
        // Python's zipfile: another writer than ours, with folder entries, a file Tutorat does not read and a CRLF document.
        execFileSync('python3', ['-c', `
import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('modele/', '')
    z.writestr('modele/modele.tutorat', open(sys.argv[2], encoding='utf-8').read())
    z.writestr('modele/lisez-moi.txt', 'Notes de la fédération\\n')
    z.writestr('institution/charte.tutorat', open(sys.argv[3], encoding='utf-8').read().replace('\\n', '\\r\\n'))
    z.writestr('institution/tutorat.json', '{ "rules": { "duo": "warning" } }\\n')
`, made, join(process.cwd(), 'examples/federation-cp319/modele-charte-cp319.tutorat'), join(process.cwd(), 'examples/les-tilleuls/charte.tutorat')]);
        await page.locator('input[type=file]').setInputFiles(made);
        await expect.poll(() => page.locator('#espace option:checked').textContent(), { timeout: 15_000 }).toBe('federation');
        await expect.poll(() => page.locator('.file-list button.file').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('institution/charte.tutorat'), expect.stringContaining('modele/modele.tutorat')]));
        await expect.poll(() => summary().textContent(), { timeout: 30_000 }).toMatch(/document\(s\)|Aucun constat/);
        const exported = await download(() => page.locator('button', { hasText: 'Exporter en .zip' }).click());
        expect(exported.equals(readFileSync(made))).toBe(true);
        // Once a document is edited, the archive holds the edit and the other entries unchanged.
        await openFile('institution/charte.tutorat');
        await editor().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('// relu\n');
        await expect.poll(() => storedText('institution/charte.tutorat')).toContain('// relu');
        const edited = await download(() => page.locator('button', { hasText: 'Exporter en .zip' }).click());
        writeFileSync(join(folder, 'edited.zip'), edited);
        const listing = execFileSync('python3', ['-c', `
import zipfile, sys, json
z = zipfile.ZipFile(sys.argv[1]); a = zipfile.ZipFile(sys.argv[2])
print(json.dumps({ 'names': z.namelist(), 'same': [n for n in z.namelist() if n in a.namelist() and z.read(n) == a.read(n)], 'charte': z.read('institution/charte.tutorat').decode('utf-8') }))
`, join(folder, 'edited.zip'), made], { encoding: 'utf8' });
        const { names, same, charte } = JSON.parse(listing) as { names: string[]; same: string[]; charte: string };
        expect(names).toEqual(['modele/', 'modele/modele.tutorat', 'modele/lisez-moi.txt', 'institution/charte.tutorat', 'institution/tutorat.json']);
        expect(same).toEqual(['modele/', 'modele/modele.tutorat', 'modele/lisez-moi.txt', 'institution/tutorat.json']);
        // The document keeps its Windows line endings.
        expect(charte.endsWith('// relu\r\n')).toBe(true);
        expect(charte.split('\r\n').length).toBe(charte.split('\n').length);
    });

    test('axe-core finds no serious or critical problem on the editor and the problems panel', async () => {
        await page.evaluate(axe.source);
        const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run({ include: [['#editeur'], ['.problems'], ['.files'], ['.bar']] }, { resultTypes: ['violations'] }));
        const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
        expect(serious).toEqual([]);
    });

    test('after the first visit it works offline', async () => {
        await page.evaluate(() => navigator.serviceWorker.ready);
        await context.setOffline(true);
        try {
            await page.reload();
            await expect.poll(() => summary().textContent(), { timeout: 30_000 }).toMatch(/document\(s\)|Aucun constat/);
        } finally {
            await context.setOffline(false);
        }
    });

    test('nothing was asked of another origin, and the Content-Security-Policy was never broken', () => {
        expect(requests.length).toBeGreaterThan(10);
        expect(requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
        expect(violations).toEqual([]);
    });
});
