import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { REPOSITORY, startLanguageServer, type LanguageClient } from '../support/lsp-client.js';

const FIXTURE = join(REPOSITORY, 'test/lsp/fixtures/configuration');

const chargeOf = (diagnostics: Diagnostic[]) => diagnostics.find((diagnostic) => diagnostic.code === 'tuteur/charge');

/**
 * The project configuration over the protocol: the server reads tutorat.json, and reloads it
 * when the editor reports that it changed (workspace/didChangeWatchedFiles). The server is the
 * one any editor starts: `tutorat lsp --stdio`.
 */
describe('the language server follows tutorat.json', () => {
    let client: LanguageClient;

    beforeAll(async () => {
        client = await startLanguageServer({ fixture: FIXTURE, locale: 'fr', command: [join(REPOSITORY, 'node_modules/.bin/tutorat'), 'lsp', '--stdio'] });
        await client.open('duos.tutorat');
    });

    afterAll(async () => {
        await client?.stop();
    });

    async function rewriteConfiguration(file: string, content: string): Promise<void> {
        writeFileSync(join(client.root, file), content);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(file), type: 2 }] });
    }

    test('applies the configured severity', async () => {
        const diagnostics = await client.diagnostics('duos.tutorat', (current) => chargeOf(current) !== undefined);
        expect(chargeOf(diagnostics)?.severity).toBe(2);
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['tuteur/charge']);
    });

    test('turning the rule off removes the finding', async () => {
        await rewriteConfiguration('tutorat.json', '{ "rules": { "charte": "off", "duo": "off", "parcours": "off", "tuteur": "off" } }');
        const diagnostics = await client.diagnostics('duos.tutorat', (current) => chargeOf(current) === undefined);
        expect(diagnostics).toEqual([]);
    });

    test('changing its severity changes the finding', async () => {
        await rewriteConfiguration('tutorat.json', '{ "rules": { "charte": "off", "duo": "off", "parcours": "off", "tuteur": "off", "tuteur/charge": "info" } }');
        const diagnostics = await client.diagnostics('duos.tutorat', (current) => chargeOf(current)?.severity === 3);
        expect(chargeOf(diagnostics)?.message).toContain('Élodie accompagne 3 tutorés en même temps');
    });

    test('extending a preset applies the preset, and a change in the preset itself is followed', async () => {
        // The project's own settings win over the preset's, a family setting included: only other families are turned off here.
        await rewriteConfiguration('tutorat.json', '{ "extends": "./federation/preset.json", "rules": { "charte": "off", "duo": "off", "parcours": "off", "tuteur/charge": "off" } }');
        await client.diagnostics('duos.tutorat', (current) => current.length > 0 && chargeOf(current) === undefined);
        await rewriteConfiguration('tutorat.json', '{ "extends": "./federation/preset.json", "rules": { "charte": "off", "duo": "off", "parcours": "off" } }');
        const fromPreset = await client.diagnostics('duos.tutorat', (current) => chargeOf(current)?.severity === 1);
        expect(chargeOf(fromPreset)).toBeDefined();
        await rewriteConfiguration('federation/preset.json', '{ "rules": { "tuteur/charge": "hint" } }');
        const presetChanged = await client.diagnostics('duos.tutorat', (current) => chargeOf(current)?.severity === 4);
        expect(chargeOf(presetChanged)).toBeDefined();
    });

    test('a mistake in tutorat.json is reported on that file, in French', async () => {
        await rewriteConfiguration('tutorat.json', '{ "rules": { "tuteur/charges": "off" } }');
        const problems = await client.diagnostics('tutorat.json', (current) => current.length > 0);
        expect(problems[0].message).toContain('La règle « tuteur/charges » n’existe pas. Vouliez-vous écrire « tuteur/charge » ?');
        await rewriteConfiguration('tutorat.json', '{ "rules": { "charte": "off", "duo": "off", "parcours": "off", "tuteur": "off", "tuteur/charge": "warning" } }');
        expect(await client.diagnostics('tutorat.json', (current) => current.length === 0)).toEqual([]);
    });
});
