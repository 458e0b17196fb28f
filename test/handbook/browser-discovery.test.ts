import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BROWSER_VARIABLE, browserCandidates, findBrowser, writeHandbooks } from '@tutorat/handbook/node';
import { tutorat } from '../support/cli.js';
import { handbooksOf } from './support.js';

// Which browser prints the PDFs: fake browsers are put where Windows and macOS install Chrome, Chromium and
// Edge (the platform's folders pointed at a temporary folder), then found, named and used.

const SMALL = {
    'institution.tutorat': 'institution Petite « Petite ASBL » {\n    tutrice Ana\n    tutoré Bob\n    duo Ana accompagne Bob { période du 01/09/2026 au 31/12/2026 }\n}\n'
};

/** A stand-in browser: writes a small PDF (catalogue, information dictionary, trailer) signed like headless Chrome's where it is told to, and notes its arguments. */
function fakeBrowser(path: string): string {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `#!/bin/sh
for argument in "$@"; do
    case "$argument" in --print-to-pdf=*) output="\${argument#--print-to-pdf=}" ;; esac
done
printf '%s\\n' "$@" >> "$0.arguments"
printf '%%PDF-1.4\\n1 0 obj\\n<</Type /Catalog>>\\nendobj\\n2 0 obj\\n<</Producer (Skia/PDF m1) /Creator (Mozilla/5.0 HeadlessChrome/1.0)>>\\nendobj\\ntrailer\\n<</Size 3 /Root 1 0 R /Info 2 0 R>>\\nstartxref\\n9\\n%%%%EOF\\n' > "$output"
`);
    chmodSync(path, 0o755);
    return path;
}

const temporary = () => mkdtempSync(join(tmpdir(), 'tutorat-navigateur-'));

afterEach(() => {
    vi.unstubAllEnvs();
});

