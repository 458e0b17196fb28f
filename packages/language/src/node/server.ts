import { DocumentState, URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, type ConfigurationProblem } from '../config/configuration.js';
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
    const published = new Set<string>();
    const publishProblems = () => {
        const byFile = new Map<string, ConfigurationProblem[]>();
        for (const resolved of configuration.loaded()) {
            for (const file of resolved.chain.map((entry) => entry.file)) {
                byFile.set(file, byFile.get(file) ?? []);
            }
            for (const problem of resolved.problems) {
                byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
            }
        }
        const locale = shared.tutorat.Locale.current;
        for (const [file, problems] of byFile) {
            const uri = URI.file(file).toString();
            const diagnostics: Diagnostic[] = dedupe(problems).map((problem) => ({
                severity: 1,
                range: { start: { line: problem.line ?? 0, character: 0 }, end: { line: problem.line ?? 0, character: 1000 } },
                message: format(problem.message[locale], problem.params),
                source: 'tutorat',
                code: 'configuration'
            }));
            if (diagnostics.length > 0 || published.has(uri)) {
                void connection.sendDiagnostics({ uri, diagnostics });
                diagnostics.length > 0 ? published.add(uri) : published.delete(uri);
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
    return shared.tutorat.Configuration.loaded().some((resolved) => resolved.chain.some((entry) => entry.file === file) || resolved.problems.some((problem) => problem.file === file));
}

function dedupe(problems: ConfigurationProblem[]): ConfigurationProblem[] {
    const seen = new Set<string>();
    return problems.filter((problem) => {
        const key = `${problem.line}:${problem.message.fr}:${JSON.stringify(problem.params)}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}
