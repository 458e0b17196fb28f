import { limite } from './limite.js';
import { coherence } from './coherence.js';
import { doublon } from './doublon.js';
import { reference } from './reference.js';
import { syntaxe } from './syntaxe.js';
import { valeur } from './valeur.js';

/**
 * The language's own findings: what makes a document wrong whatever the guide says. They cannot
 * be turned off or suppressed; their messages still speak the user's language.
 */
export const langageRules = [syntaxe, reference, doublon, valeur, coherence, limite];
