import type { Module } from 'langium';
import type { PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { TutoratServices, TutoratSharedServices } from '../tutorat-module.js';
import { TutoratCodeActionProvider } from './code-actions.js';
import { TutoratCompletionProvider } from './completion.js';
import { TutoratNodeKindProvider } from './element-kinds.js';
import { TutoratFoldingRangeProvider } from './folding.js';
import { TutoratFormatter } from './formatter.js';
import { TutoratFuzzyMatcher } from './fuzzy-matcher.js';
import { TutoratHoverProvider } from './hover.js';
import { TutoratInlayHintProvider } from './inlay-hints.js';
import { TutoratDefinitionProvider, TutoratDocumentHighlightProvider, TutoratReferencesProvider, TutoratRenameProvider } from './navigation.js';
import { TutoratDocumentSymbolProvider } from './outline.js';
import { TutoratSemanticTokenProvider } from './semantic-tokens.js';
import { TutoratWorkspaceSymbolProvider } from './workspace-symbols.js';

/** The editor features of the language server, beyond Langium's defaults. */
export const TutoratLspModule: Module<TutoratServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: (services) => new TutoratCodeActionProvider(services),
        CompletionProvider: (services) => new TutoratCompletionProvider(services),
        DefinitionProvider: (services) => new TutoratDefinitionProvider(services),
        DocumentHighlightProvider: (services) => new TutoratDocumentHighlightProvider(services),
        DocumentSymbolProvider: (services) => new TutoratDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new TutoratFoldingRangeProvider(services),
        Formatter: (services) => new TutoratFormatter(services),
        HoverProvider: (services) => new TutoratHoverProvider(services),
        InlayHintProvider: (services) => new TutoratInlayHintProvider(services),
        ReferencesProvider: (services) => new TutoratReferencesProvider(services),
        RenameProvider: (services) => new TutoratRenameProvider(services),
        SemanticTokenProvider: (services) => new TutoratSemanticTokenProvider(services)
    }
};

/** Shared editor services: icons by kind of element, workspace symbols with their kind, names matched without accents. */
export const TutoratSharedLspModule: Module<TutoratSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        FuzzyMatcher: () => new TutoratFuzzyMatcher(),
        NodeKindProvider: () => new TutoratNodeKindProvider(),
        WorkspaceSymbolProvider: (shared) => new TutoratWorkspaceSymbolProvider(shared)
    }
};