describe('finding the browser', () => {
    test('on Windows: Chrome, Chromium and Edge where their installers put them, Chrome first', () => {
        const root = temporary();
        const env = { ProgramFiles: join(root, 'Program Files'), 'PROGRAMFILES(X86)': join(root, 'Program Files (x86)'), LOCALAPPDATA: join(root, 'AppData', 'Local') };
        const candidates = browserCandidates('win32', env);
        expect(findBrowser({ env, candidates })).toEqual({ searched: candidates.map((candidate) => candidate.path) });
        const edge = fakeBrowser(join(root, 'Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
        expect(findBrowser({ env, candidates })).toEqual({ browser: { name: 'Microsoft Edge', path: edge, origin: 'installed' } });
        const chromium = fakeBrowser(join(root, 'AppData', 'Local', 'Chromium', 'Application', 'chrome.exe'));
        expect(findBrowser({ env, candidates })).toEqual({ browser: { name: 'Chromium', path: chromium, origin: 'installed' } });
        const chrome = fakeBrowser(join(root, 'AppData', 'Local', 'Google', 'Chrome', 'Application', 'chrome.exe'));
        expect(findBrowser({ env, candidates })).toEqual({ browser: { name: 'Google Chrome', path: chrome, origin: 'installed' } });
    });

    test('on macOS: the applications in /Applications and in the user’s own Applications folder', () => {
        const home = temporary();
        const env = { HOME: home };
        const candidates = browserCandidates('darwin', env);
        expect(candidates.map((candidate) => candidate.path)).toEqual(expect.arrayContaining([
            '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
            '/Applications/Chromium.app/Contents/MacOS/Chromium',
            '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
        ]));
        const edge = fakeBrowser(join(home, 'Applications', 'Microsoft Edge.app', 'Contents', 'MacOS', 'Microsoft Edge'));
        expect(findBrowser({ env, candidates })).toEqual({ browser: { name: 'Microsoft Edge', path: edge, origin: 'installed' } });
    });

    test('on Linux: the distributions’ places, then the same programs on the PATH', () => {
        const bin = join(temporary(), 'bin');
        const chrome = fakeBrowser(join(bin, 'google-chrome-stable'));
        const candidates = browserCandidates('linux', { PATH: `/nulle/part:${bin}` });
        expect(candidates.slice(0, 2).map((candidate) => candidate.path)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
        expect(candidates.at(-1)).toEqual({ name: 'Google Chrome', path: chrome });
    });

    test(`--browser beats ${BROWSER_VARIABLE}, which beats the usual places; a named browser that cannot start is said so`, () => {
        const root = temporary();
        const usual = fakeBrowser(join(root, 'chromium'));
        const fromVariable = fakeBrowser(join(root, 'Edge', 'msedge.exe'));
        const fromOption = fakeBrowser(join(root, 'mon-navigateur'));
        const candidates = [{ name: 'Chromium', path: usual }];
        expect(findBrowser({ env: {}, candidates })).toEqual({ browser: { name: 'Chromium', path: usual, origin: 'installed' } });
        expect(findBrowser({ env: { [BROWSER_VARIABLE]: fromVariable }, candidates })).toEqual({ browser: { name: 'Microsoft Edge', path: fromVariable, origin: 'environment' } });
        expect(findBrowser({ explicit: fromOption, env: { [BROWSER_VARIABLE]: fromVariable }, candidates })).toEqual({ browser: { name: 'mon-navigateur', path: fromOption, origin: 'option' } });
        expect(findBrowser({ env: { [BROWSER_VARIABLE]: join(root, 'absent') }, candidates })).toEqual({ unusable: { path: join(root, 'absent'), origin: 'environment' } });
        writeFileSync(join(root, 'pas-executable'), '');
        expect(findBrowser({ explicit: join(root, 'pas-executable'), candidates })).toEqual({ unusable: { path: join(root, 'pas-executable'), origin: 'option' } });
    });
});

describe('printing with the browser found', () => {
    test('a fake Edge at its Windows place prints the PDFs, headless and offline', async () => {
        const root = temporary();
        const env = { PROGRAMFILES: join(root, 'Program Files'), 'PROGRAMFILES(X86)': join(root, 'Program Files (x86)'), LOCALAPPDATA: join(root, 'AppData', 'Local') };
        const edge = fakeBrowser(join(root, 'Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
        const { files } = await handbooksOf(SMALL);
        const output = join(root, 'livrets');
        const result = await writeHandbooks(files, output, { locale: 'fr', pdf: true, browser: { env, candidates: browserCandidates('win32', env) } });
        expect(result.browser).toEqual({ name: 'Microsoft Edge', path: edge, origin: 'installed' });
        expect(readdirSync(output).filter((name) => name.endsWith('.pdf')).length).toBe(files.length);
        const arguments_ = readFileSync(`${edge}.arguments`, 'utf8').split('\n');
        expect(arguments_).toEqual(expect.arrayContaining(['--headless', '--disable-background-networking', expect.stringMatching(/^file:\/\/.*\.html$/)]));
    });

    test(`tutorat handbook says which browser printed, from --browser or ${BROWSER_VARIABLE}`, async () => {
        const root = temporary();
        const chrome = fakeBrowser(join(root, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'));
        const byOption = await tutorat(['handbook', 'examples', '-o', join(root, 'a'), '--browser', chrome]);
        expect(byOption.stderr).toBe('');
        expect(byOption.stdout).toContain(`PDF imprimés avec Google Chrome (${chrome}, --browser).`);
        expect(readdirSync(join(root, 'a')).filter((name) => name.endsWith('.pdf'))).toHaveLength(5);
        vi.stubEnv(BROWSER_VARIABLE, chrome);
        const byVariable = await tutorat(['handbook', 'examples', '-o', join(root, 'b'), '--pdf', '--lang', 'en']);
        expect(byVariable.stdout).toContain(`PDFs printed with Google Chrome (${chrome}, ${BROWSER_VARIABLE}).`);
        vi.stubEnv(BROWSER_VARIABLE, join(root, 'absent'));
        const wrong = await tutorat(['handbook', 'examples', '-o', join(root, 'c'), '--pdf']);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toContain(`Le navigateur indiqué par la variable ${BROWSER_VARIABLE} (« ${join(root, 'absent')} ») n’existe pas`);
    });
});
