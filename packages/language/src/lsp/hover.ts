import { CstUtils, GrammarAST, isLeafCstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isVolunteerMode } from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { formatDate, parseDate } from '../model/time.js';
import type { TutoratServices } from '../tutorat-module.js';
import { grammarLayout, type GrammarLayout } from './grammar-layout.js';
import { findKeywordDoc, type KeywordDoc } from './keyword-docs.js';
import { escape, keywordMarkdown, paragraphs } from './markdown.js';
import { nameAt } from './name-occurrences.js';
import { ElementSummaries } from './summaries.js';
import { describeValue } from './values.js';

/**
 * Hovers: over a keyword, what it is for and what the guide says about it; over an enumerated
 * value, its meaning; over a name, a summary of the element it denotes; over a date, the date
 * written out in full.
 */
export class TutoratHoverProvider implements HoverProvider {
    private readonly summaries: ElementSummaries;
    private readonly layout: GrammarLayout;
    private readonly locale: LocaleSetting;

    constructor(services: TutoratServices) {
        this.summaries = new ElementSummaries(services);
        this.layout = grammarLayout(services.Grammar);
        this.locale = services.shared.tutorat.Locale;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) {
            return undefined;
        }
        const named = nameAt(document, offset);
        if (named) {
            const summary = this.summaries.summarize(named.element);
            return summary ? { contents: { kind: 'markdown', value: summary }, range: named.leaf.range } : undefined;
        }
        // A date, in figures or in words (`mardi 24 juin 2026`), is shown in full, whichever word is under the cursor.
        const written = dateAround(leaf);
        if (written) {
            const date = parseDate(written.text.replace(/\s+/g, ' '));
            return date ? { contents: { kind: 'markdown', value: formatDate(date, this.locale.current, 'full') }, range: written.range } : undefined;
        }
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            return this.keywordHover(leaf, leaf.grammarSource);
        }
        return undefined;
    }

    private keywordHover(leaf: LeafCstNode, keyword: GrammarAST.Keyword): Hover | undefined {
        const locale = this.locale.current;
        const valueRule = this.layout.valueRuleOf(keyword);
        if (valueRule) {
            const word = isVolunteerMode(leaf.astNode) ? leaf.astNode.mode : keyword.value;
            const value = describeValue(valueRule, word, locale);
            return value ? { contents: { kind: 'markdown', value: paragraphs(`**${escape(leaf.text)}** — ${escape(value.kind)}`, escape(value.label)) }, range: leaf.range } : undefined;
        }
        const found = this.phraseAround(leaf);
        return found ? { contents: { kind: 'markdown', value: keywordMarkdown(found.phrase, found.doc, locale) }, range: found.range } : undefined;
    }

    /**
     * The documented phrase the keyword is part of: among the keywords written together in the
     * same element (`profil du tuteur`, `premier contact le`), the longest documented run that
     * contains the keyword under the cursor.
     */
    private phraseAround(leaf: LeafCstNode): { phrase: string; doc: KeywordDoc; range: LeafCstNode['range'] } | undefined {
        const run = this.keywordRun(leaf);
        const at = run.indexOf(leaf);
        for (let length = run.length; length > 0; length--) {
            for (let start = Math.max(0, at - length + 1); start <= at && start + length <= run.length; start++) {
                const words = run.slice(start, start + length);
                const phrase = words.map((word) => word.text).join(' ');
                const doc = findKeywordDoc(phrase, leaf.astNode.$type);
                if (doc) {
                    return { phrase, doc, range: { start: words[0].range.start, end: words[words.length - 1].range.end } };
                }
            }
        }
        return undefined;
    }

    /** The structural keywords next to each other in the same element. */
    private keywordRun(leaf: LeafCstNode): LeafCstNode[] {
        const belongs = (node: CstNode | undefined): node is LeafCstNode =>
            node !== undefined && isLeafCstNode(node) && node.astNode === leaf.astNode
            && GrammarAST.isKeyword(node.grammarSource) && this.layout.isStructuralKeyword(node.grammarSource);
        const run = [leaf];
        for (let node = CstUtils.getPreviousNode(leaf, false); belongs(node); node = CstUtils.getPreviousNode(node, false)) {
            run.unshift(node);
        }
        for (let node = CstUtils.getNextNode(leaf, false); belongs(node); node = CstUtils.getNextNode(node, false)) {
            run.push(node);
        }
        return run;
    }
}

/** The whole date a word belongs to: `24 juin 2026` under `juin`, or a date written in figures. */
function dateAround(leaf: LeafCstNode): CstNode | undefined {
    for (let node: CstNode | undefined = leaf; node; node = node.container) {
        const source = node.grammarSource;
        if (GrammarAST.isRuleCall(source) && source.rule.ref?.name === 'DateValue') {
            return node;
        }
    }
    return leaf.tokenType.name === 'DATE' ? leaf : undefined;
}
