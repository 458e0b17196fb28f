import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ConfigurationService } from './config/configuration-service.js';
import { TutoratGeneratedModule, TutoratGeneratedSharedModule } from './generated/module.js';
import { LocaleSetting, type Locale } from './i18n/locale.js';
import { TutoratLspModule, TutoratSharedLspModule } from './lsp/lsp-module.js';
import { RULE_IDS, RULES } from './rules/catalogue.js';
import { DocumentationLinks } from './rules/documentation-links.js';
import { RuleEngine } from './rules/rule-engine.js';
import { TutoratLinker } from './scoping/linker.js';
import { TutoratScopeComputation } from './scoping/scope-computation.js';
import { TutoratScopeProvider } from './scoping/scope-provider.js';
import { WorkspaceDirectory } from './scoping/workspace-directory.js';
import { deferredCompletionParser } from './syntax/deferred-completion-parser.js';
import { GrammarKnowledge } from './syntax/grammar-knowledge.js';
import { TutoratLexer } from './syntax/lexer.js';
import { ExpectationLog } from './syntax/recovery/expectations.js';
import { createTutoratParser } from './syntax/recovery/recovering-parser.js';
import { TutoratTokenBuilder } from './syntax/token-builder.js';
import { TutoratValueConverter } from './syntax/value-converter.js';
import { TutoratDocumentValidator } from './validation/document-validator.js';
import { TutoratDocumentBuilder } from './workspace/document-builder.js';
import { WorkspaceFacts } from './workspace/facts.js';
import { BatchIndexManager } from './workspace/batch-index-manager.js';
import { TutoratWorkspaceManager } from './workspace/workspace-manager.js';
import { TutoratDocumentFactory } from './workspace/document-factory.js';

/** Services shared by the whole workspace: the locale, the configuration, the cross-file facts. */
export interface TutoratSharedAddedServices {
    readonly tutorat: {
        readonly Locale: LocaleSetting;
        readonly Configuration: ConfigurationService;
        readonly DocumentationLinks: DocumentationLinks;
        readonly WorkspaceFacts: WorkspaceFacts;
    };
}

export interface TutoratAddedServices {
    readonly references: { readonly WorkspaceDirectory: WorkspaceDirectory };
    readonly syntax: { readonly GrammarKnowledge: GrammarKnowledge };
    readonly validation: { readonly RuleEngine: RuleEngine };
}

export type TutoratSharedServices = LangiumSharedServices & TutoratSharedAddedServices;
export type TutoratServices = LangiumServices & TutoratAddedServices & { readonly shared: TutoratSharedServices };

export const TutoratSharedModule: Module<TutoratSharedServices, PartialLangiumSharedServices & TutoratSharedAddedServices> = {
    tutorat: {
        Locale: () => new LocaleSetting(),
        Configuration: (shared) => new ConfigurationService(shared.workspace.FileSystemProvider),
        DocumentationLinks: () => new DocumentationLinks(),
        WorkspaceFacts: () => new WorkspaceFacts()
    },
    workspace: {
        DocumentBuilder: (shared) => new TutoratDocumentBuilder(shared),
        WorkspaceManager: (shared) => new TutoratWorkspaceManager(shared, shared.tutorat.Configuration),
        LangiumDocumentFactory: (shared) => new TutoratDocumentFactory(shared)
    }
};

export const TutoratModule: Module<TutoratServices, PartialLangiumServices & TutoratAddedServices> = {
    parser: {
        ValueConverter: () => new TutoratValueConverter(),
        TokenBuilder: () => new TutoratTokenBuilder(),
        Lexer: (services) => new TutoratLexer(services),
        ParserErrorMessageProvider: (services) => new ExpectationLog(services.syntax.GrammarKnowledge),
        LangiumParser: (services) => createTutoratParser(services, services.parser.ParserErrorMessageProvider as ExpectationLog, services.syntax.GrammarKnowledge),
        CompletionParser: (services) => deferredCompletionParser(services)
    },
    references: {
        Linker: (services) => new TutoratLinker(services),
        ScopeComputation: (services) => new TutoratScopeComputation(services),
        ScopeProvider: (services) => new TutoratScopeProvider(services),
        WorkspaceDirectory: (services) => new WorkspaceDirectory(services.shared)
    },
    syntax: {
        GrammarKnowledge: (services) => new GrammarKnowledge(services.Grammar)
    },
    validation: {
        DocumentValidator: (services) => new TutoratDocumentValidator(services),
        RuleEngine: (services) => new RuleEngine({
            registry: services.validation.ValidationRegistry,
            reflection: services.shared.AstReflection,
            locale: services.shared.tutorat.Locale,
            facts: services.shared.tutorat.WorkspaceFacts,
            configuration: services.shared.tutorat.Configuration,
            links: services.shared.tutorat.DocumentationLinks,
            locator: services.workspace.AstNodeLocator
        })
    }
};

export interface TutoratContext extends DefaultSharedModuleContext {
    readonly locale?: Locale;
    /** Extra modules, e.g. the editor features of `lsp/`. */
    readonly modules?: ReadonlyArray<Module<TutoratServices, PartialLangiumServices>>;
    /** A one-off check (the `tutorat` command): what only an editor needs is not computed. */
    readonly batch?: boolean;
}

const BatchSharedModule: Module<TutoratSharedServices, PartialLangiumSharedServices & { tutorat: Partial<TutoratSharedServices['tutorat']> }> = {
    workspace: {
        IndexManager: (shared) => new BatchIndexManager(shared)
    },
    tutorat: {
        // Built once: nobody is checked again, so who read what need not be remembered.
        WorkspaceFacts: () => new WorkspaceFacts(false)
    }
};

/** Creates the services of the Tutorat language, for the CLI, the language server or the tests. */
export function createTutoratServices(context: TutoratContext): { shared: TutoratSharedServices; Tutorat: TutoratServices } {
    const shared = context.batch
        ? inject(createDefaultSharedModule(context), TutoratGeneratedSharedModule, TutoratSharedModule, TutoratSharedLspModule, BatchSharedModule)
        : inject(createDefaultSharedModule(context), TutoratGeneratedSharedModule, TutoratSharedModule, TutoratSharedLspModule);
    const Tutorat = inject(createDefaultModule({ shared }), TutoratGeneratedModule, TutoratModule, TutoratLspModule, ...(context.modules ?? []));
    shared.ServiceRegistry.register(Tutorat);
    if (context.locale) {
        shared.tutorat.Locale.set(context.locale);
    }
    shared.tutorat.Configuration.setKnownRules(RULE_IDS);
    Tutorat.validation.RuleEngine.register(RULES);
    if (!context.connection) {
        // Outside a language server nobody sends the client's settings: start with none.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Tutorat };
}
