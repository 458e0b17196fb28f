import { defineRule } from '../../rules/definition.js';
import { titleOrName } from '../../i18n/french.js';

const EXAMPLE_PATH = 'référentiel RefSoins « Soins » {\n    compétence SOI1 « Réaliser les soins »\n}\ninstitution Exemple {\n    tutorée Léa\n    parcours StageLéa pour Léa {\n        référentiel RefSoins\n        compétences visées SOI1\n';

/**
 * parcours/supports — the tutor takes part in drawing up the learning tools or supports: the path
 * names the ones the tutee will use. Silent on a path whose name could not be read.
 */
export const supports = defineRule({
    id: 'parcours/supports',
    // Information: a path being drafted would otherwise be flooded.
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le parcours nomme ses supports d’apprentissage', en: 'The path names its learning supports' },
    description: {
        fr: 'Un parcours de formation nomme les outils ou supports d’apprentissage que le tuteur prépare ou utilise avec le tutoré (« supports « Fiches techniques », « Vidéos » »).',
        en: 'A training path names the learning tools or supports the tutor prepares or uses with the tutee (« supports « Technical sheets », « Videos » »).'
    },
    guide: {
        section: { fr: 'Rôle du tuteur — former le tutoré', en: 'Role of the tutor — training the tutee' },
        quote: 'Participer à l’élaboration des outils ou supports d’apprentissage.'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'les supports d’apprentissage', en: 'the learning supports' }, line: '// à compléter : supports « … »' },
            fr: 'Le parcours {path} ne nomme aucun support d’apprentissage : le guide demande au tuteur de participer à l’élaboration des outils ou supports d’apprentissage (section « Former le tutoré »). Ajoutez « supports « … » » au parcours.',
            en: 'The path {path} names no learning support: the guide asks the tutor to take part in drawing up learning tools or supports (section “Training the tutee”). Add « supports « … » » to the path.'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': `${EXAMPLE_PATH}    }\n}\n` },
        compliant: { 'institution.tutorat': `${EXAMPLE_PATH}        supports « Fiches techniques », « Vidéos de démonstration »\n    }\n}\n` }
    },
    checks: {
        TrainingPath(path, report, context) {
            if (path.name && path.supports.length === 0) {
                report('missing', { node: path, property: 'name' }, { params: { path: titleOrName(path, context.locale) } });
            }
        }
    }
});
