import { Workspace, LSPPlugin, type LSPClient, type WorkspaceFile } from '@codemirror/lsp-client';
import { ChangeSet, type EditorState, type Text, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** One Tutorat document of the workspace, with its editor state whether or not it is shown. */
export class ProjectDocument implements WorkspaceFile {
    readonly languageId = 'tutorat';
    version = 0;
    doc: Text;
    view: EditorView | null = null;
    /** Sent to the server with `didOpen` (before that, the server reads the copy it was given at start). */
    opened = false;
    /** Changes made while no editor showed the document (a rename, a quick fix in another file). */
    pending: ChangeSet;

    constructor(readonly uri: string, public state: EditorState) {
        this.doc = state.doc;
        this.pending = ChangeSet.empty(state.doc.length);
    }

    getView(): EditorView | null {
        return this.view;
    }

    /** The document's latest state: the editor's when it is shown. */
    current(): EditorState {
        return this.view ? this.view.state : this.state;
    }
}

export interface WorkspaceHost {
    /** Shows a document in the editor (to jump to a definition in another file). */
    show(uri: string): Promise<EditorView | null>;
    /** A document's text changed outside the editor (a rename or a quick fix reaching into another file). */
    changed(document: ProjectDocument): void;
}

/**
 * The workspace as the CodeMirror LSP client sees it: every Tutorat document of the workspace, one editor showing
 * one of them at a time. A document is opened on the server (`didOpen`) the first time it changes, so that
 * renames and quick fixes can reach documents that are not shown.
 */
export class ProjectWorkspace extends Workspace {
    files: ProjectDocument[] = [];

    constructor(client: LSPClient, private readonly host: WorkspaceHost) {
        super(client);
    }

    add(document: ProjectDocument): void {
        this.files.push(document);
    }

    remove(uri: string): void {
        const document = this.getFile(uri) as ProjectDocument | null;
        this.files = this.files.filter((file) => file.uri !== uri);
        if (document?.opened) {
            this.client.didClose(uri);
        }
    }

    override getFile(uri: string): ProjectDocument | null {
        return this.files.find((file) => file.uri === uri) ?? null;
    }

    syncFiles() {
        const updates: Array<{ file: WorkspaceFile; prevDoc: Text; changes: ChangeSet }> = [];
        for (const file of this.files) {
            const plugin = file.view ? LSPPlugin.get(file.view) : null;
            const changes = plugin ? plugin.unsyncedChanges : file.pending;
            if (changes.empty) {
                continue;
            }
            const prevDoc = file.doc;
            file.doc = file.current().doc;
            file.version++;
            if (plugin) {
                plugin.clear();
            } else {
                file.pending = ChangeSet.empty(file.doc.length);
            }
            if (file.opened) {
                updates.push({ file, prevDoc, changes });
            } else {
                file.opened = true;
                this.client.didOpen(file);
            }
        }
        return updates;
    }

    openFile(uri: string, _languageId: string, view: EditorView): void {
        const file = this.getFile(uri);
        if (file) {
            file.view = view;
        }
    }

    closeFile(uri: string, view: EditorView): void {
        const file = this.getFile(uri);
        if (file && file.view === view) {
            file.view = null;
        }
    }

    override connected(): void {
        // The server was given every file at start; documents are opened when they change.
    }

    override updateFile(uri: string, update: TransactionSpec): void {
        const file = this.getFile(uri);
        if (!file) {
            return;
        }
        if (file.view) {
            file.view.dispatch(update);
            return;
        }
        const transaction = file.state.update(update);
        file.state = transaction.state;
        file.pending = file.pending.compose(transaction.changes);
        this.host.changed(file);
    }

    override displayFile(uri: string): Promise<EditorView | null> {
        return this.host.show(uri);
    }
}
