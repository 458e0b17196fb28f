import type { RuleDefinition } from '../rules/definition.js';

export const charteRules: readonly RuleDefinition[] = [];
