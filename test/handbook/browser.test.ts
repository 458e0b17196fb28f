import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { HtmlValidate } from 'html-validate';
import { chromium, type Browser, type Page as BrowserPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HandbookFile } from '@tutorat/handbook';
import { CHROMIUM_FLAGS, writeHandbooks } from '@tutorat/handbook/node';
import { REPOSITORY } from '../support/cli.js';
import { exampleHandbooks } from './support.js';

/**
 * The examples' handbooks as people get them: written by the real writer, opened in Debian's
 * Chromium (driven by playwright-core; Playwright's own browser download is not used), checked
 * for accessibility with axe-core and for validity with html-validate. Screenshots of the first
 * pages are kept in test-output/handbooks/ to look at.
 */

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(REPOSITORY, 'test-output', 'handbooks');
/** A4 at 96 dots per inch. */
const A4 = { width: 794, height: 1123 };

let files: HandbookFile[] = [];
let written: string[] = [];

beforeAll(async () => {
    files = (await exampleHandbooks()).files;
    mkdirSync(OUTPUT, { recursive: true });
    written = (await writeHandbooks(files, OUTPUT, { locale: 'fr' })).written;
});

describe('html-validate', () => {
    test('accepts every handbook with its recommended rules', async () => {
        const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
        for (const file of files) {
            const report = await validator.validateString(file.html, file.fileName);
            const messages = report.results.flatMap((result) => result.messages.map((message) => `${file.fileName}:${message.line} ${message.ruleId} ${message.message}`));
            expect(messages).toEqual([]);
        }
    });
});

describe.skipIf(!existsSync(CHROMIUM))('the handbooks in Chromium', () => {
    let browser: Browser;

    beforeAll(async () => {
        // Playwright adds --headless itself.
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless') });
    });

    afterAll(async () => {
        await browser?.close();
    });

    async function open(path: string, requests: string[]): Promise<BrowserPage> {
        // The handbooks forbid scripts (Content-Security-Policy); the test's own axe-core is allowed in.
        const context = await browser.newContext({ viewport: A4, bypassCSP: true });
        const page = await context.newPage();
        const url = pathToFileURL(path).href;
        page.on('request', (request) => {
            if (request.url() !== url) {
                requests.push(request.url());
            }
        });
        await page.goto(url);
        return page;
    }

    test('load nothing from anywhere, have no serious accessibility problem and headings in order', async () => {
        for (const path of written) {
            const requests: string[] = [];
            const page = await open(path, requests);
            await page.evaluate(axe.source);
            const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
            const problems = results.violations
                .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || violation.id === 'heading-order')
                .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
            expect(problems, path).toEqual([]);
            expect(requests, path).toEqual([]);
            await page.context().close();
        }
    }, 240_000);

    test('have a table of contents whose links lead to existing parts', async () => {
        for (const path of written) {
            const page = await open(path, []);
            const links = await page.evaluate(() => Array.from(document.querySelectorAll('nav.toc a')).map((anchor) => anchor.getAttribute('href') ?? ''));
            expect(links.length, path).toBeGreaterThan(3);
            const missing = await page.evaluate((hrefs) => hrefs.filter((href) => !href.startsWith('#') || !document.getElementById(decodeURIComponent(href.slice(1)))), links);
            expect(missing, path).toEqual([]);
            await page.context().close();
        }
    });

    test('are laid out for A4 printing: page size, running headers, a page break before each part and each logbook page', async () => {
        const institution = written.find((path) => path.endsWith('/les-tilleuls.html'))!;
        const page = await open(institution, []);
        await page.emulateMedia({ media: 'print' });
        const layout = await page.evaluate(() => {
            const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
            const pageRules = rules.filter((rule) => rule instanceof CSSPageRule) as CSSPageRule[];
            const breakOf = (selector: string) => Array.from(document.querySelectorAll(selector)).map((element) => getComputedStyle(element).breakBefore);
            return {
                size: pageRules.map((rule) => rule.style.getPropertyValue('size')).filter((size) => size !== ''),
                margins: pageRules.map((rule) => rule.cssText).filter((text) => text.includes('@top-left') || text.includes('@top-right')).length,
                parts: breakOf('main > section.part'),
                logbook: breakOf('section.logbook-page'),
                bands: document.querySelectorAll('section.part > .band').length
            };
        });
        expect(layout.size.map((size) => size.toLowerCase())).toContain('a4');
        expect(layout.margins).toBeGreaterThan(1);
        // Nine parts since the partner organisations got theirs (issue 14).
        expect(layout.parts.length).toBe(9);
        expect(new Set(layout.parts)).toEqual(new Set(['page']));
        expect(layout.logbook.length).toBeGreaterThan(40);
        expect(new Set(layout.logbook)).toEqual(new Set(['page']));
        expect(layout.bands).toBe(9);
        await page.pdf({ path: join(OUTPUT, 'les-tilleuls.pdf'), format: 'A4', preferCSSPageSize: true });
        expect(existsSync(join(OUTPUT, 'les-tilleuls.pdf'))).toBe(true);
        await page.context().close();
    }, 120_000);

    test('fit each interview page of the logbook on one A4 page', async () => {
        // The printable area of the A4 page (@page margins 15 mm left and right, 18 mm top and bottom) at 96 dots per inch.
        const printable = { width: Math.floor((210 - 30) / 25.4 * 96), height: Math.floor((297 - 36) / 25.4 * 96) };
        // Written in the order of the handbooks; templates have no logbook.
        for (const path of written.filter((_, index) => files[index].kind !== 'template')) {
            const context = await browser.newContext({ viewport: { width: printable.width, height: printable.height } });
            const page = await context.newPage();
            await page.goto(pathToFileURL(path).href);
            await page.emulateMedia({ media: 'print' });
            const heights = await page.evaluate(() => Array.from(document.querySelectorAll('section.logbook-page')).map((element) => element.getBoundingClientRect().height));
            expect(heights.length, path).toBeGreaterThan(0);
            expect(heights.filter((height) => height > printable.height), path).toEqual([]);
            await context.close();
        }
    });

    test('look like something people want to print (screenshots of the first pages in test-output/handbooks/)', async () => {
        for (const path of written) {
            const page = await open(path, []);
            const name = path.slice(OUTPUT.length + 1).replace(/\.html$/, '');
            await page.screenshot({ path: join(OUTPUT, `${name}-1-couverture.png`) });
            const top = await page.evaluate(() => {
                const part = document.querySelector('main > section.part')!;
                part.scrollIntoView();
                return part.getBoundingClientRect().top;
            });
            expect(Math.abs(top), path).toBeLessThan(2);
            await page.screenshot({ path: join(OUTPUT, `${name}-2-premiere-partie.png`) });
            expect(existsSync(join(OUTPUT, `${name}-2-premiere-partie.png`))).toBe(true);
            await page.context().close();
        }
    }, 120_000);
});
