import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { bytesToBase64, InteropRequests, registerInteropRequests, type ExportResponse, type FrameworkSummary, type ImportResponse } from '@tutorat/interop';
import { filesOf } from '../support/folders.js';
import { buildWorkspace, uriOf } from '../support/workspace.js';
import { EXAMPLES } from '../handbook/support.js';
import { bytes } from './support.js';

/** A server connection answering the interop requests, and a client speaking JSON-RPC to it over streams. */
async function connect(): Promise<{ client: MessageConnection; close: () => void }> {
    const workspace = await buildWorkspace({ ...filesOf(EXAMPLES), 'casse.tutorat': 'référentiel Casse « Cassé » {\n    compétence C1 « Un » {\n' });
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    registerInteropRequests(workspace.shared, server);
    server.listen();
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.listen();
    return { client, close: () => { client.dispose(); server.dispose(); } };
}

let close: (() => void) | undefined;
afterEach(() => close?.());

const FRAMEWORK = uriOf('referentiels/accompagnement-adultes.tutorat').toString();

describe('the interop requests of the language server', () => {
    test('list the frameworks of a document, where their code lens goes', async () => {
        const session = await connect();
        close = session.close;
        const frameworks = await session.client.sendRequest<FrameworkSummary[]>(InteropRequests.frameworks, { uri: FRAMEWORK });
        expect(frameworks).toEqual([{ name: 'AccompagnementAdultes', title: 'Référentiel de compétences — Accompagnement d\'adultes en hébergement', line: 4, character: 0 }]);
        expect(await session.client.sendRequest(InteropRequests.frameworks, { uri: uriOf('les-tilleuls/duos.tutorat').toString() })).toEqual([]);
    });

    test('export a framework in each format; the client writes the file', async () => {
        const session = await connect();
        close = session.close;
        for (const format of ['moodle', 'case', 'tableur']) {
            const result = await session.client.sendRequest<ExportResponse>(InteropRequests.export, { uri: FRAMEWORK, format, lastChange: '2026-03-01T09:30:00Z' });
            expect(result.name).toBe('AccompagnementAdultes');
            expect(result.fileName).toBe(`AccompagnementAdultes-${format}${format === 'case' ? '.json' : '.csv'}`);
            expect(result.content).toContain('AccompagnementAdultes');
        }
    });

    test('import a file sent in base64: the formatted document and the warnings, in the client’s language', async () => {
        const session = await connect();
        close = session.close;
        const exported = await session.client.sendRequest<ExportResponse>(InteropRequests.export, { uri: FRAMEWORK, format: 'tableur' });
        const result = await session.client.sendRequest<ImportResponse>(InteropRequests.import, { fileName: exported.fileName, data: bytesToBase64(bytes(exported.content)) });
        expect(result.format).toBe('tableur');
        expect(result.text).toMatch(/^référentiel AccompagnementAdultes « Référentiel de compétences/m);
    });

    test('refuse bad requests with a French sentence, and keep serving', async () => {
        const session = await connect();
        close = session.close;
        const refused = async (method: string, params: unknown) => {
            const error = await session.client.sendRequest(method, params).catch((caught: unknown) => caught);
            expect(error).toBeInstanceOf(ResponseError);
            return (error as ResponseError<unknown>).message;
        };
        expect(await refused(InteropRequests.export, { uri: FRAMEWORK, format: 'pdf' })).toContain('le format « pdf » n’existe pas');
        expect(await refused(InteropRequests.export, { uri: 'pas une adresse', format: 'case' })).toContain('n’est pas valide');
        expect(await refused(InteropRequests.export, { uri: uriOf('les-tilleuls/duos.tutorat').toString(), format: 'case' })).toContain('ne contient pas de référentiel');
        expect(await refused(InteropRequests.export, { uri: uriOf('casse.tutorat').toString(), format: 'case' })).toContain('erreur(s) de syntaxe');
        expect(await refused(InteropRequests.import, { fileName: 'x.csv', data: bytesToBase64(bytes('Code;Compétence\nA1;Un\nA2;Deux\nA1;Trois\n')) })).toContain('ligne 4, colonne « Code » : le code A1 existe déjà ligne 2');
        expect(await refused(InteropRequests.import, { fileName: 'x.csv', data: '***' })).toContain('base64');
        const still = await session.client.sendRequest<FrameworkSummary[]>(InteropRequests.frameworks, { uri: FRAMEWORK });
        expect(still).toHaveLength(1);
    });
});
