import { charteRules } from '../validation/charte/index.js';
import { duoRules } from '../validation/duo/index.js';
import { langageRules } from '../validation/langage/index.js';
import { modeleRules } from '../validation/modele/index.js';
import { parcoursRules } from '../validation/parcours.js';
import { referentielRules } from '../validation/referentiel/index.js';
import { stageRules } from '../validation/stage/index.js';
import { suppressionRules } from '../validation/suppression/index.js';
import { tuteurRules } from '../validation/tuteur/index.js';
import type { RuleDefinition } from './definition.js';

/**
 * The rule catalogue: the single list every other part reads — registration in the validator,
 * severities and configuration, suppressions, documentation pages, `tutorat rules`, SARIF output
 * and the handbook's checklist.
 */
export const RULES: readonly RuleDefinition[] = [
    ...langageRules,
    ...charteRules,
    ...tuteurRules,
    ...duoRules,
    ...parcoursRules,
    ...stageRules,
    ...referentielRules,
    ...modeleRules,
    ...suppressionRules
] as RuleDefinition[];

const BY_ID = new Map<string, RuleDefinition>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleDefinition | undefined {
    return BY_ID.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
