/**
 * Reads JSON with comments (`//`, `/* *\/`), as VS Code writes `tutorat.json`, and remembers the
 * line of every key and value so that a mistake is reported where it is. Nesting is bounded: a
 * configuration has three levels, and a file nested thousands deep must not exhaust the stack of
 * whoever reads or prints it.
 */

/** A configuration never nests deeper than this (root, `thresholds`, a threshold's value…). */
export const MAX_JSON_DEPTH = 16;

export type JsonPath = ReadonlyArray<string | number>;

export interface JsonDocument {
    readonly value: unknown;
    /** 0-based line of a value, by path (see {@link pathKey}). */
    lineOf(path: JsonPath): number | undefined;
    /** 0-based line of an object member's key, by the member's path. */
    keyLineOf(path: JsonPath): number | undefined;
}

export class JsonReadError extends Error {
    constructor(readonly kind: 'syntax' | 'depth', readonly line: number) {
        super(`${kind} at line ${line + 1}`);
    }
}

export function pathKey(path: JsonPath): string {
    return JSON.stringify(path);
}

/** Parses `text`; throws a {@link JsonReadError} (with its line) when it is not JSON or nests too deep. */
export function readJson(text: string): JsonDocument {
    const valueLines = new Map<string, number>();
    const keyLines = new Map<string, number>();
    let index = 0;
    let line = 0;

    const fail = (kind: 'syntax' | 'depth' = 'syntax'): never => {
        throw new JsonReadError(kind, line);
    };
    const skipSpace = () => {
        while (index < text.length) {
            const char = text[index];
            if (char === '\n') {
                line++;
                index++;
            } else if (char === ' ' || char === '\t' || char === '\r' || char === '\uFEFF') {
                index++;
            } else if (char === '/' && text[index + 1] === '/') {
                while (index < text.length && text[index] !== '\n') {
                    index++;
                }
            } else if (char === '/' && text[index + 1] === '*') {
                const end = text.indexOf('*/', index + 2);
                if (end < 0) {
                    fail();
                }
                for (let at = index; at < end; at++) {
                    if (text[at] === '\n') {
                        line++;
                    }
                }
                index = end + 2;
            } else {
                return;
            }
        }
    };
    const readString = (): string => {
        const start = index;
        index++;
        while (index < text.length && text[index] !== '"') {
            if (text[index] === '\n') {
                fail();
            }
            index += text[index] === '\\' ? 2 : 1;
        }
        if (index >= text.length) {
            fail();
        }
        index++;
        try {
            return JSON.parse(text.slice(start, index)) as string;
        } catch {
            return fail();
        }
    };
    const readValue = (path: Array<string | number>, depth: number): unknown => {
        if (depth > MAX_JSON_DEPTH) {
            fail('depth');
        }
        skipSpace();
        valueLines.set(pathKey(path), line);
        const char = text[index];
        if (char === '{') {
            index++;
            const object: Record<string, unknown> = {};
            skipSpace();
            if (text[index] === '}') {
                index++;
                return object;
            }
            for (;;) {
                skipSpace();
                if (text[index] !== '"') {
                    fail();
                }
                const keyLine = line;
                const key = readString();
                skipSpace();
                if (text[index] !== ':') {
                    fail();
                }
                index++;
                const memberPath = [...path, key];
                keyLines.set(pathKey(memberPath), keyLine);
                // A key such as "__proto__" is an ordinary key here.
                Object.defineProperty(object, key, { value: readValue(memberPath, depth + 1), enumerable: true, writable: true, configurable: true });
                skipSpace();
                if (text[index] === ',') {
                    index++;
                } else if (text[index] === '}') {
                    index++;
                    return object;
                } else {
                    fail();
                }
            }
        }
        if (char === '[') {
            index++;
            const array: unknown[] = [];
            skipSpace();
            if (text[index] === ']') {
                index++;
                return array;
            }
            for (;;) {
                array.push(readValue([...path, array.length], depth + 1));
                skipSpace();
                if (text[index] === ',') {
                    index++;
                } else if (text[index] === ']') {
                    index++;
                    return array;
                } else {
                    fail();
                }
            }
        }
        if (char === '"') {
            return readString();
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(index, index + 400));
        if (!literal) {
            return fail();
        }
        index += literal[0].length;
        return JSON.parse(literal[0]) as unknown;
    };

    const value = readValue([], 0);
    skipSpace();
    if (index < text.length) {
        fail();
    }
    return {
        value,
        lineOf: (path) => valueLines.get(pathKey(path)),
        keyLineOf: (path) => keyLines.get(pathKey(path))
    };
}
