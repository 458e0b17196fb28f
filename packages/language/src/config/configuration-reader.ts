import { closestMatches } from '../syntax/grammar-knowledge.js';
import { ignorePatternProblem } from './ignore-patterns.js';
import { P, type ConfigurationFile, type ConfigurationProblem } from './configuration.js';
import { JsonReadError, MAX_JSON_DEPTH, readJson, type JsonDocument, type JsonPath } from './json-reader.js';
import { configurationSchema } from './schema.js';
import { typeOf, validateAgainstSchema, withoutProblems, type JsonSchema, type JsonType, type SchemaProblem } from './schema-validator.js';

/**
 * A configuration file as Tutorat uses it: read, checked against the JSON Schema of `tutorat.json`
 * before anything uses it, each mistake a French (or English) sentence at its line, and the content
 * without its mistakes — what applies meanwhile, the defaults filling the gaps.
 */
export interface ReadConfiguration {
    /** The usable content; undefined when the file cannot be used at all. */
    readonly content?: ConfigurationFile;
    readonly problems: ConfigurationProblem[];
    /** 0-based line of a value of the file, by its path (`['extends', 0]`). */
    readonly lineOf?: (path: JsonPath) => number | undefined;
}

let schema: JsonSchema | undefined;

/** The schema of `tutorat.json`, generated once from the rule catalogue. */
function configurationJsonSchema(): JsonSchema {
    return schema ??= configurationSchema() as JsonSchema;
}

/** The keys a configuration file may hold at its top level. */
export function configurationKeys(): string[] {
    return Object.keys(configurationJsonSchema().properties ?? {});
}

/**
 * Reads a configuration file. `preset` files (reached through `extends`) must be configuration files:
 * a JSON file with other keys is refused as a whole, without quoting anything it holds.
 */
export function readConfiguration(file: string, text: string, knownRuleIds: readonly string[], options: { preset?: boolean } = {}): ReadConfiguration {
    let json: JsonDocument;
    try {
        json = readJson(text);
    } catch (error) {
        const line = error instanceof JsonReadError ? error.line : undefined;
        const tooDeep = error instanceof JsonReadError && error.kind === 'depth';
        return { problems: [{ file, message: tooDeep ? P.tooDeep : P.notJson, params: { file, depth: String(MAX_JSON_DEPTH) }, line }] };
    }
    if (options.preset && !looksLikeConfiguration(file, json.value)) {
        return { problems: [{ file, message: P.notConfiguration, params: { file, keys: configurationKeys().filter((key) => key !== '$schema').join(', ') } }] };
    }
    const found = [...validateAgainstSchema(json.value, configurationJsonSchema()), ...unusableIgnorePatterns(json.value)];
    found.sort((a, b) => (json.lineOf(a.path) ?? 0) - (json.lineOf(b.path) ?? 0) || comparePaths(a.path, b.path));
    const problems = found.map((problem) => describe(problem, json, file, knownRuleIds));
    const content = withoutProblems(json.value, found) as ConfigurationFile | undefined;
    return { content, problems, lineOf: json.lineOf };
}

/**
 * The `ignore` patterns the schema lets through but no folder can use (empty once trimmed, climbing
 * out with `..`): said as mistakes and left out like those the schema refuses.
 */
function unusableIgnorePatterns(value: unknown): SchemaProblem[] {
    const patterns = (value as { ignore?: unknown } | null)?.ignore;
    if (!Array.isArray(patterns)) {
        return [];
    }
    // Those the schema refuses already (not text, empty, starting with `!`) are not said twice.
    return patterns.flatMap((pattern, index) => typeof pattern === 'string' && pattern !== '' && !/^\s*!/.test(pattern) && ignorePatternProblem(pattern)
        ? [{ kind: 'pattern' as const, path: ['ignore', index] }]
        : []);
}

function comparePaths(a: JsonPath, b: JsonPath): number {
    for (let index = 0; index < Math.min(a.length, b.length); index++) {
        if (a[index] !== b[index]) {
            return typeof a[index] === 'number' && typeof b[index] === 'number' ? (a[index] as number) - (b[index] as number) : String(a[index]).localeCompare(String(b[index]));
        }
    }
    return a.length - b.length;
}

