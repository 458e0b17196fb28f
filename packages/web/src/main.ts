import { App, type Elements } from './app.js';
import { prestartLanguageServer } from './lsp/session.js';
import { language, t } from './i18n.js';

// « Tutorat en ligne » starts here: the page's regions, the application, and the service worker that keeps it
// working offline after the first visit.

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

prestartLanguageServer();
document.documentElement.lang = language();
const ui: Elements = {
    toolbar: element('actions'),
    language: element<HTMLButtonElement>('langue'),
    files: element('fichiers'),
    editorTitle: element('editeur-titre'),
    editor: element('editeur'),
    problems: element('constats-liste'),
    summary: element('constats-resume'),
    side: element('cote'),
    saveState: element('enregistrement')
};

void App.start(ui).then((app) => {
    (globalThis as { tutorat?: App }).tutorat = app;
    // The offline copy fetches the whole application again, and the browser compiles its scripts to keep them: not
    // while the first findings are being worked out (on a two-core office PC that costs them a good second).
    app.afterFirstCheck(keepForOffline);
});

function keepForOffline(): void {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') {
        return;
    }
    void navigator.serviceWorker.register('sw.js').then((registration) => {
        registration.addEventListener('updatefound', () => {
            const installing = registration.installing;
            installing?.addEventListener('statechange', () => {
                if (installing.state === 'activated' && !navigator.serviceWorker.controller) {
                    element('annonces').textContent = t('offlineReady');
                }
            });
        });
    });
}
