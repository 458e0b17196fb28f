import { type RuleDefinition } from '../../rules/definition.js';
import { autoevaluation } from './autoevaluation.js';
import { bilanEncadrement } from './bilan-encadrement.js';
import { chronologie } from './chronologie.js';
import { couverture } from './couverture.js';
import { criteres } from './criteres.js';
import { evaluations } from './evaluations.js';
import { existe } from './existe.js';
import { methodes } from './methodes.js';
import { phases } from './phases.js';
import { progressif } from './progressif.js';
import { projetProfessionnel } from './projet-professionnel.js';
import { referentiel } from './referentiel.js';
import { supports } from './supports.js';

/** Rules from « En cours de tutorat : accueillir, accompagner, évaluer » — the training path. */
export const parcoursRules: readonly RuleDefinition[] = [
    // The path's head (project, supports) before its phases: an unfinished path's quick fix writes them in this order.
    existe, projetProfessionnel, supports,
    phases, chronologie, progressif, referentiel, criteres, evaluations, couverture, methodes, bilanEncadrement, autoevaluation
] as RuleDefinition[];
