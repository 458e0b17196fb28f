import type { Document } from '../generated/ast.js';
import type { Reporter, RuleContext } from '../rules/definition.js';
import { syntaxReportOf } from '../syntax/recovery/recovering-parser.js';

/** What a reader puts in place of bytes that are not UTF-8 text (U+FFFD). */
const REPLACEMENT = '\uFFFD';

/**
 * Bytes that are not UTF-8 text become � when a file is read. Outside quotes the lexer stops at
 * them; inside « … » they would pass unnoticed, and the handbook would print the �. Said once per
 * document, at the first one: the file as a whole was saved in another encoding.
 */
export function checkUnreadableBytes(document: Document, report: Reporter<'unreadableBytes'>, context: RuleContext): void {
    const text = context.document.textDocument.getText();
    const offset = text.indexOf(REPLACEMENT);
    // Outside quotes, the parser already said so (`notText`).
    const parseResult = context.document.parseResult;
    const notedThere = syntaxReportOf(parseResult)?.notes.some((note) => note.message === 'notText' && note.offset <= offset && offset < note.end);
    if (offset < 0 || notedThere || parseResult.lexerErrors.some((error) => error.offset === offset)) {
        return;
    }
    const start = context.document.textDocument.positionAt(offset);
    report('unreadableBytes', { node: document, range: { start, end: { line: start.line, character: start.character + 1 } } });
}