/** A preset is a configuration file by its name, or by holding only what a configuration holds. */
function looksLikeConfiguration(file: string, value: unknown): boolean {
    if (/(^|[\\/])tutorat\.json$/.test(file)) {
        return true;
    }
    const keys = configurationKeys();
    return typeOf(value) === 'object' && Object.keys(value as object).every((key) => keys.includes(key));
}

/** A problem in the words of the person who wrote the file. */
function describe(problem: SchemaProblem, json: JsonDocument, file: string, knownRuleIds: readonly string[]): ConfigurationProblem {
    const path = problem.path;
    const [section, name] = path;
    const line = problem.kind === 'unknown-key' ? json.keyLineOf(path) : json.lineOf(path);
    const at = (message: ConfigurationProblem['message'], params: Record<string, string> = {}): ConfigurationProblem => ({ file, message, params, line });
    const value = valueAt(json.value, path);
    if (path.length === 0) {
        return at(P.notAnObject);
    }
    if (problem.kind === 'unknown-key' && path.length === 1) {
        return at(P.unknownKey, { key: String(section), keys: problem.known.filter((key) => key !== '$schema').join(', ') });
    }
    if (section === 'rules' && path.length === 1) {
        return at(P.rulesNotObject);
    }
    if (section === 'rules' && problem.kind === 'unknown-key') {
        const id = String(name);
        if (knownRuleIds.includes(id)) {
            return at(P.notConfigurable, { id });
        }
        const [suggestion] = closestMatches(id, problem.known, 1);
        return at(suggestion ? P.unknownRuleWithSuggestion : P.unknownRule, { id, suggestion: suggestion ?? '' });
    }
    if (section === 'rules') {
        return at(P.badSeverity, { id: String(name), value: preview(value) });
    }
    if (section === 'thresholds' && path.length === 1) {
        return at(P.thresholdsNotObject);
    }
    if (section === 'thresholds' && problem.kind === 'unknown-key') {
        return at(P.unknownThreshold, { name: String(name), names: problem.known.join(', ') });
    }
    if (section === 'thresholds' && (name === 'minExperience' || name === 'minSeniority')) {
        return at(P.badDuration, { name: String(name), value: preview(value) });
    }
    if (section === 'thresholds') {
        return at(P.badCount, { name: String(name), value: preview(value) });
    }
    if (section === 'extends') {
        return at(P.badExtends);
    }
    if (section === 'ignore' && path.length === 1) {
        return at(P.ignoreNotList);
    }
    if (section === 'ignore') {
        return at(P.badIgnorePattern[ignorePatternProblem(value) ?? 'not-a-string'], { pattern: preview(value) });
    }
    if (section === 'handbook' && path.length === 1) {
        return at(P.handbookNotObject);
    }
    if (section === 'handbook' && problem.kind === 'unknown-key') {
        return at(P.unknownHandbookKey, { key: String(name) });
    }
    if (section === 'handbook') {
        return at(P.notYesNo, { key: String(name), value: preview(value) });
    }
    return at(P.badValue, { path: path.join('.'), expected: expectedOf(problem) });
}

function valueAt(value: unknown, path: JsonPath): unknown {
    return path.reduce<unknown>((current, segment) => (current as Record<string | number, unknown> | undefined)?.[segment], value);
}

/** A value as a message may quote it: short, and never a whole structure. */
export function preview(value: unknown): string {
    switch (typeOf(value)) {
        case 'string': {
            const text = value as string;
            return text.length > 40 ? `${text.slice(0, 40)}…` : text;
        }
        case 'array':
            return '[…]';
        case 'object':
            return '{…}';
        default:
            return String(value);
    }
}

const TYPE_NAMES: Record<JsonType, string> = {
    object: '{ … }', array: '[ … ]', string: '"texte"', number: 'nombre', integer: 'nombre entier', boolean: 'true / false', null: 'null'
};

function expectedOf(problem: SchemaProblem): string {
    if (problem.kind === 'type') {
        return problem.expected.map((type) => TYPE_NAMES[type]).join(' | ');
    }
    if (problem.kind === 'enum') {
        return problem.allowed.map(String).join(' | ');
    }
    return problem.kind === 'minimum' ? '≥ 1' : problem.kind;
}
