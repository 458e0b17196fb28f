import type { Connection, Diagnostic, DiagnosticRelatedInformation, PublishDiagnosticsParams } from 'vscode-languageserver';

/**
 * A finding's message is a template filled with names (i18n/locale.ts): V8 keeps it as a chain of
 * pieces, and the template's text is shared by every finding of the rule. Sending it (JSON in a Node
 * process, a structured clone in a Web Worker) flattens that chain *in place* into a string of its
 * own, which the document then keeps for as long as the finding lives: about twice the memory (a
 * message is ≈ 300 characters; 20,000 findings on 1,000 files: ≈ 6 MB more). So each message is sent
 * as a copy, flattened on its own and dropped once sent; the client receives the same text.
 */
export function sendMessagesAsCopies(connection: Connection): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => send({ ...params, diagnostics: params.diagnostics.map(withCopiedMessages) });
}

function withCopiedMessages(diagnostic: Diagnostic): Diagnostic {
    const copy = { ...diagnostic, message: copyOf(diagnostic.message) };
    if (diagnostic.relatedInformation) {
        copy.relatedInformation = diagnostic.relatedInformation.map((related): DiagnosticRelatedInformation => ({ ...related, message: copyOf(related.message) }));
    }
    return copy;
}

/** The same text in a string of its own: the copy is cut from a longer string, so the original is only read. */
function copyOf<T>(text: T): T {
    return (typeof text === 'string' ? ` ${text}`.slice(1) : text) as T;
}
