import { type Service } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { serviceOfDuo } from '../../model/organisation.js';
import { defineRule } from '../../rules/definition.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { loadParams, runningBefore } from './shared.js';

export const chargeService = defineRule({
    id: 'tuteur/charge-service',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Un service n’accueille pas trop de tutorés à la fois', en: 'A service does not host too many tutees at once' },
    description: {
        fr: 'Quand la charte fixe un maximum de tutorés par service (« tutorés par service maximum »), le nombre de tutorés accompagnés en même temps dans un service ne le dépasse pas. Le service d’un duo est celui du tutoré, sinon celui du tuteur ; les duos sont comptés dans tous les fichiers de l’institution.',
        en: 'When the charter sets a maximum of tutees per service (« tutorés par service maximum »), the number of tutees accompanied at the same time in one service does not exceed it. A duo’s service is the tutee’s, else the tutor’s; duos are counted in all files of the institution.'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement', en: 'Role of the supervisors' },
        quote: 'limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service'
    },
    messages: {
        overloaded: {
            fr: 'Avec ce duo, le service {service} accueille {count} tutorés en même temps à partir du {date} ({tutees}), alors que le maximum par service est de {max}. Répartissez les tutorés entre les services ou décalez les périodes.',
            en: 'With this duo, the {service} service hosts {count} tutees at the same time from {date} ({tutees}), while the maximum per service is {max}. Spread the tutees over the services or shift the periods.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { tutorés par service maximum 1 } }
    service Hébergement
    tutrice Élodie { service Hébergement }
    tuteur François { service Hébergement }
    tutorée Léa { service Hébergement }
    tutoré Karim { service Hébergement }
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo François accompagne Karim { période du 01/10/2026 au 31/01/2027 }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { tutorés par service maximum 1 } }
    service Hébergement
    service CentreDeJour
    tutrice Élodie { service Hébergement }
    tuteur François { service CentreDeJour }
    tutorée Léa { service Hébergement }
    tutoré Karim { service CentreDeJour }
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo François accompagne Karim { période du 01/10/2026 au 31/01/2027 }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const institution = institutionOf(duo);
            const service = serviceOfDuo(duo);
            if (!institution || !service) {
                return;
            }
            const max = context.workspace.thresholds(institution, service).maxTuteesPerService;
            if (!max) {
                return;
            }
            // Who belongs to which service is written on the people, possibly in other files.
            context.workspace.organisation(institution);
            const sameService = context.workspace.duosOfInstitution(institution).filter((other) => serviceOfDuo(other) === service);
            const running = runningBefore(duo, sameService);
            if (running.length + 1 <= max.value) {
                return;
            }
            const named = titleOrName(context.workspace.membersNamed(institution, 'Service', service)[0] as Service | undefined, context.locale) ?? service;
            report('overloaded', { node: duo, property: 'tutee' }, {
                params: { service: named, ...loadParams(duo, running, max, context) },
                related: running.map((other) => ({
                    node: other,
                    property: 'tutee',
                    message: { fr: 'Autre duo du service {service} en cours à cette date ({tutor} avec {tutee})', en: 'Other duo of the {service} service running at that date ({tutor} with {tutee})' },
                    params: { service: named, tutor: other.tutor?.$refText, tutee: other.tutee?.$refText }
                }))
            });
        }
    }
});
