import { type RuleDefinition } from '../../rules/definition.js';
import { assurance } from './assurance.js';
import { contactPrealable } from './contact-prealable.js';
import { convention } from './convention.js';
import { engagementsOrganisme } from './engagements-organisme.js';
import { referent } from './referent.js';
import { repartitionRoles } from './repartition-roles.js';
import { suivi } from './suivi.js';
import { typeOrganisme } from './type-organisme.js';

/**
 * Rules from « Rôle des organismes partenaires » and « Établir et entretenir des collaborations ».
 *
 * They read the `stage avec <organisme>` block of a path. A path whose tutee is in situation
 * `stage` or `alternance` but which has no such block is reported once, by stage/convention (the
 * placement is not described at all); the other stage rules wait until the block exists, so that
 * one missing block does not produce five findings.
 */
export const stageRules: readonly RuleDefinition[] = [convention, referent, assurance, contactPrealable, suivi, repartitionRoles, engagementsOrganisme, typeOrganisme] as RuleDefinition[];
