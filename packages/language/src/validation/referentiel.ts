import type { RuleDefinition } from '../rules/definition.js';

export const referentielRules: readonly RuleDefinition[] = [];
