import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readServedFolder } from './folder.js';

/** Where the built application is (`packages/web/dist`). */
export function webApplicationFolder(): string {
    try {
        return dirname(createRequire(import.meta.url).resolve('@tutorat/web/dist'));
    } catch {
        return fileURLToPath(new URL('../../../web/dist/', import.meta.url));
    }
}

const TYPES: Readonly<Record<string, string>> = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json', '.png': 'image/png'
};

/** The path the application asks for the folder's files (see packages/web/src/project/sources.ts). */
export const FOLDER_PATH = '/dossier/index.json';

export interface WebServerOptions {
    /** The built application. */
    readonly application: string;
    /** The folder opened in the application, if any (read only). */
    readonly folder?: string;
    readonly port: number;
}

/**
 * A local web server for « Tutorat en ligne », on 127.0.0.1 only: it serves the application's files and, when a
 * folder was given, that folder's Tutorat documents as one JSON answer — nothing else, and never a path outside
 * them. A request naming another host (a web page trying to reach this server through a name of its own) is refused.
 */
export function startWebServer(options: WebServerOptions): Promise<Server> {
    const root = realpathSync(options.application);
    const server = createServer((request, response) => {
        try {
            handle(request, response, root, options.folder, (server.address() as { port: number }).port);
        } catch {
            send(response, 500, 'text/plain; charset=utf-8', 'Erreur interne');
        }
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, '127.0.0.1', () => resolve(server));
    });
}

function handle(request: IncomingMessage, response: ServerResponse, root: string, folder: string | undefined, port: number): void {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        send(response, 421, 'text/plain; charset=utf-8', 'Hôte inconnu');
        return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        send(response, 405, 'text/plain; charset=utf-8', 'Méthode non permise');
        return;
    }
    let path: string;
    try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
        send(response, 400, 'text/plain; charset=utf-8', 'Adresse invalide');
        return;
    }
    if (path === FOLDER_PATH) {
        if (!folder) {
            send(response, 404, 'text/plain; charset=utf-8', 'Aucun dossier');
            return;
        }
        send(response, 200, TYPES['.json'], JSON.stringify(readServedFolder(folder)), request.method === 'HEAD');
        return;
    }
    const file = resolveInside(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file) {
        send(response, 404, 'text/plain; charset=utf-8', 'Introuvable');
        return;
    }
    response.writeHead(200, { ...securityHeaders(), 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
    if (request.method === 'HEAD') {
        response.end();
    } else {
        createReadStream(file).pipe(response);
    }
}

/** The real path of an application file, only when it is a file inside the application's folder. */
function resolveInside(root: string, path: string): string | undefined {
    if (path.includes('\0') || path.split('/').some((part) => part === '..')) {
        return undefined;
    }
    try {
        const real = realpathSync(join(root, path));
        return real.startsWith(root + sep) && statSync(real).isFile() ? real : undefined;
    } catch {
        return undefined;
    }
}

/** Each page keeps its own Content-Security-Policy (in its <meta>); this adds what only a header can say. */
function securityHeaders(): Record<string, string> {
    return {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'X-Frame-Options': 'SAMEORIGIN',
        'Content-Security-Policy': "frame-ancestors 'self'",
        'Cache-Control': 'no-cache'
    };
}

function send(response: ServerResponse, status: number, type: string, body: string, headOnly = false): void {
    response.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    response.end(headOnly ? undefined : body);
}
