import type { JsonPath } from './json-reader.js';

/**
 * Checks a value against the JSON Schema of `tutorat.json` (config/schema.ts): the keywords that
 * schema uses, nothing more. A test makes sure the schema uses no other keyword, so that it stays
 * the one description of what a configuration may hold — for the editor's completion and for the
 * checks the language server and the command make before using a file.
 */

export interface JsonSchema {
    readonly type?: JsonType | readonly JsonType[];
    readonly enum?: readonly unknown[];
    readonly pattern?: string;
    readonly minimum?: number;
    readonly minLength?: number;
    readonly properties?: Readonly<Record<string, JsonSchema>>;
    readonly additionalProperties?: boolean | JsonSchema;
    readonly items?: JsonSchema;
    readonly oneOf?: readonly JsonSchema[];
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** The keywords {@link validateAgainstSchema} understands, and those that only document. */
export const UNDERSTOOD_KEYWORDS = ['type', 'enum', 'pattern', 'minimum', 'minLength', 'properties', 'additionalProperties', 'items', 'oneOf'] as const;
export const ANNOTATION_KEYWORDS = ['$schema', '$id', 'title', 'description', 'markdownDescription', 'default', 'examples'] as const;

export type SchemaProblem =
    | { readonly kind: 'type'; readonly path: JsonPath; readonly expected: readonly JsonType[] }
    | { readonly kind: 'enum'; readonly path: JsonPath; readonly allowed: readonly unknown[] }
    | { readonly kind: 'pattern' | 'minimum' | 'minLength'; readonly path: JsonPath }
    | { readonly kind: 'unknown-key'; readonly path: JsonPath; readonly known: readonly string[] };

export function typeOf(value: unknown): JsonType {
    if (value === null) {
        return 'null';
    }
    if (Array.isArray(value)) {
        return 'array';
    }
    if (typeof value === 'number') {
        return Number.isInteger(value) ? 'integer' : 'number';
    }
    return typeof value as JsonType;
}

function hasType(value: unknown, expected: readonly JsonType[]): boolean {
    const actual = typeOf(value);
    return expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
}

const typesOf = (schema: JsonSchema): readonly JsonType[] | undefined =>
    schema.type === undefined ? undefined : typeof schema.type === 'string' ? [schema.type] : schema.type;

/** Every way `value` departs from `schema`, each with the path of the value concerned. */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, path: JsonPath = []): SchemaProblem[] {
    if (schema.oneOf) {
        // The alternative whose type the value has is the one the writer meant: its problems are the precise ones.
        const meant = schema.oneOf.filter((alternative) => !typesOf(alternative) || hasType(value, typesOf(alternative)!));
        if (meant.length === 0) {
            return [{ kind: 'type', path, expected: schema.oneOf.flatMap((alternative) => typesOf(alternative) ?? []) }];
        }
        const attempts = meant.map((alternative) => validateAgainstSchema(value, alternative, path));
        return attempts.find((problems) => problems.length === 0) ?? attempts[0];
    }
    const types = typesOf(schema);
    if (types && !hasType(value, types)) {
        return [{ kind: 'type', path, expected: types }];
    }
    if (schema.enum && !schema.enum.includes(value)) {
        return [{ kind: 'enum', path, allowed: schema.enum }];
    }
    if (schema.pattern !== undefined && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
        return [{ kind: 'pattern', path }];
    }
    if (schema.minLength !== undefined && typeof value === 'string' && value.length < schema.minLength) {
        return [{ kind: 'minLength', path }];
    }
    if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) {
        return [{ kind: 'minimum', path }];
    }
    const problems: SchemaProblem[] = [];
    if (Array.isArray(value) && schema.items) {
        value.forEach((item, index) => problems.push(...validateAgainstSchema(item, schema.items!, [...path, index])));
    }
    if (typeOf(value) === 'object' && (schema.properties || schema.additionalProperties !== undefined)) {
        const properties = schema.properties ?? {};
        for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
            const memberSchema = Object.hasOwn(properties, key) ? properties[key] : schema.additionalProperties;
            if (memberSchema === false) {
                problems.push({ kind: 'unknown-key', path: [...path, key], known: Object.keys(properties) });
            } else if (memberSchema && memberSchema !== true) {
                problems.push(...validateAgainstSchema(member, memberSchema, [...path, key]));
            }
        }
    }
    return problems;
}

/** The value without the parts that have problems: what may be used while the file is being fixed. */
export function withoutProblems(value: unknown, problems: readonly SchemaProblem[]): unknown {
    if (problems.some((problem) => problem.path.length === 0)) {
        return undefined;
    }
    const copy = structuredClone(value) as Record<string | number, unknown>;
    // Deepest first, and array items from the last, so that earlier paths stay valid.
    const paths = problems.map((problem) => problem.path).sort((a, b) => b.length - a.length || compareLast(b, a));
    for (const path of paths) {
        let parent: unknown = copy;
        for (const segment of path.slice(0, -1)) {
            parent = (parent as Record<string | number, unknown> | undefined)?.[segment];
        }
        const last = path[path.length - 1];
        if (Array.isArray(parent) && typeof last === 'number') {
            parent.splice(last, 1);
        } else if (parent && typeof parent === 'object') {
            delete (parent as Record<string, unknown>)[last];
        }
    }
    return copy;
}

function compareLast(a: JsonPath, b: JsonPath): number {
    const x = a[a.length - 1];
    const y = b[b.length - 1];
    return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
}
