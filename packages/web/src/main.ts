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
});

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
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
