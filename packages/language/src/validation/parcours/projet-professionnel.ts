import { defineRule } from '../../rules/definition.js';
import { titleOrName } from '../../i18n/french.js';

const EXAMPLE_PATH = 'référentiel RefSoins « Soins » {\n    compétence SOI1 « Réaliser les soins »\n}\ninstitution Exemple {\n    tutorée Léa\n    parcours StageLéa pour Léa {\n        référentiel RefSoins\n        compétences visées SOI1\n';

/**
 * parcours/projet-professionnel — the tutor takes an interest in the tutee's professional project:
 * the path writes it down. Silent on a path whose name could not be read.
 */
export const projetProfessionnel = defineRule({
    id: 'parcours/projet-professionnel',
    // Information: a path being drafted would otherwise be flooded.
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le parcours dit le projet professionnel du tutoré', en: 'The path states the tutee’s professional project' },
    description: {
        fr: 'Un parcours de formation écrit le projet professionnel du tutoré (« projet professionnel « … » »), auquel le tuteur s’intéresse et que le tutorat aide à consolider.',
        en: 'A training path writes down the tutee’s professional project (« projet professionnel « … » »), which the tutor takes an interest in and the tutoring helps to consolidate.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur — accompagner le tutoré', en: 'Role of the tutor — supporting the tutee' },
        quote: 'S’intéresser à son parcours et à son projet professionnel.'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le projet professionnel du tutoré', en: 'the tutee’s professional project' }, line: '// à compléter : projet professionnel « … »' },
            fr: 'Le parcours {path} ne dit pas le projet professionnel du tutoré : le guide demande au tuteur de s’intéresser à son parcours et à son projet professionnel (section « Accompagner le tutoré »). Ajoutez « projet professionnel « … » » au parcours.',
            en: 'The path {path} does not state the tutee’s professional project: the guide asks the tutor to take an interest in the tutee’s path and professional project (section “Supporting the tutee”). Add « projet professionnel « … » » to the path.'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': `${EXAMPLE_PATH}    }\n}\n` },
        compliant: { 'institution.tutorat': `${EXAMPLE_PATH}        projet professionnel « Infirmière en soins palliatifs »\n    }\n}\n` }
    },
    checks: {
        TrainingPath(path, report, context) {
            if (path.name && !path.professionalProject) {
                report('missing', { node: path, property: 'name' }, { params: { path: titleOrName(path, context.locale) } });
            }
        }
    }
});
