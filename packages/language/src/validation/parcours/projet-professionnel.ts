import { defineRule } from '../../rules/definition.js';
import { titleOrName } from '../../i18n/french.js';
import { hasText } from '../../model/path.js';
import { completePathExample, headInsertion, headLineEdit } from './head-line.js';

/** What the quick fixes write: the keyword, and quotes for the user to fill (only they know the project). */
const PROJECT_LINE = 'projet professionnel « »';

/**
 * parcours/projet-professionnel — the tutor takes an interest in the tutee's professional project:
 * the path writes it down. A text left empty does not count. Silent on a path whose name could not be read.
 */
export const projetProfessionnel = defineRule({
    id: 'parcours/projet-professionnel',
    // Information: a path being drafted would otherwise be flooded.
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le parcours dit le projet professionnel du tutoré', en: 'The path states the tutee’s professional project' },
    description: {
        fr: 'Un parcours de formation écrit le projet professionnel du tutoré (« projet professionnel « Aide-soignante en maison de repos » »), auquel le tuteur s’intéresse et que le tutorat aide à élaborer. Un texte laissé vide ne compte pas.',
        en: 'A training path writes down the tutee’s professional project (« projet professionnel « Care assistant in a nursing home » »), which the tutor takes an interest in and the tutoring helps to build. A text left empty does not count.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur — accompagner le tutoré', en: 'Role of the tutor — supporting the tutee' },
        quote: 'S’intéresser à son parcours et à son projet professionnel.'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le projet professionnel du tutoré', en: 'the tutee’s professional project' } },
            fr: 'Le parcours {path} ne dit pas le projet professionnel du tutoré : le guide demande au tuteur de s’intéresser à son parcours et à son projet professionnel (section « Accompagner le tutoré »). Ajoutez « projet professionnel « … » » au parcours.',
            en: 'The path {path} does not state the tutee’s professional project: the guide asks the tutor to take an interest in the tutee’s path and professional project (section “Supporting the tutee”). Add « projet professionnel « … » » to the path.'
        },
        empty: {
            fr: 'Le projet professionnel du parcours {path} est encore vide : écrivez entre les guillemets le métier ou la fonction que le tutoré vise, tel qu’il l’exprime.',
            en: 'The professional project of the path {path} is still empty: write between the quotes the trade or function the tutee aims at, as they put it.'
        }
    },
    fixes: [{ id: 'addProject', title: { fr: 'Ajouter « projet professionnel « » » au parcours', en: 'Add « projet professionnel « » » to the path' } }],
    examples: {
        nonCompliant: { 'institution.tutorat': completePathExample(['supports « Fiches techniques des soins »']) },
        compliant: { 'institution.tutorat': completePathExample(['projet professionnel « Infirmière en soins palliatifs »', 'supports « Fiches techniques des soins »']) }
    },
    checks: {
        TrainingPath(path, report, context) {
            if (!path.name) {
                return;
            }
            const params = { path: titleOrName(path, context.locale) };
            if (path.professionalProject === undefined) {
                const edit = headLineEdit(path, PROJECT_LINE);
                report('missing', { node: path, property: 'name' }, {
                    params, insert: [headInsertion(path, PROJECT_LINE)], fixes: edit ? [{ fix: 'addProject', edits: [edit] }] : undefined
                });
            } else if (!hasText(path.professionalProject)) {
                report('empty', { node: path, property: 'professionalProject' }, { params });
            }
        }
    }
});
