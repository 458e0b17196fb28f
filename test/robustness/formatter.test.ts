import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI, isCompositeCstNode, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { BENCH_WORKSPACES, generateWorkspace, Random } from '../bench/generate.js';
import { REPOSITORY } from '../support/cli.js';
import { buildWorkspace } from '../support/workspace.js';
import { astShape, commentsOf, exampleFiles, format } from './support.js';

/**
 * The formatter is idempotent and keeps what a document says — the same AST, the same findings —
 * and every comment, on the examples, the corpus of every construction, a generated workspace, and
 * the same documents with their blanks scrambled (as a hurried writer leaves them).
 */
const SOURCES: Record<string, Record<string, string>> = {
    exemples: exampleFiles(),
    corpus: { 'toutes-les-constructions.tutorat': readFileSync(join(REPOSITORY, 'test/language/corpus/toutes-les-constructions.tutorat'), 'utf8') },
    généré: generateWorkspace(BENCH_WORKSPACES['fichiers-10'], 7)
};

/** The same tokens and comments with other blanks between them: line breaks stay line breaks (a `//` comment ends at one). */
function scramble(document: LangiumDocument, random: Random): string {
    const text = document.textDocument.getText();
    const leaves: CstNode[] = [];
    const visit = (node: CstNode): void => {
        if (isLeafCstNode(node)) {
            if (node.length > 0) {
                leaves.push(node);
            }
        } else if (isCompositeCstNode(node)) {
            node.content.forEach(visit);
        }
    };
    visit(document.parseResult.value.$cstNode!);
    leaves.sort((a, b) => a.offset - b.offset);
    let result = '';
    let end = 0;
    for (const leaf of leaves) {
        const gap = text.slice(end, leaf.offset);
        const lineBreaks = (gap.match(/\n/g) ?? []).length;
        const spaces = () => random.pick(['', ' ', '  ', '\t', '        ']);
        result += end === 0 ? gap : lineBreaks > 0 ? '\n'.repeat(random.int(1, 3)) + spaces() : random.pick([' ', '  ', '\t', ' \t ']);
        result += leaf.text;
        end = leaf.end;
    }
    return result + text.slice(end);
}

async function checkFormatting(name: string, files: Record<string, string>): Promise<void> {
    const original = await buildWorkspace(files);
    const formattedFiles: Record<string, string> = { ...files };
    for (const [file, document] of original.documents) {
        const formatted = await format(original.services, document);
        expect(formatted, `${name}/${file}: the formatter answers`).toBeTypeOf('string');
        formattedFiles[file] = formatted!;
    }
    const formatted = await buildWorkspace(formattedFiles);
    const codes = (workspace: typeof original) => workspace.summary().map((line) => line.replace(/:\d+ /, ' ')).sort();
    expect(codes(formatted), `${name}: same findings`).toEqual(codes(original));
    for (const [file, document] of formatted.documents) {
        const before = original.documents.get(file)!;
        expect(astShape(document.parseResult.value), `${name}/${file}: same AST`).toEqual(astShape(before.parseResult.value));
        expect(commentsOf(document), `${name}/${file}: same comments`).toEqual(commentsOf(before));
        expect(await format(formatted.services, document), `${name}/${file}: idempotent`).toBe(formattedFiles[file]);
    }
}

describe('the formatter', () => {
    for (const [name, files] of Object.entries(SOURCES)) {
        test(`keeps the meaning and the comments of the ${name} documents, and is idempotent`, async () => {
            await checkFormatting(name, files);
        });

        test(`does the same on the ${name} documents with scrambled blanks`, async () => {
            const workspace = await buildWorkspace(files);
            const random = new Random(2021);
            const scrambled: Record<string, string> = { ...files };
            for (const [file, document] of workspace.documents) {
                scrambled[file] = scramble(document, random);
                expect(scrambled[file], `${file} was scrambled`).not.toBe(files[file]);
            }
            // Scrambling blanks changes neither the AST nor the comments: the comparison baseline holds.
            const scrambledWorkspace = await buildWorkspace(scrambled);
            for (const [file, document] of scrambledWorkspace.documents) {
                expect(astShape(document.parseResult.value)).toEqual(astShape(workspace.documents.get(file)!.parseResult.value));
            }
            await checkFormatting(`${name} (brouillé)`, scrambled);
        });
    }

    test('leaves a document that does not parse as it is', async () => {
        const workspace = await buildWorkspace({ 'cassé.tutorat': 'institution X {\n      tutrice   Élodie {\n' });
        const document = workspace.documents.get('cassé.tutorat')!;
        expect(await format(workspace.services, document)).toBe(document.textDocument.getText());
        expect(URI.isUri(document.uri)).toBe(true);
    });
});

describe('a document that starts with a byte order mark (as Windows editors save UTF-8)', () => {
    test.each([['\n', 'LF'], ['\r\n', 'CRLF']])('keeps it, with its line endings (%j)', async (eol) => {
        const text = ['\uFEFF  institution X {', 'tutrice A « Ana »', '        tutoré B', '}', ''].join(eol);
        const workspace = await buildWorkspace({ 'bom.tutorat': text });
        const formatted = await format(workspace.services, workspace.documents.get('bom.tutorat')!);
        expect(formatted).toBe(['\uFEFFinstitution X {', '    tutrice A « Ana »', '    tutoré B', '}', ''].join(eol));
        await workspace.edit('bom.tutorat', formatted!);
        expect(await format(workspace.services, workspace.documents.get('bom.tutorat')!)).toBe(formatted);
    });
});

