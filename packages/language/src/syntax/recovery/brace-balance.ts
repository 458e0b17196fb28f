import type { GrammarKnowledge } from '../grammar-knowledge.js';
import type { TokenStream } from './token-stream.js';

/**
 * A brace forgotten, typed twice, or a block whose first line was deleted moves every following
 * element into the wrong block, and the parser then reports a mistake on each of them, far from
 * the cause. When a document's braces do not balance, this pass finds where the mistake most
 * probably is, from the indentation people give their documents (as rustc does for unclosed
 * delimiters), repairs the token stream there, and notes the one mistake where it was made:
 *
 * - `{ {` or `} }` on one line, or a block's first line pasted twice: the extra one is left out;
 * - a block whose `}` is missing is closed before the first line as shallow as its first line;
 * - a `}` too many is left out — with the lines before it when they belong to no element (their
 *   block's first line was deleted); or, when a block's first line lacks its `{`, the `{` is added.
 *
 * A block's indentation is trusted only when its content is indented deeper than its first line:
 * a document written flush left gives no hint. When the braces balance, they are trusted as written.
 */
export function balanceBraces(stream: TokenStream, grammar: GrammarKnowledge): void {
    let excess = count(stream, '{') - count(stream, '}');
    if (excess > 0) {
        excess -= removeDoubled(stream, '{', excess);
        excess -= removeRepeatedHeaders(stream, excess);
        closeOpenBlocks(stream, excess);
    } else if (excess < 0) {
        excess += removeDoubled(stream, '}', -excess);
        removeExtraClosers(stream, -excess, grammar);
    }
}

function count(stream: TokenStream, brace: '{' | '}'): number {
    return stream.tokens.filter((token) => token.tokenType.name === brace).length;
}

interface OpenBlock {
    /** Index of the `{` token. */
    readonly brace: number;
    /** Index of the first token of the block's header line (`tutrice Aïcha … {`). */
    readonly header: number;
    readonly indent: number;
    /** Whether the block's content is indented deeper than its header: then its indentation is a hint. */
    indented?: boolean;
    /** Whether something follows the `{` on its line (`{ situation stage }`). */
    readonly inline?: boolean;
}

/**
 * `{ {` (or `} }`) on one line: the second brace is too many. A run of them (`{{{{`) is one mistake, one note; the
 * braces are left out in one pass (a line of thousands of braces stays linear).
 */
function removeDoubled(stream: TokenStream, brace: '{' | '}', at: number): number {
    const extra = new Set<number>();
    let run: { from: number; to: number } | undefined;
    const noteRun = ({ from, to }: { from: number; to: number }) => {
        const start = stream.tokens[from].startOffset;
        const end = (stream.tokens[to].endOffset ?? stream.tokens[to].startOffset) + 1;
        stream.note(brace === '{' ? 'extraOpenBrace' : 'extraBrace', start, end, {}, [{ fix: 'removeBrace', offset: start, end, newText: '' }]);
    };
    for (let index = 1; index < stream.tokens.length && extra.size < at; index++) {
        const token = stream.tokens[index];
        if (token.tokenType.name === brace && stream.tokens[index - 1].tokenType.name === brace && stream.sameLine(stream.tokens[index - 1], token)) {
            extra.add(index);
            run = run ? { from: run.from, to: index } : { from: index, to: index };
        } else if (run) {
            noteRun(run);
            run = undefined;
        }
    }
    if (run) {
        noteRun(run);
    }
    stream.removeAll(extra);
    return extra.size;
}

/** A block's first line written twice (a paste too many): the second one is left out. */
function removeRepeatedHeaders(stream: TokenStream, at: number): number {
    let removed = 0;
    for (let index = 0; index < stream.tokens.length && removed < at; index++) {
        if (!stream.startsLine(index) || index === 0) {
            continue;
        }
        const last = stream.lineEnd(index);
        let previous = index - 1;
        while (previous > 0 && !stream.startsLine(previous)) {
            previous--;
        }
        if (stream.tokens[last].tokenType.name === '{' && stream.textOf(stream.tokens[index], stream.tokens[last]) === stream.textOf(stream.tokens[previous], stream.tokens[index - 1])) {
            const start = stream.tokens[index].startOffset;
            const end = (stream.tokens[last].endOffset ?? start) + 1;
            const lineStart = stream.text.lastIndexOf('\n', start - 1) + 1;
            stream.note('duplicatedLine', start, end, { line: headerText(stream, index, last) }, [{ fix: 'removeLine', offset: lineStart, end: Math.min(stream.text.length, end + 1), newText: '' }]);
            stream.remove(index, last);
            removed++;
        }
    }
    return removed;
}

