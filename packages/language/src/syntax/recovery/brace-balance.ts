import type { TokenStream } from './token-stream.js';

/**
 * A brace forgotten or typed twice moves every following element into the wrong block, and the
 * parser then reports a mistake on each of them, far from the cause. When a document's braces do
 * not balance, this pass finds where the missing or extra brace most probably is, from the
 * indentation people give their documents (as rustc does for unclosed delimiters), repairs the
 * token stream there, and notes the one mistake at the block concerned. When the braces balance,
 * they are trusted as written.
 *
 * A block's indentation is trusted only when its content is indented deeper than its first line:
 * a document written flush left gives no hint, and is left to the parser.
 */
export function balanceBraces(stream: TokenStream): void {
    let opens = 0;
    let closes = 0;
    for (const token of stream.tokens) {
        if (token.tokenType.name === '{') {
            opens++;
        } else if (token.tokenType.name === '}') {
            closes++;
        }
    }
    if (opens > closes) {
        closeOpenBlocks(stream, opens - closes);
    } else if (closes > opens) {
        removeExtraClosers(stream, closes - opens);
    }
}

interface OpenBlock {
    /** Index of the `{` token. */
    readonly brace: number;
    /** Index of the first token of the block's header line (`tutrice Aïcha … {`). */
    readonly header: number;
    readonly indent: number;
    /** Whether the block's content is indented deeper than its header: then its indentation is a hint. */
    indented?: boolean;
}

function closeOpenBlocks(stream: TokenStream, missing: number): void {
    const stack: OpenBlock[] = [];
    for (let index = 0; index < stream.tokens.length && missing > 0; index++) {
        const token = stream.tokens[index];
        const lineStart = stream.startsLine(index);
        if (lineStart) {
            const top = stack[stack.length - 1];
            if (top && top.indented === undefined) {
                top.indented = stream.indentationOf(token.startOffset) > top.indent;
            }
            // A line as shallow as an open block's header starts after the block (unless it is the
            // block's own closing brace): the block's `}` is missing before it.
            const indent = stream.indentationOf(token.startOffset);
            const closing = token.tokenType.name === '}';
            while (missing > 0 && stack.length > 0) {
                const block = stack[stack.length - 1];
                if (!block.indented || (closing ? indent >= block.indent : indent > block.indent)) {
                    break;
                }
                stack.pop();
                noteUnclosed(stream, block, index);
                stream.insert(index, stream.type('}')!);
                index++;
                missing--;
            }
        }
        if (token.tokenType.name === '{') {
            const header = headerStart(stream, index);
            stack.push({ brace: index, header, indent: stream.indentationOf(stream.tokens[header].startOffset) });
        } else if (token.tokenType.name === '}') {
            stack.pop();
        }
    }
    // The rest are closed at the end of the document, innermost first.
    while (missing > 0 && stack.length > 0) {
        const block = stack.pop()!;
        noteUnclosed(stream, block, stream.tokens.length);
        stream.insert(stream.tokens.length, stream.type('}')!);
        missing--;
    }
}

/** The first token of the line a `{` belongs to — the header's line, or the line before a `{` written alone. */
function headerStart(stream: TokenStream, brace: number): number {
    let index = brace;
    if (stream.startsLine(index) && index > 0) {
        index--;
    }
    while (index > 0 && !stream.startsLine(index)) {
        index--;
    }
    return index;
}

function noteUnclosed(stream: TokenStream, block: OpenBlock, before: number): void {
    const header = stream.tokens[block.header];
    const brace = stream.tokens[block.brace];
    const last = stream.tokens[before - 1];
    const lastEnd = (last.endOffset ?? last.startOffset) + 1;
    const indentation = ' '.repeat(block.indent);
    stream.note('unclosedBlock', header.startOffset, (brace.endOffset ?? brace.startOffset) + 1,
        { header: headerText(stream, block.header, block.brace), line: header.startLine ?? 0 },
        [{ fix: 'closeBlock', offset: lastEnd, end: lastEnd, newText: `\n${indentation}}` }]);
}

