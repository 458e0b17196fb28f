import { FAMILIES } from '../rules/definition.js';
import { RULES } from '../rules/catalogue.js';
import { SEVERITY_SETTINGS } from './configuration.js';

/** A duration as written in a document: « 2 ans », « 18 mois », « 1,5 an ». */
const DURATION_PATTERN = '^\\s*\\d+([.,]\\d+)?\\s*(an|ans|année|années|mois|trimestre|trimestres|semaine|semaines|jour|jours)\\s*$';

/**
 * The JSON Schema of `tutorat.json`, generated from the catalogue so that VS Code completes rule IDs
 * and explains each of them in French.
 */
export function configurationSchema(): object {
    const severity = { enum: [...SEVERITY_SETTINGS], description: 'off : désactivée ; hint, info, warning, error : sévérité des constats.' };
    const ruleProperties = Object.fromEntries(RULES.filter((rule) => rule.configurable !== false).map((rule) => [rule.id, {
        ...severity,
        description: `${rule.title.fr} (par défaut : ${rule.severity})${rule.guide ? ` — Guide : ${rule.guide.section.fr}` : ''}`
    }]));
    const familyProperties = Object.fromEntries(FAMILIES.filter((family) => RULES.some((rule) => rule.id.startsWith(`${family}/`) && rule.configurable !== false)).map((family) => [family, {
        ...severity,
        description: `Toutes les règles de la famille « ${family} » (une règle nommée explicitement l’emporte).`
    }]));
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://tutorat/schemas/tutorat.schema.json',
        title: 'Configuration d’un projet Tutorat (tutorat.json)',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            extends: {
                description: 'Préréglage(s) à étendre : chemin relatif (../federation/tutorat-cp319.json) ou paquet npm. Les réglages de ce fichier l’emportent.',
                oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]
            },
            rules: {
                description: 'Sévérité par règle (famille/nom) ou par famille.',
                type: 'object',
                properties: { ...familyProperties, ...ruleProperties },
                additionalProperties: false
            },
            handbook: {
                description: 'Les livrets du tutorat (tutorat handbook, aperçu dans l’éditeur).',
                type: 'object',
                additionalProperties: false,
                properties: {
                    findingsAnnex: {
                        type: 'boolean',
                        description: 'Joindre au livret de l’institution l’annexe des constats ouverts (par défaut : true). false pour un livret à distribuer ; les livrets des tutorés n’en ont jamais.'
                    }
                }
            },
            thresholds: {
                description: 'Seuils par défaut du projet, quand la charte ne les fixe pas.',
                type: 'object',
                additionalProperties: false,
                properties: {
                    minExperience: { type: 'string', pattern: DURATION_PATTERN, description: 'Expérience professionnelle minimale du tuteur, par exemple « 2 ans » (par défaut : 2 ans).' },
                    minSeniority: { type: 'string', pattern: DURATION_PATTERN, description: 'Ancienneté minimale dans l’institution, par exemple « 1 an » (par défaut : 1 an).' },
                    maxTutees: { type: 'integer', minimum: 1, description: 'Nombre maximum de tutorés simultanés par tuteur (par défaut : 2).' },
                    maxTuteesPerService: { type: 'integer', minimum: 1, description: 'Nombre maximum de tutorés simultanés dans un même service.' }
                }
            },
            ignore: {
                description: 'Fichiers et dossiers que « tutorat check » et l’éditeur laissent de côté : motifs relatifs au dossier de ce fichier (* : tout sauf /, ** : tous les sous-dossiers ; sans / : ce nom dans tout dossier ; / final : dossiers seulement). node_modules et les dossiers cachés sont toujours ignorés ; les motifs d’un préréglage (extends) ne s’appliquent pas.',
                type: 'array',
                items: { type: 'string', minLength: 1, pattern: '^(?!\\s*!)', description: 'Par exemple « brouillons », « archives/** » ou « *.ancien.tutorat ».' },
                examples: [['brouillons', 'archives/**']]
            }
        }
    };
}
