import { DocumentState, URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../config/configuration.js';
import { format, toLocale } from '../i18n/locale.js';
import { createTutoratServices, type TutoratSharedServices } from '../tutorat-module.js';
import { heapGrowthLimiter } from './heap-growth.js';

export interface ServerOptions {
    /** Where the rule pages are (`…/docs/rules/`), as a URL; the client may also send `docsBaseUrl`. */
    readonly docsBaseUrl?: string;
    /** An existing connection (tests); otherwise one is created from the process arguments (--stdio, --node-ipc). */
    readonly connection?: Connection;
}

/**
 * Starts the Tutorat language server in this Node process. The client's locale (LSP `initialize`)
 * chooses French or English; project configuration files are watched and reloaded.
 */
export function startTutoratServer(options: ServerOptions = {}): TutoratSharedServices {
    const connection = options.connection ?? createConnection(ProposedFeatures.all);
    const { shared } = createTutoratServices({ connection, ...NodeFileSystem });
    shared.tutorat.DocumentationLinks.setBase(options.docsBaseUrl);
    shared.lsp.LanguageServer.onInitialize((params) => {
        shared.tutorat.Locale.set(toLocale(params.locale));
        const docsBaseUrl = (params.initializationOptions as { docsBaseUrl?: string } | undefined)?.docsBaseUrl;
        if (docsBaseUrl) {
            shared.tutorat.DocumentationLinks.setBase(docsBaseUrl);
        }
    });
    if (!options.connection) {
        // The server owns this process: keep its memory in proportion to what is alive.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, heapGrowthLimiter());
    }
    watchConfiguration(shared, connection);
    startLanguageServer(shared);
    return shared;
}

/** Reloads the configuration when a JSON file changes, checks every document again, and reports configuration problems on the files. */
function watchConfiguration(shared: TutoratSharedServices, connection: Connection): void {
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
                void connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics });
                published.set(file, sent);
            }
        }
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, publishProblems);
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => {
        const touchesConfiguration = params.changes.some((change) => {
            const path = URI.parse(change.uri).path;
            return path.endsWith('/' + CONFIG_FILE_NAME) || (path.endsWith('.json') && isLoadedConfiguration(shared, URI.parse(change.uri).fsPath));
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

function isLoadedConfiguration(shared: TutoratSharedServices, file: string): boolean {
    return shared.tutorat.Configuration.files().includes(file);
}

