import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';
import { TutoratGrammar } from '../../generated/grammar.js';

/**
 * Every kind of element that holds a date, with the properties that hold one, read from the
 * grammar (each assignment of a `DateValue`, fragments included): a construct added to the
 * language has its dates checked without being listed anywhere else.
 */
export function datedElements(grammar: Grammar): ReadonlyMap<string, readonly string[]> {
    const elements = new Map<string, string[]>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule)) {
            continue;
        }
        const properties = [...dateAssignments(rule, new Set())];
        if (properties.length > 0) {
            elements.set(GrammarUtils.getRuleTypeName(rule), properties);
        }
    }
    return elements;
}

function dateAssignments(rule: GrammarAST.ParserRule, visited: Set<GrammarAST.ParserRule>): Set<string> {
    const properties = new Set<string>();
    visited.add(rule);
    for (const element of AstUtils.streamAllContents(rule.definition)) {
        if (GrammarAST.isAssignment(element) && GrammarAST.isRuleCall(element.terminal) && element.terminal.rule.ref?.name === 'DateValue') {
            properties.add(element.feature);
        } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref.fragment && !visited.has(element.rule.ref)) {
            dateAssignments(element.rule.ref, visited).forEach((property) => properties.add(property));
        }
    }
    return properties;
}

export const DATED_ELEMENTS = datedElements(TutoratGrammar());
