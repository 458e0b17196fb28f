import type { CodeAction } from 'vscode-languageserver-types';
import { t } from '../i18n.js';
import type { Template } from '../project/sources.js';
import { h } from './dom.js';

// Modal dialogs (the browser's <dialog>: focus is kept inside, Escape closes it, focus returns where it was).

function open(label: string, build: (close: () => void) => HTMLElement[]): HTMLDialogElement {
    const previous = document.activeElement as HTMLElement | null;
    const dialog = h('dialog', { 'aria-label': label, class: 'dialog' });
    const close = () => {
        dialog.close();
        dialog.remove();
        previous?.focus();
    };
    dialog.append(h('h2', null, label), ...build(close), h('button', { type: 'button', class: 'secondary', onclick: close }, t('close')));
    dialog.addEventListener('cancel', (event) => {
        event.preventDefault();
        close();
    });
    document.body.append(dialog);
    dialog.showModal();
    return dialog;
}

/** The code actions for a finding, as buttons: the user picks one (or closes). */
export function chooseAction(title: string, actions: readonly CodeAction[], run: (action: CodeAction) => void): void {
    open(title, (close) => actions.length === 0
        ? [h('p', null, t('noFix'))]
        : [h('ul', { class: 'actions' }, actions.map((action) => h('li', null, h('button', {
            type: 'button',
            onclick: () => {
                close();
                run(action);
            }
        }, action.title))))]);
}

/** Chooses a template and a file name; calls back with both. */
export function newDocument(choices: readonly Template[], validate: (path: string) => string | undefined, create: (template: Template, path: string) => void): void {
    open(t('newDocumentTitle'), (close) => {
        const name = h('input', { type: 'text', id: 'nouveau-nom', name: 'nom', required: true, autocomplete: 'off', 'aria-describedby': 'nouveau-erreur', value: choices[0]?.file ?? 'document.tutorat' });
        const error = h('p', { id: 'nouveau-erreur', class: 'error', role: 'alert' });
        const radios = choices.map((template, index) => h('li', null,
            h('input', { type: 'radio', name: 'modele', id: `modele-${index}`, value: String(index), checked: index === 0, onchange: () => { name.value = template.file; } }),
            h('label', { for: `modele-${index}` }, h('strong', null, template.name), h('span', { class: 'detail' }, template.description))));
        const form = h('form', {
            method: 'dialog',
            onsubmit: (event: Event) => {
                event.preventDefault();
                const chosen = choices[Number((form.querySelector('input[name=modele]:checked') as HTMLInputElement | null)?.value ?? 0)];
                const problem = validate(name.value.trim());
                if (problem) {
                    error.textContent = problem;
                    name.setAttribute('aria-invalid', 'true');
                    name.focus();
                    return;
                }
                close();
                create(chosen, name.value.trim());
            }
        },
        h('fieldset', null, h('legend', null, t('newDocumentTitle')), h('ul', { class: 'templates' }, radios)),
        h('label', { for: 'nouveau-nom' }, t('newDocumentName')), name, error,
        h('button', { type: 'submit' }, t('create')));
        return [form];
    });
}

/** A question with a yes/no answer (the browser's own confirm box: accessible everywhere). */
export function confirmed(question: string): boolean {
    return window.confirm(question);
}

/** A text to read (the hover of the word at the cursor): Markdown shown as plain text, links kept readable. */
export function showText(title: string, markdown: string): void {
    const text = markdown.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)').replace(/[*_`]/g, '');
    open(title, () => [h('div', { class: 'hover-text', tabindex: '0' }, text)]);
}
