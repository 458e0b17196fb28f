import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { REPOSITORY } from '../support/lsp-client.js';
import { startWebServer } from '../../packages/cli/src/web/server.js';

export const DIST = join(REPOSITORY, 'packages/web/dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Playwright adds --headless itself. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** « Tutorat en ligne » built (`npm run build` builds it; a test run alone builds it when it is missing). */
export function ensureBuilt(): string {
    if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'tutorat-worker.js'))) {
        execFileSync('npm', ['run', 'build'], { cwd: REPOSITORY, stdio: 'pipe' });
    }
    return DIST;
}

/** The application served as `tutorat web` serves it, on a free port of 127.0.0.1. */
export async function serveApplication(folder?: string): Promise<{ server: Server; origin: string }> {
    const server = await startWebServer({ application: ensureBuilt(), folder, port: 0 });
    return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

/** Puts the cursor right after the first `text` of the open document, found with the editor's own search (Ctrl+F). */
export async function cursorAfter(page: Page, text: string): Promise<void> {
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+f');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
}
