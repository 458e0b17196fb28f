import type { RuleDefinition } from '@tutorat/language';

/**
 * Which findings claim that something is absent — « la charte ne l’a pas encore écrite », « ne
 * prévoit aucune évaluation », « ne correspond à aucune personne ». After a slip, such a claim is
 * false when the thing is there but could not be read; one slip must never produce one.
 *
 * A finding (never a syntax finding) is an absence claim when
 * - it is an unresolved name (`langage/reference`, and `parcours/referentiel` for a competence code
 *   no framework of the path defines): it says no such name is declared;
 * - or its message key, as the catalogue names them, says what is missing: `missing…`, `empty…`,
 *   `incomplete…`, `none`, `some` (some base documents are not given), `no…` (`noFinal`,
 *   `noDuo`, `noCriteria`…), `notWorked`, `notAssessed`, `notWorkload`, `neither`, `untrained`,
 *   `unaware`, `unused`, `unfinished` (what an element still being written lacks), `inherited…` (a template's « à compléter » the charter has not written),
 *   `…Missing` (`tutorMissing`, `aimedMissing`…), each with or without `InTemplate`; and the keys
 *   named otherwise (`OTHER_ABSENCE_CLAIMS`).
 *
 * `catalogueAbsenceWording` keeps this honest: every catalogue message whose French text says
 * something is missing must be classified as an absence claim (see the drafting test).
 */

/** Syntax findings describe the text as written (« il manque le guillemet fermant »), never the tutoring it describes. */
const SYNTAX = 'langage/syntaxe';
export const UNRESOLVED_NAME_RULES: ReadonlySet<string> = new Set(['langage/reference', 'parcours/referentiel']);

const ABSENCE_KEY = /^(?:missing|empty|incomplete|none|some|neither|untrained|unaware|unused|unfinished|not(?:Worked|Assessed|Workload)|no[A-Z]\w*|inherited\w*|\w+Missing)(?:InTemplate)?$/;

/** Absence claims whose key does not follow the convention. */
const OTHER_ABSENCE_CLAIMS = new Set([
    'duo/suppleant:charterToComplete', 'parcours/bilan-encadrement:withoutTutee',
    // A date, a person or a referent that is not written: « ne dit pas quand », « ne dit pas qui ».
    'tuteur/formation-continue:undated', 'tuteur/reflexion-fonction:interviewWithNobody', 'duo/premier-contact:undated', 'duo/equipe-informee:undated',
    'parcours/evaluations:withoutTutor', 'stage/referent:notNamed', 'stage/contact-prealable:nobody'
]);

/**
 * « Les noms cités ici ne peuvent pas être vérifiés tant que … contient une erreur » says a name
 * could not be checked, not that it is missing: the one information the issue allows per unreadable file.
 */
const NOT_A_CLAIM = new Set(['langage/reference:unreadable']);

export function isAbsenceClaim(ruleId: string, messageKey: string | undefined): boolean {
    if (ruleId === SYNTAX || NOT_A_CLAIM.has(`${ruleId}:${messageKey}`)) {
        return false;
    }
    return UNRESOLVED_NAME_RULES.has(ruleId)
        || (messageKey !== undefined && (ABSENCE_KEY.test(messageKey) || OTHER_ABSENCE_CLAIMS.has(`${ruleId}:${messageKey}`)));
}

/** French wordings that say something is missing. */
const ABSENCE_WORDING = /\baucune?\b|ne (?:dit|précise|prévoit|décrit|définit|nomme|note|fixe|recense|relie|dédie|énonce|invite|intègre|rend|désigne|reçoit) pas|n’est pas (?:indiquée?|prévue?|formalisée|compté)|ne (?:l’a|le) pas encore|ne précise pas encore|il manque|introuvable|pas indiqués?|n’est prévu/;

/** The catalogue's messages whose French text speaks of an absence (syntax findings left out). */
export function catalogueAbsenceWording(rules: readonly RuleDefinition[]): Array<{ readonly ruleId: string; readonly messageKey: string }> {
    return rules.filter((rule) => rule.id !== SYNTAX).flatMap((rule) => Object.entries(rule.messages)
        .filter(([, message]) => ABSENCE_WORDING.test(message.fr))
        .map(([messageKey]) => ({ ruleId: rule.id, messageKey })));
}
