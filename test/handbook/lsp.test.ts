import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { HANDBOOK_REFUSED, HandbookRequests, type RefusedData, type RenderResult, type WriteResult } from '@tutorat/handbook';
import { registerHandbookRequests } from '@tutorat/handbook/node';
import { filesOf } from '../support/folders.js';
import { buildWorkspace, uriOf, type TestWorkspace } from '../support/workspace.js';
import { EXAMPLES, Page } from './support.js';

/** A server connection answering the handbook requests, and a client speaking JSON-RPC to it over streams. */
async function connect(files: Record<string, string> = filesOf(EXAMPLES)): Promise<{ client: MessageConnection; workspace: TestWorkspace; close: () => void }> {
    const workspace = await buildWorkspace(files);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    registerHandbookRequests(workspace.shared, server);
    server.listen();
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.listen();
    return { client, workspace, close: () => { client.dispose(); server.dispose(); } };
}

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('the handbook requests of the language server', () => {
    test('render the handbook of an institution’s document, of a template, and nothing for an unknown document', async () => {
        const session = await connect();
        close = session.close;
        const institution = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/duos.tutorat').toString() });
        expect(institution?.title).toBe('Livret du tutorat — ASBL Les Tilleuls — service résidentiel pour adultes');
        expect(new Page(institution!.html).byId('entretiens')).toBeDefined();
        const template = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('federation-cp319/modele-charte-cp319.tutorat').toString() });
        expect(template?.html).toContain('Ce que chaque institution complète');
        const framework = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('referentiels/accompagnement-adultes.tutorat').toString() });
        expect(framework?.title).toBe(institution?.title);
        expect(await session.client.sendRequest(HandbookRequests.render, { uri: 'file:///nulle/part.tutorat' })).toBeNull();
    });

    test('answer bad parameters with a French message, and keep serving', async () => {
        const session = await connect();
        close = session.close;
        for (const params of [{}, { uri: 42 }, { uri: 'pas une adresse' }]) {
            const error = await session.client.sendRequest(HandbookRequests.render, params).catch((caught: unknown) => caught);
            expect(error).toBeInstanceOf(ResponseError);
            expect((error as ResponseError<unknown>).message).toContain('n’est pas valide');
        }
        const relative = await session.client.sendRequest(HandbookRequests.write, { outputDir: 'livrets' }).catch((caught: unknown) => caught);
        expect((relative as ResponseError<unknown>).message).toContain('doit être un chemin complet');
        const none = await session.client.sendRequest(HandbookRequests.write, {}).catch((caught: unknown) => caught);
        expect((none as ResponseError<unknown>).message).toContain('Indiquez le dossier');
        const still = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/charte.tutorat').toString() });
        expect(still?.html).toContain('<!DOCTYPE html>');
    });

    test('write the handbooks of one document’s institution, or all, and refuse an unwritable folder', async () => {
        const session = await connect();
        close = session.close;
        const output = mkdtempSync(join(tmpdir(), 'tutorat-lsp-'));
        const some = await session.client.sendRequest<WriteResult>(HandbookRequests.write, { outputDir: output, uri: uriOf('les-tilleuls/charte.tutorat').toString() });
        expect(some.written.map((path) => path.slice(output.length + 1)).sort()).toEqual(['les-tilleuls-amina-sophie.html', 'les-tilleuls-elodie-lea.html', 'les-tilleuls-francois-karim.html', 'les-tilleuls.html']);
        const all = await session.client.sendRequest<WriteResult>(HandbookRequests.write, { outputDir: `file://${output}` });
        expect(all.written).toHaveLength(5);
        expect(readdirSync(output)).toHaveLength(5);

        const file = join(output, 'un-fichier');
        writeFileSync(file, 'x');
        const error = await session.client.sendRequest(HandbookRequests.write, { outputDir: file }).catch((caught: unknown) => caught);
        expect((error as ResponseError<unknown>).message).toContain('n’est pas un dossier');
    });

    test('follow an edit of the documents', async () => {
        const session = await connect();
        close = session.close;
        await session.workspace.edit('les-tilleuls/charte.tutorat', session.workspace.documents.get('les-tilleuls/charte.tutorat')!.textDocument.getText().replace('Charte du tutorat des Tilleuls', 'Charte révisée des Tilleuls'));
        const result = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/charte.tutorat').toString() });
        expect(result?.html).toContain('Charte révisée des Tilleuls');
    });

    test('refuse to write handbooks from documents with errors, say which, and write drafts when asked', async () => {
        // The examples with one mistake: a substitute nobody declared.
        const files = filesOf(EXAMPLES);
        files['les-tilleuls/duos.tutorat'] = files['les-tilleuls/duos.tutorat'].replace('suppléant François', 'suppléant Françoise');
        const session = await connect(files);
        close = session.close;
        const output = mkdtempSync(join(tmpdir(), 'tutorat-lsp-'));
        const refused = await session.client.sendRequest(HandbookRequests.write, { outputDir: output }).catch((caught: unknown) => caught) as ResponseError<RefusedData>;
        expect(refused).toBeInstanceOf(ResponseError);
        expect(refused.code).toBe(HANDBOOK_REFUSED);
        expect(refused.message).toMatch(/^Les livrets ne sont pas écrits : les documents contiennent encore 1 erreur \(duos\.tutorat, ligne \d+ : « Françoise »/);
        expect(refused.data?.errors.map((error) => error.ruleId)).toEqual(['langage/reference']);
        expect(readdirSync(output)).toEqual([]);

        const drafts = await session.client.sendRequest<WriteResult>(HandbookRequests.write, { outputDir: output, draft: true, findingsAnnex: false });
        expect(drafts.draftErrors).toBe(1);
        expect(drafts.written).toHaveLength(5);
        for (const path of drafts.written) {
            expect(new Page(readFileSync(path, 'utf8')).text()).toContain('Brouillon — 1 erreur');
        }
        expect(new Page(readFileSync(join(output, 'les-tilleuls.html'), 'utf8')).byId('constats')).toBeUndefined();

        // The preview shows the same band, and the annex unless asked to leave it out.
        const preview = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/charte.tutorat').toString() });
        expect(new Page(preview!.html).text()).toContain('Brouillon — 1 erreur');
        expect(new Page(preview!.html).byId('constats')).toBeDefined();
        const withoutAnnex = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/charte.tutorat').toString(), findingsAnnex: false });
        expect(new Page(withoutAnnex!.html).byId('constats')).toBeUndefined();
    });

    test('preview a handbook without band when the documents have no error', async () => {
        const session = await connect();
        close = session.close;
        const preview = await session.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: uriOf('les-tilleuls/charte.tutorat').toString() });
        expect(preview!.html).not.toContain('Brouillon');
        const written = await session.client.sendRequest<WriteResult>(HandbookRequests.write, { outputDir: mkdtempSync(join(tmpdir(), 'tutorat-lsp-')) });
        expect(written.draftErrors).toBe(0);
    });
});
