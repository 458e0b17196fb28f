import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { buildHandbooks } from '@tutorat/handbook';
import { describe, expect, test, vi } from 'vitest';
import { pathsUnder } from '../support/folders.js';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * A document being typed is mostly broken. Every editor feature must answer something (possibly
 * nothing) on unfinished and misspelt documents, never fail.
 */

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

function tutoratFiles(folder: string): string[] {
    return pathsUnder(folder).filter((path) => path.endsWith('.tutorat'));
}

async function exerciseEveryFeature(workspace: TestWorkspace, document: LangiumDocument, shares: readonly number[] = [0, 0.2, 0.4, 0.55, 0.7, 0.85, 1]): Promise<void> {
    const lsp = workspace.services.lsp;
    const textDocument = { uri: document.uri.toString() };
    const length = document.textDocument.getText().length;
    const positions = shares.map((share) => document.textDocument.positionAt(Math.floor(length * share)));
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(length) };
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
    await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: (document.diagnostics ?? []).slice(0, 8) } });
    for (const position of positions) {
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
        await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
        await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position });
        await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
        try {
            await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Nouveau' });
        } catch (error) {
            // Refusing to rename something that is not a name is an answer, not a failure.
            if (!(error instanceof ResponseError)) {
                throw error;
            }
        }
    }
}

describe('editor features on unfinished documents', () => {
    test('answer on every prefix and on misspelt versions of the examples without failing', async () => {
        const files = Object.fromEntries(tutoratFiles(EXAMPLES).map((path) => [relative(EXAMPLES, path), readFileSync(path, 'utf8')]));
        const workspace = await buildWorkspace(files);
        const failures: string[] = [];
        let exercised = 0;
        for (const [file, text] of Object.entries(files)) {
            const step = Math.max(150, Math.floor(text.length / 12));
            const variants: Array<[string, string]> = [];
            for (let cut = step; cut < text.length; cut += step) {
                variants.push([`${file} coupé à ${cut}`, text.slice(0, cut)]);
                // A letter typed in the middle of a word, a brace forgotten.
                variants.push([`${file} avec une faute à ${cut}`, text.slice(0, cut) + 'x' + text.slice(cut).replace('}', '')]);
            }
            for (const [name, variant] of variants) {
                try {
                    await workspace.edit(file, variant);
                    await exerciseEveryFeature(workspace, workspace.documents.get(file)!);
                    exercised++;
                } catch (error) {
                    failures.push(`${name} : ${(error as Error).stack ?? error}`);
                }
            }
            await workspace.edit(file, text);
        }
        expect(failures).toEqual([]);
        expect(exercised).toBeGreaterThan(100);
    });
});

/** Where each token of a text ends (words, texts in quotes, punctuation), as a writer's cursor passes them. */
function tokenEnds(text: string): number[] {
    return [...text.matchAll(/«[^»]*»?|"[^"\n]*"?|[\p{L}\p{N}_.-]+|\S/gu)].map((match) => match.index + match[0].length);
}

describe('editor features and handbooks while a document is being typed', () => {
    test.each([
        ['a criterion with no title yet', 'référentiel R {\n    compétence C1 « Accueillir » {\n        critère « abc'],
        ['a criterion keyword alone', 'référentiel R {\n    compétence C1 « Accueillir » {\n        critère '],
        ['a phase with no kind', 'institution X {\n    parcours P pour Léa {\n        phase '],
        ['an activity with no title', 'institution X {\n    parcours P pour Léa {\n        phase accueil {\n            activité ']
    ])('the outline of %s', async (_, text) => {
        const workspace = await buildWorkspace({ 'document.tutorat': text });
        const document = workspace.documents.get('document.tutorat')!;
        const symbols = await workspace.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(JSON.stringify(symbols)).not.toMatch(/undefined|"name":""/);
        expect(symbols.length).toBe(1);
    });

    test('answer, and the handbooks are built, at the end of every other token of the document showing every construction', { timeout: 600_000 }, async () => {
        const corpus = readFileSync(new URL('../language/corpus/toutes-les-constructions.tutorat', import.meta.url), 'utf8');
        const workspace = await buildWorkspace({ 'document.tutorat': corpus });
        const failures: string[] = [];
        // A rule that fails is caught by the rule engine (the others still run) and logged: its check was skipped, which is a failure here.
        const ruleFailures = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        // Every other token (a keyword, a name, a text, a brace), to keep the suite lean; handbooks every sixth.
        const ends = tokenEnds(corpus).filter((_, index) => index % 2 === 0);
        for (const [index, end] of ends.entries()) {
            const prefix = corpus.slice(0, end);
            try {
                await workspace.edit('document.tutorat', prefix);
                // The cursor is at the end, where the writer is typing.
                await exerciseEveryFeature(workspace, workspace.documents.get('document.tutorat')!, [1]);
                if (index % 3 === 0) {
                    buildHandbooks(workspace.shared, { locale: 'fr' });
                }
            } catch (error) {
                failures.push(`après « ${prefix.slice(-60).replace(/\n/g, '⏎')} » : ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? error}`);
            }
            for (const [message, error] of ruleFailures.mock.calls.splice(0)) {
                failures.push(`après « ${prefix.slice(-60).replace(/\n/g, '⏎')} » : ${String(message)} ${(error as Error | undefined)?.stack?.split('\n').slice(0, 3).join(' ') ?? ''}`);
            }
        }
        ruleFailures.mockRestore();
        expect(ends.length).toBeGreaterThan(500);
        expect(failures.slice(0, 20)).toEqual([]);
    });
});