/** « tutrice Aïcha » — the header's words before its title and brace, short enough for a message. */
function headerText(stream: TokenStream, from: number, brace: number): string {
    const words: string[] = [];
    for (let index = from; index < brace && words.length < 4; index++) {
        const token = stream.tokens[index];
        if (token.tokenType.name === 'STRING') {
            break;
        }
        words.push(token.image);
    }
    return words.join(' ');
}

function removeExtraClosers(stream: TokenStream, extra: number): void {
    const stack: OpenBlock[] = [];
    for (let index = 0; index < stream.tokens.length && extra > 0; index++) {
        const token = stream.tokens[index];
        if (stream.startsLine(index)) {
            const top = stack[stack.length - 1];
            if (top && top.indented === undefined) {
                top.indented = stream.indentationOf(token.startOffset) > top.indent;
            }
        }
        if (token.tokenType.name === '{') {
            const header = headerStart(stream, index);
            stack.push({ brace: index, header, indent: stream.indentationOf(stream.tokens[header].startOffset) });
            continue;
        }
        if (token.tokenType.name !== '}') {
            continue;
        }
        const top = stack[stack.length - 1];
        const column = stream.indentationOf(token.startOffset);
        if (!top) {
            noteExtra(stream, index);
            extra--;
            index--;
            continue;
        }
        if (top.indented && stream.startsLine(index) && column > top.indent) {
            // This brace closes a block deeper than any open one: a header without its `{`?
            const header = headerWithoutBrace(stream, top.brace, index, column);
            if (header !== undefined) {
                const last = stream.lineEnd(header);
                const end = (stream.tokens[last].endOffset ?? stream.tokens[last].startOffset) + 1;
                stream.note('missingOpenBrace', stream.tokens[header].startOffset, end, { header: headerText(stream, header, last + 1) },
                    [{ fix: 'openBlock', offset: end, end, newText: ' {' }]);
                stream.insert(last + 1, stream.type('{')!);
                extra--;
                continue;
            }
            noteExtra(stream, index);
            extra--;
            index--;
            continue;
        }
        // A brace that would close the block while the next line still goes on with its content, indented.
        const next = stream.tokens[index + 1];
        if (top.indented && stream.startsLine(index) && next && stream.startsLine(index + 1) && next.tokenType.name !== '}'
            && stream.indentationOf(next.startOffset) > top.indent) {
            noteExtra(stream, index);
            extra--;
            index--;
            continue;
        }
        stack.pop();
    }
    // What is left over: the last closing braces of the document.
    for (let index = stream.tokens.length - 1; index >= 0 && extra > 0; index--) {
        if (stream.tokens[index].tokenType.name === '}') {
            noteExtra(stream, index);
            extra--;
        }
    }
}

/** The line, between an open block and a closing brace, that starts at the brace's indentation and is followed by deeper lines. */
function headerWithoutBrace(stream: TokenStream, openBrace: number, closing: number, column: number): number | undefined {
    for (let index = closing - 1; index > openBrace; index--) {
        if (!stream.startsLine(index)) {
            continue;
        }
        const indent = stream.indentationOf(stream.tokens[index].startOffset);
        if (indent < column) {
            return undefined;
        }
        if (indent === column) {
            const last = stream.lineEnd(index);
            const next = stream.tokens[last + 1];
            const deeper = next !== undefined && next !== stream.tokens[closing] && stream.indentationOf(next.startOffset) > column;
            return deeper && stream.tokens[last].tokenType.name !== '{' ? index : undefined;
        }
    }
    return undefined;
}

function noteExtra(stream: TokenStream, index: number): void {
    const token = stream.tokens[index];
    stream.note('extraBrace', token.startOffset, token.startOffset + 1, {}, [{ fix: 'removeBrace', offset: token.startOffset, end: token.startOffset + 1, newText: '' }]);
    stream.remove(index, index);
}
