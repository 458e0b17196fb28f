import type { RuleDefinition } from '../rules/definition.js';

export const tuteurRules: readonly RuleDefinition[] = [];
