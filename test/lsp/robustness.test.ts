import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
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

async function exerciseEveryFeature(workspace: TestWorkspace, document: LangiumDocument): Promise<void> {
    const lsp = workspace.services.lsp;
    const textDocument = { uri: document.uri.toString() };
    const length = document.textDocument.getText().length;
    const positions = [0, 0.2, 0.4, 0.55, 0.7, 0.85, 1].map((share) => document.textDocument.positionAt(Math.floor(length * share)));
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
