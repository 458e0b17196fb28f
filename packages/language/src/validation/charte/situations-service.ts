import { GrammarUtils } from 'langium';
import type { Service } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { joinList } from '../../i18n/locale.js';
import { defineRule, type FixEdit } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';

/**
 * charte/situations-service — within each service that hosts tutees, the supervisors list the
 * situations in which tutoring is indicated, and every tutee's situation is among them.
 */

/** The tutees of a service, over all files of the institution. */
export const situationsService = defineRule({
    id: 'charte/situations-service',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Chaque service recense ses situations de tutorat', en: 'Each service lists its tutoring situations' },
    description: {
        fr: 'Un service qui accueille des tutorés (déclarés « service … », dans n’importe quel fichier de l’institution) recense les situations où un tutorat y est indiqué (« situations nouveau-travailleur, réintégration ») ; la situation de chacun de ses tutorés en fait partie.',
        en: 'A service hosting tutees (declared « service … », in any file of the institution) lists the situations in which tutoring is indicated there (« situations nouveau-travailleur, réintégration »); each of its tutees’ situation is among them.'
    },
    guide: {
        section: { fr: 'Rôle des fonctions d’encadrement', en: 'Role of the supervisors' },
        quote: 'recenser au sein d’un service les situations où un tutorat est indiqué (ex. : intégration d’un nouveau travailleur)'
    },
    messages: {
        missing: {
            fr: 'Le service {service} accueille {tutees}, mais ne recense pas les situations où un tutorat y est indiqué. Ajoutez-les au service : « situations {situations} ».',
            en: 'The service {service} hosts {tutees}, but does not list the situations in which tutoring is indicated there. Add them to the service: « situations {situations} ».'
        },
        notListed: {
            fr: 'La situation de {tutee} (« {situation} ») ne fait pas partie des situations recensées par le service {service}. Ajoutez-la à ses « situations », ou corrigez la situation de {tutee}.',
            en: '{tutee}’s situation (« {situation} ») is not among the situations the service {service} lists. Add it to its « situations », or correct {tutee}’s situation.'
        }
    },
    fixes: [
        { id: 'addSituations', title: { fr: 'Recenser les situations des tutorés du service', en: 'List the situations of the service’s tutees' } },
        { id: 'addSituation', title: { fr: 'Ajouter cette situation au service', en: 'Add this situation to the service' } }
    ],
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution Exemple {\n    service Hébergement « Unités de vie »\n    tutoré Karim { service Hébergement situation nouveau-travailleur }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution Exemple {\n    service Hébergement « Unités de vie » { situations nouveau-travailleur, réintégration }\n    tutoré Karim { service Hébergement situation nouveau-travailleur }\n}\n'
        }
    },
    checks: {
        Service(service, report, context) {
            const institution = institutionOf(service);
            if (!service.name || !institution) {
                return;
            }
            const tutees = context.workspace.people(institution).tuteesByService.get(service.name) ?? [];
            if (tutees.length === 0) {
                return;
            }
            const name = titleOrName(service, context.locale) ?? service.name;
            const situations = [...new Set(tutees.flatMap((tutee) => (tutee.situation ? [tutee.situation] : [])))];
            if (service.situations.length === 0) {
                const edit = situations.length > 0 ? insertIntoBlock(service, [`situations ${situations.join(', ')}`]) : undefined;
                report('missing', { node: service, property: 'name' }, {
                    params: {
                        service: name,
                        tutees: joinList(tutees.map((tutee) => tutee.name), context.locale),
                        situations: situations.length > 0 ? situations.join(', ') : 'nouveau-travailleur, réintégration'
                    },
                    fixes: edit ? [{ fix: 'addSituations', edits: [edit] }] : undefined
                });
                return;
            }
            const last = service.situations.length - 1;
            for (const tutee of tutees) {
                if (tutee.situation && !service.situations.includes(tutee.situation)) {
                    const edit = insertAfterSituations(service, tutee.situation);
                    report('notListed', { node: service, property: 'situations', index: last }, {
                        params: { tutee: tutee.name, situation: tutee.situation, service: name },
                        related: [{ node: tutee, property: 'situation', message: { fr: 'Situation de {tutee}', en: '{tutee}’s situation' }, params: { tutee: tutee.name } }],
                        fixes: edit ? [{ fix: 'addSituation', edits: [edit] }] : undefined
                    });
                }
            }
        }
    }
});

/** `situations stage` → `situations stage, alternance`: the situation added at the end of the service's list. */
function insertAfterSituations(service: Service, situation: string): FixEdit | undefined {
    const written = service.$cstNode ? GrammarUtils.findNodesForProperty(service.$cstNode, 'situations') : [];
    const last = written[written.length - 1];
    return last ? { range: { start: last.range.end, end: last.range.end }, newText: `, ${situation}` } : undefined;
}
