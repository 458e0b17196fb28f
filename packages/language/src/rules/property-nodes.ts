import { AstUtils, GrammarAST, isCompositeCstNode, type CstNode } from 'langium';

/**
 * The CST nodes of a node's own text grouped by the property they assign: what
 * GrammarUtils.findNodesForProperty finds for each property, in one walk instead of one per property.
 */
export function nodesByProperty(cst: CstNode): Map<string, CstNode[]> {
    const found = new Map<string, CstNode[]>();
    const element = cst.astNode;
    const visit = (node: CstNode, first: boolean) => {
        const feature = first ? undefined : assignedFeature(node.grammarSource);
        if (feature) {
            const nodes = found.get(feature);
            nodes ? nodes.push(node) : found.set(feature, [node]);
        } else if (isCompositeCstNode(node) && node.astNode === element) {
            node.content.forEach((child) => visit(child, false));
        }
    };
    visit(cst, true);
    return found;
}

/**
 * GrammarUtils.findNodeForProperty for the places of findings and of the places they name: several
 * findings often fall on one element (a duo with five lines missing), or name the same one (a
 * function, an institution of 5,000 lines), and each used to walk that element's text again. The
 * elements' properties are kept for one validation: the rule engine clears them at its end.
 */
export class PropertyNodes {
    private readonly byElement = new Map<CstNode, Map<string, CstNode[]>>();

    /** The `index`-th node assigning `property` (the last one if there are fewer), as Langium chooses it. */
    find(cst: CstNode | undefined, property: string, index?: number): CstNode | undefined {
        if (!cst) {
            return undefined;
        }
        let properties = this.byElement.get(cst);
        if (!properties) {
            properties = nodesByProperty(cst);
            this.byElement.set(cst, properties);
        }
        const nodes = properties.get(property);
        if (!nodes) {
            return undefined;
        }
        return nodes[index === undefined ? 0 : Math.max(0, Math.min(index, nodes.length - 1))];
    }

    clear(): void {
        this.byElement.clear();
    }
}

/** The property a grammar element assigns, if any; the grammar never changes, so it is remembered. */
const FEATURES = new WeakMap<object, string | null>();

function assignedFeature(source: CstNode['grammarSource']): string | undefined {
    if (!source) {
        return undefined;
    }
    let feature = FEATURES.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        FEATURES.set(source, feature);
    }
    return feature ?? undefined;
}
