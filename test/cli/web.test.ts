import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPOSITORY } from '../support/lsp-client.js';
import { ensureBuilt, serveApplication } from '../web/support.js';

// `tutorat web examples`, as a user starts it: the printed address, what it serves and what it refuses.

let child: ChildProcess;
let address: string;
let output = '';

beforeAll(async () => {
    ensureBuilt();
    child = spawn(join(REPOSITORY, 'node_modules/.bin/node'), [join(REPOSITORY, 'packages/cli/bin/tutorat.js'), 'web', 'examples', '--port', '0'], { cwd: REPOSITORY, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (chunk) => output += chunk);
    address = await new Promise((resolve, reject) => {
        child.stdout!.on('data', (chunk) => {
            output += chunk;
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
            if (found) {
                resolve(found[0]);
            }
        });
        child.on('exit', () => reject(new Error(output)));
    });
}, 60_000);

afterAll(() => {
    child?.kill('SIGINT');
});

/** A raw request, so that the path and the Host header are sent exactly as written. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
    const url = new URL(address);
    return new Promise((resolve, reject) => {
        const sent = request({ host: '127.0.0.1', port: url.port, path, method, headers }, (response) => {
            let body = '';
            response.on('data', (chunk) => body += chunk);
            response.on('end', () => resolve({ status: response.statusCode!, body, headers: response.headers }));
        });
        sent.on('error', reject);
        sent.end();
    });
}

describe('tutorat web', () => {
    test('prints the address of « Tutorat en ligne » on 127.0.0.1, in French, and says the folder is not written', () => {
        expect(output).toContain('« Tutorat en ligne » : http://127.0.0.1:');
        expect(output).toContain('examples');
        expect(output).toContain('n’est pas modifié');
    });

    test('serves the application with its Content-Security-Policy and protective headers', async () => {
        const page = await get('/');
        expect(page.status).toBe(200);
        expect(page.body).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'; style-src \'self\';');
        expect(page.headers['x-content-type-options']).toBe('nosniff');
        expect(page.headers['content-security-policy']).toBe("frame-ancestors 'self'");
        expect((await get('/tutorat-worker.js')).status).toBe(200);
        expect((await get('/regles/tuteur/charge.html')).body).toContain('tuteur/charge');
    });

    test('gives the folder\'s documents and configuration, and nothing else of it', async () => {
        const folder = JSON.parse((await get('/dossier/index.json')).body) as { name: string; files: Array<{ path: string }> };
        expect(folder.name).toBe('examples');
        expect(folder.files.map((file) => file.path)).toEqual(expect.arrayContaining(['les-tilleuls/duos.tutorat', 'les-tilleuls/tutorat.json']));
        expect(folder.files.every((file) => /\.(tutorat|json)$/.test(file.path))).toBe(true);
        expect((await get('/dossier/les-tilleuls/duos.tutorat')).status).toBe(404);
    });

    test('refuses paths outside the application, other hosts and other methods', async () => {
        for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/regles/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/%00', '/etc/passwd']) {
            expect([400, 404], path).toContain((await get(path)).status);
        }
        expect((await get('/', { host: 'attacker.example:80' })).status).toBe(421);
        expect((await get('/', {}, 'POST')).status).toBe(405);
    });

    test('listens on 127.0.0.1 only', async () => {
        const { server } = await serveApplication();
        try {
            expect((server.address() as { address: string }).address).toBe('127.0.0.1');
        } finally {
            server.close();
        }
    });
});
