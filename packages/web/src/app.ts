import type { EditorState } from '@codemirror/state';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { Editor } from './editor/editor.js';
import { MAX_UNZIPPED_BYTES, ZipError, readZip, writeZip } from './files/zip.js';
import { language, onLanguageChange, setLanguage, t, type TextKey } from './i18n.js';
import { applyWorkspaceEdit, codeActions } from './lsp/code-actions.js';
import { messageText } from './lsp/problems.js';
import { ProjectDocument } from './lsp/project-workspace.js';
import { LanguageSession } from './lsp/session.js';
import { askToWrite, canOpenFolders, pickFolder } from './project/folder.js';
import { OpenWorkspace, type SaveState } from './project/open-workspace.js';
import { exampleFiles, fileFromBytes, folderFiles, servedFolder, templates, templateText, zipFiles, type NewFile } from './project/sources.js';
import { Database, type Origin, type WorkspaceRecord } from './storage/database.js';
import { announce } from './ui/announcer.js';
import { chooseAction, confirmed, newDocument, showText } from './ui/dialogs.js';
import { download, fill, h } from './ui/dom.js';
import { FilesPanel } from './ui/files-panel.js';
import { ProblemsPanel } from './ui/problems-panel.js';
import { SidePanel } from './ui/side-panel.js';

const LAST_WORKSPACE = 'tutorat-en-ligne.espace';
const OPEN_RULE_PAGE = 'tutorat.openRulePage';

/** « Tutorat en ligne »: the workspaces of this browser, the editor, the findings, the handbook and the rules. */
export class App {
    private workspace!: OpenWorkspace;
    private session!: LanguageSession;
    private editor!: Editor;
    private side!: SidePanel;
    private readonly files: FilesPanel;
    private readonly documents = new Map<string, ProjectDocument>();
    private shownPath: string | undefined;

