import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { HandbookRequests, registerHandbookRendering, type FilesResult, type RenderResult } from '@tutorat/handbook';
import { startTutoratBrowserServer } from '@tutorat/language/browser';
import { FILES_CHANGED, WORKSPACE_CHECK, type ClientFile, type WorkspaceCheckResult } from '@tutorat/language/protocol';
import { EXAMPLES } from '../handbook/support.js';
import { filesOf } from '../support/folders.js';

// The server of the Web Worker, run here in-process over streams: it has no disk, only the files the client
// sends. The folder is given under a scheme VS Code for the Web uses, not `file:`.
const ROOT = 'vscode-test-web://mount/exemples';
const uriOf = (file: string) => `${ROOT}/${file}`;

interface Session {
    readonly client: MessageConnection;
    diagnostics(file: string, until: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    close(): void;
}

async function start(files: Record<string, string>): Promise<Session> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const shared = startTutoratBrowserServer({ connection });
    registerHandbookRendering(shared, connection);
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published = new Map<string, Diagnostic[]>();
    const waiters = new Set<() => void>();
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        published.set(params.uri, params.diagnostics);
        waiters.forEach((wake) => wake());
    });
    client.listen();
    const sent: ClientFile[] = Object.entries(files).map(([file, text]) => ({ uri: uriOf(file), text }));
    await client.sendRequest('initialize', {
        processId: null, locale: 'en', rootUri: ROOT, workspaceFolders: [{ uri: ROOT, name: 'exemples' }], capabilities: {},
        initializationOptions: { locale: 'fr', files: sent }
    });
    await client.sendNotification('initialized', {});
    return {
        client,
        diagnostics: (file, until) => new Promise((resolve, reject) => {
            const check = () => {
                const current = published.get(uriOf(file));
                if (current && until(current)) {
                    waiters.delete(check);
                    clearTimeout(timer);
                    resolve(current);
                }
            };
            const timer = setTimeout(() => reject(new Error(`${file}: ${JSON.stringify(published.get(uriOf(file))?.map((d) => d.code))}`)), 30_000);
            waiters.add(check);
            check();
        }),
        close: () => { client.dispose(); connection.dispose(); }
    };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

let session: Session | undefined;
afterEach(() => session?.close());

describe('the language server of the Web Worker', () => {
    test('checks the files the client sent across files, in the language chosen by the client, and follows their changes', async () => {
        session = await start(filesOf(EXAMPLES));
        // Amina is declared in organisation.tutorat, her duo with Sophie in duos.tutorat.
        const duos = await session.diagnostics('les-tilleuls/duos.tutorat', (found) => codes(found).includes('tuteur/profil-specifique'));
        expect(duos.find((diagnostic) => diagnostic.code === 'tuteur/profil-specifique')?.message).toContain('Sophie a un profil spécifique');
        // tutorat.json (read from the client's files) raises parcours/bilan-encadrement to a warning… when it applies;
        // the federation's preset raises duo/premier-contact. A change of the configuration file reaches the server:
        const configuration = filesOf(EXAMPLES)['les-tilleuls/tutorat.json'];
        const silenced = configuration.replace('"parcours/bilan-encadrement": "warning"', '"parcours/bilan-encadrement": "warning", "duo": "off"');
        expect(silenced).not.toBe(configuration);
        await session.client.sendNotification(FILES_CHANGED, { files: [{ uri: uriOf('les-tilleuls/tutorat.json'), text: silenced }] });
        const quiet = await session.diagnostics('les-tilleuls/duos.tutorat', (found) => !codes(found).some((code) => String(code).startsWith('duo/')));
        expect(codes(quiet)).toContain('tuteur/profil-specifique');
        // A file created outside the editor is read; a deleted one is forgotten.
        await session.client.sendNotification(FILES_CHANGED, { files: [{ uri: uriOf('les-tilleuls/nouveau.tutorat'), text: 'institution LesTilleuls {\n    tutrice Zoé « Zoé » { fonction Inconnue }\n}\n' }] });
        const created = await session.diagnostics('les-tilleuls/nouveau.tutorat', (found) => codes(found).includes('langage/reference'));
        expect(created[0].message).toContain('Inconnue');
        await session.client.sendNotification(FILES_CHANGED, { files: [{ uri: uriOf('les-tilleuls/nouveau.tutorat'), text: null }] });
        const check = await session.client.sendRequest<WorkspaceCheckResult>(WORKSPACE_CHECK);
        expect(check.files).toBe(Object.keys(filesOf(EXAMPLES)).filter((file) => file.endsWith('.tutorat')).length);
    });

    test('makes the handbooks as HTML: the preview of one document, and the files of its institution', async () => {
        session = await start(filesOf(EXAMPLES));
        await session.diagnostics('les-tilleuls/duos.tutorat', () => true);
        const preview = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/duos.tutorat') });
        expect(preview?.title).toContain('ASBL Les Tilleuls');
        expect(preview?.html.startsWith('<!DOCTYPE html>')).toBe(true);
        // Locations in the handbook are relative to the workspace, whatever the scheme.
        expect(preview?.html).toContain('les-tilleuls/duos.tutorat');
        const mine = await session.client.sendRequest<FilesResult>(HandbookRequests.files, { uri: uriOf('les-tilleuls/charte.tutorat') });
        const all = await session.client.sendRequest<FilesResult>(HandbookRequests.files, {});
        expect(mine.files.length).toBeGreaterThan(1);
        expect(all.files.length).toBeGreaterThan(mine.files.length);
        expect(all.files.every((file) => file.fileName.endsWith('.html') && file.html.startsWith('<!DOCTYPE html>'))).toBe(true);
        // The Node-only request is not there: writing is the client's business.
        await expect(session.client.sendRequest(HandbookRequests.write, { outputDir: '/tmp' })).rejects.toThrow();
    });
});
