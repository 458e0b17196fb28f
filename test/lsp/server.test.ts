import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
    CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, LocationLink,
    Range, SemanticTokens, TextEdit, WorkspaceEdit, WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import { ruleById } from '@tutorat/language';
import { positionOf, startLanguageServer, type LanguageClient } from '../support/lsp-client.js';

/**
 * The language server as an editor sees it: the bundled server, over stdio, on a copy of the
 * `fixtures/alpha` workspace (a federation template, a framework, an institution over several files).
 */

const FIXTURE = new URL('./fixtures/alpha/', import.meta.url).pathname;

const markdown = (hover: Hover | null): string => (hover?.contents as { value: string } | undefined)?.value ?? '';
const textAt = (text: string, range: Range): string => {
    const lines = text.split('\n');
    return range.start.line === range.end.line ? lines[range.start.line].slice(range.start.character, range.end.character) : '';
};
const messageOf = (diagnostic: Diagnostic): string => typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
const withCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);
const withoutCode = (code: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((diagnostic) => diagnostic.code === code);

/** Applies edits of one file, last first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (position: { line: number; character: number }) =>
        lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((current, edit) => current.slice(0, offset(edit.range.start)) + edit.newText + current.slice(offset(edit.range.end)), text);
}

interface DecodedToken { line: number; character: number; text: string; type: string; modifiers: string[] }

function decodeTokens(tokens: SemanticTokens, text: string, legend: { tokenTypes: string[]; tokenModifiers: string[] }): DecodedToken[] {
    const lines = text.split('\n');
    const decoded: DecodedToken[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < tokens.data.length; index += 5) {
        const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(index, index + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        decoded.push({
            line, character, text: lines[line].slice(character, character + length), type: legend.tokenTypes[type],
            modifiers: legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0)
        });
    }
    return decoded;
}

describe('the bundled language server, in French', () => {
    let client: LanguageClient;

    beforeAll(async () => {
        client = await startLanguageServer({ fixture: FIXTURE, locale: 'fr-BE' });
        for (const file of ['organisation.tutorat', 'duos.tutorat', 'parcours.tutorat', 'modele.tutorat', 'referentiel.tutorat', 'ete.tutorat']) {
            await client.open(file);
        }
        await client.diagnostics('duos.tutorat', withCode('duo/entretiens'));
    });

    afterAll(async () => {
        await client?.stop();
    });

    test('announces its features, and leaves the rule-page command to the extension', () => {
        const capabilities = client.capabilities;
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.completionProvider).toBeDefined();
        expect(capabilities.definitionProvider).toBe(true);
        expect(capabilities.referencesProvider).toBe(true);
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.documentFormattingProvider).toBe(true);
        expect(capabilities.codeActionProvider).toBe(true);
        expect(capabilities.documentSymbolProvider).toBe(true);
        expect(capabilities.foldingRangeProvider).toBe(true);
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        const legend = (capabilities.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] } }).legend;
        expect(legend.tokenTypes).toEqual(expect.arrayContaining(['keyword', 'variable', 'string', 'number', 'enumMember', 'namespace', 'type']));
        expect(legend.tokenModifiers).toContain('declaration');
        expect(capabilities.executeCommandProvider?.commands ?? []).not.toContain('tutorat.openRulePage');
    });

    test('publishes findings with their rule ID, a French message naming the guide, and a link to the rule page', async () => {
        const diagnostics = await client.diagnostics('duos.tutorat', withCode('duo/entretiens'));
        const interviews = diagnostics.find((diagnostic) => diagnostic.code === 'duo/entretiens' && diagnostic.range.start.line === 1)!;
        expect(interviews.message).toContain('Aucun entretien régulier n’est prévu entre Élodie et Léa');
        expect(interviews.message).toContain('(Guide pour le tutorat : ');
        expect(interviews.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\/duo\/entretiens\.md$/);
        expect(interviews.source).toBe('tutorat');
    });

    test('a new document is checked when opened, and again as it is typed', async () => {
        await client.open('nouveau.tutorat', 'institution Alpha {\n    duo Élodi accompagne Zoé\n}\n');
        const before = await client.diagnostics('nouveau.tutorat', withCode('langage/reference'));
        const unresolved = before.find((diagnostic) => diagnostic.code === 'langage/reference')!;
        expect(unresolved.message).toContain('« Élodi » ne correspond à aucune personne de l’institution Alpha');
        expect(unresolved.message).toContain('Vouliez-vous écrire « Élodie »');
        expect(textAt(client.text('nouveau.tutorat'), unresolved.range)).toBe('Élodi');
        const fixes = await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: client.uri('nouveau.tutorat') }, range: unresolved.range, context: { diagnostics: [unresolved] }
        });
        const replace = fixes.find((action) => action.title === 'Remplacer par « Élodie »')!;
        expect(replace.isPreferred).toBe(true);
        expect(replace.edit!.changes![client.uri('nouveau.tutorat')]).toEqual([{ range: unresolved.range, newText: 'Élodie' }]);

        await client.change('nouveau.tutorat', 'institution Alpha {\n    duo Élodie accompagne Zoé\n}\n');
        const after = await client.diagnostics('nouveau.tutorat', withoutCode('langage/reference'));
        expect(after.map((diagnostic) => diagnostic.code)).not.toContain('langage/reference');
        await client.change('nouveau.tutorat', 'institution Alpha {\n}\n');
        await client.diagnostics('nouveau.tutorat', (diagnostics) => diagnostics.length === 0);
    });

    test('hover over a keyword says what the guide says and where', async () => {
        const text = client.text('organisation.tutorat');
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'suppléance «') });
        const value = markdown(hover);
        expect(value).toContain('**suppléance** — Suppléance du tuteur absent');
        expect(value).toContain('> « impliquer dans le tutorat l’ensemble de l’équipe de travail où va évoluer le tutoré et organiser une suppléance en cas d’absence du tuteur désigné »');
        expect(value).toContain('*Guide pour le tutorat — Le choix du tuteur — Des conditions de réussite*');

        const phrase = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('modele.tutorat') }, position: positionOf(client.text('modele.tutorat'), 'tutorés simultanés', 'simultanés') });
        expect(markdown(phrase)).toContain('**tutorés simultanés maximum** — Nombre maximum de tutorés en même temps');
        expect(markdown(phrase)).toContain('Rôle des fonctions d’encadrement');
    });

    test('hover over an enumerated value gives its meaning', async () => {
        const text = client.text('organisation.tutorat');
        const situation = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'situation stage', 'stage') });
        expect(markdown(situation)).toBe('**stage** — Situation de tutorat\n\nAccueil de stagiaires');
        const diploma = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'qualification requise bachelier', 'bachelier') });
        expect(markdown(diploma)).toContain('Bachelier — niveau 6 du Cadre francophone des certifications');
    });

    test('hover over a reference summarises the element, with the tutor’s load against the charter’s maximum', async () => {
        const text = client.text('duos.tutorat');
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('duos.tutorat') }, position: positionOf(text, 'duo Élodie accompagne Léa', 'Élodie') });
        const value = markdown(hover);
        expect(value).toContain('**tutrice Élodie** — Élodie Martin');
        expect(value).toContain('- **Fonction** : Educ (Éducateur spécialisé)');
        expect(value).toContain('- **Expérience** : 9 ans');
        expect(value).toContain('- **Qualification** : bachelier (niveau 6)');
        expect(value).toContain('- **Tutorés** : 2 / 2 tutorés en même temps (Léa et Karim) — maximum 2, fixé par le modèle de charte Fede');
        expect(hover.range).toEqual({ start: positionOf(text, 'duo Élodie accompagne Léa', 'Élodie'), end: { line: 1, character: 14 } });

        const competence = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('parcours.tutorat') }, position: positionOf(client.text('parcours.tutorat'), 'compétences visées', 'REL1') });
        expect(markdown(competence)).toContain('**compétence REL1** — Accueillir la personne');
        expect(markdown(competence)).toContain('- **Référentiel** : RefSoins (Référentiel des soins)');
        expect(markdown(competence)).toContain("- L'accueil respecte la procédure");
        expect(markdown(competence)).toContain('  - indicateur : La procédure est suivie étape par étape');

        const template = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(client.text('organisation.tutorat'), 'étend Fede', 'Fede') });
        expect(markdown(template)).toContain('**modèle de charte Fede** — Modèle de la fédération');
        expect(markdown(template)).toContain('- Modalités de mise en œuvre : « Décrivez comment les duos sont formés. »');
        expect(markdown(template)).toContain('- Suppléance du tuteur absent : « Précisez qui remplace le tuteur absent. »');

        const partner = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('parcours.tutorat') }, position: positionOf(client.text('parcours.tutorat'), 'HELHa.Dubois', 'HELHa') });
        expect(markdown(partner)).toContain('**organisme partenaire HELHa** — Haute École');
        expect(markdown(partner)).toContain('- Dubois — Catherine Dubois — Maîtresse de formation pratique');
    });

    test('completion offers the keywords that fit, with what they mean', async () => {
        const text = 'institution Alpha {\n    duo Élodie accompagne Zoé {\n        \n    }\n}\n';
        await client.open('completion.tutorat', text);
        const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 2, character: 8 } });
        const byLabel = new Map(list.items.map((item) => [item.label, item]));
        for (const keyword of ['période', 'suppléant', 'entretiens', 'temps commun', 'premier contact', 'documents remis', 'mission']) {
            expect(byLabel.has(keyword), keyword).toBe(true);
        }
        expect(byLabel.get('temps commun')?.detail).toBe('Temps de travail en commun');
        expect((byLabel.get('entretiens')?.documentation as { value: string }).value).toContain('une fois par semaine');
        expect(byLabel.has('enjeux')).toBe(false);
        const mission = byLabel.get('mission { … }')!;
        expect(mission.insertTextFormat).toBe(2);
        expect(mission.textEdit?.newText).toContain('mission {\n\tformalisée le ${1:jj/mm/aaaa}');

        // A word shared by several elements is explained as the element being written.
        await client.change('completion.tutorat', 'institution Alpha {\n    \n}\n');
        const members = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 1, character: 4 } });
        expect(members.items.find((item) => item.label === 'tutrice')?.detail).toBe('Tuteur ou tutrice');
        expect(members.items.find((item) => item.label === 'organisme partenaire')?.detail).toBe('Organisme partenaire');
    });

    test('completion offers each phrase a keyword starts, in a phase', async () => {
        await client.change('completion.tutorat', 'institution Alpha {\n    parcours P pour Léa {\n        phase accueil {\n            \n        }\n    }\n}\n');
        const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 3, character: 12 } });
        const labels = list.items.map((item) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['activité', 'évaluation formative', 'évaluation finale', 'bilan avec', 'auto-évaluation']));
        expect(list.items.find((item) => item.label === 'évaluation finale')?.detail).toBe('Évaluation finale');
        expect(labels).not.toContain('duo');
    });

    test('completion offers the names that resolve here, with their title', async () => {
        await client.change('completion.tutorat', 'institution Alpha {\n    duo \n}\n');
        const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 1, character: 8 } });
        const elodie = list.items.find((item) => item.label === 'Élodie');
        expect(elodie?.detail).toBe('Élodie Martin');
        expect(elodie?.labelDetails?.description).toBe('personne');
        expect((elodie?.documentation as { value: string }).value).toContain('**tutrice Élodie**');
        expect(list.items.map((item) => item.label)).toEqual(expect.arrayContaining(['Élodie', 'Léa', 'Karim', 'Zoé', 'Nadia']));
        expect(list.items.map((item) => item.label)).not.toContain('HELHa');
    });

    test('completion offers enumerated values with their meaning', async () => {
        await client.change('completion.tutorat', 'institution Alpha {\n    tutorée Inès {\n        situation \n    }\n}\n');
        const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 2, character: 18 } });
        const items = new Map(list.items.map((item: CompletionItem) => [item.label, item]));
        expect(items.get('stage')?.detail).toBe('Accueil de stagiaires');
        expect(items.get('stage')?.kind).toBe(20);
        expect(items.get('réintégration')?.detail).toBe('Réintégration après une longue absence');
        expect([...items.keys()]).not.toContain('bachelier');

        await client.change('completion.tutorat', 'institution Alpha {\n    tutrice Inès {\n        qualification \n    }\n}\n');
        const diplomas = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 2, character: 22 } });
        expect(diplomas.items.find((item) => item.label === 'master')?.detail).toBe('Master — niveau 7 du Cadre francophone des certifications');

        await client.change('completion.tutorat', 'institution Alpha {\n    tutrice Inès {\n        expérience 9 \n    }\n}\n');
        const units = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 2, character: 21 } });
        expect(units.items.find((item) => item.label === 'ans')?.detail).toBe('années');
        expect(units.items.find((item) => item.label === 'semaines')?.detail).toBe('semaines');

        await client.change('completion.tutorat', 'institution Alpha {\n    charte {\n        enjeux \n    }\n}\n');
        const stakes = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 2, character: 15 } });
        expect(stakes.items.find((item) => item.label === 'transmission-culture')?.detail).toBe('Favoriser la transmission de la culture de l’organisation');
        expect(stakes.items.find((item) => item.label === 'à compléter')?.detail).toBe('Élément à compléter');

        await client.change('completion.tutorat', 'institution Alpha {\n    tutrice Inès {\n        volontaire \n    }\n}\n');
        const volunteering = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('completion.tutorat') }, position: { line: 2, character: 19 } });
        expect(volunteering.items.map((item) => `${item.label} : ${item.detail}`).sort()).toEqual([
            'après appel à candidatures : Appel à candidatures puis acceptation de la mission',
            'après échange en équipe : Choix après échange au sein de l’équipe',
            'spontanément : Démarche spontanée auprès de la hiérarchie'
        ]);
    });

    test('go to definition crosses files and follows the segment under the cursor', async () => {
        const text = client.text('parcours.tutorat');
        const competence = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: client.uri('parcours.tutorat') }, position: positionOf(text, 'compétences visées', 'REL1') });
        expect(competence).toHaveLength(1);
        expect(competence[0].targetUri).toBe(client.uri('referentiel.tutorat'));
        expect(textAt(client.text('referentiel.tutorat'), competence[0].targetSelectionRange)).toBe('REL1');
        const framework = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: client.uri('parcours.tutorat') }, position: positionOf(text, 'compétences visées', 'RefSoins') });
        expect(textAt(client.text('referentiel.tutorat'), framework[0].targetSelectionRange)).toBe('RefSoins');
        expect(textAt(text, framework[0].originSelectionRange!)).toBe('RefSoins');
    });

    test('find references lists the uses in every file, including inside qualified names', async () => {
        const text = client.text('organisation.tutorat');
        const references = await client.request<Location[]>('textDocument/references', {
            textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'tutrice Élodie', 'Élodie'), context: { includeDeclaration: false }
        });
        expect(references.map((location) => `${location.uri.split('/').pop()}:${location.range.start.line + 1}`).sort())
            .toEqual(['duos.tutorat:2', 'duos.tutorat:5', 'parcours.tutorat:11']);
        const partner = await client.request<Location[]>('textDocument/references', {
            textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'organisme partenaire HELHa', 'HELHa'), context: { includeDeclaration: true }
        });
        const places = partner.map((location) => `${location.uri.split('/').pop()}:${location.range.start.line + 1}:${textAt(client.text(location.uri.split('/').pop()!), location.range)}`).sort();
        const line = (needle: string) => positionOf(text, needle).line + 1;
        expect(places).toEqual([`organisation.tutorat:${line('organisme HELHa')}:HELHa`, `organisation.tutorat:${line('organisme partenaire HELHa')}:HELHa`, 'parcours.tutorat:11:HELHa']);
    });

    test('rename changes the declaration and every reference in every file', async () => {
        const text = client.text('organisation.tutorat');
        const prepared = await client.request<Range>('textDocument/prepareRename', { textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'tutrice Élodie', 'Élodie') });
        expect(textAt(text, prepared)).toBe('Élodie');
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'tutrice Élodie', 'Élodie'), newName: 'Élise'
        });
        const files = Object.keys(edit.changes!).map((uri) => uri.split('/').pop()).sort();
        expect(files).toEqual(['duos.tutorat', 'organisation.tutorat', 'parcours.tutorat']);
        expect(applyEdits(client.text('duos.tutorat'), edit.changes![client.uri('duos.tutorat')])).toContain('duo Élise accompagne Léa');
        expect(applyEdits(client.text('parcours.tutorat'), edit.changes![client.uri('parcours.tutorat')])).toContain('par Élise, HELHa.Dubois sur');
        expect(applyEdits(text, edit.changes![client.uri('organisation.tutorat')])).toContain('tutrice Élise « Élodie Martin »');
    });

    test('renaming a framework from a qualified reference changes only its segment', async () => {
        const text = client.text('parcours.tutorat');
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: client.uri('parcours.tutorat') }, position: positionOf(text, 'compétences visées', 'RefSoins'), newName: 'Soins'
        });
        const renamed = applyEdits(text, edit.changes![client.uri('parcours.tutorat')]);
        expect(renamed).toContain('        référentiel Soins\n');
        expect(renamed).toContain('compétences visées Soins.REL1, REL2');
        expect(renamed).toContain('développe Soins.REL1');
        expect(renamed).toContain('sur REL1, REL2');
        expect(applyEdits(client.text('referentiel.tutorat'), edit.changes![client.uri('referentiel.tutorat')])).toContain('référentiel Soins « Référentiel des soins »');

        const partner = await client.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: client.uri('parcours.tutorat') }, position: positionOf(text, 'HELHa.Dubois', 'Dubois'), newName: 'Durand'
        });
        expect(applyEdits(text, partner.changes![client.uri('parcours.tutorat')])).toContain('par Élodie, HELHa.Durand sur');
        expect(applyEdits(client.text('organisation.tutorat'), partner.changes![client.uri('organisation.tutorat')])).toContain('référente Durand « Catherine Dubois »');
    });

    test('renaming an institution renames every file that describes it', async () => {
        const text = client.text('duos.tutorat');
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: client.uri('duos.tutorat') }, position: positionOf(text, 'institution Alpha', 'Alpha'), newName: 'Beta'
        });
        const files = Object.entries(edit.changes!).map(([uri, edits]) => `${uri.split('/').pop()}:${edits.length}`).sort();
        // The documents opened by the tests above describe Alpha too.
        expect(files).toEqual(['completion.tutorat:1', 'duos.tutorat:1', 'ete.tutorat:1', 'nouveau.tutorat:1', 'organisation.tutorat:1', 'parcours.tutorat:1']);
        expect(applyEdits(text, edit.changes![client.uri('duos.tutorat')])).toMatch(/^institution Beta \{/);
    });

    test('a rename to a word of the language is refused with a French explanation', async () => {
        const text = client.text('organisation.tutorat');
        await expect(client.request('textDocument/rename', {
            textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'tutrice Élodie', 'Élodie'), newName: 'duo'
        })).rejects.toThrow('« duo » est un mot du langage Tutorat : choisissez un autre nom.');
        await expect(client.request('textDocument/rename', {
            textDocument: { uri: client.uri('organisation.tutorat') }, position: positionOf(text, 'tutrice Élodie', 'Élodie'), newName: 'Élodie Martin'
        })).rejects.toThrow('ne peut pas servir de nom');
    });

    test('formatting lays a document out, keeps its comments, and changes nothing the second time', async () => {
        const messy = [
            '// Brouillon',
            'institution   Alpha{ duo Élodie   accompagne Zoé { période du 01/01/2027 au 31/03/2027 entretiens chaque semaine',
            '  // à revoir',
            '          documents remis projet-institutionnel ,description-de-fonction }',
            '}'
        ].join('\n');
        await client.open('brouillon.tutorat', messy);
        const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: client.uri('brouillon.tutorat') }, options: { tabSize: 4, insertSpaces: true } });
        const formatted = applyEdits(messy, edits);
        expect(formatted).toBe([
            '// Brouillon',
            'institution Alpha {',
            '    duo Élodie accompagne Zoé {',
            '        période du 01/01/2027 au 31/03/2027',
            '        entretiens chaque semaine',
            '        // à revoir',
            '        documents remis projet-institutionnel, description-de-fonction',
            '    }',
            '}',
            ''
        ].join('\n'));
        await client.change('brouillon.tutorat', formatted);
        const again = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: client.uri('brouillon.tutorat') }, options: { tabSize: 4, insertSpaces: true } });
        expect(again).toEqual([]);
        await client.change('brouillon.tutorat', 'institution Alpha {\n}\n');
    });

    test('code actions: the rule’s quick fix, a suppression to justify, the rule’s page', async () => {
        const diagnostics = await client.diagnostics('duos.tutorat', withCode('duo/entretiens'));
        const finding = diagnostics.find((diagnostic) => diagnostic.code === 'duo/entretiens' && diagnostic.range.start.line === 1)!;
        const data = finding.data as { ruleId: string; fixes: Array<{ fix: string; edits: TextEdit[] }> };
        expect(data.fixes.length).toBeGreaterThan(0);
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: client.uri('duos.tutorat') }, range: finding.range, context: { diagnostics: [finding] }
        });
        const rule = ruleById('duo/entretiens')!;
        const expectedFix = rule.fixes!.find((fix) => fix.id === data.fixes[0].fix)!;
        const quickFix = actions.find((action) => action.title === expectedFix.title.fr)!;
        expect(quickFix.kind).toBe('quickfix');
        expect(quickFix.edit!.changes![client.uri('duos.tutorat')]).toEqual(data.fixes[0].edits.map(({ range, newText }) => ({ range, newText })));
        expect(applyEdits(client.text('duos.tutorat'), quickFix.edit!.changes![client.uri('duos.tutorat')])).toContain('entretiens chaque semaine');

        const suppression = actions.find((action) => action.title === 'Ignorer cette constatation (avec une raison)')!;
        expect(suppression.edit!.changes![client.uri('duos.tutorat')]).toEqual([
            { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '    // tutorat-ignorer duo/entretiens : …\n' }
        ]);

        const page = actions.find((action) => action.command?.command === 'tutorat.openRulePage')!;
        expect(page.title).toBe('Ouvrir la page de la règle duo/entretiens');
        expect(page.command!.arguments).toEqual(['duo/entretiens', finding.codeDescription!.href]);
    });

    test('a suppression written with a reason silences the finding, without one it asks for the reason', async () => {
        const text = client.text('duos.tutorat');
        const withPlaceholder = text.replace('    duo Élodie accompagne Léa {', '    // tutorat-ignorer duo/entretiens : …\n    duo Élodie accompagne Léa {');
        await client.change('duos.tutorat', withPlaceholder);
        const asking = await client.diagnostics('duos.tutorat', withCode('suppression/raison'));
        expect(asking.find((diagnostic) => diagnostic.code === 'suppression/raison')!.message).toContain('ne dit pas pourquoi');
        await client.change('duos.tutorat', withPlaceholder.replace(': …', ': entretiens prévus avec la Haute École'));
        const silenced = await client.diagnostics('duos.tutorat', withoutCode('suppression/raison'));
        expect(silenced.filter((diagnostic) => diagnostic.code === 'duo/entretiens').map((diagnostic) => diagnostic.range.start.line)).toEqual([5]);
        await client.change('duos.tutorat', text);
        await client.diagnostics('duos.tutorat', (diagnostics) => diagnostics.filter((diagnostic) => diagnostic.code === 'duo/entretiens').length === 2);
    });

    test('semantic tokens tell keywords, declared and used names, texts, dates and values apart', async () => {
        const legend = (client.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] } }).legend;
        const tokensOf = async (file: string) => decodeTokens(
            await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri(file) } }), client.text(file), legend);
        const organisation = await tokensOf('organisation.tutorat');
        const line = positionOf(client.text('organisation.tutorat'), 'tutrice Élodie').line;
        expect(organisation.filter((token) => token.line === line).map(({ text, type, modifiers }) => ({ text, type, modifiers }))).toEqual([
            { text: 'tutrice', type: 'keyword', modifiers: [] },
            { text: 'Élodie', type: 'variable', modifiers: ['declaration'] },
            { text: '« Élodie Martin »', type: 'string', modifiers: [] }
        ]);
        const stage = organisation.find((token) => token.text === 'stage');
        expect(stage?.type).toBe('enumMember');
        expect(organisation.find((token) => token.text.startsWith('// Qui est qui'))?.type).toBe('comment');

        const path = await tokensOf('parcours.tutorat');
        const targets = positionOf(client.text('parcours.tutorat'), 'compétences visées').line;
        expect(path.filter((token) => token.line === targets).map(({ text, type }) => `${text}:${type}`))
            .toEqual(['compétences:keyword', 'visées:keyword', 'RefSoins:namespace', 'REL1:type', 'REL2:type']);
        expect(path.find((token) => token.text === '01/09/2026')?.type).toBe('number');
        const duos = await tokensOf('duos.tutorat');
        expect(duos.find((token) => token.text === 'Élodie')).toMatchObject({ type: 'variable', modifiers: [] });
    });

    test('the outline shows the institution’s structure in French', async () => {
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('organisation.tutorat') } });
        expect(symbols.map((symbol) => `${symbol.name} (${symbol.detail})`)).toEqual(['Alpha (institution — ASBL Alpha)']);
        const groups = symbols[0].children!;
        expect(groups.map((symbol) => symbol.name)).toEqual(['Charte', 'Services', 'Fonctions', 'Personnes', 'Organismes partenaires']);
        expect(groups[0].detail).toBe("Charte d'Alpha — étend Fede");
        expect(groups[0].children!.map((symbol) => symbol.name)).toEqual(['Suppléance du tuteur absent']);
        expect(groups[3].children!.map((symbol) => `${symbol.name} (${symbol.detail})`)).toEqual([
            'Nadia (personne — Nadia Lambert)', 'Élodie (tutrice — Élodie Martin)', 'Léa (tutorée — Léa Verhoeven)', 'Karim (tutoré — Karim Benali)', 'Zoé (tutorée — Zoé Dupont)'
        ]);
        expect(groups[4].children![0].children!.map((symbol) => symbol.name)).toEqual(['Dubois']);

        const duos = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('duos.tutorat') } });
        expect(duos[0].children![0].children!.map((symbol) => `${symbol.name} (${symbol.detail})`)).toEqual([
            'Élodie → Léa (du 01/09/2026 au 18/12/2026)', 'Élodie → Karim (du 01/10/2026 au 26/02/2027)'
        ]);
        const template = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('modele.tutorat') } });
        expect(template[0].children!.map((symbol) => `${symbol.name}: ${symbol.detail}`)).toEqual([
            'Enjeux du tutorat: ', 'Modalités de mise en œuvre: « à compléter »', 'Profil de fonction du tuteur: ', 'Suppléance du tuteur absent: « à compléter »'
        ]);
        const path = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('parcours.tutorat') } });
        const stage = path[0].children![0].children![0];
        expect(stage.name).toBe('StageLéa');
        expect(stage.children!.map((symbol) => symbol.name)).toEqual(['Phase accueil', 'Phase évaluation']);
        expect(stage.children![1].children!.map((symbol) => symbol.name)).toEqual(['Évaluation finale « Fin de stage »']);
    });

    test('workspace symbols find elements by name with their kind', async () => {
        const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'REL' });
        expect(symbols.map((symbol) => `${symbol.name} (${symbol.containerName})`).sort()).toEqual(['RefSoins.REL1 (compétence)', 'RefSoins.REL2 (compétence)']);
    });

    test('folding ranges cover blocks and runs of comment lines', async () => {
        const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: client.uri('organisation.tutorat') } });
        const text = client.text('organisation.tutorat');
        expect(ranges).toContainEqual(expect.objectContaining({ startLine: 0, endLine: 1, kind: 'comment' }));
        const elodie = positionOf(text, 'tutrice Élodie').line;
        expect(ranges).toContainEqual(expect.objectContaining({ startLine: elodie, endLine: elodie + 5 }));
        const institution = positionOf(text, 'institution Alpha').line;
        expect(ranges.some((range) => range.startLine === institution && range.endLine >= text.split('\n').length - 4)).toBe(true);
    });

    test('inlay hints show the tutor’s load, who completes what, and how long a path lasts', async () => {
        const whole = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
        const duoHints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri('duos.tutorat') }, range: whole });
        expect(duoHints.map((hint) => `${hint.position.line}:${hint.label}`)).toEqual(['1:1 / 2 tutorés', '4:2 / 2 tutorés']);
        expect(duoHints[1].tooltip).toBe('2 / 2 tutorés en même temps (Léa et Karim) — maximum 2, fixé par le modèle de charte Fede');
        const templateHints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri('modele.tutorat') }, range: whole });
        expect(templateHints.map((hint) => hint.label)).toEqual(['à compléter par Alpha', 'complété par Alpha']);
        const pathHints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri('parcours.tutorat') }, range: whole });
        expect(pathHints.map((hint) => hint.label)).toEqual(['durée : 16 semaines (4 mois)']);
    });

    test('a duo added in one file makes the tutor overloaded in another file, and the finding goes when it is removed', async () => {
        const before = await client.diagnostics('duos.tutorat');
        expect(before.map((diagnostic) => diagnostic.code)).not.toContain('tuteur/charge');
        const refreshes = client.inlayHintRefreshes();
        await client.change('ete.tutorat', '// Les duos de l\'été.\ninstitution Alpha {\n    duo Élodie accompagne Zoé {\n        période du 15/08/2026 au 31/12/2026\n    }\n}\n');
        const overloaded = await client.diagnostics('duos.tutorat', withCode('tuteur/charge'));
        const charge = overloaded.find((diagnostic) => diagnostic.code === 'tuteur/charge')!;
        expect(charge.range.start.line).toBe(4);
        expect(charge.message).toContain('Élodie accompagne 3 tutorés en même temps à partir du 01/10/2026 (Zoé, Léa, Karim), alors que le maximum est de 2');
        // The load shown next to the duos of the other file follows: the editor is asked to fetch it again.
        await client.until(() => client.inlayHintRefreshes() > refreshes, 'une demande de rafraîchir les indications');
        const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: client.uri('duos.tutorat') }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
        expect(hints.map((hint) => `${hint.position.line}:${hint.label}`)).toEqual(['1:2 / 2 tutorés', '4:3 / 2 tutorés']);
        // The tutee who now has a tutor is no longer reported in the file that declares her.
        await client.diagnostics('organisation.tutorat', (diagnostics) => !diagnostics.some((diagnostic) => diagnostic.code === 'duo/tuteur' && messageOf(diagnostic).includes('Zoé')));

        await client.change('ete.tutorat', '// Les duos de l\'été.\ninstitution Alpha {\n}\n');
        await client.diagnostics('duos.tutorat', withoutCode('tuteur/charge'));
    });
});

describe('the bundled language server, in English', () => {
    let client: LanguageClient;

    beforeAll(async () => {
        client = await startLanguageServer({ fixture: FIXTURE, locale: 'en-GB' });
        await client.open('duos.tutorat');
    });

    afterAll(async () => {
        await client?.stop();
    });

    test('speaks English when the editor does', async () => {
        await client.open('nouveau.tutorat', 'institution Alpha {\n    duo Élodi accompagne Zoé\n}\n');
        const diagnostics = await client.diagnostics('nouveau.tutorat', withCode('langage/reference'));
        expect(diagnostics.find((diagnostic) => diagnostic.code === 'langage/reference')!.message).toContain('“Élodi” matches no person of the institution Alpha');
        const interviews = (await client.diagnostics('duos.tutorat', withCode('duo/entretiens'))).find((diagnostic) => diagnostic.code === 'duo/entretiens')!;
        expect(interviews.message).toContain('(Guide pour le tutorat: ');

        const text = client.text('duos.tutorat');
        const keyword = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('duos.tutorat') }, position: positionOf(text, 'duo Élodie', 'duo') });
        expect(markdown(keyword)).toContain('**duo** — Tutor–tutee duo');
        expect(markdown(keyword)).toContain('*Guide pour le tutorat — Organising tutoring — Before tutoring*');
        const person = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('duos.tutorat') }, position: positionOf(text, 'duo Élodie', 'Élodie') });
        expect(markdown(person)).toContain('- **Tutees**: 2 / 2 tutees at the same time (Léa and Karim) — maximum 2, set by the charter template Fede');

        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: client.uri('duos.tutorat') }, range: interviews.range, context: { diagnostics: [interviews] } });
        expect(actions.map((action) => action.title)).toEqual(expect.arrayContaining(['Ignore this finding (with a reason)', 'Open the page of the rule duo/entretiens']));
    });
});
