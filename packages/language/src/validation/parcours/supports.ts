import { defineRule } from '../../rules/definition.js';
import { titleOrName } from '../../i18n/french.js';
import { hasText } from '../../model/path.js';
import { completePathExample, headInsertion, headLineEdit } from './head-line.js';

/** What the quick fixes write: the keyword, and quotes for the user to fill. */
const SUPPORTS_LINE = 'supports « »';

/**
 * parcours/supports — the tutor takes part in drawing up the learning tools or supports: the path
 * names the ones the tutee will use. Texts left empty do not count. Silent on a path whose name could not be read.
 */
export const supports = defineRule({
    id: 'parcours/supports',
    // Information: a path being drafted would otherwise be flooded.
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le parcours nomme ses supports d’apprentissage', en: 'The path names its learning supports' },
    description: {
        fr: 'Un parcours de formation nomme les outils ou supports d’apprentissage que le tuteur prépare ou utilise avec le tutoré (« supports « Fiches techniques », « Vidéos de démonstration » »). Des textes laissés vides ne comptent pas.',
        en: 'A training path names the learning tools or supports the tutor prepares or uses with the tutee (« supports « Technical sheets », « Demonstration videos » »). Texts left empty do not count.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur — former le tutoré', en: 'Role of the tutor — training the tutee' },
        quote: 'Participer à l’élaboration des outils ou supports d’apprentissage.'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'les supports d’apprentissage', en: 'the learning supports' } },
            fr: 'Le parcours {path} ne nomme aucun support d’apprentissage : le guide demande au tuteur de participer à l’élaboration des outils ou supports d’apprentissage (section « Former le tutoré »). Ajoutez « supports « … » » au parcours.',
            en: 'The path {path} names no learning support: the guide asks the tutor to take part in drawing up learning tools or supports (section “Training the tutee”). Add « supports « … » » to the path.'
        },
        empty: {
            fr: 'Les supports d’apprentissage du parcours {path} sont encore vides : écrivez entre les guillemets les outils que le tuteur prépare ou utilise (fiches techniques, carnet de stage, vidéos…).',
            en: 'The learning supports of the path {path} are still empty: write between the quotes the tools the tutor prepares or uses (technical sheets, placement logbook, videos…).'
        }
    },
    fixes: [{ id: 'addSupports', title: { fr: 'Ajouter « supports « » » au parcours', en: 'Add « supports « » » to the path' } }],
    examples: {
        nonCompliant: { 'institution.tutorat': completePathExample(['projet professionnel « Infirmière en soins palliatifs »']) },
        compliant: { 'institution.tutorat': completePathExample(['projet professionnel « Infirmière en soins palliatifs »', 'supports « Fiches techniques », « Vidéos de démonstration »']) }
    },
    checks: {
        TrainingPath(path, report, context) {
            if (!path.name) {
                return;
            }
            const params = { path: titleOrName(path, context.locale) };
            if (path.supports.length === 0) {
                const edit = headLineEdit(path, SUPPORTS_LINE);
                report('missing', { node: path, property: 'name' }, {
                    params, insert: [headInsertion(path, SUPPORTS_LINE)], fixes: edit ? [{ fix: 'addSupports', edits: [edit] }] : undefined
                });
            } else if (!path.supports.some(hasText)) {
                report('empty', { node: path, property: 'supports', index: 0 }, { params });
            }
        }
    }
});
