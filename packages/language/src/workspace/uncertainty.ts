import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isInstitution } from '../generated/ast.js';
import { damageOf } from '../syntax/recovery/damage.js';

/**
 * What other documents cannot rely on while a document has a passage that cannot be read, or a
 * name that cannot be found — expressed as *topics* of the workspace's facts (`duos:LesTilleuls`,
 * `charte:LesTilleuls`, `noms-globaux`…). A cross-file rule that reads a fact of an uncertain
 * topic makes no claim from it (see `RuleQueries`): a duo that cannot be read may be the duo a
 * tutee seems to lack; a tutor whose block cannot be read may be the person a reference seems to
 * miss. The topics follow the kind of element that is affected, so that a half-written tutor
 * does not silence what the duos of the same institution say.
 */

/** Every topic of an institution, or of the whole workspace. */
export const ALL = '*';

/** The topic of a fact key: its kind and, for an institution's facts, the institution (`duos-tuteur:Alpha.Élodie` → `duos-tuteur:Alpha`). */
export function topicOf(key: string): string {
    const colon = key.indexOf(':');
    if (colon < 0) {
        return key;
    }
    const kind = key.slice(0, colon);
    if (GLOBAL_KINDS.has(kind)) {
        return kind;
    }
    const institution = key.slice(colon + 1).split('.')[0];
    return `${kind}:${institution}`;
}

/** The institution of a topic, if it is an institution's. */
export function institutionOfTopic(topic: string): string | undefined {
    const colon = topic.indexOf(':');
    return colon < 0 ? undefined : topic.slice(colon + 1);
}

/** Fact kinds shared by the whole workspace (templates, frameworks), see `FactKey`. */
const GLOBAL_KINDS: ReadonlySet<string> = new Set(['noms-globaux', 'nom-global', 'modèle', 'usage']);

/** For each kind of element of an institution, the facts it contributes to (see `collectInstitutionFacts`). */
const MEMBER_TOPICS: Readonly<Record<string, readonly string[]>> = {
    Charter: ['charte'],
    Person: ['organisation', 'noms', 'nom'],
    Service: ['organisation', 'noms', 'nom'],
    JobFunction: ['fonctions', 'noms', 'nom'],
    Partner: ['noms', 'nom'],
    Duo: ['duos', 'duos-tuteur', 'duos-tutoré'],
    TrainingPath: ['parcours', 'noms', 'nom']
};

/** The topics other documents cannot rely on because of this document. */
export function uncertainTopics(document: LangiumDocument): Set<string> {
    const topics = new Set<string>();
    const root = document.parseResult.value;
    const damage = damageOf(document.parseResult);
    if (damage?.anonymous.has('Institution')) {
        // An institution whose name could not be read: which institution's facts it holds is unknown.
        topics.add(ALL);
    }
    for (const place of damage?.places ?? []) {
        if (place === root) {
            // A mistake outside every element: anything may be hidden there.
            topics.add(ALL);
        } else if (place.$container === root) {
            addTopics(place, undefined, topics);
        } else if (place.$container) {
            addTopics(place.$container, place, topics);
        }
    }
    for (const reference of document.references) {
        if (reference.error) {
            const { container, property } = reference.error.info;
            const kinds = UNRESOLVED_TOPICS[`${container.$type}.${property}`];
            const top = kinds && AstUtils.findRootNode(container) === root ? topLevel(container) : undefined;
            const institution = top && isInstitution(top.element) ? top.element.name ?? ALL : undefined;
            if (institution) {
                kinds!.forEach((kind) => topics.add(GLOBAL_KINDS.has(kind) ? kind : `${kind}:${institution}`));
            }
        }
    }
    return topics;
}

/** Whether a name that cannot be found, written there, leaves facts uncertain (its element's findings too). */
export function unresolvedMatters(container: AstNode, property: string): boolean {
    return UNRESOLVED_TOPICS[`${container.$type}.${property}`] !== undefined;
}

/**
 * The facts a name that cannot be found leaves uncertain, by where it is written: a duo's tutee
 * written `Lea` hides the duo Léa has (`duos-tutoré`), a superior misspelt hides the hierarchy;
 * a misspelt substitute or evaluator changes no fact another element reads.
 */
const UNRESOLVED_TOPICS: Readonly<Record<string, readonly string[]>> = {
    'Duo.tutor': ['duos', 'duos-tuteur'],
    'Duo.tutee': ['duos', 'duos-tutoré'],
    'Person.superior': ['organisation'],
    'Person.service': ['organisation'],
    'Service.head': ['organisation'],
    'Person.function': ['fonctions'],
    'Person.targetFunction': ['fonctions'],
    'TrainingPath.tutee': ['parcours'],
    // A placement's partner that cannot be found (its file unreadable): what the placement says of it is uncertain.
    'Placement.partner': ['parcours'],
    'TrainingPath.frameworks': ['usage'],
    'TrainingPath.targets': ['usage'],
    'Activity.competences': ['usage'],
    'Evaluation.competences': ['usage'],
    'Placement.competences': ['usage'],
    'PathCriteria.competence': ['usage'],
    'Charter.template': ['charte']
};

function topLevel(node: AstNode): { element: AstNode; member?: AstNode } | undefined {
    let member: AstNode | undefined;
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (current.$container && !current.$container.$container) {
            return { element: current, member };
        }
        member = current;
    }
    return undefined;
}

function addTopics(top: AstNode, member: AstNode | undefined, into: Set<string>): void {
    if (isInstitution(top)) {
        const name = top.name ?? ALL;
        const kinds = member ? MEMBER_TOPICS[member.$type] : undefined;
        if (!kinds) {
            // A mistake in the institution block itself: any of its facts may be hidden, the
            // competences its paths use too (a path left out whole, its header half typed).
            into.add(`${ALL}:${name}`);
            into.add('usage');
            return;
        }
        kinds.forEach((kind) => into.add(`${kind}:${name}`));
        if (member!.$type === 'TrainingPath') {
            into.add('usage');
        }
        return;
    }
    if (top.$type === 'CharterTemplate') {
        ['modèle', 'noms-globaux', 'nom-global'].forEach((kind) => into.add(kind));
    } else if (top.$type === 'Framework') {
        ['usage', 'noms-globaux', 'nom-global', 'référentiel'].forEach((kind) => into.add(kind));
    }
}
