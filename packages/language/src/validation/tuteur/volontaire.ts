import { actsAsTutor } from '../../model/organisation.js';
import { defineRule } from '../../rules/definition.js';

export const volontaire = defineRule({
    id: 'tuteur/volontaire',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est volontaire', en: 'The tutor is a volunteer' },
    description: {
        fr: 'Le tuteur est choisi parmi les travailleurs volontaires : démarche spontanée auprès de la hiérarchie, échange au sein de l’équipe, ou appel à candidatures suivi d’une acceptation. La déclaration du tuteur dit comment il l’est devenu.',
        en: 'The tutor is chosen among workers who volunteer: a spontaneous request to the hierarchy, a discussion within the team, or a call for candidates followed by an acceptance. The tutor’s declaration says how they became one.'
    },
    guide: {
        section: { fr: 'Un acteur volontaire ; Rôle de l’encadrement', en: 'A volunteer; Role of the supervisors' },
        quote: 'choisir le tuteur parmi les salariés volontaires qui ont les compétences requises'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le volontariat', en: 'how they volunteered' }, line: '// à compléter : volontaire après appel à candidatures (ou : spontanément, après échange en équipe)' },
            fr: 'Pour {name}, rien n’indique que la mission de tuteur a été acceptée volontairement. Écrivez dans sa déclaration comment elle l’a été : « volontaire spontanément », « volontaire après échange en équipe » ou « volontaire après appel à candidatures ».',
            en: 'Nothing says that {name} volunteered to be a tutor. Write in their declaration how the mission was accepted: « volontaire spontanément », « volontaire après échange en équipe » or « volontaire après appel à candidatures ».'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { expérience 9 ans }\n}\n' },
        compliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { expérience 9 ans volontaire après appel à candidatures }\n}\n' }
    },
    checks: {
        Person(person, report, context) {
            if (person.name && !person.volunteer && actsAsTutor(person, context.workspace)) {
                report('missing', { node: person, property: 'name' }, { params: { name: person.name } });
            }
        }
    }
});
