import { DocumentState, URI } from 'langium';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/configuration.js';
import { format } from '../i18n/locale.js';
import type { TutoratSharedServices } from '../tutorat-module.js';

/** Reloads the configuration when a JSON file changes, checks every document again, and reports configuration problems on the files. */
export function watchConfiguration(shared: TutoratSharedServices, connection: Connection): void {
    const configuration = shared.tutorat.Configuration;
    /** What was last sent for each configuration file, so that a keystroke sends nothing new. */
    const published = new Map<string, string>();
    const publishProblems = () => {
        const locale = shared.tutorat.Locale.current;
        const problems = configuration.problems();
        for (const file of new Set([...configuration.files(), ...published.keys()])) {
            const diagnostics: Diagnostic[] = problems.filter((problem) => problem.file === file).map((problem) => ({
                severity: 1,
                range: { start: { line: problem.line ?? 0, character: 0 }, end: { line: problem.line ?? 0, character: 1000 } },
                message: format(problem.message[locale], problem.params),
                source: 'tutorat',
                code: 'configuration'
            }));
            const sent = JSON.stringify(diagnostics);
            if (sent !== (published.get(file) ?? '[]')) {
                void connection.sendDiagnostics({ uri: configuration.uriOf(file).toString(), diagnostics });
                published.set(file, sent);
            }
        }
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, publishProblems);
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => {
        const touchesConfiguration = params.changes.some((change) => {
            const uri = URI.parse(change.uri);
            return uri.path.endsWith('/' + CONFIG_FILE_NAME) || (uri.path.endsWith('.json') && configuration.isLoaded(uri));
        });
        if (!touchesConfiguration) {
            return;
        }
        configuration.reload();
        void shared.workspace.WorkspaceLock.write(async (token) => {
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    });
}
