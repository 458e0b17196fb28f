import { type RuleDefinition } from '../../rules/definition.js';
import { alerte } from './alerte.js';
import { documentsAccueil } from './documents-accueil.js';
import { entretiens } from './entretiens.js';
import { equipeInformee } from './equipe-informee.js';
import { pointEncadrement } from './point-encadrement.js';
import { premierContact } from './premier-contact.js';
import { suppleant } from './suppleant.js';
import { tempsCommun } from './temps-commun.js';
import { tuteurDesigne } from './tuteur.js';

/** Rules about the tutor and tutee pair (« Conditions de réussite », « Rôle du tutoré »). */
export const duoRules: readonly RuleDefinition[] = [tuteurDesigne, suppleant, entretiens, tempsCommun, premierContact, equipeInformee, pointEncadrement, alerte, documentsAccueil] as RuleDefinition[];
