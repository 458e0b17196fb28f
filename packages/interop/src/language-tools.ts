import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createTutoratServices, isFramework, syntaxMistakes, type Document, type Framework, type TutoratServices } from '@tutorat/language';
import type { TextEdit } from 'vscode-languageserver';

/**
 * What the formats need from the language, through its own services (never a copy): whether a
 * code is a valid name, the parser to read back what an import wrote, the formatter for the house
 * layout. One set of services without a file system, made on first use.
 */
export interface LanguageTools {
    /** Whether `text` is a name the language reads as one identifier (not a keyword, no stray character). */
    isName(text: string): boolean;
    /** Parses a document; `errors` counts what the parser could not read. */
    parse(text: string): { readonly frameworks: readonly Framework[]; readonly errors: number };
    /** The document laid out by the language's formatter (unchanged when it does not parse). */
    format(text: string): string;
    /** The document laid out by the formatter, and its parse (made once when the layout changes nothing). */
    formatAndParse(text: string): { readonly text: string; readonly frameworks: readonly Framework[]; readonly errors: number };
}

let tools: LanguageTools | undefined;

export function languageTools(): LanguageTools {
    return tools ??= createLanguageTools();
}

function createLanguageTools(): LanguageTools {
    const { shared, Tutorat } = createTutoratServices({ ...EmptyFileSystem });
    let counter = 0;
    const document = (text: string): LangiumDocument<Document> =>
        shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`memory:///interop/${++counter}.tutorat`));
    const lexer = Tutorat.parser.Lexer;
    const parse = (parsed: LangiumDocument<Document>) => ({
        frameworks: parsed.parseResult.value.elements.filter(isFramework),
        errors: syntaxMistakes(parsed.parseResult)
    });
    return {
        isName(text) {
            const result = lexer.tokenize(text);
            return result.errors.length === 0 && result.tokens.length === 1 && result.tokens[0].tokenType.name === 'ID' && result.tokens[0].image === text;
        },
        parse(text) {
            return parse(document(text));
        },
        format(text) {
            const parsed = document(text);
            return applyEdits(parsed, formatterOf(Tutorat).edits(parsed));
        },
        formatAndParse(text) {
            const parsed = document(text);
            const edits = formatterOf(Tutorat).edits(parsed);
            if (edits.length === 0) {
                return { text, ...parse(parsed) };
            }
            const formatted = applyEdits(parsed, edits);
            return { text: formatted, ...parse(document(formatted)) };
        }
    };
}

interface EditsFormatter {
    edits(document: LangiumDocument): TextEdit[];
}

function formatterOf(services: TutoratServices): EditsFormatter {
    return services.lsp.Formatter as unknown as EditsFormatter;
}

function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const text = document.textDocument.getText();
    const placed = edits
        .map((edit) => ({ start: document.textDocument.offsetAt(edit.range.start), end: document.textDocument.offsetAt(edit.range.end), text: edit.newText }))
        .sort((a, b) => b.start - a.start);
    return placed.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}
