import type { RuleDefinition } from '../rules/definition.js';

export const duoRules: readonly RuleDefinition[] = [];
