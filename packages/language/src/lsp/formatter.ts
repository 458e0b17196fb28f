import { syntaxMistakes } from '../syntax/syntax-mistakes.js';
import { CstUtils, GrammarAST, type CstNode, type LangiumDocument, type LeafCstNode, type Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import type { TutoratServices } from '../tutorat-module.js';
import { grammarLayout, type GrammarLayout } from './grammar-layout.js';

const INDENT = '    ';
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Lays a document out the house way: one item per line, blocks indented by four spaces with `{` on
 * the line that opens them and `}` alone on its line, single spaces between the words of a line,
 * `a, b` lists. It only ever changes the blanks between tokens — never a word, a text or a comment —
 * and checks that the result reads as exactly the same tokens before proposing it.
 *
 * What the user chose is kept where it does not matter to the layout: blank lines between items
 * (at most one), a comment at the end of a line or on a line of its own, and a long list or text
 * continued on the next line, aligned as it was relative to the start of its item.
 */
export class TutoratFormatter implements Formatter {
    private readonly layout: GrammarLayout;
    private readonly lexer: Lexer;

    constructor(services: TutoratServices) {
        this.layout = grammarLayout(services.Grammar);
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.edits(document).filter((edit) => {
            const from = document.textDocument.offsetAt(edit.range.start);
            const to = document.textDocument.offsetAt(edit.range.end);
            return from >= start && to <= end;
        });
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The edits that lay the document out; none when it does not parse (nothing is sure then). */
    edits(document: LangiumDocument): TextEdit[] {
        const { parseResult, textDocument } = document;
        const root = parseResult.value.$cstNode;
        if (!root || syntaxMistakes(parseResult) > 0) {
            return [];
        }
        const text = textDocument.getText();
        const gaps = this.layOut(root, text);
        const formatted = apply(text, gaps);
        if (!this.sameTokens(text, formatted)) {
            console.error('Tutorat: la mise en forme aurait changé le texte ; rien n’est modifié.');
            return [];
        }
        return gaps
            .filter((gap) => text.slice(gap.start, gap.end) !== gap.text)
            .map((gap) => ({ range: toRange(document, gap.start, gap.end), newText: gap.text }));
    }

    /** The blanks wanted between each pair of tokens (comments included), and at both ends. */
    private layOut(root: CstNode, text: string): Gap[] {
        const leaves = CstUtils.flattenCst(root).filter((leaf) => leaf.length > 0).toArray().sort((a, b) => a.offset - b.offset);
        if (leaves.length === 0) {
            return [];
        }
        const itemStarts = this.itemStarts(root);
        // Keep the document's line endings (Windows or not).
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const lineBreaks = (newlines: number) => eol.repeat(Math.min(Math.max(newlines, 1), 2));
        const gaps: Gap[] = [];
        /** For each open block, the item being written: where it started and where it goes. */
        const items: Array<{ column: number; indent: number } | undefined> = [undefined];
        let depth = 0;
        let previous: LeafCstNode | undefined;
        const nextCode = (index: number) => leaves.slice(index + 1).find((leaf) => !leaf.hidden);
        const continuation = (leaf: LeafCstNode) => {
            const item = items[depth];
            const relative = item ? column(text, leaf.offset) - item.column : 0;
            return (item?.indent ?? depth * INDENT.length) + (relative >= INDENT.length ? relative : INDENT.length);
        };
        leaves.forEach((leaf, index) => {
            const start = previous ? previous.end : 0;
            const newlines = countNewlines(text, start, leaf.offset);
            let blank: string;
            if (!previous) {
                // A byte order mark (Windows editors write one) is kept: it tells them the file is UTF-8.
                blank = text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
            } else if (leaf.hidden) {
                const next = nextCode(index);
                if (newlines === 0) {
                    blank = ' ';
                } else if (!next || isKeyword(next, '}') || itemStarts.has(next)) {
                    blank = lineBreaks(newlines) + INDENT.repeat(depth);
                } else {
                    blank = lineBreaks(newlines) + ' '.repeat(continuation(leaf));
                }
            } else if (isKeyword(leaf, '}')) {
                depth = Math.max(0, depth - 1);
                items.pop();
                blank = isKeyword(previous, '{') ? ' ' : eol + INDENT.repeat(depth);
            } else if (itemStarts.has(leaf) || isKeyword(previous, '{')) {
                blank = lineBreaks(newlines) + INDENT.repeat(depth);
                items[depth] = { column: column(text, leaf.offset), indent: depth * INDENT.length };
            } else if (isComment(previous, 'SL_COMMENT')) {
                // Whatever follows a `//` comment stays on the next line, or it would become comment.
                blank = eol + ' '.repeat(continuation(leaf));
            } else if (isKeyword(leaf, '{')) {
                blank = ' ';
            } else if (isKeyword(leaf, ',') || isKeyword(leaf, '.') || isKeyword(previous, '.')) {
                blank = '';
            } else if (newlines > 0) {
                // A list or a text continued on the next line stays there.
                blank = eol + ' '.repeat(continuation(leaf));
            } else {
                blank = ' ';
            }
            gaps.push({ start, end: leaf.offset, text: blank });
            if (isKeyword(leaf, '{')) {
                depth++;
                items.push(undefined);
            }
            previous = leaf;
        });
        gaps.push({ start: previous!.end, end: text.length, text: eol });
        return gaps;
    }

    /** The first token of every item of a block, found through the grammar elements that start items. */
    private itemStarts(root: CstNode): Set<LeafCstNode> {
        const starts = new Set<LeafCstNode>();
        for (const node of CstUtils.streamCst(root)) {
            if (node.grammarSource && this.layout.itemStarts.has(node.grammarSource as GrammarAST.AbstractElement)) {
                const first = CstUtils.flattenCst(node).find((leaf) => !leaf.hidden);
                if (first) {
                    starts.add(first);
                }
            }
        }
        return starts;
    }

    /** Whether two texts read as the same tokens and comments, in the same order. */
    private sameTokens(before: string, after: string): boolean {
        const images = (text: string) => {
            const result = this.lexer.tokenize(text);
            return [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map((token) => token.image);
        };
        const a = images(before);
        const b = images(after);
        return a.length === b.length && a.every((image, index) => image === b[index]);
    }
}

interface Gap {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

function isKeyword(leaf: LeafCstNode | undefined, value: string): boolean {
    return leaf !== undefined && !leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === value;
}

function isComment(leaf: LeafCstNode | undefined, kind: string): boolean {
    return leaf !== undefined && leaf.hidden && leaf.tokenType.name === kind;
}

function countNewlines(text: string, start: number, end: number): number {
    let count = 0;
    for (let index = text.indexOf('\n', start); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) {
        count++;
    }
    return count;
}

function column(text: string, offset: number): number {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function apply(text: string, gaps: readonly Gap[]): string {
    let result = '';
    let cursor = 0;
    for (const gap of gaps) {
        result += text.slice(cursor, gap.start) + gap.text;
        cursor = gap.end;
    }
    return result + text.slice(cursor);
}

function toRange(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
