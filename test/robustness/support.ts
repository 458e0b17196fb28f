import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { isAstNode, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { vi } from 'vitest';
import type { TutoratServices } from '@tutorat/language';
import { PIECES } from '../support/pieces.js';
import { REPOSITORY } from '../support/cli.js';

/** Every file of the showcase workspace (`examples/`), by path relative to it. */
export function exampleFiles(): Record<string, string> {
    const root = join(REPOSITORY, 'examples');
    const files: Record<string, string> = {};
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith('.tutorat') || entry.name.endsWith('.json')) {
                files[relative(root, path)] = readFileSync(path, 'utf8');
            }
        }
    };
    walk(root);
    return files;
}

/** A workspace on disk, in a new temporary folder, from files given by relative path. */
export function workspaceWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-robustesse-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

/** Every file and folder (with a trailing /) under a folder, sorted: what a command left behind. */
export function filesUnder(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .map((entry) => relative(folder, join(entry.parentPath, entry.name)) + (entry.isDirectory() ? '/' : ''))
        .sort();
}

export { grammarKeywords, PIECES } from '../support/pieces.js';

export type Edit =
    | { readonly kind: 'delete'; readonly at: number; readonly length: number }
    | { readonly kind: 'insert'; readonly at: number; readonly text: string }
    | { readonly kind: 'truncate'; readonly at: number };

/** Positions are fractions of the text's length, so that an edit applies to any text. */
export function editArbitrary(keywords: readonly string[]): fc.Arbitrary<Edit[]> {
    const at = fc.double({ min: 0, max: 1, noNaN: true });
    const piece = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...keywords) },
        { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) }
    );
    const edit: fc.Arbitrary<Edit> = fc.oneof(
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
        { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')) }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) }
    );
    return fc.array(edit, { minLength: 1, maxLength: 4 });
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
    let result = text;
    for (const edit of edits) {
        const offset = Math.floor((edit.kind === 'truncate' ? edit.at : edit.at) * result.length);
        if (edit.kind === 'delete') {
            result = result.slice(0, offset) + result.slice(offset + edit.length);
        } else if (edit.kind === 'insert') {
            result = result.slice(0, offset) + edit.text + result.slice(offset);
        } else {
            result = result.slice(0, offset);
        }
    }
    return result;
}

/**
 * Rules that throw are caught by the rule engine (the other rules still run) and logged with
 * console.error: a test that wants none watches the log.
 */
export function watchRuleFailures(): { failures: () => string[]; restore: () => void } {
    const failures: string[] = [];
    const original = console.error;
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        const text = args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' ');
        if (text.includes('Tutorat')) {
            failures.push(text);
        } else {
            original(...args);
        }
    });
    return { failures: () => failures, restore: () => spy.mockRestore() };
}

/** Formats a document with the editor's formatter; undefined if the language has no formatter. */
export async function format(services: TutoratServices, document: LangiumDocument): Promise<string | undefined> {
    const formatter = services.lsp.Formatter;
    if (!formatter) {
        return undefined;
    }
    const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The comments of a document, in order, with their spacing normalised (a formatter may re-indent them). */
export function commentsOf(document: LangiumDocument): string[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    const comments: string[] = [];
    const visit = (node: CstNode) => {
        if (isLeafCstNode(node)) {
            if (node.hidden && /^(\/\/|\/\*)/.test(node.text)) {
                comments.push(node.text.replace(/\s+/g, ' ').trim());
            }
        } else if (isCompositeCstNode(node)) {
            node.content.forEach(visit);
        }
    };
    visit(root);
    return comments;
}

/** The shape of an AST: types, properties and values, references by their written name. */
export function astShape(node: AstNode): unknown {
    const shape: Record<string, unknown> = { $type: node.$type };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) {
            continue;
        }
        shape[key] = shapeOf(value);
    }
    return shape;
}

function shapeOf(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(shapeOf);
    }
    if (isAstNode(value)) {
        return astShape(value);
    }
    if (value && typeof value === 'object' && '$refText' in value) {
        return { ref: (value as { $refText: string }).$refText };
    }
    // Texts may be re-flowed by a formatter only in their spacing.
    return typeof value === 'string' ? value.replace(/\s+/g, ' ') : value;
}

/** A diagnostic's message as text (LSP allows markup too). */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
