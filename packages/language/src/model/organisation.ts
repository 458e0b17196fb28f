import type { Person } from '../generated/ast.js';
import { institutionOf } from '../scoping/qualified-names.js';
import type { RuleQueries } from '../rules/rule-queries.js';

export interface SuperiorChain {
    /** The superiors of a person, nearest first. */
    readonly superiors: readonly Person[];
    /** When the line goes round in a loop: the people of the loop, starting from where it closes. */
    readonly cycle?: readonly Person[];
}

/**
 * A person's direct superior: the one written (« supérieur hiérarchique »), or else the head of
 * their service (« responsable ») when they are not that head themselves.
 */
export function directSuperior(person: Person): Person | undefined {
    const written = person.superior?.ref;
    if (written) {
        return written;
    }
    const head = person.service?.ref?.head?.ref;
    return head && head !== person && head.name !== person.name ? head : undefined;
}

/**
 * The whole hierarchy line above a person, over all files of the institution. Reading it records
 * that the checked document depends on the institution's organisation.
 */
export function superiorChain(person: Person, workspace: RuleQueries): SuperiorChain {
    const institution = institutionOf(person);
    if (institution) {
        workspace.organisation(institution);
    }
    const superiors: Person[] = [];
    const seen = new Set<string>([person.name]);
    for (let current = directSuperior(person); current; current = directSuperior(current)) {
        if (seen.has(current.name)) {
            const start = superiors.findIndex((candidate) => candidate.name === current!.name);
            return { superiors, cycle: start >= 0 ? superiors.slice(start) : [person, ...superiors] };
        }
        seen.add(current.name);
        superiors.push(current);
    }
    return { superiors };
}

/** Whether `candidate` is above `person` in the hierarchy (directly or through others). */
export function isAbove(candidate: Person, person: Person, workspace: RuleQueries): Person[] | undefined {
    const chain = superiorChain(person, workspace).superiors;
    const index = chain.findIndex((superior) => superior.name === candidate.name);
    return index >= 0 ? chain.slice(0, index + 1) : undefined;
}