    private constructor(private readonly db: Database, private readonly ui: Elements) {
        this.files = new FilesPanel(ui.files, {
            open: (path) => this.show(path, true),
            switchTo: (id) => void this.switchTo(id),
            current: () => this.shownPath
        });
        onLanguageChange(() => void this.reopen());
        // A reload, a closed tab or a crash loses nothing: what is pending is written as soon as the page is hidden.
        addEventListener('pagehide', () => void this.workspace?.flush());
        document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void this.workspace?.flush());
    }

    static async start(ui: Elements): Promise<App> {
        const app = new App(await Database.open(), ui);
        app.toolbar();
        await app.openInitial();
        return app;
    }

    /**
     * Calls `then` once, when the server has checked every document of the workspace opened first, or after `latest`
     * ms whatever happened (a server that never answers must not keep the application from being kept offline).
     */
    afterFirstCheck(then: () => void, latest = 15_000): void {
        const problems = this.session.problems;
        const uris = this.workspace.documents().map((file) => this.workspace.uriOf(file.path));
        let called = false;
        const check = (force = false) => {
            if (!called && (force || uris.every((uri) => problems.hasChecked(uri)))) {
                called = true;
                then();
            }
        };
        setTimeout(() => check(true), latest);
        problems.onChange(() => check());
        check();
    }

    // ——— Workspaces ———

    private async openInitial(): Promise<void> {
        const records = await this.db.workspaces();
        const served = await servedFolder();
        if (served) {
            const existing = records.find((record) => record.origin === 'served' && record.name === served.name);
            await (existing ? this.open(existing) : this.create(served.name, 'served', served.files));
            return;
        }
        const last = records.find((record) => record.id === localStorage.getItem(LAST_WORKSPACE)) ?? [...records].sort((a, b) => b.opened - a.opened)[0];
        await (last ? this.open(last) : this.create(t('exampleName'), 'example', exampleFiles()));
    }

    private async create(name: string, origin: Origin, files: readonly NewFile[], extra: Partial<WorkspaceRecord> = {}): Promise<void> {
        const record: WorkspaceRecord = { id: crypto.randomUUID(), name, origin, created: Date.now(), opened: Date.now(), ...extra };
        await this.db.putWorkspace(record);
        await this.db.putFiles(files.map((file) => ({ workspace: record.id, path: file.path, text: file.text, original: file.original, edited: false, modified: Date.now() })));
        await this.open(record);
    }

    private async switchTo(id: string): Promise<void> {
        const record = await this.db.workspace(id);
        if (record) {
            await this.open(record);
        }
    }

    private reopen(): Promise<void> {
        document.documentElement.lang = language();
        this.toolbar();
        return this.open(this.workspace.record, this.shownPath);
    }

    private async open(record: WorkspaceRecord, showPath?: string): Promise<void> {
        await this.workspace?.flush();
        this.session?.stop();
        this.documents.clear();
        record.opened = Date.now();
        await this.db.putWorkspace(record);
        localStorage.setItem(LAST_WORKSPACE, record.id);
        this.workspace = new OpenWorkspace(record, await this.db.files(record.id), this.db);
        this.workspace.onSave((state) => this.showSaveState(state));
        this.session = new LanguageSession(this.workspace.clientFiles(), language(), {
            show: async (uri) => {
                this.show(this.workspace.pathOf(uri), false);
                return this.editor.view;
            },
            changed: (document) => {
                this.workspace.setText(this.workspace.pathOf(document.uri), textOf(document.state));
                this.side.refreshSoon();
            }
        });
        fill(this.ui.editor);
        this.editor = new Editor(this.ui.editor, this.session.client, this.session.problems, {
            edited: (document) => {
                this.workspace.setText(this.workspace.pathOf(document.uri), textOf(document.current()));
                this.side.refreshSoon();
            },
            run: (action) => this.run(action),
            chooseAction: (actions) => chooseAction(t('fixes'), actions, (action) => this.run(action)),
            pathOf: (uri) => this.workspace.pathOf(uri),
            describe: (markdown) => showText(t('hoverTitle'), markdown)
        });
        for (const file of this.workspace.documents()) {
            this.addDocument(file.path, file.text ?? '');
        }
        this.side = new SidePanel(this.ui.side, { request: (method, params) => this.session.request(method, params) });
        new ProblemsPanel(this.ui.problems, this.ui.summary, this.session.problems, {
            pathOf: (uri) => this.workspace.pathOf(uri),
            goTo: (uri, diagnostic) => this.goTo(uri, diagnostic),
            openRule: (_rule, url) => this.side.openRule(url),
            fix: (uri, diagnostic) => void this.fix(uri, diagnostic)
        });
        this.session.problems.onChange(() => this.renderFilesSoon());
        this.shownPath = undefined;
        const first = showPath && this.documents.has(showPath) ? showPath : this.workspace.documents()[0]?.path;
        if (first) {
            this.show(first, false);
        } else {
            this.ui.editorTitle.textContent = t('noFile');
        }
        this.renderFiles();
    }

    private addDocument(path: string, text: string): ProjectDocument {
        const uri = this.workspace.uriOf(path);
        const document = new ProjectDocument(uri, this.editor.stateFor(uri, text));
        this.documents.set(path, document);
        this.session.workspace.add(document);
        return document;
    }

    // ——— Documents ———

    private show(path: string, focus: boolean): void {
        const document = this.documents.get(path);
        if (!document) {
            return;
        }
        this.shownPath = path;
        this.editor.show(document);
        this.ui.editorTitle.textContent = path;
        this.side.follow(document.uri);
        this.renderFiles();
        if (focus) {
            this.editor.view.focus();
        }
    }

    private goTo(uri: string, diagnostic: Diagnostic): void {
        this.show(this.workspace.pathOf(uri), false);
        this.editor.focusAt(diagnostic.range.start.line, diagnostic.range.start.character);
    }

    private async fix(uri: string, diagnostic: Diagnostic): Promise<void> {
        const actions = await codeActions(this.session.client, uri, diagnostic.range, [diagnostic]);
        chooseAction(t('fixesFor', { message: messageText(diagnostic) }), actions, (action) => this.run(action));
    }

    /** A code action: its edit (in any document), then its command (the rule's page). */
    private run(action: CodeAction): void {
        if (action.edit) {
            applyWorkspaceEdit(this.session.client, action.edit);
        }
        if (action.command?.command === OPEN_RULE_PAGE) {
            const [, url] = action.command.arguments ?? [];
            if (typeof url === 'string') {
                this.side.openRule(url);
            }
        }
    }

    private newDocument(): void {
        newDocument(templates(), (path) => this.problemWithName(path), (template, path) => {
            const text = templateText(template, this.workspace.documents().map((file) => file.text ?? ''));
            this.workspace.create(path, text);
            this.session.filesChanged([{ uri: this.workspace.uriOf(path), text }]);
            this.addDocument(path, text);
            this.show(path, true);
        });
    }

    private problemWithName(path: string): string | undefined {
        if (!/^[\p{L}\p{N}_-][\p{L}\p{N} ._-]*(\/[\p{L}\p{N}_-][\p{L}\p{N} ._-]*)*\.tutorat$/u.test(path) || path.split('/').includes('..')) {
            return t('badFileName');
        }
        return this.workspace.has(path) ? t('fileExists', { file: path }) : undefined;
    }

    private deleteShown(): void {
        const path = this.shownPath;
        if (!path || !confirmed(t('confirmDelete', { file: path }))) {
            return;
        }
        const uri = this.workspace.uriOf(path);
        this.workspace.delete(path);
        this.session.workspace.remove(uri);
        this.session.filesChanged([{ uri, text: null }]);
        this.session.problems.forget(uri);
        this.documents.delete(path);
        const next = this.workspace.documents()[0]?.path;
        if (next) {
            this.show(next, false);
        }
        this.renderFiles();
    }

    // ——— Import and export ———

    private async importFiles(list: FileList | null): Promise<void> {
        const chosen = [...list ?? []];
        try {
            for (const file of chosen.filter((candidate) => /\.zip$/i.test(candidate.name))) {
                const bytes = new Uint8Array(await file.arrayBuffer());
                const { files } = await zipFiles(bytes);
                await this.create(file.name.replace(/\.zip$/i, ''), 'zip', files, { archive: bytes });
                announce(t('imported', { count: files.filter((entry) => entry.text !== null).length }));
            }
            const loose = chosen.filter((candidate) => /\.(tutorat|json)$/i.test(candidate.name));
            if (loose.length > 0) {
                const added = [];
                for (const file of loose) {
                    if (this.workspace.has(file.name) && !confirmed(t('replaceFile', { file: file.name }))) {
                        continue;
                    }
                    added.push(fileFromBytes(file.name, new Uint8Array(await file.arrayBuffer())));
                }
                for (const file of added) {
                    this.workspace.create(file.path, file.text, file.original);
                }
                await this.open(this.workspace.record, added.find((file) => file.path.endsWith('.tutorat'))?.path ?? this.shownPath);
                announce(t('imported', { count: added.length }));
            } else if (chosen.length > 0 && !chosen.some((candidate) => /\.zip$/i.test(candidate.name))) {
                announce(t('importedNothing'));
            }
        } catch (error) {
            const file = chosen[0]?.name ?? '';
            const message = error instanceof ZipError
                ? t(`zipProblem_${error.problem.replace(/-(\w)/g, (_all, letter: string) => letter.toUpperCase())}` as TextKey, { file, entry: error.entry ?? '', max: MAX_UNZIPPED_BYTES / (1024 * 1024) })
                : error instanceof Error ? error.message : String(error);
            window.alert(t('importProblem', { reason: message }));
        }
    }

    private async exportZip(): Promise<void> {
        await this.workspace.flush();
        const previous = this.workspace.record.archive ? await readZip(this.workspace.record.archive) : undefined;
        const entries = this.workspace.all().map((file) => ({ name: file.path, data: this.workspace.bytesOf(file), modified: new Date(file.modified) }));
        const bytes = await writeZip(entries, previous);
        download(`${this.workspace.record.name.replace(/[\\/:*?"<>|]+/g, '-')}.zip`, bytes as BlobPart, 'application/zip');
    }

    private downloadShown(): void {
        const file = this.shownPath ? this.workspace.file(this.shownPath) : undefined;
        if (file) {
            download(file.path.split('/').pop()!, this.workspace.bytesOf(file) as BlobPart, 'text/plain;charset=utf-8');
        }
    }

    private async openFolder(): Promise<void> {
        const folder = await pickFolder();
        if (folder) {
            await this.create(folder.name, 'folder', await folderFiles(folder), { folder });
        }
    }

    private async deleteWorkspace(): Promise<void> {
        if (!confirmed(t('confirmDeleteWorkspace', { name: this.workspace.record.name }))) {
            return;
        }
        await this.db.deleteWorkspace(this.workspace.record.id);
        const rest = await this.db.workspaces();
        await (rest[0] ? this.open(rest[0]) : this.create(t('exampleName'), 'example', exampleFiles()));
    }

    // ——— Interface ———

    private toolbar(): void {
        const input = h('input', { type: 'file', multiple: true, accept: '.tutorat,.json,.zip', hidden: true, onchange: (event: Event) => void this.importFiles((event.target as HTMLInputElement).files) });
        const button = (label: string, action: () => void, attributes: Record<string, string> = {}) => h('button', { type: 'button', ...attributes, onclick: action }, label);
        fill(this.ui.toolbar,
            button(t('newDocument'), () => this.newDocument()),
            button(t('openExample'), () => void this.create(t('exampleName'), 'example', exampleFiles())),
            button(t('newWorkspace'), () => void this.create(t('emptyName'), 'empty', [])),
            canOpenFolders() ? button(t('openFolder'), () => void this.openFolder()) : null,
            button(t('importFiles'), () => input.click()), input,
            button(t('exportZip'), () => void this.exportZip()),
            button(t('downloadFile'), () => this.downloadShown()),
            button(t('deleteFile'), () => this.deleteShown()),
            button(t('deleteWorkspace'), () => void this.deleteWorkspace()));
        this.ui.language.textContent = t('switchLanguage');
        this.ui.language.setAttribute('aria-label', t('switchLanguageLabel'));
        this.ui.language.setAttribute('lang', language() === 'fr' ? 'en' : 'fr');
        this.ui.language.onclick = () => setLanguage(language() === 'fr' ? 'en' : 'fr');
        for (const [selector, key] of [['#titre', 'appName'], ['#sous-titre', 'tagline'], ['.skip', 'skipToEditor'], ['#constats-titre', 'problems'], ['#raccourcis-titre', 'keyboardHelp'], ['#raccourcis', 'shortcuts']] as const) {
            const element = document.querySelector(selector);
            if (element) {
                element.textContent = t(key);
            }
        }
        document.title = t('appName');
    }

    private showSaveState(state: SaveState): void {
        if (state === 'folder-permission' && this.workspace.record.folder) {
            const folder = this.workspace.record.folder;
            fill(this.ui.saveState, h('button', { type: 'button', onclick: async () => { if (await askToWrite(folder)) { await this.workspace.flush(); } } }, t('reconnectFolder', { folder: folder.name })));
        } else {
            this.ui.saveState.textContent = state === 'saving' ? t('saving') : t('savedAt');
        }
    }

    private filesTimer: ReturnType<typeof setTimeout> | undefined;

    private renderFilesSoon(): void {
        clearTimeout(this.filesTimer);
        this.filesTimer = setTimeout(() => this.renderFiles(), 50);
    }

    private async renderFiles(): Promise<void> {
        const counts = new Map(this.session.problems.all().map(([uri, diagnostics]) => [this.workspace.pathOf(uri), diagnostics.length]));
        this.files.render(this.workspace, await this.db.workspaces(), counts);
    }
}

/** A document's text with its own line endings (`Text.toString()` would join its lines with `\n`). */
function textOf(state: EditorState): string {
    return state.sliceDoc();
}

/** The page's regions (static/index.html). */
export interface Elements {
    readonly toolbar: HTMLElement;
    readonly language: HTMLButtonElement;
    readonly files: HTMLElement;
    readonly editorTitle: HTMLElement;
    readonly editor: HTMLElement;
    readonly problems: HTMLElement;
    readonly summary: HTMLElement;
    readonly side: HTMLElement;
    readonly saveState: HTMLElement;
}
