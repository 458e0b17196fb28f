import type { Text } from '@codemirror/state';
import type { Position } from 'vscode-languageserver-types';

/** An LSP position (line, UTF-16 character) as an offset in a CodeMirror document, kept inside the document. */
export function offsetOf(doc: Text, position: Position): number {
    if (position.line >= doc.lines) {
        return doc.length;
    }
    const line = doc.line(position.line + 1);
    return Math.min(line.from + position.character, line.to);
}

export function positionOf(doc: Text, offset: number): Position {
    const line = doc.lineAt(offset);
    return { line: line.number - 1, character: offset - line.from };
}
