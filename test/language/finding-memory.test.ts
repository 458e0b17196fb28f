import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, GrammarUtils, type Reference } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { isDuo, type Duo } from '@tutorat/language';
import { sendMessagesAsCopies } from '../../packages/language/src/server/sent-messages.js';
import { PropertyNodes } from '../../packages/language/src/rules/property-nodes.js';
import { REPOSITORY } from '../support/lsp-client.js';
import { buildWorkspace } from '../support/workspace.js';

/**
 * A workspace keeps every finding and every reference for a whole editing session (20,000 findings
 * on 1,000 files): what they keep that nobody reads again, or keeps twice, is memory lost.
 */

const PEOPLE = 'institution T {\n    personne Nadia { rôle encadrement }\n    tutrice Élodie\n    tutorée Léa\n    tutoré Karim\n}\n';
const DUOS = 'institution T {\n'
    + '    duo Élodie accompagne Léa {\n        suppléant Nadia\n        entretiens chaque semaine\n        temps commun 50 %\n'
    + '        équipe informée le 01/09/2026\n        point avec Nadia chaque mois\n        alerter Élodie en cas de difficulté\n    }\n'
    + '    duo Élodie accompagne Karim {\n        suppléant Nadia\n        entretiens chaque semaine\n        temps commun 50 %\n'
    + '        équipe informée le 01/09/2026\n        point avec Nadia chaque mois\n        alerter Élodie en cas de difficulté\n    }\n}\n';

describe('what a workspace keeps of its findings and references', () => {
    test('a finding about an absence no longer carries what the gathering of unfinished elements read, and keeps its quick fix', async () => {
        const workspace = await buildWorkspace({ 'personnes.tutorat': PEOPLE, 'duos.tutorat': DUOS });
        const findings = workspace.diagnostics('duos.tutorat');
        const documents = findings.filter((finding) => finding.code === 'duo/documents-accueil');
        expect(documents).toHaveLength(2);
        for (const finding of findings) {
            expect((finding.data as { absence?: unknown }).absence, String(finding.code)).toBeUndefined();
        }
        const document = workspace.documents.get('duos.tutorat')!;
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: documents[0].range, context: { diagnostics: [documents[0]] }
        }) as CodeAction[];
        expect(actions.filter((action) => action.edit && !action.title.startsWith('Ignorer')).length).toBeGreaterThan(0);
    });

    test('the findings of one rule share their link to the rule’s page, which follows the pages’ address', async () => {
        const workspace = await buildWorkspace({ 'personnes.tutorat': PEOPLE, 'duos.tutorat': DUOS });
        const links = workspace.shared.tutorat.DocumentationLinks;
        links.setBase('https://tutorat.example/regles');
        await workspace.edit('duos.tutorat', DUOS);
        const [first, second] = workspace.diagnostics('duos.tutorat').filter((finding) => finding.code === 'duo/documents-accueil');
        expect(first.codeDescription).toEqual({ href: 'https://tutorat.example/regles/duo/documents-accueil.md' });
        expect(second.codeDescription).toBe(first.codeDescription);
        expect(links.urlOf('duo/documents-accueil')).toBe('https://tutorat.example/regles/duo/documents-accueil.md');
        links.setBase('https://ailleurs.example/', '.html');
        expect(links.urlOf('duo/documents-accueil')).toBe('https://ailleurs.example/duo/documents-accueil.html');
        links.setBase(undefined);
        expect(links.descriptionOf('duo/documents-accueil')).toBeUndefined();
    });

    test('relinking after an edit of another file: no field of a reference is removed, and it finds the new declaration', async () => {
        const workspace = await buildWorkspace({ 'personnes.tutorat': PEOPLE, 'duos.tutorat': DUOS });
        const duosDocument = workspace.documents.get('duos.tutorat')!;
        const firstDuo = AstUtils.streamAst(duosDocument.parseResult.value).find(isDuo) as Duo;
        const reference = firstDuo.tutor as Reference & object;
        const fields = Object.keys(reference);
        expect(fields).toContain('_nodeDescription');
        workspace.services.references.Linker.unlink(duosDocument);
        expect(Object.keys(reference)).toEqual(fields);
        await workspace.edit('personnes.tutorat', PEOPLE.replace('tutrice Élodie', 'tutrice Élodie « Élodie Marchal »'));
        const people = workspace.documents.get('personnes.tutorat')!.parseResult.value;
        expect(firstDuo.tutor.ref?.$container).toBe((people as unknown as { elements: unknown[] }).elements[0]);
        expect((firstDuo.tutor.ref as { title?: string } | undefined)?.title).toBe('Élodie Marchal');
        expect(Object.keys(reference)).toEqual(fields);
    });

    test('the server sends each finding’s messages unchanged, and leaves the document’s findings as they are', () => {
        const sent: PublishDiagnosticsParams[] = [];
        const connection = { sendDiagnostics: async (params: PublishDiagnosticsParams) => { sent.push(params); } } as unknown as Connection;
        sendMessagesAsCopies(connection);
        const message = ['Le duo ', 'Élodie – Léa', ' ne dit pas qui alerter en cas de difficulté.'].join('');
        const finding: Diagnostic = {
            range: { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } }, severity: 2, code: 'duo/alerte', message, source: 'tutorat',
            relatedInformation: [{ location: { uri: 'file:///a.tutorat', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, message: 'Déclarée ici' }],
            data: { ruleId: 'duo/alerte', messageKey: 'missing' }
        };
        const copy = structuredClone(finding);
        void connection.sendDiagnostics({ uri: 'file:///b.tutorat', version: 3, diagnostics: [finding] });
        expect(sent).toEqual([{ uri: 'file:///b.tutorat', version: 3, diagnostics: [copy] }]);
        expect(JSON.stringify(sent[0].diagnostics[0])).toBe(JSON.stringify(copy));
        expect(finding).toEqual(copy);
        expect(finding.message).toBe(message);
        const { relatedInformation: _related, ...alone } = finding;
        void connection.sendDiagnostics({ uri: 'file:///c.tutorat', diagnostics: [alone] });
        expect(Object.keys(sent[1].diagnostics[0])).not.toContain('relatedInformation');
    });
});

