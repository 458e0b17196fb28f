import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { TutoratSharedServices } from '../tutorat-module.js';
import { WORKSPACE_CHECK, type WorkspaceCheckResult } from './protocol.js';

/**
 * Answers `tutorat/workspace/check`: reads every Tutorat document of the workspace again (files changed outside
 * the editor included), checks them all and counts the findings by severity. The findings themselves reach the
 * editor as usual diagnostics.
 */
export function registerWorkspaceCheck(shared: TutoratSharedServices, connection: Connection): void {
    connection.onRequest(WORKSPACE_CHECK, async (): Promise<WorkspaceCheckResult> => {
        await shared.workspace.WorkspaceManager.ready;
        const documents = shared.workspace.LangiumDocuments;
        const uris = documents.all.map((document) => document.uri).toArray();
        await shared.workspace.WorkspaceLock.write((token) => shared.workspace.DocumentBuilder.update(uris, [], token));
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        const tutorat = documents.all.toArray();
        const count = (severity: number) => tutorat.reduce((sum, document) => sum + (document.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === severity).length, 0);
        return { files: tutorat.length, errors: count(1), warnings: count(2), infos: count(3), hints: count(4) };
    });
}
