import { AstUtils, CstUtils, GrammarUtils, isNamed, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type NamedAstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isCompetence, isDocument, isInstitution } from '../generated/ast.js';
import { frameworkOf } from '../scoping/qualified-names.js';
import type { TutoratServices } from '../tutorat-module.js';

/**
 * Names and the elements they denote, segment by segment: in `AccompagnementAdultes.REL1` the first
 * segment names the framework and the second the competence; in `HELHa.Dubois` the partner, then
 * its referent. Hover, go to definition, find references and rename all read names this way, so
 * that renaming a framework changes only its segment of the qualified references.
 */
export interface NameAt {
    /** The element the name under the cursor denotes. */
    readonly element: NamedAstNode;
    /** The segment under the cursor. */
    readonly leaf: LeafCstNode;
    readonly isDeclaration: boolean;
}

export interface NameOccurrence {
    readonly uri: string;
    readonly range: Range;
}

/** The name (declared or referenced) at an offset of a document, and what it denotes. */
export function nameAt(document: LangiumDocument, offset: number): NameAt | undefined {
    const root = document.parseResult.value.$cstNode;
    // The cursor may stand just after the name (`Élodie|`).
    const leaf = root && [offset, offset - 1].map((at) => CstUtils.findLeafNodeAtOffset(root, at)).find((candidate) => candidate && !candidate.hidden && candidate.tokenType.name === 'ID');
    if (!leaf) {
        return undefined;
    }
    const owner = leaf.astNode;
    if (isNamed(owner) && GrammarUtils.findNodeForProperty(owner.$cstNode, 'name') === leaf) {
        return { element: owner, leaf, isDeclaration: true };
    }
    for (const { reference } of AstUtils.streamReferences(owner)) {
        const refNode = reference.$refNode;
        if (!refNode || leaf.offset < refNode.offset || leaf.end > refNode.end) {
            continue;
        }
        const target = 'ref' in reference ? reference.ref : undefined;
        const segments = idLeaves(refNode);
        const fromEnd = segments.length - 1 - segments.indexOf(leaf);
        const chain = target ? qualifierChain(target) : [];
        const element = chain[chain.length - 1 - fromEnd];
        return element && isNamed(element) ? { element, leaf, isDeclaration: false } : undefined;
    }
    return undefined;
}

/**
 * Every place naming an element: its declaration (every block of an institution written over
 * several files) and each segment of a reference that stands for it, in all documents.
 */
export function occurrencesOf(element: NamedAstNode, services: TutoratServices, includeDeclaration: boolean): NameOccurrence[] {
    const occurrences: NameOccurrence[] = [];
    if (includeDeclaration) {
        occurrences.push(...declarationsOf(element, services));
    }
    const documents = services.shared.workspace.LangiumDocuments;
    for (const named of AstUtils.streamAst(element)) {
        if (!isNamed(named)) {
            continue;
        }
        const chain = qualifierChain(named);
        const fromEnd = chain.length - 1 - chain.indexOf(element);
        if (fromEnd >= chain.length) {
            continue;
        }
        for (const reference of services.references.References.findReferences(named, { includeDeclaration: false })) {
            const document = documents.getDocument(reference.sourceUri);
            const refNode = document && referenceNodeAt(document, reference.segment.offset, reference.segment.end);
            const segments = refNode ? idLeaves(refNode) : [];
            const segment = segments[segments.length - 1 - fromEnd];
            if (segment) {
                occurrences.push({ uri: reference.sourceUri.toString(), range: segment.range });
            }
        }
    }
    return occurrences;
}

function declarationsOf(element: NamedAstNode, services: TutoratServices): NameOccurrence[] {
    if (isInstitution(element)) {
        // An institution is one element written in several files: all its blocks bear the name.
        return services.shared.workspace.IndexManager.allElements('Institution')
            .filter((description) => description.name === element.name && description.nameSegment !== undefined)
            .map((description) => ({ uri: description.documentUri.toString(), range: description.nameSegment!.range }))
            .toArray();
    }
    const nameNode = services.references.NameProvider.getNameNode(element);
    return nameNode ? [{ uri: AstUtils.getDocument(element).uri.toString(), range: nameNode.range }] : [];
}

/** The elements a qualified name passes through, outermost first: framework then competence. */
export function qualifierChain(node: AstNode): AstNode[] {
    if (isCompetence(node)) {
        const framework = frameworkOf(node);
        return framework ? [framework, node] : [node];
    }
    const chain = [node];
    for (let container = node.$container; container && !isDocument(container); container = container.$container) {
        if (isNamed(container)) {
            chain.unshift(container);
        }
    }
    return chain;
}

function idLeaves(node: CstNode): LeafCstNode[] {
    return CstUtils.flattenCst(node).filter((leaf) => !leaf.hidden && leaf.tokenType.name === 'ID').toArray();
}

/** The syntax node of a reference from its span in the document. */
function referenceNodeAt(document: LangiumDocument, start: number, end: number): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    let node: CstNode | undefined = root && CstUtils.findLeafNodeAtOffset(root, start);
    while (node?.container && node.container.offset >= start && node.container.end <= end) {
        node = node.container;
    }
    return node;
}
