import { type RuleDefinition } from '../../rules/definition.js';
import { anciennete } from './anciennete.js';
import { chargeService } from './charge-service.js';
import { competencesTutorales } from './competences-tutorales.js';
import { charge } from './charge.js';
import { designation } from './designation.js';
import { experience } from './experience.js';
import { fonctionSimilaire } from './fonction-similaire.js';
import { formationContinue } from './formation-continue.js';
import { forme } from './forme.js';
import { missionFormalisee } from './mission-formalisee.js';
import { nonSuperieur } from './non-superieur.js';
import { profilSpecifique } from './profil-specifique.js';
import { qualification } from './qualification.js';
import { reflexionFonction } from './reflexion-fonction.js';
import { volontaire } from './volontaire.js';

/**
 * Rules from « Le choix du tuteur », « Rôle de l'encadrement » and « Rôle du tuteur ».
 *
 * What a tutor is on their own (experience, seniority, volunteering, designation, abilities, training) is reported on
 * their declaration; what compares the tutor with the tutee (function, qualification, specific
 * profile, hierarchy, mission, load) is reported on the duo.
 */
export const tuteurRules: readonly RuleDefinition[] = [
    nonSuperieur, volontaire, designation, competencesTutorales, experience, anciennete, fonctionSimilaire, qualification, forme,
    charge, chargeService, missionFormalisee, profilSpecifique, formationContinue, reflexionFonction
] as RuleDefinition[];
