import { GrammarUtils, type AstNode, type CstNode, type RootCstNode } from 'langium';
import type { FixEdit } from './definition.js';

/**
 * Edits for quick fixes, computed from the syntax tree so that inserted text lands inside the
 * right block, indented like its neighbours.
 */

/** Inserts lines just before the closing brace of a block (`charte … { … }`), one level deeper. */
export function insertBeforeClosingBrace(block: AstNode, lines: readonly string[]): FixEdit | undefined {
    const cst = block.$cstNode;
    const closing = cst ? cst.text.lastIndexOf('}') : -1;
    if (!cst || closing < 0) {
        return undefined;
    }
    const text = cst.root.fullText;
    const closingOffset = cst.offset + closing;
    const lineStart = text.lastIndexOf('\n', closingOffset - 1) + 1;
    const blockIndent = indentationAt(text, cst.offset);
    const body = lines.map((line) => `${blockIndent}    ${line}\n`).join('');
    // A brace alone on its line gets the new lines above it; otherwise the line is broken before it.
    const braceAlone = text.slice(lineStart, closingOffset).trim().length === 0;
    const at = offsetToPosition(cst.root, braceAlone ? lineStart : closingOffset);
    return { range: { start: at, end: at }, newText: braceAlone ? body : `\n${body}${blockIndent}` };
}

/**
 * Inserts lines into a node's block, opening the block when the node was written without one
 * (`duo Élodie accompagne Léa` → `duo Élodie accompagne Léa {` … `}`).
 */
export function insertIntoBlock(node: AstNode, lines: readonly string[]): FixEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    if (GrammarUtils.findNodeForKeyword(cst, '}')) {
        return insertBeforeClosingBrace(node, lines);
    }
    const indent = indentationAt(cst.root.fullText, cst.offset);
    return insertAfter(node, ` {\n${lines.map((line) => `${indent}    ${line}\n`).join('')}${indent}}`);
}

/** Inserts text right after a node (on the same line), e.g. a missing value. */
export function insertAfter(node: AstNode, text: string): FixEdit | undefined {
    const cst = node.$cstNode;
    return cst ? { range: { start: cst.range.end, end: cst.range.end }, newText: text } : undefined;
}

/**
 * Inserts lines of their own just before a node or token (a missing phase before the next one),
 * indented like the line it starts.
 */
export function insertLinesBefore(anchor: CstNode | undefined, lines: readonly string[]): FixEdit | undefined {
    if (!anchor) {
        return undefined;
    }
    const indent = indentationAt(anchor.root.fullText, anchor.offset);
    return { range: { start: anchor.range.start, end: anchor.range.start }, newText: lines.map((line) => `${line}\n${indent}`).join('') };
}

/**
 * Inserts lines of their own right after a node or token (after `compétences visées …`, after a
 * block's opening brace with `deeper`), indented like the line it ends.
 */
export function insertLinesAfter(anchor: CstNode | undefined, lines: readonly string[], options: { deeper?: boolean } = {}): FixEdit | undefined {
    if (!anchor) {
        return undefined;
    }
    const indent = indentationAt(anchor.root.fullText, anchor.offset) + (options.deeper ? '    ' : '');
    return { range: { start: anchor.range.end, end: anchor.range.end }, newText: lines.map((line) => `\n${indent}${line}`).join('') };
}

/** Replaces the text of a node or token, e.g. a reference written in the wrong form. */
export function replaceText(anchor: CstNode | undefined, text: string): FixEdit | undefined {
    return anchor ? { range: anchor.range, newText: text } : undefined;
}

/** Replaces a node's text; the following lines are indented like the line the node starts on. */
export function replaceNode(node: AstNode, lines: readonly string[]): FixEdit | undefined {
    const cst = node.$cstNode;
    if (!cst || lines.length === 0) {
        return undefined;
    }
    const indent = indentationAt(cst.root.fullText, cst.offset);
    return { range: cst.range, newText: lines.map((line, index) => (index === 0 ? line : `${indent}${line}`)).join('\n') };
}

/** The spaces that start the line a node starts on. */
export function indentationOf(node: AstNode): string {
    const cst = node.$cstNode;
    return cst ? indentationAt(cst.root.fullText, cst.offset) : '';
}

function indentationAt(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const indentation = /[ \t]*/y;
    indentation.lastIndex = lineStart;
    return indentation.exec(text)?.[0] ?? '';
}

/** Where each line of a parsed text starts, computed once per parse: a big file has many fixes. */
const LINE_STARTS = new WeakMap<RootCstNode, number[]>();

function offsetToPosition(root: RootCstNode, offset: number): { line: number; character: number } {
    let starts = LINE_STARTS.get(root);
    if (!starts) {
        starts = [0];
        const text = root.fullText;
        for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
            starts.push(index + 1);
        }
        LINE_STARTS.set(root, starts);
    }
    // The last line starting at or before the offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    return { line: low, character: offset - starts[low] };
}
