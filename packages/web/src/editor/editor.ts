import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { findReferencesKeymap, formatKeymap, hoverTooltips, jumpToDefinitionKeymap, LSPPlugin, renameKeymap, serverCompletion, type LSPClient } from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers, type KeyBinding } from '@codemirror/view';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-types';
import { language, t } from '../i18n.js';
import { codeActions } from '../lsp/code-actions.js';
import { offsetOf } from '../lsp/positions.js';
import { messageText, type ProblemStore } from '../lsp/problems.js';
import type { ProjectDocument } from '../lsp/project-workspace.js';
import { tutoratHighlighting, tutoratLanguage } from './language.js';
import { phrases } from './phrases.js';

export interface EditorHost {
    /** The text of the shown document changed in the editor. */
    edited(document: ProjectDocument): void;
    /** Runs a code action the user chose (an edit, or a command such as opening a rule page). */
    run(action: CodeAction): void;
    /** Ctrl+.: the actions at the cursor, chosen from a list. */
    chooseAction(actions: CodeAction[], anchor: HTMLElement): void;
    /** The path shown to the user for a document. */
    pathOf(uri: string): string;
    /** Ctrl+K Ctrl+I: what the server says of the word at the cursor (the hover, for keyboard users). */
    describe(markdown: string): void;
}

/** The editor's features that follow the interface language. */
const localized = new Compartment();

/**
 * The CodeMirror editor: one view that shows one Tutorat document at a time, with the language server's features
 * (completion, hover, format, rename, definition, references) and its findings with their fixes.
 */
export class Editor {
    readonly view: EditorView;
    private shown: ProjectDocument | null = null;
    private lintRequest = 0;

    constructor(parent: HTMLElement, private readonly client: LSPClient, private readonly problems: ProblemStore, private readonly host: EditorHost) {
        // Inside a shadow root CodeMirror gives its styles to the browser as constructed style sheets, which the page's
        // Content-Security-Policy allows; on the document itself it would add <style> elements, which it forbids.
        const root = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
        root.replaceChildren();
        this.view = new EditorView({ parent: root, state: EditorState.create({ doc: '', extensions: [EditorState.readOnly.of(true), EditorView.editable.of(false), localized.of(this.localizedExtensions(''))] }) });
        problems.onChange((uri) => {
            if (this.shown && (uri === this.shown.uri || uri === '')) {
                void this.showFindings();
            }
        });
    }

    /** A new document's editor state. Line endings are kept as the file has them. */
    stateFor(uri: string, text: string): EditorState {
        const separator = text.includes('\r\n') ? '\r\n' : undefined;
        return EditorState.create({ doc: text, extensions: [this.extensions(uri), separator ? EditorState.lineSeparator.of(separator) : []] });
    }

    document(): ProjectDocument | null {
        return this.shown;
    }

    show(document: ProjectDocument): void {
        if (this.shown === document) {
            return;
        }
        // What was typed reaches the server before the plugin of the document left behind goes away.
        this.client.sync();
        if (this.shown) {
            this.shown.state = this.view.state;
        }
        this.shown = document;
        this.view.setState(document.state);
        this.view.dispatch({ effects: localized.reconfigure(this.localizedExtensions(document.uri)) });
        void this.showFindings();
    }

    /** The interface language changed: labels and CodeMirror's words follow. */
    relabel(): void {
        if (this.shown) {
            this.view.dispatch({ effects: localized.reconfigure(this.localizedExtensions(this.shown.uri)) });
        }
    }

    focusAt(line: number, character: number): void {
        const offset = offsetOf(this.view.state.doc, { line, character });
        this.view.dispatch({ selection: { anchor: offset }, scrollIntoView: true });
        this.view.focus();
    }

