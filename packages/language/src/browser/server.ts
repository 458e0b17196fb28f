import { startLanguageServer } from 'langium/lsp';
import { FileChangeType, type Connection } from 'vscode-languageserver';
import { configureTutoratServer, type ServerOptions } from '../server/configure.js';
import { FILES_CHANGED, type FilesChangedParams, type TutoratInitializationOptions } from '../server/protocol.js';
import { createTutoratServices, type TutoratSharedServices } from '../tutorat-module.js';
import { ClientFileSystem } from './client-file-system.js';

export interface BrowserServerOptions extends ServerOptions {
    /** The connection to the client, made by the Web Worker from `vscode-languageserver/browser`. */
    readonly connection: Connection;
}

/**
 * Starts the Tutorat language server where no disk can be read (a browser's Web Worker): the same services as
 * the Node server, over the files the client sends at `initialize` (`initializationOptions.files`) and keeps
 * up to date (`tutorat/files/changed`). Nothing here uses a Node API.
 */
export function startTutoratBrowserServer(options: BrowserServerOptions): TutoratSharedServices {
    const { connection } = options;
    const files = new ClientFileSystem();
    const { shared } = createTutoratServices({ connection, fileSystemProvider: () => files });
    // Here the editor's problems panel is the only view of the workspace: every document is checked from the
    // start, not only those the user opens.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    shared.lsp.LanguageServer.onInitialize((params) => {
        files.apply((params.initializationOptions as TutoratInitializationOptions | undefined)?.files ?? []);
    });
    connection.onNotification(FILES_CHANGED, (params: FilesChangedParams) => {
        const changed = params?.files ?? [];
        files.apply(changed);
        // Then exactly what a Node server does when the disk changes: rebuild, reload the configuration.
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({
            changes: changed.map((file) => ({ uri: file.uri, type: file.text === null ? FileChangeType.Deleted : FileChangeType.Changed }))
        });
    });
    configureTutoratServer(shared, connection, options);
    startLanguageServer(shared);
    return shared;
}
