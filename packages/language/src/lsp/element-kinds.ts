import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SemanticTokenTypes, SymbolKind } from 'vscode-languageserver';
import { isPerson } from '../generated/ast.js';
import type { Bilingual, Locale } from '../i18n/locale.js';

/**
 * How each kind of named element shows in the editor: its icon in the outline and in completion,
 * its colour (semantic token type) and its name in French and English. One table, so that an
 * element looks the same in every view.
 */
export interface ElementKind {
    readonly symbol: SymbolKind;
    readonly completion: CompletionItemKind;
    readonly token: SemanticTokenTypes;
    readonly label: Bilingual;
}

export const ELEMENT_KINDS: Readonly<Record<string, ElementKind>> = {
    Institution: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module, token: SemanticTokenTypes.namespace, label: { fr: 'institution', en: 'institution' } },
    CharterTemplate: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module, token: SemanticTokenTypes.class, label: { fr: 'modèle de charte', en: 'charter template' } },
    Charter: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module, token: SemanticTokenTypes.class, label: { fr: 'charte', en: 'charter' } },
    Framework: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module, token: SemanticTokenTypes.namespace, label: { fr: 'référentiel de compétences', en: 'competence framework' } },
    Domain: { symbol: SymbolKind.Package, completion: CompletionItemKind.Folder, token: SemanticTokenTypes.namespace, label: { fr: 'domaine', en: 'domain' } },
    Competence: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class, token: SemanticTokenTypes.type, label: { fr: 'compétence', en: 'competence' } },
    Criterion: { symbol: SymbolKind.Field, completion: CompletionItemKind.Field, token: SemanticTokenTypes.property, label: { fr: 'critère', en: 'criterion' } },
    Service: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct, token: SemanticTokenTypes.struct, label: { fr: 'service', en: 'service' } },
    JobFunction: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface, token: SemanticTokenTypes.interface, label: { fr: 'fonction', en: 'job function' } },
    Person: { symbol: SymbolKind.Object, completion: CompletionItemKind.Variable, token: SemanticTokenTypes.variable, label: { fr: 'personne', en: 'person' } },
    Partner: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class, token: SemanticTokenTypes.class, label: { fr: 'organisme partenaire', en: 'partner organisation' } },
    Referent: { symbol: SymbolKind.Field, completion: CompletionItemKind.Variable, token: SemanticTokenTypes.variable, label: { fr: 'référent', en: 'referent' } },
    TrainingPath: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function, token: SemanticTokenTypes.function, label: { fr: 'parcours', en: 'training path' } },
    Duo: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event, token: SemanticTokenTypes.event, label: { fr: 'duo', en: 'duo' } }
};

const FALLBACK: ElementKind = { symbol: SymbolKind.Field, completion: CompletionItemKind.Reference, token: SemanticTokenTypes.variable, label: { fr: 'élément', en: 'element' } };

export function elementKind(type: string): ElementKind {
    return ELEMENT_KINDS[type] ?? FALLBACK;
}

const PERSON_KINDS: Readonly<Record<string, string>> = { tuteur: 'tutor', tutrice: 'tutor', tutoré: 'tutee', tutorée: 'tutee', personne: 'person' };

/** « tutrice », « organisme partenaire »…: a person is named by the word their declaration uses. */
export function kindLabel(node: AstNode, locale: Locale): string {
    if (isPerson(node) && node.kind) {
        return locale === 'fr' ? node.kind : PERSON_KINDS[node.kind] ?? 'person';
    }
    return elementKind(node.$type).label[locale];
}

/** Icons of the outline, the workspace symbols and the completion list. */
export class TutoratNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return elementKind(typeOf(node)).symbol;
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return elementKind(typeOf(node)).completion;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}
