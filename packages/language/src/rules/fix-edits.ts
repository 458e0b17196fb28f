import type { AstNode } from 'langium';
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
    const at = offsetToPosition(text, braceAlone ? lineStart : closingOffset);
    return { range: { start: at, end: at }, newText: braceAlone ? body : `\n${body}${blockIndent}` };
}

/** Inserts text right after a node (on the same line), e.g. a missing value. */
export function insertAfter(node: AstNode, text: string): FixEdit | undefined {
    const cst = node.$cstNode;
    return cst ? { range: { start: cst.range.end, end: cst.range.end }, newText: text } : undefined;
}

function indentationAt(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

function offsetToPosition(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, character: offset - lineStart };
}
