import type { Bilingual } from '../i18n/locale.js';
import { parseSpan, type Span } from '../model/time.js';
import { closestMatches } from '../syntax/grammar-knowledge.js';
import { familyOf, FAMILIES, type RuleDefinition, type SeveritySetting } from '../rules/definition.js';
import { ignorePatternProblem } from './ignore-patterns.js';

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
}

/** Checks a parsed file against what Tutorat understands; unknown rules get a suggestion. */
export function checkConfigurationContent(file: string, text: string, content: unknown, knownRuleIds: readonly string[]): ConfigurationProblem[] {
    const problems: ConfigurationProblem[] = [];
    const lineOf = (needle: string) => lineOfText(text, needle);
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
        return [{ file, message: P.notAnObject }];
    }
    const known = new Set(['$schema', 'extends', 'rules', 'thresholds', 'ignore']);
    for (const key of Object.keys(content)) {
        if (!known.has(key)) {
            problems.push({ file, message: P.unknownKey, params: { key }, line: lineOf(`"${key}"`) });
        }
    }
    const { rules, thresholds, ignore } = content as ConfigurationFile;
    if (rules !== undefined) {
        if (typeof rules !== 'object' || rules === null) {
            problems.push({ file, message: P.rulesNotObject, line: lineOf('"rules"') });
        } else {
            for (const [id, setting] of Object.entries(rules)) {
                if (!knownRuleIds.includes(id) && !(FAMILIES as readonly string[]).includes(id)) {
                    const [suggestion] = closestMatches(id, knownRuleIds, 1);
                    problems.push({ file, message: suggestion ? P.unknownRuleWithSuggestion : P.unknownRule, params: { id, suggestion: suggestion ?? '' }, line: lineOf(`"${id}"`) });
                }
                if (!SEVERITY_SETTINGS.includes(setting)) {
                    problems.push({ file, message: P.badSeverity, params: { id, value: String(setting) }, line: lineOf(`"${id}"`) });
                }
            }
        }
    }
    if (thresholds !== undefined) {
        for (const name of ['minExperience', 'minSeniority'] as const) {
            const value = thresholds[name];
            if (value !== undefined && (typeof value !== 'string' || !parseSpan(value))) {
                problems.push({ file, message: P.badDuration, params: { name, value: String(value) }, line: lineOf(`"${name}"`) });
            }
        }
        for (const name of ['maxTutees', 'maxTuteesPerService'] as const) {
            const value = thresholds[name];
            if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
                problems.push({ file, message: P.badCount, params: { name, value: String(value) }, line: lineOf(`"${name}"`) });
            }
        }
    }
    if (ignore !== undefined) {
        if (!Array.isArray(ignore)) {
            problems.push({ file, message: P.ignoreNotList, line: lineOf('"ignore"') });
        } else {
            for (const pattern of ignore as unknown[]) {
                const problem = ignorePatternProblem(pattern);
                if (problem) {
                    problems.push({ file, message: P.badIgnorePattern[problem], params: { pattern: String(pattern) }, line: lineOf(JSON.stringify(pattern)) ?? lineOf('"ignore"') });
                }
            }
        }
    }
    return problems;
}

/** JSON with comments: `//` and `/* *\/` outside strings are removed before parsing. */
export function parseJsonWithComments(text: string): unknown {
    let result = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            result += char;
            if (char === '\\') {
                result += text[++i] ?? '';
            } else if (char === '"') {
                inString = false;
            }
        } else if (char === '"') {
            inString = true;
            result += char;
        } else if (char === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') {
                i++;
            }
            result += '\n';
        } else if (char === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            const comment = text.slice(i, end < 0 ? text.length : end + 2);
            result += comment.replace(/[^\n]/g, ' ');
            i = end < 0 ? text.length : end + 1;
        } else {
            result += char;
        }
    }
    return JSON.parse(result);
}

/** The line (0-based) where a JSON syntax error lies, read from the engine's message. */
export function lineOfJsonError(text: string, error: unknown): number | undefined {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message);
    if (line) {
        return Number(line[1]) - 1;
    }
    const position = /position (\d+)/.exec(message);
    return position ? text.slice(0, Number(position[1])).split('\n').length - 1 : undefined;
}

export function lineOfText(text: string, needle: string): number | undefined {
    const index = text.indexOf(needle);
    return index < 0 ? undefined : text.slice(0, index).split('\n').length - 1;
}


/** Problems, in the user's words. */
export const P = {
    notJson: {
        fr: 'Le fichier de configuration {file} n’est pas un JSON valide : vérifiez les virgules, les guillemets et les accolades. Les réglages par défaut s’appliquent en attendant.',
        en: 'The configuration file {file} is not valid JSON: check commas, quotes and braces. Defaults apply meanwhile.'
    },
    notAnObject: {
        fr: 'Le fichier de configuration doit contenir un objet JSON { … }.',
        en: 'The configuration file must contain a JSON object { … }.'
    },
    unknownKey: {
        fr: 'La clé « {key} » n’est pas connue. Clés possibles : extends, rules, thresholds, ignore.',
        en: 'The key "{key}" is unknown. Possible keys: extends, rules, thresholds, ignore.'
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
    badSeverity: {
        fr: 'La sévérité « {value} » donnée à « {id} » n’est pas connue : écrivez off, hint, info, warning ou error.',
        en: 'The severity "{value}" given to "{id}" is unknown: write off, hint, info, warning or error.'
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
    presetNotFound: {
        fr: 'Le préréglage « {preset} » (extends) est introuvable depuis {file}. Vérifiez le chemin.',
        en: 'The preset "{preset}" (extends) cannot be found from {file}. Check the path.'
    },
    presetCycle: {
        fr: 'Les préréglages s’étendent en boucle ({cycle}) : retirez un des « extends ».',
        en: 'The presets extend each other in a loop ({cycle}): remove one of the "extends".'
    }
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;
