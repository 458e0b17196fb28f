import { inutile } from './inutile.js';
import { raison } from './raison.js';

/**
 * Findings about inline suppressions (`// tutorat-ignorer règle : raison`). The suppressions
 * themselves are applied by the document validator, after every other rule has run.
 */
export const suppressionRules = [raison, inutile];
