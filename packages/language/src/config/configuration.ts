import type { Bilingual } from '../i18n/locale.js';
import { parseSpan, type Span } from '../model/time.js';
import { familyOf, type RuleDefinition, type SeveritySetting } from '../rules/definition.js';

/** The project configuration file, looked for in a document's folder and its parents. */
export const CONFIG_FILE_NAME = 'tutorat.json';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** What a configuration file may contain (see the JSON Schema generated from the catalogue). */
export interface ConfigurationFile {
    readonly $schema?: string;
    readonly extends?: string | readonly string[];
    readonly rules?: Readonly<Record<string, SeveritySetting>>;
    readonly thresholds?: {
        readonly minExperience?: string;
        readonly minSeniority?: string;
        readonly maxTutees?: number;
        readonly maxTuteesPerService?: number;
    };
    /** Files and folders no command or editor looks at (see ignore-patterns.ts); only the project's own file counts, not its presets. */
    readonly ignore?: readonly string[];
    readonly handbook?: HandbookSettings;
}

/** How the project's handbooks are made (`"handbook"` in tutorat.json). */
export interface HandbookSettings {
    /** Whether the institution's handbook ends with the annex of open findings (true by default). */
    readonly findingsAnnex?: boolean;
}

export type ThresholdName = 'minExperience' | 'minSeniority' | 'maxTutees' | 'maxTuteesPerService';

/** A value set by a configuration file, with the file that set it. */
export interface Configured<T> {
    readonly value: T;
    readonly file: string;
}

export interface ConfiguredThresholds {
    readonly minExperience?: Configured<Span>;
    readonly minSeniority?: Configured<Span>;
    readonly maxTutees?: Configured<number>;
    readonly maxTuteesPerService?: Configured<number>;
}

/** A mistake in a configuration file: reported on that file, the defaults apply meanwhile. */
export interface ConfigurationProblem {
    readonly file: string;
    readonly message: Bilingual;
    readonly params?: Readonly<Record<string, string>>;
    /** 0-based line of the problem in the file, when known. */
    readonly line?: number;
}

/** One file of the chain, already parsed: the project's own file first, then its presets. */
export interface LoadedConfigurationFile {
    readonly file: string;
    readonly content: ConfigurationFile;
}

/**
 * The configuration that applies to a document: the project's file and the presets it extends.
 * The nearest file wins: a setting written in the project's own file beats the preset's, and
 * within one file a rule's own setting beats its family's.
 */
export class ResolvedConfiguration {
    constructor(
        readonly chain: readonly LoadedConfigurationFile[],
        readonly problems: readonly ConfigurationProblem[] = []
    ) {}

    static readonly EMPTY = new ResolvedConfiguration([]);

    /** The file the project wrote, if any. */
    get file(): string | undefined {
        return this.chain[0]?.file;
    }

    severityOf(rule: Pick<RuleDefinition, 'id' | 'severity' | 'configurable'>): SeveritySetting {
        if (rule.configurable === false) {
            return rule.severity;
        }
        const family = familyOf(rule.id);
        for (const { content } of this.chain) {
            const own = content.rules?.[rule.id] ?? (family ? content.rules?.[family] : undefined);
            if (own && SEVERITY_SETTINGS.includes(own)) {
                return own;
            }
        }
        return rule.severity;
    }

    get thresholds(): ConfiguredThresholds {
        const result: Record<string, Configured<unknown>> = {};
        for (const { file, content } of [...this.chain].reverse()) {
            const thresholds = content.thresholds ?? {};
            for (const name of ['minExperience', 'minSeniority'] as const) {
                const span = typeof thresholds[name] === 'string' ? parseSpan(thresholds[name]) : undefined;
                if (span) {
                    result[name] = { value: span, file };
                }
            }
            for (const name of ['maxTutees', 'maxTuteesPerService'] as const) {
                const count = thresholds[name];
                if (typeof count === 'number' && Number.isInteger(count) && count > 0) {
                    result[name] = { value: count, file };
                }
            }
        }
        return result as ConfiguredThresholds;
    }

    /** The handbook settings, the nearest file's first. */
    get handbook(): Required<HandbookSettings> {
        const written = this.chain.map(({ content }) => content.handbook?.findingsAnnex).find((value) => typeof value === 'boolean');
        return { findingsAnnex: written ?? true };
    }
}

