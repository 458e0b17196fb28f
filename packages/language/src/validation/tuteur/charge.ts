import { defineRule } from '../../rules/definition.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { forService, loadParams, runningBefore } from './shared.js';

export const charge = defineRule({
    id: 'tuteur/charge',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Un tuteur n’accompagne pas trop de tutorés à la fois', en: 'A tutor does not accompany too many tutees at once' },
    description: {
        fr: 'Le nombre de tutorés qu’un tuteur accompagne en même temps ne dépasse pas le maximum de la charte (2 par défaut). Les duos sont comptés dans tous les fichiers de l’institution, sur les périodes qui se chevauchent ; le constat est placé sur le duo qui fait dépasser le maximum.',
        en: 'The number of tutees a tutor accompanies at the same time does not exceed the charter’s maximum (2 by default). Duos are counted in all files of the institution, over overlapping periods; the finding is placed on the duo that exceeds the maximum.'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement — limiter le nombre de tutorés', en: 'Role of the supervisors — limiting the number of tutees' },
        quote: 'l’accompagner et le soutenir, dégager les moyens nécessaires à sa mission en facilitant la conciliation entre l’exercice de son propre travail et son action formatrice (ex. : limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service)'
    },
    messages: {
        overloaded: {
            fr: 'Avec ce duo, {tutor} accompagne {count} tutorés en même temps à partir du {date} ({tutees}), alors que le maximum{forService} est de {max}. Confiez ce duo à un autre tuteur ou décalez les périodes.',
            en: 'With this duo, {tutor} accompanies {count} tutees at the same time from {date} ({tutees}), while the maximum{forService} is {max}. Give this duo to another tutor or shift the periods.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo Élodie accompagne Karim { période du 15/09/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 30/11/2026 }
    duo Élodie accompagne Karim { période du 01/10/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/12/2026 au 28/02/2027 }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.ref;
            const institution = institutionOf(duo);
            if (!tutor || !institution) {
                return;
            }
            const running = runningBefore(duo, context.workspace.duosOfTutor(institution, tutor.name));
            const max = context.workspace.thresholds(institution, tutor.service?.$refText).maxTutees;
            if (running.length + 1 <= max.value) {
                return;
            }
            report('overloaded', { node: duo, property: 'tutor' }, {
                params: { tutor: tutor.name, forService: forService(max, context), ...loadParams(duo, running, max, context) },
                related: running.map((other) => ({
                    node: other,
                    property: 'tutee',
                    message: { fr: 'Autre duo en cours à cette date : {tutor} avec {tutee}', en: 'Other duo running at that date: {tutor} with {tutee}' },
                    params: { tutor: tutor.name, tutee: other.tutee?.$refText }
                }))
            });
        }
    }
});
