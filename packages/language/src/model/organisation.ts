import type { Duo, JobFunction, Person, Service } from '../generated/ast.js';
import { institutionOf } from '../scoping/qualified-names.js';
import type { RuleQueries } from '../rules/rule-queries.js';

/** A person declared « tuteur » or « tutrice ». */
export function isDeclaredTutor(person: Person): boolean {
    return person.kind === 'tuteur' || person.kind === 'tutrice';
}

/** A person declared « tutoré » or « tutorée ». */
export function isDeclaredTutee(person: Person): boolean {
    return person.kind === 'tutoré' || person.kind === 'tutorée';
}

/**
 * Whether a person acts as a tutor: declared as such, or tutor of a duo in any file of the
 * institution (reading the duos records that the checked document depends on them).
 */
export function actsAsTutor(person: Person, workspace: RuleQueries): boolean {
    if (isDeclaredTutor(person)) {
        return true;
    }
    const institution = institutionOf(person);
    return institution !== undefined && workspace.duosOfTutor(institution, person.name).length > 0;
}

/** One step of the hierarchy: `person` reports to `superior`, as written or as head of the person's service. */
export interface HierarchyLink {
    readonly person: Person;
    readonly superior: Person;
    /** The service whose head the superior is, when the line is not written on the person. */
    readonly throughService?: Service;
}

/**
 * A person's direct superior: the one written (« supérieur hiérarchique »), or else the head of
 * their service (« responsable ») when they are not that head themselves.
 */
export function directLink(person: Person): HierarchyLink | undefined {
    const written = person.superior?.ref;
    if (written) {
        return { person, superior: written };
    }
    const service = person.service?.ref;
    const head = service?.head?.ref;
    return service && head && head !== person && head.name !== person.name ? { person, superior: head, throughService: service } : undefined;
}

export function directSuperior(person: Person): Person | undefined {
    return directLink(person)?.superior;
}

export interface SuperiorChain {
    /** The superiors of a person, nearest first. */
    readonly superiors: readonly Person[];
    /** The hierarchy lines that lead to each superior, in the same order. */
    readonly links: readonly HierarchyLink[];
    /** When the line goes round in a loop: the people of the loop, starting from where it closes. */
    readonly cycle?: readonly Person[];
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
    const links: HierarchyLink[] = [];
    const superiors: Person[] = [];
    const seen = new Set<string>([person.name]);
    for (let link = directLink(person); link; link = directLink(link.superior)) {
        const current = link.superior;
        if (seen.has(current.name)) {
            const start = superiors.findIndex((candidate) => candidate.name === current.name);
            return { superiors, links, cycle: start >= 0 ? superiors.slice(start) : [person, ...superiors] };
        }
        seen.add(current.name);
        superiors.push(current);
        links.push(link);
    }
    return { superiors, links };
}

/**
 * The hierarchy lines that put `candidate` above `person` (directly or through others), from the
 * person up to the candidate; undefined when the candidate is not above the person.
 */
export function isAbove(candidate: Person, person: Person, workspace: RuleQueries): HierarchyLink[] | undefined {
    const { links } = superiorChain(person, workspace);
    const index = links.findIndex((link) => link.superior.name === candidate.name);
    return index >= 0 ? links.slice(0, index + 1) : undefined;
}

/**
 * The function a tutee learns: the one aimed at (« fonction visée »), else the one they hold.
 * Returns the reference's holder so that a finding can point at the line that names it.
 */
export function aimedFunction(tutee: Person): { readonly function: JobFunction; readonly property: 'targetFunction' | 'function' } | undefined {
    const aimed = tutee.targetFunction?.ref;
    if (aimed) {
        return { function: aimed, property: 'targetFunction' };
    }
    const held = tutee.function?.ref;
    return held ? { function: held, property: 'function' } : undefined;
}

/** Same function, or functions declared « similaire à » each other (in either direction). */
export function areSimilarFunctions(a: JobFunction, b: JobFunction): boolean {
    return a.name === b.name
        || a.similar.some((similar) => similar.$refText === b.name)
        || b.similar.some((similar) => similar.$refText === a.name);
}

/**
 * The service a duo belongs to when counting tutees per service: the tutee's service, else the
 * tutor's (a trainee is often declared without a service).
 */
export function serviceOfDuo(duo: Duo): string | undefined {
    return duo.tutee?.ref?.service?.$refText ?? duo.tutor?.ref?.service?.$refText;
}
