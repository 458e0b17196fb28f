import type { RuleDefinition } from '../rules/definition.js';

export const modeleRules: readonly RuleDefinition[] = [];
