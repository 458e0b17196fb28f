import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import type { DefinitionProvider, DocumentHighlightProvider, ReferencesProvider, RenameProvider } from 'langium/lsp';
import {
    DocumentHighlightKind, ErrorCodes, LocationLink, ResponseError,
    type DefinitionParams, type DocumentHighlight, type DocumentHighlightParams, type Location, type Range, type ReferenceParams,
    type RenameParams, type TextDocumentPositionParams, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver';
import { quote, type Bilingual, type LocaleSetting } from '../i18n/locale.js';
import type { TutoratServices } from '../tutorat-module.js';
import { nameAt, occurrencesOf } from './name-occurrences.js';

const MESSAGES = {
    invalidName: {
        fr: '{name} ne peut pas servir de nom : un nom commence par une lettre et ne contient que des lettres, des chiffres, des traits d’union (-) et des soulignés (_), sans espace.',
        en: '{name} cannot be used as a name: a name starts with a letter and contains only letters, digits, hyphens (-) and underscores (_), without spaces.'
    },
    keyword: {
        fr: '{name} est un mot du langage Tutorat : choisissez un autre nom.',
        en: '{name} is a word of the Tutorat language: choose another name.'
    },
    notAName: {
        fr: 'Placez le curseur sur le nom d’une personne, d’un service, d’une fonction, d’un organisme, d’un référent, d’une compétence, d’un référentiel, d’un modèle ou d’un parcours pour le renommer.',
        en: 'Place the cursor on the name of a person, service, function, organisation, referent, competence, framework, template or path to rename it.'
    }
} satisfies Record<string, Bilingual>;

/** Go to definition: to the element the segment under the cursor names (`AccompagnementAdultes` or `REL1`). */
export class TutoratDefinitionProvider implements DefinitionProvider {
    constructor(private readonly services: TutoratServices) {}

    getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const found = nameAt(document, document.textDocument.offsetAt(params.position));
        const target = found?.element;
        const nameNode = target && this.services.references.NameProvider.getNameNode(target);
        if (!found || !target?.$cstNode || !nameNode) {
            return undefined;
        }
        const uri = AstUtils.getDocument(target).uri.toString();
        return [LocationLink.create(uri, target.$cstNode.range, nameNode.range, found.leaf.range)];
    }
}

/** Find all references: every place naming the element, in every file, including inside qualified names. */
export class TutoratReferencesProvider implements ReferencesProvider {
    constructor(private readonly services: TutoratServices) {}

    findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const found = nameAt(document, document.textDocument.offsetAt(params.position));
        return found ? occurrencesOf(found.element, this.services, params.context.includeDeclaration) : [];
    }
}

/** Highlights, in the open document, the other places naming the same element. */
export class TutoratDocumentHighlightProvider implements DocumentHighlightProvider {
    constructor(private readonly services: TutoratServices) {}

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] {
        const found = nameAt(document, document.textDocument.offsetAt(params.position));
        const uri = document.uri.toString();
        const declaration = found && this.services.references.NameProvider.getNameNode(found.element)?.range;
        return found
            ? occurrencesOf(found.element, this.services, true)
                .filter((occurrence) => occurrence.uri === uri)
                .map((occurrence) => ({ range: occurrence.range, kind: sameRange(occurrence.range, declaration) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }))
            : [];
    }
}

/**
 * Rename across files: the declaration and every reference change; in a qualified reference only
 * the renamed segment does (`AccompagnementAdultes.REL1` → `Adultes.REL1`).
 */
export class TutoratRenameProvider implements RenameProvider {
    private readonly locale: LocaleSetting;
    private readonly idPattern: RegExp;
    private readonly keywords: ReadonlySet<string>;

    constructor(private readonly services: TutoratServices) {
        this.locale = services.shared.tutorat.Locale;
        this.keywords = services.syntax.GrammarKnowledge.keywords;
        const id = services.Grammar.rules.find((rule) => GrammarAST.isTerminalRule(rule) && rule.name === 'ID');
        const source = id && GrammarAST.isTerminalRule(id) && GrammarAST.isRegexToken(id.definition) ? id.definition.regex.replace(/^\/|\/[a-z]*$/g, '') : '[\\p{L}_][\\p{L}\\d_]*';
        this.idPattern = new RegExp(`^(?:${source})$`, 'u');
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return nameAt(document, document.textDocument.offsetAt(params.position))?.leaf.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit {
        const found = nameAt(document, document.textDocument.offsetAt(params.position));
        if (!found) {
            throw new ResponseError(ErrorCodes.InvalidRequest, this.locale.text(MESSAGES.notAName));
        }
        const newName = params.newName.trim();
        const name = quote(newName, this.locale.current);
        if (this.keywords.has(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, this.locale.text(MESSAGES.keyword, { name }));
        }
        if (!this.idPattern.test(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, this.locale.text(MESSAGES.invalidName, { name }));
        }
        const changes: Record<string, TextEdit[]> = {};
        for (const occurrence of occurrencesOf(found.element, this.services, true)) {
            const edits = (changes[occurrence.uri] ??= []);
            if (!edits.some((edit) => sameRange(edit.range, occurrence.range))) {
                edits.push({ range: occurrence.range, newText: newName });
            }
        }
        return { changes };
    }
}

function sameRange(a: Range, b: Range | undefined): boolean {
    return b !== undefined && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
