import type { LSPClient } from '@codemirror/lsp-client';
import type { CodeAction, Command, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { offsetOf } from './positions.js';
import type { ProjectWorkspace } from './project-workspace.js';

/** The code actions the server proposes for findings (quick fixes, a suppression with a reason, the rule's page). */
export async function codeActions(client: LSPClient, uri: string, range: Range, diagnostics: readonly Diagnostic[]): Promise<CodeAction[]> {
    client.sync();
    const result = await client.request<object, Array<CodeAction | Command> | null>('textDocument/codeAction', {
        textDocument: { uri }, range, context: { diagnostics, only: undefined, triggerKind: 1 }
    });
    // A bare Command has a string `command`; the server sends code actions.
    return (result ?? []).filter((action): action is CodeAction => typeof action.command !== 'string');
}

/**
 * Applies a workspace edit to the documents, shown or not. The edit's positions are those of the text the server
 * has: the client is synchronised first, and each document's synchronised text is where they are read.
 */
export function applyWorkspaceEdit(client: LSPClient, edit: WorkspaceEdit): void {
    client.sync();
    const workspace = client.workspace as ProjectWorkspace;
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const file = workspace.getFile(uri);
        if (!file || edits.length === 0) {
            continue;
        }
        workspace.updateFile(uri, {
            changes: edits.map((change) => ({ from: offsetOf(file.doc, change.range.start), to: offsetOf(file.doc, change.range.end), insert: change.newText })),
            userEvent: 'input.fix'
        });
    }
    client.sync();
}
