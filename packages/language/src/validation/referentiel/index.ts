import { type RuleDefinition } from '../../rules/definition.js';
import { criteres } from './criteres.js';
import { dimensions } from './dimensions.js';
import { dimensionsTransversales } from './dimensions-transversales.js';
import { inutilise } from './inutilise.js';
import { taxonomie } from './taxonomie.js';
import { unicite } from './unicite.js';

/** Rules on competence frameworks, read by the paths of every institution of the workspace. */
export const referentielRules: readonly RuleDefinition[] = [criteres, dimensions, dimensionsTransversales, unicite, inutilise, taxonomie] as RuleDefinition[];
