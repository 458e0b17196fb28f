import { accessSync, constants, statSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

/**
 * Finding the browser that prints the handbooks to PDF: Google Chrome, Chromium or Microsoft Edge,
 * where Windows, macOS and Linux install them — or the one the user names with `--browser CHEMIN`
 * or the environment variable {@link BROWSER_VARIABLE}. Nothing is ever downloaded.
 */

/** The environment variable naming the browser, when it is not where Tutorat looks. */
export const BROWSER_VARIABLE = 'TUTORAT_NAVIGATEUR';

export interface BrowserCandidate {
    readonly name: string;
    readonly path: string;
}

export interface FoundBrowser extends BrowserCandidate {
    /** Who chose it: `--browser`, the environment variable, or the search of the usual places. */
    readonly origin: 'option' | 'environment' | 'installed';
}

export interface BrowserSearch {
    /** The path given with `--browser`. */
    readonly explicit?: string;
    /** Default: the process's environment. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Default: the usual places on this machine ({@link browserCandidates}). */
    readonly candidates?: readonly BrowserCandidate[];
}

export type BrowserSearchResult =
    | { readonly browser: FoundBrowser }
    /** The browser named by the user cannot be started. */
    | { readonly unusable: { readonly path: string; readonly origin: 'option' | 'environment' } }
    /** No browser in the usual places. */
    | { readonly searched: readonly string[] };

export function findBrowser(search: BrowserSearch = {}): BrowserSearchResult {
    const env = search.env ?? process.env;
    const named = search.explicit ? { path: search.explicit, origin: 'option' as const }
        : variable(env, BROWSER_VARIABLE) ? { path: variable(env, BROWSER_VARIABLE)!, origin: 'environment' as const }
            : undefined;
    if (named) {
        return isExecutable(named.path) ? { browser: { name: nameOf(named.path), ...named } } : { unusable: named };
    }
    const candidates = search.candidates ?? browserCandidates(process.platform, env);
    const found = candidates.find((candidate) => isExecutable(candidate.path));
    return found ? { browser: { ...found, origin: 'installed' } } : { searched: candidates.map((candidate) => candidate.path) };
}

const CHROME = 'Google Chrome';
const CHROMIUM = 'Chromium';
const EDGE = 'Microsoft Edge';

/**
 * Where each platform's installers put the browsers, most common first. Paths are joined with this
 * machine's separator, so that tests can point the Windows folders (`PROGRAMFILES`, `LOCALAPPDATA`…)
 * and the macOS home at a temporary folder.
 */
export function browserCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): BrowserCandidate[] {
    if (platform === 'win32') {
        const programFiles = variable(env, 'PROGRAMFILES') ?? 'C:\\Program Files';
        const programFilesX86 = variable(env, 'PROGRAMFILES(X86)') ?? 'C:\\Program Files (x86)';
        const localAppData = variable(env, 'LOCALAPPDATA') ?? join(variable(env, 'USERPROFILE') ?? 'C:\\Users\\Default', 'AppData', 'Local');
        return [
            ...[programFiles, programFilesX86, localAppData].map((base) => ({ name: CHROME, path: join(base, 'Google', 'Chrome', 'Application', 'chrome.exe') })),
            { name: CHROMIUM, path: join(localAppData, 'Chromium', 'Application', 'chrome.exe') },
            ...[programFilesX86, programFiles].map((base) => ({ name: EDGE, path: join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe') }))
        ];
    }
    if (platform === 'darwin') {
        const applications = ['/Applications', ...(variable(env, 'HOME') ? [join(variable(env, 'HOME')!, 'Applications')] : [])];
        return [[CHROME, 'Google Chrome'], [CHROMIUM, 'Chromium'], [EDGE, 'Microsoft Edge']].flatMap(([name, app]) =>
            applications.map((folder) => ({ name, path: join(folder, `${app}.app`, 'Contents', 'MacOS', app) })));
    }
    // Linux and the others: the distributions' places, then the same programs wherever the PATH has them.
    const programs: Array<[string, string]> = [
        [CHROMIUM, 'chromium'], [CHROMIUM, 'chromium-browser'], [CHROME, 'google-chrome'], [CHROME, 'google-chrome-stable'],
        [EDGE, 'microsoft-edge'], [EDGE, 'microsoft-edge-stable']
    ];
    const fixed = [...programs.map(([name, program]) => ({ name, path: join('/usr/bin', program) })), { name: CHROMIUM, path: '/snap/bin/chromium' }];
    const onPath = programs.flatMap(([name, program]) => {
        const path = (variable(env, 'PATH') ?? '').split(delimiter).filter((folder) => folder !== '').map((folder) => join(folder, program)).find(isExecutable);
        return path && !fixed.some((candidate) => candidate.path === path) ? [{ name, path }] : [];
    });
    return [...fixed, ...onPath];
}

/** The browser's name guessed from its file, for a path the user gave. */
function nameOf(path: string): string {
    const file = basename(path.replace(/\\/g, '/')).toLowerCase();
    return /edge/.test(file) ? EDGE : /chromium/.test(file) ? CHROMIUM : /chrome/.test(file) ? CHROME : basename(path);
}

/** Environment variables are case-insensitive on Windows (`ProgramFiles`); an empty one counts as unset. */
function variable(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
    const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name);
    const value = key === undefined ? undefined : env[key]?.trim();
    return value ? value : undefined;
}

function isExecutable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
