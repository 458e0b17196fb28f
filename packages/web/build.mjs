// Builds « Tutorat en ligne » into dist/: static files only, deployable on any web host (a federation's site) and
// served locally by `tutorat web`. What goes in:
//   index.html (its Content-Security-Policy), demarrage.js (starts the language server at once), app.js (the
//   application, CodeMirror 6 and its LSP client), app.css,
//   tutorat-worker.js (the language server's Web Worker, built by packages/worker from the same sources as the VS
//   Code extension's, as an ES module), livret.html + livret.js (the frame the handbook preview is shown in), regles/ (the rule pages,
//   rendered from docs/rules/*.md), the example workspace and the templates (inside app.js, from examples/ and the
//   extension's snippets), a web manifest and icon, and sw.js (the service worker that keeps it all for offline use).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { marked } from 'marked';
import { exampleFiles } from '../../scripts/example-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..', '..');
const dist = join(here, 'dist');

/**
 * The application's policy: everything from its own origin, no inline script or style sheet, no plug-in, no other
 * origin. Only style *attributes* are allowed: CodeMirror sets sizes and positions with them; they cannot run code
 * nor read the page (as a <style> element could).
 */
export const CONTENT_SECURITY_POLICY = [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'",
    "connect-src 'self'", "worker-src 'self'", "frame-src 'self'", "child-src 'self'", "manifest-src 'self'",
    "object-src 'none'", "base-uri 'none'", "form-action 'none'"
].join('; ');

/** The rule pages' policy: their style sheet, nothing else. */
const RULE_PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export async function buildWeb() {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    const common = { bundle: true, platform: 'browser', format: 'iife', target: ['chrome111', 'firefox115', 'safari16'], minify: true, legalComments: 'none', logLevel: 'warning' };
    await Promise.all([
        esbuild.build({
            ...common, entryPoints: [join(here, 'src/main.ts')], outfile: join(dist, 'app.js'),
            define: { EXAMPLE_FILES: JSON.stringify(exampleFiles()), TEMPLATES: JSON.stringify(templates()) }
        }),
        esbuild.build({ ...common, entryPoints: [join(here, 'src/frame/livret.ts')], outfile: join(dist, 'livret.js') }),
        esbuild.build({ ...common, entryPoints: [join(here, 'src/prestart.ts')], outfile: join(dist, 'demarrage.js') })
    ]);
    // The worker's module script (its name stays `.js`: every static host serves that as JavaScript, which a module
    // worker requires; not every one knows `.mjs`).
    cpSync(join(repository, 'packages/worker/dist/tutorat-worker.module.js'), join(dist, 'tutorat-worker.js'));
    writeFileSync(join(dist, 'index.html'), readFileSync(join(here, 'static/index.html'), 'utf8').replace('%CSP%', CONTENT_SECURITY_POLICY));
    for (const file of ['app.css', 'livret.html', 'manifest.webmanifest']) {
        cpSync(join(here, 'static', file), join(dist, file));
    }
    cpSync(join(repository, 'packages/extension/icon.png'), join(dist, 'icone.png'));
    writeRulePages(join(repository, 'docs/rules'), join(dist, 'regles'));
    writeServiceWorker();
}

/** The templates of « new document »: the extension's snippets, their placeholders filled with their defaults. */
function templates() {
    const snippets = JSON.parse(readFileSync(join(repository, 'packages/extension/snippets/tutorat.code-snippets'), 'utf8'));
    return Object.entries(snippets).map(([name, snippet]) => ({
        name,
        description: snippet.description,
        text: [].concat(snippet.body).join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '') + '\n',
        file: `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.tutorat`
    }));
}

/** Each rule page as a web page (links between pages follow), and the list of rules as regles/index.html. */
function writeRulePages(from, to) {
    cpSync(join(here, 'static/regles.css'), join(to, 'regles.css'));
    for (const file of filesUnder(from).filter((path) => path.endsWith('.md'))) {
        const name = relative(from, file).replace(/\\/g, '/');
        const target = join(to, name === 'README.md' ? 'index.html' : name.replace(/\.md$/, '.html'));
        const up = '../'.repeat(name.split('/').length - 1);
        const markdown = readFileSync(file, 'utf8').replace(/\]\(([^)#]+)\.md(#[^)]*)?\)/g, (_all, path, hash) => `](${path}.html${hash ?? ''})`);
        const title = /^#\s+(.*)$/m.exec(markdown)?.[1].replace(/`/g, '') ?? name;
        const back = name === 'README.md' ? '' : `<nav class="back"><a href="${up}index.html">Toutes les règles</a></nav>\n`;
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, `<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${RULE_PAGE_POLICY}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<link rel="stylesheet" href="${up}regles.css">\n</head>\n<body>\n${back}<main>\n${marked.parse(markdown)}</main>\n</body>\n</html>\n`);
    }
}

/** The service worker: the whole application kept at the first visit, served from there after (offline too). */
function writeServiceWorker() {
    const files = filesUnder(dist).map((file) => relative(dist, file).replace(/\\/g, '/')).sort();
    const hash = createHash('sha256');
    files.forEach((file) => hash.update(file).update(readFileSync(join(dist, file))));
    const version = hash.digest('hex').slice(0, 16);
    writeFileSync(join(dist, 'sw.js'), `// Generated by packages/web/build.mjs: keeps « Tutorat en ligne » for offline use.
const CACHE = 'tutorat-en-ligne-${version}';
const FILES = ${JSON.stringify(['./', ...files])};
self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((keys) => Promise.all(keys.filter((key) => key.startsWith('tutorat-en-ligne-') && key !== CACHE).map((key) => caches.delete(key))))
        .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    // The folder \`tutorat web\` serves is read fresh each time; nothing from another origin is ever requested.
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/dossier/')) {
        return;
    }
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request))));
});
`);
}

function filesUnder(folder) {
    return readdirSync(folder).sort().flatMap((entry) => {
        const path = join(folder, entry);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    await buildWeb();
}
