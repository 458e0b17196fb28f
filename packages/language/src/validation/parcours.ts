import type { RuleDefinition } from '../rules/definition.js';

export const parcoursRules: readonly RuleDefinition[] = [];
