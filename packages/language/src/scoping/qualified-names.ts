import type { AstNode } from 'langium';
import { isCompetence, isFramework, isInstitution, isReferent, type Competence, type Framework } from '../generated/ast.js';

/** Element kinds that belong to an institution and are named within it. */
export const INSTITUTION_MEMBER_TYPES = ['Person', 'Service', 'JobFunction', 'Partner', 'TrainingPath', 'Referent'] as const;

/**
 * The name under which an element is known across the workspace:
 * `CP319` for a template, `RefEducateur.C1` for a competence, `LesTilleuls.Élodie` for a person
 * of an institution, `LesTilleuls.HELHa.Dubois` for a partner's referent.
 */
export function qualifiedName(node: AstNode & { name?: string }): string | undefined {
    if (!node.name) {
        return undefined;
    }
    if (isCompetence(node)) {
        const framework = frameworkOf(node);
        return framework?.name ? `${framework.name}.${node.name}` : undefined;
    }
    if (isReferent(node)) {
        const partner = node.$container;
        const institution = partner.$container;
        return institution?.name && partner.name ? `${institution.name}.${partner.name}.${node.name}` : undefined;
    }
    const container = node.$container;
    if (container && isInstitution(container)) {
        return container.name ? `${container.name}.${node.name}` : undefined;
    }
    return node.name;
}

export function frameworkOf(competence: Competence): Framework | undefined {
    let node: AstNode | undefined = competence.$container;
    while (node && !isFramework(node)) {
        node = node.$container;
    }
    return node;
}

/** The institution block an element is written in, if any. */
export function institutionOf(node: AstNode): string | undefined {
    let current: AstNode | undefined = node;
    while (current) {
        if (isInstitution(current)) {
            return current.name;
        }
        current = current.$container;
    }
    return undefined;
}

