import { GrammarAST, type AstNodeDescription, type LangiumDocument, type ReferenceInfo } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type Position } from 'vscode-languageserver';
import type { LocaleSetting } from '../i18n/locale.js';
import type { TutoratServices } from '../tutorat-module.js';
import { elementKind } from './element-kinds.js';
import { grammarLayout, type GrammarLayout } from './grammar-layout.js';
import { findKeywordDoc, KEYWORD_DOCS, type KeywordDoc } from './keyword-docs.js';
import { keywordMarkdown } from './markdown.js';
import { ElementSummaries } from './summaries.js';
import { describeValue } from './values.js';

/**
 * Completion that speaks the user's language: keyword phrases offered whole (`profil du tuteur`)
 * with what they mean, blocks ready to fill in, enumerated values with their meaning, and the names
 * that can be written here with the element's title.
 */
export class TutoratCompletionProvider extends DefaultCompletionProvider {
    private readonly layout: GrammarLayout;
    private readonly locale: LocaleSetting;
    private readonly summaries: ElementSummaries;
    /** Phrase keywords made up for completion, and the grammar keyword each one starts with. */
    private readonly phrases = new WeakMap<GrammarAST.Keyword, GrammarAST.Keyword>();

    constructor(services: TutoratServices) {
        super(services);
        this.layout = grammarLayout(services.Grammar);
        this.locale = services.shared.tutorat.Locale;
        this.summaries = new ElementSummaries(services);
    }

    /** Keywords that start a phrase are offered as the whole phrase; Langium keeps one item per distinct text. */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        for (const context of super.buildContexts(document, position)) {
            yield { ...context, features: context.features.flatMap((next) => this.asPhrases(next)) };
        }
    }

    private asPhrases(next: NextFeature): NextFeature[] {
        const keyword = next.feature;
        if (!GrammarAST.isKeyword(keyword)) {
            return [next];
        }
        return this.layout.phrasesFrom(keyword).map((words) => {
            if (words.length === 1) {
                return next;
            }
            const phrase = { ...keyword, value: words.join(' ') } as GrammarAST.Keyword;
            this.phrases.set(phrase, keyword);
            return { ...next, feature: phrase };
        });
    }

    /** The property being completed, to tell what a keyword of a shared rule belongs to (`tuteur` of a person or of a commitment). */
    private property: string | undefined;

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        this.property = next.property;
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const grammarKeyword = this.phrases.get(keyword) ?? keyword;
        if (!this.filterKeyword(context, grammarKeyword)) {
            return;
        }
        const locale = this.locale.current;
        const valueRule = this.layout.valueRuleOf(grammarKeyword);
        if (valueRule === 'Count' || valueRule === 'NumberWord') {
            return; // numbers are typed, not chosen
        }
        if (valueRule) {
            const value = describeValue(valueRule, keyword.value, locale);
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.EnumMember,
                detail: value?.label,
                documentation: value ? { kind: 'markdown', value: `**${value.kind}** — ${value.label}` } : undefined,
                sortText: '0'
            });
            return;
        }
        const doc = this.docOf(keyword.value, grammarKeyword, context);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: doc?.title[locale],
            documentation: doc ? { kind: 'markdown', value: keywordMarkdown(keyword.value, doc, locale) } : undefined,
            sortText: '1'
        });
        if (doc?.snippet && this.clientCapabilities?.completionItem?.snippetSupport) {
            acceptor(context, {
                // A block to fill in, or the rest of a line.
                label: `${keyword.value} ${/\{\n/.test(doc.snippet) ? '{ … }' : '…'}`,
                filterText: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: doc.title[locale],
                documentation: { kind: 'markdown', value: keywordMarkdown(keyword.value, doc, locale) },
                insertText: `${keyword.value} ${doc.snippet}`,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    /** The documentation of a keyword where it is offered: in the element it is written in, else anywhere. */
    private docOf(phrase: string, keyword: GrammarAST.Keyword, context: CompletionContext): KeywordDoc | undefined {
        for (const type of [...this.layout.typesOf(keyword, this.property), context.node?.$type]) {
            const doc = type ? findKeywordDoc(phrase, type) : undefined;
            if (doc) {
                return doc;
            }
        }
        return KEYWORD_DOCS.find((doc) => doc.phrases.includes(phrase));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, _info: ReferenceInfo, _context: CompletionContext): CompletionValueItem {
        const node = description.node;
        const summary = node ? this.summaries.summarize(node) : undefined;
        return {
            nodeDescription: description,
            kind: this.nodeKindProvider.getCompletionItemKind(description),
            detail: node ? this.summaries.titleOf(node) : undefined,
            labelDetails: { description: elementKind(description.type).label[this.locale.current] },
            documentation: summary ? { kind: 'markdown', value: summary } : undefined,
            sortText: description.name.includes('.') ? '0b' : '0a'
        };
    }
}

