import { type RuleDefinition } from '../../rules/definition.js';
import { communauteTuteurs } from './communaute-tuteurs.js';
import { echangesPrealables } from './echanges-prealables.js';
import { engagementDirection } from './engagement-direction.js';
import { enjeux } from './enjeux.js';
import { equipe } from './equipe.js';
import { evaluationDispositif } from './evaluation-dispositif.js';
import { existe } from './existe.js';
import { gestionCompetences } from './gestion-competences.js';
import { modalites } from './modalites.js';
import { partenariats } from './partenariats.js';
import { planFormation } from './plan-formation.js';
import { profilTuteur } from './profil-tuteur.js';
import { projetInstitutionnel } from './projet-institutionnel.js';
import { ressources } from './ressources.js';
import { roles } from './roles.js';
import { sensibilisationEquipes } from './sensibilisation-equipes.js';
import { situationsService } from './situations-service.js';
import { situations } from './situations.js';
import { suppleance } from './suppleance.js';
import { tempsDedie } from './temps-dedie.js';
import { valorisation } from './valorisation.js';

/**
 * Rules from « En amont du tutorat : lui donner un cadre » — the institution's charter of tutoring.
 * They read the EFFECTIVE charter (the charter and the templates it extends): a section inherited
 * from a template satisfies them; a section left « à compléter » is modele/a-completer's business.
 * In a template, what is missing is information for the federation: the template may provide it
 * or leave it « à compléter » for its member institutions.
 */
export const charteRules: readonly RuleDefinition[] = [
    existe as RuleDefinition,
    enjeux, ressources, modalites, profilTuteur, projetInstitutionnel, engagementDirection, sensibilisationEquipes,
    situations, situationsService as RuleDefinition, roles, equipe, echangesPrealables, tempsDedie, suppleance, planFormation, gestionCompetences, partenariats,
    valorisation, communauteTuteurs, evaluationDispositif
];