function closeOpenBlocks(stream: TokenStream, missing: number): void {
    const stack: OpenBlock[] = [];
    for (let index = 0; index < stream.tokens.length && missing > 0; index++) {
        const token = stream.tokens[index];
        if (stream.startsLine(index)) {
            // A line as shallow as an open block's header starts after the block (unless it is the
            // block's own closing brace): the block's `}` is missing before it. So is it for a block
            // just opened, with nothing in it yet, or written on one line (`{ situation stage`).
            const indent = stream.indentationOf(token.startOffset);
            const closing = token.tokenType.name === '}';
            const closed: OpenBlock[] = [];
            while (missing > 0 && stack.length > 0) {
                const block = stack[stack.length - 1];
                const fresh = block.indented === undefined;
                if (fresh) {
                    block.indented = indent > block.indent;
                }
                const unfinished = (fresh && !closing && (block.inline || indent <= block.indent));
                if (!unfinished && (!block.indented || (closing ? indent >= block.indent : indent > block.indent))) {
                    break;
                }
                closed.push(stack.pop()!);
                missing--;
            }
            if (closed.length > 0) {
                noteUnclosed(stream, closed, index);
                closed.forEach(() => stream.insert(index, stream.type('}')!));
                index += closed.length;
            }
        }
        if (token.tokenType.name === '{') {
            const header = headerStart(stream, index);
            const next = stream.tokens[index + 1];
            stack.push({ brace: index, header, indent: stream.indentationOf(stream.tokens[header].startOffset), inline: next !== undefined && stream.sameLine(token, next) });
        } else if (token.tokenType.name === '}') {
            stack.pop();
        }
    }
    // The rest are closed at the end of the document, innermost first.
    const closed = stack.reverse().slice(0, missing);
    if (closed.length > 0) {
        noteUnclosed(stream, closed, stream.tokens.length);
        closed.forEach(() => stream.insert(stream.tokens.length, stream.type('}')!));
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

/**
 * Blocks left open at the same place (a duo and its mission, being written) are one mistake: one
 * note, at the innermost block, which is where the user is writing.
 */
function noteUnclosed(stream: TokenStream, blocks: readonly OpenBlock[], before: number): void {
    const [innermost] = blocks;
    const header = stream.tokens[innermost.header];
    const brace = stream.tokens[innermost.brace];
    const last = stream.tokens[before - 1];
    const lastEnd = (last.endOffset ?? last.startOffset) + 1;
    const closing = blocks.map((block) => `\n${' '.repeat(block.indent)}}`).join('');
    const fixes = [{ fix: 'closeBlock', offset: lastEnd, end: lastEnd, newText: closing }];
    const describe = (block: OpenBlock) => ({ header: headerText(stream, block.header, block.brace), line: stream.tokens[block.header].startLine ?? 0 });
    if (blocks.length === 1) {
        stream.note('unclosedBlock', header.startOffset, (brace.endOffset ?? brace.startOffset) + 1, describe(innermost), fixes);
        return;
    }
    const outer = blocks.slice(1).map((block) => `« ${describe(block).header} » (ligne ${describe(block).line})`);
    const outerEn = blocks.slice(1).map((block) => `“${describe(block).header}” (line ${describe(block).line})`);
    stream.note('unclosedBlocks', header.startOffset, (brace.endOffset ?? brace.startOffset) + 1,
        { ...describe(innermost), others: { fr: outer.join(', '), en: outerEn.join(', ') } }, fixes);
}

/** « tutrice Aïcha » — the header's words before its title and brace, short enough for a message. */
function headerText(stream: TokenStream, from: number, brace: number): string {
    const words: string[] = [];
    for (let index = from; index < brace && words.length < 4; index++) {
        const token = stream.tokens[index];
        if (token.tokenType.name === 'STRING' || token.tokenType.name === ',') {
            break;
        }
        words.push(token.image);
    }
    return words.join(' ');
}

function removeExtraClosers(stream: TokenStream, extra: number, grammar: GrammarKnowledge): void {
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
        const atLineStart = stream.startsLine(index);
        // A brace deeper than the open block's header, or with no block open: it closes a block whose
        // header has no `{`, or whose header was deleted, or it is simply one too many.
        if (!top || (top.indented && atLineStart && column > top.indent)) {
            const header = atLineStart ? headerWithoutBrace(stream, top?.brace ?? -1, index, column, grammar) : undefined;
            if (header !== undefined) {
                const last = stream.lineEnd(header);
                const end = (stream.tokens[last].endOffset ?? stream.tokens[last].startOffset) + 1;
                stream.note('missingOpenBrace', stream.tokens[header].startOffset, end, { header: headerText(stream, header, last + 1) },
                    [{ fix: 'openBlock', offset: end, end, newText: ' {' }]);
                stream.insert(last + 1, stream.type('{')!);
                extra--;
                continue;
            }
            const orphans = atLineStart ? orphanLines(stream, top?.brace ?? -1, index, column) : undefined;
            if (orphans !== undefined) {
                noteOrphans(stream, orphans, index, grammar);
                index = orphans - 1;
            } else {
                noteExtra(stream, index);
                index--;
            }
            extra--;
            continue;
        }
        // A brace that would close the block while the next lines still go on with its content,
        // indented — unless they begin again what the block already said (another element whose
        // first line was deleted: see orphanLines).
        const next = stream.tokens[index + 1];
        if (top.indented && atLineStart && next && stream.startsLine(index + 1) && next.tokenType.name !== '}'
            && stream.indentationOf(next.startOffset) > top.indent && !repeatsBlock(stream, top, index)) {
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

/** Whether the deeper lines after a closing brace begin with the same words as lines of the block it closes. */
function repeatsBlock(stream: TokenStream, block: OpenBlock, closing: number): boolean {
    const inside = new Set<string>();
    for (let index = block.brace + 1; index < closing; index++) {
        if (stream.startsLine(index)) {
            inside.add(stream.tokens[index].image);
        }
    }
    for (let index = closing + 1; index < stream.tokens.length; index++) {
        if (!stream.startsLine(index)) {
            continue;
        }
        if (stream.indentationOf(stream.tokens[index].startOffset) <= block.indent) {
            return false;
        }
        if (inside.has(stream.tokens[index].image)) {
            return true;
        }
    }
    return false;
}

/**
 * The line, between an open block and a closing brace, that begins an element with a block
 * (`tutrice Aïcha « … »`), starts at the brace's indentation, lacks its `{`, and is followed by
 * deeper lines: its `{` was forgotten.
 */
function headerWithoutBrace(stream: TokenStream, openBrace: number, closing: number, column: number, grammar: GrammarKnowledge): number | undefined {
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
            const opens = grammar.blockOpeners().has(stream.tokens[index].tokenType.name);
            return deeper && opens && stream.tokens[last].tokenType.name !== '{' ? index : undefined;
        }
    }
    return undefined;
}

/**
 * The lines just before a closing brace that are deeper than it, after a line as shallow as it
 * that is not their header (another element's `}`, a line of the block): their header was deleted.
 * Returns the index of their first token.
 */
function orphanLines(stream: TokenStream, openBrace: number, closing: number, column: number): number | undefined {
    let first: number | undefined;
    for (let index = closing - 1; index > openBrace; index--) {
        if (!stream.startsLine(index)) {
            continue;
        }
        if (stream.indentationOf(stream.tokens[index].startOffset) <= column) {
            break;
        }
        first = index;
    }
    return first;
}

/** Lines left without their header: left out with their `}`, once, and anything may be declared in them. */
function noteOrphans(stream: TokenStream, first: number, closing: number, grammar: GrammarKnowledge): void {
    const token = stream.tokens[first];
    const [rule] = grammar.rulesWithStarter(token.tokenType.name);
    stream.note('orphanLines', token.startOffset, (token.endOffset ?? token.startOffset) + 1, { first: token.image, example: HEADER_EXAMPLES[rule] ?? 'tutoré Nom « Nom complet »' });
    stream.addUnreadName('*');
    stream.remove(first, closing);
}

/** How an element's first line is written, to show which kind of line was deleted. */
const HEADER_EXAMPLES: Readonly<Record<string, string>> = {
    Person: 'tutoré Nom « Nom complet »',
    Duo: 'duo Tuteur accompagne Tutoré',
    Mission: 'mission',
    Phase: 'phase accompagnement « Titre »',
    Placement: 'stage avec Organisme',
    TrainingPath: 'parcours Nom « Titre » pour Tutoré',
    Competence: 'compétence C1 « Titre »',
    Domain: 'domaine Nom « Titre »',
    Framework: 'référentiel Nom « Titre »',
    Charter: 'charte « Titre »',
    CharterTemplate: 'modèle de charte Nom « Titre »',
    Institution: 'institution Nom « Titre »',
    TutorProfile: 'profil du tuteur',
    Partner: 'organisme partenaire Nom « Titre »',
    Service: 'service Nom « Titre »',
    JobFunction: 'fonction Nom « Titre »',
    Referent: 'référente Nom « Nom complet »'
};

function noteExtra(stream: TokenStream, index: number): void {
    const token = stream.tokens[index];
    stream.note('extraBrace', token.startOffset, token.startOffset + 1, {}, [{ fix: 'removeBrace', offset: token.startOffset, end: token.startOffset + 1, newText: '' }]);
    stream.remove(index, index);
}
