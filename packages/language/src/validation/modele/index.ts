import { type RuleDefinition } from '../../rules/definition.js';
import { aCompleter } from './a-completer.js';
import { heritage } from './heritage.js';

/**
 * Rules on charter templates: what a federation's template leaves « à compléter » is completed by
 * each charter that extends it, and templates extend each other without going round in circles.
 */
export const modeleRules: readonly RuleDefinition[] = [aCompleter as RuleDefinition, heritage as RuleDefinition];