    private extensions(uri: string): Extension {
        return [
            lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), foldGutter(), drawSelection(),
            indentOnInput(), bracketMatching(), closeBrackets(), autocompletion(), highlightActiveLine(), highlightSelectionMatches(),
            EditorView.lineWrapping, tutoratLanguage, tutoratHighlighting, lintGutter(), editorTheme,
            // Tab is left to the browser: it moves the focus out of the editor (no keyboard trap).
            keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap,
                ...formatKeymap, ...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap, ...this.quickFixKeymap()]),
            this.client.plugin(uri, 'tutorat'), serverCompletion(), hoverTooltips(),
            localized.of(this.localizedExtensions(uri)),
            EditorView.updateListener.of((update) => {
                if (update.docChanged && this.shown) {
                    this.host.edited(this.shown);
                    this.scheduleSync();
                }
            })
        ];
    }

    private localizedExtensions(uri: string): Extension {
        return [phrases(language()), EditorView.contentAttributes.of({ 'aria-label': t('editorLabel', { file: uri ? this.host.pathOf(uri) : '' }), tabindex: '0' })];
    }

    private syncTimer: ReturnType<typeof setTimeout> | undefined;

    /** Each pause in typing sends the text: findings follow as one types. */
    private scheduleSync(): void {
        clearTimeout(this.syncTimer);
        this.syncTimer = setTimeout(() => this.client.sync(), 40);
    }

    private quickFixKeymap(): KeyBinding[] {
        return [{
            key: 'Mod-k Mod-i',
            run: (view) => {
                const plugin = LSPPlugin.get(view);
                if (!plugin) {
                    return false;
                }
                void this.client.request<object, Hover | null>('textDocument/hover', { textDocument: { uri: plugin.uri }, position: plugin.toPosition(view.state.selection.main.head) })
                    .then((hover) => hover && this.host.describe(hoverText(hover)));
                return true;
            }
        }, {
            key: 'Mod-.',
            run: (view) => {
                const document = this.shown;
                const plugin = LSPPlugin.get(view);
                if (!document || !plugin) {
                    return false;
                }
                const position = plugin.toPosition(view.state.selection.main.head);
                const here = this.problems.of(document.uri).filter((diagnostic) => contains(diagnostic, position.line, position.character));
                void codeActions(this.client, document.uri, { start: position, end: position }, here).then((actions) => {
                    const cursor = view.coordsAtPos(view.state.selection.main.head);
                    const anchor = view.dom;
                    if (cursor) {
                        anchor.dataset.anchorTop = String(cursor.bottom);
                    }
                    this.host.chooseAction(actions, anchor);
                });
                return true;
            }
        }];
    }

    /** The findings of the shown document as editor diagnostics, each with its fixes as buttons. */
    private async showFindings(): Promise<void> {
        const document = this.shown;
        if (!document) {
            return;
        }
        const request = ++this.lintRequest;
        const diagnostics = this.problems.of(document.uri);
        const actions = diagnostics.length === 0 ? [] : await codeActions(this.client, document.uri, { start: { line: 0, character: 0 }, end: { line: document.doc.lines, character: 0 } }, diagnostics).catch(() => []);
        if (request !== this.lintRequest || this.shown !== document) {
            return;
        }
        const plugin = LSPPlugin.get(this.view);
        const synced = plugin ? plugin.syncedDoc : this.view.state.doc;
        const map = (offset: number) => plugin ? plugin.unsyncedChanges.mapPos(offset) : offset;
        const length = this.view.state.doc.length;
        const found: EditorDiagnostic[] = diagnostics.map((diagnostic) => {
            const from = Math.min(map(offsetOf(synced, diagnostic.range.start)), length);
            const to = Math.min(Math.max(map(offsetOf(synced, diagnostic.range.end)), from), length);
            return {
                from, to,
                severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : diagnostic.severity === 3 ? 'info' : 'hint',
                message: messageText(diagnostic),
                source: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
                actions: actions.filter((action) => action.diagnostics?.some((target) => sameDiagnostic(target, diagnostic))).map((action): Action => ({
                    name: action.title,
                    apply: () => this.host.run(action)
                }))
            };
        });
        this.view.dispatch(setDiagnostics(this.view.state, found));
    }
}

/** The editor's look: the page's style sheet does not reach inside the shadow root. Focus is always visible. */
const editorTheme = EditorView.theme({
    '&': { height: '100%', width: '100%', fontSize: '15px', backgroundColor: '#fff' },
    '&.cm-focused': { outline: '3px solid #0b57d0', outlineOffset: '-3px' },
    '.cm-scroller': { fontFamily: 'Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace', lineHeight: '1.5' },
    '.cm-gutters': { backgroundColor: '#f4f1ec', color: '#4a4f55', borderRight: '1px solid #b9b2aa' },
    '.cm-activeLine': { backgroundColor: '#f6f1ea' },
    '.cm-activeLineGutter': { backgroundColor: '#e9e2d8' },
    '.cm-tooltip': { maxWidth: '40rem', fontFamily: '"Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif', fontSize: '14px' },
    '.cm-tooltip button:focus-visible, .cm-panel button:focus-visible, .cm-panel input:focus-visible': { outline: '3px solid #0b57d0', outlineOffset: '2px' },
    '.cm-diagnostic': { padding: '4px 8px' },
    '.cm-diagnosticAction': { backgroundColor: '#7a3418', color: '#fff', borderRadius: '3px', padding: '2px 6px', marginLeft: '6px' }
});

function hoverText(hover: Hover): string {
    const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    return contents.map((content) => typeof content === 'string' ? content : content.value).join('\n\n');
}

function contains(diagnostic: Diagnostic, line: number, character: number): boolean {
    const { start, end } = diagnostic.range;
    const after = line > start.line || (line === start.line && character >= start.character);
    const before = line < end.line || (line === end.line && character <= end.character);
    return after && before;
}

export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
    return messageText(a) === messageText(b) && a.code === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}
