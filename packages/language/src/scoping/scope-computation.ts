import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isFramework, isInstitution, isPartner, type Document } from '../generated/ast.js';
import { qualifiedName } from './qualified-names.js';

/**
 * Everything a document makes visible to the workspace, under its qualified name: templates,
 * frameworks and institutions by name; competences as `Référentiel.Code`; the members of an
 * institution as `Institution.Nom` (an institution may be written over several files, and its
 * members are found through this index whatever file declares them).
 */
export class TutoratScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value as Document;
        const add = (node: AstNode & { name?: string }) => {
            const name = qualifiedName(node);
            if (name) {
                exports.push(this.descriptions.createDescription(node, name, document));
            }
        };
        for (const element of root.elements ?? []) {
            add(element);
            if (isFramework(element)) {
                element.competences.forEach(add);
                element.domains.forEach((domain) => domain.competences.forEach(add));
            } else if (isInstitution(element)) {
                for (const member of element.members) {
                    if ('name' in member) {
                        add(member);
                    }
                    if (isPartner(member)) {
                        member.referents.forEach(add);
                    }
                }
            }
        }
        return exports;
    }

    /** All names are resolved through the workspace index (see the scope provider): no local tables needed. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
