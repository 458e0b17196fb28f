import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from '../generated/ast.js';
import { MAX_DOCUMENT_CHARACTERS } from '../validation/langage/limite.js';

/** The size of the documents that were not read because they are too large (see `langage/limite`). */
const OVERSIZED = new WeakMap<AstNode, number>();

/**
 * Creates documents from their text, except that a text above {@link MAX_DOCUMENT_CHARACTERS} is not
 * parsed: it becomes an empty document, which the validator reports as too large. Parsing, linking
 * and checking are linear in the size of a document, but a 10 MB file still costs the language
 * server seconds and most of a gigabyte on every keystroke; no document of the sector comes near.
 */
export class TutoratDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: Parameters<DefaultLangiumDocumentFactory['parse']>[2]): ParseResult<T> {
        return text.length > MAX_DOCUMENT_CHARACTERS ? emptyResult<T>(text) : super.parse<T>(uri, text, options);
    }

    /**
     * A file deleted on disk while a build was about to read it again (the editor's notice of the
     * deletion is on its way): the document is empty until the notice removes it.
     */
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancellationToken: CancellationToken): Promise<string> {
        try {
            return await super.getUpdatedText(document, textDocument, cancellationToken);
        } catch (error) {
            if ((error as { code?: string }).code === 'ENOENT') {
                return '';
            }
            throw error;
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return text.length > MAX_DOCUMENT_CHARACTERS ? emptyResult<T>(text) : super.parseAsync<T>(uri, text, cancellationToken);
    }
}

function emptyResult<T extends AstNode>(text: string): ParseResult<T> {
    const root: Document = { $type: 'Document', elements: [] };
    OVERSIZED.set(root, text.length);
    return { value: root as unknown as T, lexerErrors: [], parserErrors: [] };
}

/** How many characters a document holds when it was too large to be read; undefined otherwise. */
export function oversizedLength(document: LangiumDocument): number | undefined {
    return OVERSIZED.get(document.parseResult.value);
}