/** Problems, in the user's words. */
export const P = {
    notJson: {
        fr: 'Le fichier de configuration {file} n’est pas un JSON valide : vérifiez les virgules, les guillemets et les accolades. Les réglages par défaut s’appliquent en attendant.',
        en: 'The configuration file {file} is not valid JSON: check commas, quotes and braces. Defaults apply meanwhile.'
    },
    tooDeep: {
        fr: 'Le fichier de configuration {file} imbrique plus de {depth} niveaux d’accolades ou de crochets : une configuration n’en a que trois. Les réglages par défaut s’appliquent en attendant.',
        en: 'The configuration file {file} nests more than {depth} levels of braces or brackets: a configuration has only three. Defaults apply meanwhile.'
    },
    notAnObject: {
        fr: 'Le fichier de configuration doit contenir un objet JSON { … }. Les réglages par défaut s’appliquent en attendant.',
        en: 'The configuration file must contain a JSON object { … }. Defaults apply meanwhile.'
    },
    notConfiguration: {
        fr: '{file} n’est pas un fichier de configuration Tutorat : un préréglage (extends) est un fichier tutorat.json, ou un fichier JSON qui ne contient que {keys}. Il est ignoré.',
        en: '{file} is not a Tutorat configuration file: a preset (extends) is a tutorat.json file, or a JSON file holding only {keys}. It is ignored.'
    },
    unknownKey: {
        fr: 'La clé « {key} » n’est pas connue. Clés possibles : {keys}.',
        en: 'The key "{key}" is unknown. Possible keys: {keys}.'
    },
    handbookNotObject: {
        fr: '« handbook » règle les livrets : { "findingsAnnex": false } pour ne pas y joindre l’annexe des constats.',
        en: '"handbook" sets up the handbooks: { "findingsAnnex": false } to leave out the annex of findings.'
    },
    unknownHandbookKey: {
        fr: 'La clé « {key} » n’est pas connue dans « handbook ». Clé possible : findingsAnnex.',
        en: 'The key "{key}" is unknown in "handbook". Possible key: findingsAnnex.'
    },
    notYesNo: {
        fr: '« {key} » vaut « {value} » : écrivez true (oui) ou false (non).',
        en: '"{key}" is "{value}": write true (yes) or false (no).'
    },
    rulesNotObject: {
        fr: '« rules » doit associer des règles (ou familles) à une sévérité : { "tuteur/charge": "error" }.',
        en: '"rules" must map rules (or families) to a severity: { "tuteur/charge": "error" }.'
    },
    unknownRule: {
        fr: 'La règle « {id} » n’existe pas. La liste des règles s’obtient avec « tutorat rules ».',
        en: 'The rule "{id}" does not exist. List the rules with "tutorat rules".'
    },
    unknownRuleWithSuggestion: {
        fr: 'La règle « {id} » n’existe pas. Vouliez-vous écrire « {suggestion} » ?',
        en: 'The rule "{id}" does not exist. Did you mean "{suggestion}"?'
    },
    notConfigurable: {
        fr: 'La règle « {id} » ne se règle pas : elle dit ce qui rend un document illisible ou faux, quel que soit le guide. Retirez-la de « rules ».',
        en: 'The rule "{id}" cannot be configured: it says what makes a document unreadable or wrong, whatever the guide says. Remove it from "rules".'
    },
    badSeverity: {
        fr: 'La sévérité « {value} » donnée à « {id} » n’est pas connue : écrivez off, hint, info, warning ou error.',
        en: 'The severity "{value}" given to "{id}" is unknown: write off, hint, info, warning or error.'
    },
    thresholdsNotObject: {
        fr: '« thresholds » doit associer des seuils à leur valeur : { "maxTutees": 2, "minExperience": "2 ans" }.',
        en: '"thresholds" must map thresholds to their value: { "maxTutees": 2, "minExperience": "2 ans" }.'
    },
    unknownThreshold: {
        fr: 'Le seuil « {name} » n’est pas connu. Seuils possibles : {names}.',
        en: 'The threshold "{name}" is unknown. Possible thresholds: {names}.'
    },
    badDuration: {
        fr: 'Le seuil « {name} » vaut « {value} » : écrivez une durée comme « 2 ans » ou « 18 mois ».',
        en: 'The threshold "{name}" is "{value}": write a duration such as "2 ans" or "18 mois".'
    },
    badCount: {
        fr: 'Le seuil « {name} » vaut « {value} » : écrivez un nombre entier positif, par exemple 2.',
        en: 'The threshold "{name}" is "{value}": write a positive whole number, e.g. 2.'
    },
    ignoreNotList: {
        fr: '« ignore » doit être une liste de motifs : { "ignore": ["brouillons", "archives/**"] }.',
        en: '"ignore" must be a list of patterns: { "ignore": ["brouillons", "archives/**"] }.'
    },
    badIgnorePattern: {
        'not-a-string': {
            fr: 'Le motif « {pattern} » de « ignore » doit être un texte entre guillemets, par exemple "brouillons".',
            en: 'The pattern "{pattern}" in "ignore" must be a quoted text, e.g. "brouillons".'
        },
        empty: {
            fr: 'Un motif vide dans « ignore » ne désigne aucun fichier : retirez-le.',
            en: 'An empty pattern in "ignore" matches no file: remove it.'
        },
        negation: {
            fr: 'Le motif « {pattern} » commence par « ! » : Tutorat ne sait pas réintégrer un fichier ignoré. Écrivez des motifs plus précis pour ce qui doit être ignoré.',
            en: 'The pattern "{pattern}" starts with "!": Tutorat cannot bring back an ignored file. Write narrower patterns for what must be ignored.'
        },
        outside: {
            fr: 'Le motif « {pattern} » remonte hors du dossier de tutorat.json (« .. ») : un motif ne vaut que pour ce dossier et ses sous-dossiers.',
            en: 'The pattern "{pattern}" climbs out of the folder of tutorat.json (".."): a pattern only applies to that folder and its subfolders.'
        }
    },
    badExtends: {
        fr: '« extends » attend le chemin d’un préréglage, ou une liste de chemins : "../federation/tutorat.json".',
        en: '"extends" expects the path of a preset, or a list of paths: "../federation/tutorat.json".'
    },
    badValue: {
        fr: 'La valeur de « {path} » ne convient pas : {expected} attendu.',
        en: 'The value of "{path}" does not fit: {expected} expected.'
    },
    presetNotFound: {
        fr: 'Le préréglage « {preset} » (extends) est introuvable depuis {file}. Vérifiez le chemin.',
        en: 'The preset "{preset}" (extends) cannot be found from {file}. Check the path.'
    },
    presetCycle: {
        fr: 'Les préréglages s’étendent en boucle ({cycle}) : retirez un des « extends ».',
        en: 'The presets extend each other in a loop ({cycle}): remove one of the "extends".'
    },
    failed: {
        fr: 'La configuration {file} n’a pas pu être lue ({reason}). Les réglages par défaut s’appliquent en attendant ; merci de signaler ce problème.',
        en: 'The configuration {file} could not be read ({reason}). Defaults apply meanwhile; please report this problem.'
    }
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;
