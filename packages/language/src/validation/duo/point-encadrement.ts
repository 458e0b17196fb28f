import { GrammarUtils } from 'langium';
import type { Duo, Person } from '../../generated/ast.js';
import { directSuperior, superiorChain } from '../../model/organisation.js';
import { defineRule, type RuleContext } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { duoExample } from './example.js';
import { duoHeader, duoParams } from './place.js';

/**
 * duo/point-encadrement — the supervision loop: someone of the supervisors (or the management)
 * reviews regularly with the tutor their mission and the tutee's progress. It is also where the
 * tutor and the hierarchy keep in step (« Le tuteur et la direction veillent à une bonne articulation »).
 */

/** The roles of the people who supervise tutoring (« encadrement », in the guide's broad sense). */
const SUPERVISING_ROLES: ReadonlySet<string> = new Set(['encadrement', 'direction', 'référent-tuteurs', 'référent-formation', 'coordination']);

/** Whether a person may hold the review: a supervising role, or above the tutor or the tutee in the hierarchy. */
function supervises(person: Person, duo: Duo, context: RuleContext): boolean {
    if (person.roles.some((role) => SUPERVISING_ROLES.has(role))) {
        return true;
    }
    return [duo.tutor?.ref, duo.tutee?.ref].some((member) => member !== undefined && superiorChain(member, context.workspace).superiors.some((superior) => superior.name === person.name));
}

/** Who would naturally hold the review: the tutor's superior, the tutee's, or the tutors' referent. */
function likelySupervisor(duo: Duo, tutorsReferent: Person | undefined): Person | undefined {
    const tutor = duo.tutor?.ref;
    const tutee = duo.tutee?.ref;
    return (tutor && directSuperior(tutor)) ?? (tutee && directSuperior(tutee)) ?? tutorsReferent;
}

export const pointEncadrement = defineRule({
    id: 'duo/point-encadrement',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'L’encadrement fait régulièrement le point avec le tuteur', en: 'The supervisors regularly review with the tutor' },
    description: {
        fr: 'Chaque duo prévoit qu’une personne de l’encadrement fasse régulièrement le point avec le tuteur sur sa mission et la progression du tutoré : « point avec Nadia chaque mois ». Cette personne a un rôle d’encadrement (encadrement, direction, référent-tuteurs, référent-formation, coordination) ou est le supérieur hiérarchique du tuteur ou du tutoré, selon la ligne hiérarchique déclarée dans n’importe quel fichier de l’institution.',
        en: 'Each duo plans that someone of the supervisors regularly reviews with the tutor their mission and the tutee’s progress: « point avec Nadia chaque mois ». That person has a supervising role (encadrement, direction, référent-tuteurs, référent-formation, coordination) or is the line manager of the tutor or the tutee, according to the hierarchy declared in any file of the institution.'
    },
    guide: {
        section: { fr: 'Rôle des fonctions d’encadrement ; Le tutorat en milieu professionnel', en: 'Role of the supervisors; Tutoring at the workplace' },
        quote: 'faire le point régulièrement avec le tuteur concernant sa mission et la progression, l’intégration et l’acquisition des compétences du tutoré […] Le tuteur et la direction veillent à une bonne articulation entre eux.'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le point régulier avec l’encadrement', en: 'the regular review with the supervisors' }, line: '{line}' },
            fr: 'Le duo ne prévoit pas que l’encadrement fasse régulièrement le point avec {tutor} sur sa mission et la progression de {tutee}. Écrivez par exemple « point avec {supervisor} chaque mois ».',
            en: 'The duo does not plan for the supervisors to review regularly with {tutor} their mission and {tutee}’s progress. Write for example « point avec {supervisor} chaque mois ».'
        },
        noFrequency: {
            fr: 'Le point avec {supervisor} ne dit pas à quel rythme il a lieu : le guide demande de faire le point régulièrement avec le tuteur. Ajoutez le rythme, par exemple « chaque mois ».',
            en: 'The review with {supervisor} does not say how often it takes place: the guide asks to review regularly with the tutor. Add the rhythm, for example « chaque mois ».'
        },
        notSupervisor: {
            fr: '{person} n’a pas de rôle d’encadrement (encadrement, direction, référent-tuteurs, référent-formation, coordination) et n’est le supérieur hiérarchique ni de {tutor} ni de {tutee} : c’est l’encadrement qui fait le point avec le tuteur. Faites le point avec un responsable, ou déclarez le rôle de {person} (« rôle référent-tuteurs »).',
            en: '{person} has no supervising role (encadrement, direction, référent-tuteurs, référent-formation, coordination) and is the line manager of neither {tutor} nor {tutee}: the supervisors review with the tutor. Hold the review with a manager, or declare {person}’s role (« rôle référent-tuteurs »).'
        }
    },
    fixes: [
        { id: 'addReview', title: { fr: 'Prévoir un point chaque mois avec l’encadrement', en: 'Plan a monthly review with the supervisors' } },
        { id: 'monthly', title: { fr: 'Ajouter « chaque mois »', en: 'Add « chaque mois »' } }
    ],
    examples: { nonCompliant: duoExample(['point avec']), compliant: duoExample() },
    checks: {
        Duo(duo, report, context) {
            const institution = institutionOf(duo);
            if (!institution) {
                return;
            }
            if (duo.reviews.length === 0) {
                const supervisor = likelySupervisor(duo, context.workspace.people(institution).tutorsReferent);
                const line = supervisor ? `point avec ${supervisor.name} chaque mois` : '// à compléter : point avec … chaque mois';
                const edit = insertIntoBlock(duo, [line]);
                report('missing', duoHeader(duo), {
                    params: { ...duoParams(duo), supervisor: supervisor?.name ?? context.text({ fr: 'NomDuResponsable', en: 'ManagerName' }), line },
                    fixes: edit ? [{ fix: 'addReview', edits: [edit] }] : undefined
                });
                return;
            }
            for (const review of duo.reviews) {
                const names = review.supervisors.map((supervisor) => supervisor.$refText).filter((name) => name);
                for (const [index, reference] of review.supervisors.entries()) {
                    const person = reference.ref;
                    if (person && !supervises(person, duo, context)) {
                        report('notSupervisor', { node: review, property: 'supervisors', index }, { params: { ...duoParams(duo), person: person.name } });
                    }
                }
                if (!review.frequency && names.length > 0) {
                    const last = review.$cstNode ? GrammarUtils.findNodesForProperty(review.$cstNode, 'supervisors').pop() : undefined;
                    report('noFrequency', { node: review, keyword: 'point' }, {
                        params: { supervisor: names.join(', ') },
                        fixes: last ? [{ fix: 'monthly', edits: [{ range: { start: last.range.end, end: last.range.end }, newText: ' chaque mois' }] }] : undefined
                    });
                }
            }
        }
    }
});
