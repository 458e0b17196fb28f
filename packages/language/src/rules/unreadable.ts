import type { AstNode, LangiumDocument } from 'langium';
import { institutionOf } from '../scoping/qualified-names.js';
import { damageOf, type DamageScope } from '../syntax/recovery/damage.js';
import { familyOf, type RuleContext, type RuleDefinition, type RuleFamily } from './definition.js';

/**
 * Nothing is claimed about what could not be read. While a document holds a syntax mistake:
 * - no rule reports on an element whose text holds the mistake (a field it finds missing may be
 *   in the passage that could not be read);
 * - no rule that reads other elements reports on an element of an institution with an unreadable
 *   passage, in any of its files, nor — depending on what the rule reads — while a template or a
 *   framework is unreadable; a finding about a template or framework waits until every document reads.
 * The mistake itself is reported once, by `langage/syntaxe`; the findings come back when it is fixed.
 */
export function drawsOnUnreadable(rule: RuleDefinition, node: AstNode, context: RuleContext): boolean {
    const damage = damageOf(context.document.parseResult);
    const element = elementOf(node);
    if (damage?.elements.has(element) || unresolvedElements(context.document).has(element)) {
        return true;
    }
    if (!rule.crossFile) {
        return false;
    }
    const institution = institutionOf(node);
    const scopes: Array<DamageScope | 'any'> = institution
        ? [`institution:${institution}`, 'everything', ...GLOBALS_READ[familyOf(rule.id) ?? 'langage']]
        : ['any'];
    return context.workspace.unreadable(scopes).length > 0;
}

/** Which shared documents each family of rules reads besides the institution's own: templates, frameworks. */
const GLOBALS_READ: Readonly<Record<RuleFamily, ReadonlyArray<'template' | 'framework'>>> = {
    langage: ['template', 'framework'],
    charte: ['template'],
    modele: ['template'],
    tuteur: ['template'],
    duo: ['template'],
    parcours: ['framework'],
    stage: ['framework'],
    referentiel: ['framework'],
    suppression: []
};

/** Elements the language writes as a block or a line of their own (a finding is about one of them). */
const ELEMENT_TYPES: ReadonlySet<string> = new Set([
    'CharterTemplate', 'Charter', 'Stakes', 'Resources', 'Resource', 'Modalities', 'Modality', 'TutorProfile', 'ServiceProfile',
    'MinExperience', 'MinSeniority', 'MaxTutees', 'MaxTuteesPerService', 'InstitutionalProject', 'Commitments', 'Commitment',
    'Situations', 'TutoringTime', 'Replacement', 'TrainingPlan', 'Training', 'TeamAwareness', 'Partnerships', 'Partnership',
    'Recognition', 'RecognitionItem', 'TutorCommunity', 'After', 'AfterItem',
    'Framework', 'Scale', 'Domain', 'Competence', 'Criterion', 'Indicator',
    'Institution', 'Service', 'JobFunction', 'Person', 'TutorTraining', 'TutorCertificate', 'Awareness', 'Partner', 'Referent',
    'Duo', 'FirstContact', 'Mission', 'TrainingPath', 'PathCriteria', 'Placement', 'Phase', 'Activity', 'Evaluation',
    'ProgressReview', 'SelfEvaluation', 'Document'
]);

/**
 * The elements of a document with a name that cannot be found (`duo Élodie accompagne Lea`), and
 * the elements around them: the reference is reported once, by `langage/reference`; what follows
 * from it (Léa has no tutor) is not claimed while it stands.
 */
export function unresolvedElements(document: LangiumDocument): ReadonlySet<AstNode> {
    const known = UNRESOLVED.get(document);
    if (known && known.state === document.state) {
        return known.elements;
    }
    const elements = new Set<AstNode>();
    for (const reference of document.references) {
        if (reference.error) {
            for (let node: AstNode | undefined = elementOf(reference.error.info.container); node; node = node.$container) {
                elements.add(elementOf(node));
            }
        }
    }
    UNRESOLVED.set(document, { state: document.state, elements });
    return elements;
}

const UNRESOLVED = new WeakMap<LangiumDocument, { state: number; elements: ReadonlySet<AstNode> }>();

/** The element a node belongs to: itself, or the nearest element around it. */
export function elementOf(node: AstNode): AstNode {
    let current: AstNode | undefined = node;
    while (current && !ELEMENT_TYPES.has(current.$type)) {
        current = current.$container;
    }
    return current ?? node;
}
