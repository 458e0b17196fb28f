import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { configureTutoratServer, type ServerOptions as CommonServerOptions } from '../server/configure.js';
import { createTutoratServices, type TutoratSharedServices } from '../tutorat-module.js';
import { heapGrowthLimiter } from './heap-growth.js';

export interface ServerOptions extends CommonServerOptions {
    /** An existing connection (tests); otherwise one is created from the process arguments (--stdio, --node-ipc). */
    readonly connection?: Connection;
}

/**
 * Starts the Tutorat language server in this Node process, reading the workspace's files from the disk.
 * The client's locale (LSP `initialize`) chooses French or English; project configuration files are
 * watched and reloaded.
 */
export function startTutoratServer(options: ServerOptions = {}): TutoratSharedServices {
    const connection = options.connection ?? createConnection(ProposedFeatures.all);
    const { shared } = createTutoratServices({ connection, ...NodeFileSystem });
    if (!options.connection) {
        // The server owns this process: keep its memory in proportion to what is alive.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, heapGrowthLimiter());
    }
    configureTutoratServer(shared, connection, options);
    startLanguageServer(shared);
    return shared;
}
