import { RULE_LABELS, VALUE_RULE_NAMES } from '../rule-labels.js';
import type { Expectation } from './expectations.js';
import type { NoteParam, RulePlace } from './syntax-notes.js';

/** The first part of a value, named by the value it begins: a missing number of a duration is « une durée ». */
const VALUE_PARTS: ReadonlySet<string> = new Set(['Count', 'NumberWord']);

/**
 * Where a mistake is and what was expected there, in the user's terms: in « la description de la
 * personne », « une durée (par exemple 2 ans…) » — rather than the grammar's inner rule (a number)
 * or the list of every keyword that could have come.
 */
export function placeOf(ruleStack: readonly string[] | undefined, expectation: Expectation | undefined): { context: RulePlace; expected: NoteParam } {
    const stack = (ruleStack && ruleStack.length > 0 ? ruleStack : [expectation?.rule ?? 'Document']).map((rule) => rule.replace(/\u200B$/, ''));
    const context = [...stack].reverse().find((rule) => RULE_LABELS[rule] && !VALUE_RULE_NAMES.has(rule)) ?? 'Document';
    let value = stack.length - 1;
    while (value > 0 && VALUE_PARTS.has(stack[value]) && VALUE_RULE_NAMES.has(stack[value - 1])) {
        value--;
    }
    const valueRule = VALUE_RULE_NAMES.has(stack[value]) && RULE_LABELS[stack[value]] ? stack[value] : undefined;
    return { context: { rule: context }, expected: valueRule ? { rule: valueRule } : { expected: [...(expectation?.expected ?? [])] } };
}