describe('the places of findings', () => {
    test('each property of each element is found where GrammarUtils.findNodeForProperty finds it, whatever the index', async () => {
        const folder = join(REPOSITORY, 'examples/les-tilleuls');
        const files = Object.fromEntries(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tutorat')).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
        const workspace = await buildWorkspace(files);
        const properties = new PropertyNodes();
        let compared = 0;
        for (const document of workspace.documents.values()) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const property of Object.keys(node).filter((key) => !key.startsWith('$'))) {
                    for (const index of [undefined, 0, 1, 5]) {
                        expect(properties.find(node.$cstNode, property, index)).toBe(GrammarUtils.findNodeForProperty(node.$cstNode, property, index));
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(1000);
        properties.clear();
        expect(properties.find(undefined, 'name')).toBeUndefined();
    });
});

describe('what the workspace facts keep over a long session', () => {
    test('names typed and never declared leave nothing behind', async () => {
        const workspace = await buildWorkspace({ 'personnes.tutorat': PEOPLE, 'duos.tutorat': DUOS, 'autre.tutorat': 'institution T {\n    tutoré Yanis\n}\n' });
        const facts = workspace.shared.tutorat.WorkspaceFacts as unknown as Record<'byKey' | 'readers' | 'nodesByKey', Map<string, unknown>>;
        const sizes = () => [facts.byKey.size, facts.readers.size, facts.nodesByKey.size];
        // Someone types a new tutee's name, letter by letter, in a duo and in a declaration of another file, then removes both.
        const typed = (name: string) => DUOS.replace('duo Élodie accompagne Karim', `duo Élodie accompagne ${name}`);
        await workspace.edit('duos.tutorat', typed('Y'));
        await workspace.edit('autre.tutorat', 'institution T {\n    tutoré Y\n}\n');
        await workspace.edit('duos.tutorat', DUOS);
        await workspace.edit('autre.tutorat', 'institution T {\n    tutoré Yanis\n}\n');
        const before = sizes();
        for (const name of ['Ya', 'Yan', 'Yani', 'Yanis2', 'Zoé', 'Zoéa', 'Zoéb', 'Zoéc']) {
            await workspace.edit('duos.tutorat', typed(name));
            await workspace.edit('autre.tutorat', `institution T {\n    tutoré ${name}\n}\n`);
        }
        await workspace.edit('duos.tutorat', DUOS);
        await workspace.edit('autre.tutorat', 'institution T {\n    tutoré Yanis\n}\n');
        expect(sizes()).toEqual(before);
    });
});
