import type { RuleDefinition } from '../rules/definition.js';

export const stageRules: readonly RuleDefinition[] = [];
