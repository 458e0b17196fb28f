import { defineRule } from '../../rules/definition.js';
import { titleOrName } from '../../i18n/french.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { targetsOf } from '../../model/path.js';
import { duoHeader, duoParams } from '../duo/place.js';

/**
 * parcours/existe — each tutee has a training path, and the path says which competences it aims
 * at: without them the rules on criteria, coverage and progression have nothing to read.
 */
export const existe = defineRule({
    id: 'parcours/existe',
    // Information: a duo or a path being typed would otherwise get a warning at every keystroke.
    severity: 'info',
    // The path may be written in any file of the institution.
    crossFile: true,
    title: { fr: 'Chaque tutoré a un parcours qui vise des compétences', en: 'Every tutee has a path that targets competences' },
    description: {
        fr: 'Le tutoré d’un duo a un parcours de formation (« parcours … pour <tutoré> { … } », dans n’importe quel fichier de l’institution), et ce parcours dit quelles compétences il vise (« compétences visées … », ou les compétences du stage) : c’est sur elles que portent les critères, les activités et les évaluations.',
        en: 'The tutee of a duo has a training path (« parcours … pour <tutee> { … } », in any file of the institution), and the path says which competences it targets (« compétences visées … », or the placement’s competences): criteria, activities and evaluations bear on them.'
    },
    guide: {
        section: { fr: 'Rôle de la direction ; Rôle du tuteur — planifier', en: 'Role of the management; Role of the tutor — planning' },
        quote: 'Établir un parcours de formation progressif.'
    },
    messages: {
        noPath: {
            fr: '{tutee} n’a pas de parcours de formation : le guide demande au tuteur d’établir un parcours progressif à partir du référentiel des compétences. Écrivez « parcours … pour {tutee} { … } », dans ce fichier ou dans celui des parcours.',
            en: '{tutee} has no training path: the guide asks the tutor to draw up a progressive path from the competence framework. Write « parcours … pour {tutee} { … } », in this file or in the paths’ file.'
        },
        noTarget: {
            fr: 'Le parcours {path} ne dit pas quelles compétences il vise : sans elles, ni les critères ni les évaluations ne peuvent être vérifiés. Ajoutez « compétences visées … » (des codes du référentiel).',
            en: 'The path {path} does not say which competences it targets: without them neither criteria nor evaluations can be checked. Add « compétences visées … » (codes of the framework).'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa\n}\n' },
        compliant: {
            'institution.tutorat': 'référentiel RefSoins « Soins » {\n    compétence SOI1 « Réaliser les soins »\n}\ninstitution Exemple {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa\n    parcours StageLéa pour Léa {\n        référentiel RefSoins\n        compétences visées SOI1\n    }\n}\n'
        }
    },
    checks: {
        Duo(duo, report, context) {
            const institution = institutionOf(duo);
            const tutee = duo.tutee?.$refText;
            if (!institution || !tutee || !duo.tutee?.ref) {
                return;
            }
            if (context.workspace.pathsOfTutee(institution, tutee).length === 0) {
                report('noPath', duoHeader(duo), { params: duoParams(duo) });
            }
        },
        TrainingPath(path, report, context) {
            if (path.name && targetsOf(path).length === 0) {
                report('noTarget', { node: path, property: 'name' }, { params: { path: titleOrName(path, context.locale) } });
            }
        }
    }
});
