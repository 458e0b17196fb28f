import { AstUtils, type AstNode } from 'langium';
import { damageOf } from '../syntax/recovery/damage.js';
import { unresolvedMatters } from '../workspace/uncertainty.js';
import type { RuleContext, RuleDefinition } from './definition.js';

/**
 * Nothing is claimed about what could not be read. While a document holds a syntax mistake, or a
 * name that cannot be found:
 * - no rule reports on an element whose text holds the syntax mistake (a field it finds missing may
 *   be in the passage that could not be read), nor on an element that refers to such an element;
 * - no cross-file rule reports from a fact the mistake leaves uncertain (`workspace/uncertainty.ts`):
 *   a tutee seems to have no duo while a duo cannot be read.
 * The mistake itself is reported once (`langage/syntaxe`, `langage/reference`); the findings come
 * back when it is fixed.
 */
export function drawsOnUnreadable(rule: RuleDefinition, node: AstNode, context: RuleContext): boolean {
    const element = elementOf(node);
    if (damageOf(context.document.parseResult)?.elements.has(element) || refersToUnreadableOnce(element, !rule.checksNames, context)) {
        return true;
    }
    return rule.crossFile && context.workspace.readUncertain;
}

/**
 * {@link refersToUnreadable}, asked once per element and check of a document: every rule that
 * reports on an element asks it again, and nothing it depends on changes during the check.
 */
const REFERS_TO_UNREADABLE = new WeakMap<RuleContext, Map<AstNode, { withUnresolved?: boolean; damagedOnly?: boolean }>>();

function refersToUnreadableOnce(element: AstNode, unresolvedToo: boolean, context: RuleContext): boolean {
    let answers = REFERS_TO_UNREADABLE.get(context);
    if (!answers) {
        answers = new Map();
        REFERS_TO_UNREADABLE.set(context, answers);
    }
    let answer = answers.get(element);
    if (!answer) {
        answer = {};
        answers.set(element, answer);
    }
    const field = unresolvedToo ? 'withUnresolved' : 'damagedOnly';
    return answer[field] ??= refersToUnreadable(element, unresolvedToo);
}

/**
 * Whether an element names another element whose text holds a syntax mistake (a duo whose tutor
 * cannot be read), or — unless the rule is about names — a name that cannot be found where it
 * changes what the rules read (a path whose activity develops a competence code that does not
 * exist: which competences it covers is uncertain; a misspelt substitute changes nothing else).
 */
function refersToUnreadable(element: AstNode, unresolvedToo: boolean): boolean {
    for (const node of AstUtils.streamAst(element)) {
        for (const { reference, property } of AstUtils.streamReferences(node)) {
            if (unresolvedToo && reference.error && unresolvedMatters(node, property)) {
                return true;
            }
            const target = 'ref' in reference ? reference.ref : undefined;
            const document = target ? AstUtils.getDocument(target) : undefined;
            if (target && document && damageOf(document.parseResult)?.elements.has(elementOf(target))) {
                return true;
            }
        }
    }
    return false;
}

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

/** The element a node belongs to: itself, or the nearest element around it. */
export function elementOf(node: AstNode): AstNode {
    let current: AstNode | undefined = node;
    while (current && !ELEMENT_TYPES.has(current.$type)) {
        current = current.$container;
    }
    return current ?? node;
}
