import { GrammarUtils } from 'langium';
import { defineRule } from '../../rules/definition.js';
import { replaceText } from '../../rules/fix-edits.js';
import { exampleFramework } from './shared.js';

/** The accepted forms of references to outside competence registers, and how to tidy a near miss. */
const TAXONOMIES = {
    esco: {
        pattern: /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
        tidy: (value: string) => value.trim().replace(/^https:/i, 'http:').toLowerCase()
    },
    rncp: { pattern: /^RNCP\d{1,6}BC\d{2}$/, tidy: (value: string) => value.replace(/[\s\-_.]/g, '').toUpperCase() },
    rs: { pattern: /^RS\d{1,6}$/, tidy: (value: string) => value.replace(/[\s\-_.]/g, '').toUpperCase() }
} as const;

export const taxonomie = defineRule({
    id: 'referentiel/taxonomie',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Les références ESCO, RNCP et RS ont la bonne forme', en: 'ESCO, RNCP and RS references have the right form' },
    description: {
        fr: 'Une compétence peut renvoyer à un répertoire extérieur : « esco » (l’adresse d’une compétence de la classification européenne ESCO, http://data.europa.eu/esco/skill/ suivie de son identifiant), « rncp » (un bloc de compétences du Répertoire national des certifications professionnelles, par exemple RNCP34827BC02) ou « rs » (une fiche du Répertoire spécifique, par exemple RS5483). Une référence mal formée ne mène nulle part ; quand seule l’écriture diffère (espaces, minuscules, https), une correction la remet en forme.',
        en: 'A competence may refer to an outside register: « esco » (the address of a skill of the European ESCO classification, http://data.europa.eu/esco/skill/ followed by its identifier), « rncp » (a competence block of the French national register of professional certifications, e.g. RNCP34827BC02) or « rs » (an entry of the specific register, e.g. RS5483). A malformed reference leads nowhere; when only the writing differs (spaces, lower case, https), a fix tidies it.'
    },
    messages: {
        esco: {
            fr: 'La référence ESCO « {value} » n’est pas l’adresse d’une compétence ESCO (http://data.europa.eu/esco/skill/ suivie d’un identifiant comme 5b0d4ab1-0e4a-4b6e-8a4b-3f2f5f8e1b21). Copiez l’adresse (« URI ») de la compétence depuis le portail ESCO.',
            en: 'The ESCO reference “{value}” is not the address of an ESCO skill (http://data.europa.eu/esco/skill/ followed by an identifier such as 5b0d4ab1-0e4a-4b6e-8a4b-3f2f5f8e1b21). Copy the skill’s address (“URI”) from the ESCO portal.'
        },
        rncp: {
            fr: 'Le code RNCP « {value} » n’est pas celui d’un bloc de compétences (RNCP, le numéro de la fiche, BC et le numéro du bloc, par exemple RNCP34827BC02). Recopiez le code du bloc depuis la fiche de France compétences.',
            en: 'The RNCP code “{value}” is not a competence block code (RNCP, the entry number, BC and the block number, e.g. RNCP34827BC02). Copy the block code from the France compétences entry.'
        },
        rncpWhole: {
            fr: '« {value} » désigne une certification entière, pas un bloc de compétences. Indiquez le bloc qui correspond à cette compétence, par exemple {tidied}BC01.',
            en: '“{value}” designates a whole certification, not a competence block. Give the block matching this competence, for example {tidied}BC01.'
        },
        rs: {
            fr: 'Le code « {value} » n’est pas celui d’une fiche du Répertoire spécifique (RS suivi de son numéro, par exemple RS5483). Recopiez le code depuis la fiche de France compétences.',
            en: 'The code “{value}” is not an entry of the specific register (RS followed by its number, e.g. RS5483). Copy the code from the France compétences entry.'
        }
    },
    fixes: [{ id: 'tidy', title: { fr: 'Écrire la référence sous sa forme officielle', en: 'Write the reference in its official form' } }],
    examples: {
        nonCompliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    rncp « RNCP 34827 »\n}'),
        compliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    rncp « RNCP34827BC02 »\n}')
    },
    checks: {
        Competence(competence, report) {
            for (const register of ['esco', 'rncp', 'rs'] as const) {
                const value = competence[register];
                if (value === undefined || TAXONOMIES[register].pattern.test(value)) {
                    continue;
                }
                const tidied = TAXONOMIES[register].tidy(value);
                const message = register === 'rncp' && /^RNCP\d{1,6}$/.test(tidied) ? 'rncpWhole' : register;
                const token = competence.$cstNode ? GrammarUtils.findNodeForProperty(competence.$cstNode, register) : undefined;
                const edit = TAXONOMIES[register].pattern.test(tidied) ? replaceText(token, `« ${tidied} »`) : undefined;
                report(message, { node: competence, property: register }, { params: { value, tidied }, fixes: edit ? [{ fix: 'tidy', edits: [edit] }] : undefined });
            }
        }
    }
});
