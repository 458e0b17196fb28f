import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isNamed, type AstNode, type LeafCstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { TutoratServices } from '../tutorat-module.js';
import { elementKind } from './element-kinds.js';
import { grammarLayout, type GrammarLayout } from './grammar-layout.js';
import { qualifierChain } from './name-occurrences.js';

/**
 * Colours by meaning rather than by spelling: keywords, names where they are declared (with the
 * `declaration` modifier) and where they are used, each kind of element in its own colour (people,
 * services, competences, templates…), texts, dates and numbers, and enumerated values (stakes,
 * situations, diplomas, units).
 */
export class TutoratSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly layout: GrammarLayout;

    constructor(services: TutoratServices) {
        super(services);
        this.layout = grammarLayout(services.Grammar);
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const cst = node.$cstNode;
        if (!cst) {
            return 'prune';
        }
        // The whole document at once: names and references first, so that they win over the token pass.
        const named = new Set<LeafCstNode>();
        for (const element of AstUtils.streamAst(node)) {
            this.highlightNames(element, acceptor, named);
        }
        for (const leaf of CstUtils.flattenCst(cst)) {
            if (!named.has(leaf)) {
                this.highlightLeaf(leaf, acceptor);
            }
        }
        return 'prune';
    }

    private highlightNames(element: AstNode, acceptor: SemanticTokenAcceptor, named: Set<LeafCstNode>): void {
        if (isNamed(element)) {
            const nameNode = GrammarUtils.findNodeForProperty(element.$cstNode, 'name');
            if (nameNode) {
                acceptor({ cst: nameNode, type: elementKind(element.$type).token, modifier: SemanticTokenModifiers.declaration });
                CstUtils.flattenCst(nameNode).forEach((leaf) => named.add(leaf));
            }
        }
        for (const { reference } of AstUtils.streamReferences(element)) {
            const refNode = reference.$refNode;
            const target = 'ref' in reference ? reference.ref : undefined;
            if (!refNode || !target) {
                continue;
            }
            // In `Référentiel.Code`, each segment takes the colour of what it names.
            const segments = CstUtils.flattenCst(refNode).filter((leaf) => leaf.tokenType.name === 'ID').toArray();
            const chain = qualifierChain(target);
            segments.forEach((segment, index) => {
                const denoted = chain[chain.length - segments.length + index] ?? target;
                acceptor({ cst: segment, type: elementKind(denoted.$type).token });
                named.add(segment);
            });
        }
    }

    private highlightLeaf(leaf: LeafCstNode, acceptor: SemanticTokenAcceptor): void {
        const type = this.typeOfLeaf(leaf);
        if (!type) {
            return;
        }
        // Editors rarely accept tokens over several lines (a long text, a comment): one per line.
        const { start } = leaf.range;
        leaf.text.split('\n').forEach((line, index) => {
            const char = index === 0 ? start.character : 0;
            const length = line.replace(/\r$/, '').length;
            if (length > 0) {
                acceptor({ line: start.line + index, char, length, type });
            }
        });
    }

    private typeOfLeaf(leaf: LeafCstNode): string | undefined {
        switch (leaf.tokenType.name) {
            case 'STRING': return SemanticTokenTypes.string;
            case 'DATE':
            case 'NUMBER': return SemanticTokenTypes.number;
            case 'SL_COMMENT':
            case 'ML_COMMENT': return SemanticTokenTypes.comment;
        }
        const keyword = leaf.grammarSource;
        if (!GrammarAST.isKeyword(keyword) || !/\p{L}/u.test(keyword.value)) {
            return undefined;
        }
        const valueRule = this.layout.valueRuleOf(keyword);
        if (valueRule === 'Count') {
            return SemanticTokenTypes.number;
        }
        return valueRule ? SemanticTokenTypes.enumMember : SemanticTokenTypes.keyword;
    }
}
