/**
 * The `ignore` patterns of `tutorat.json`: globs relative to the folder of the file, read the way
 * `.gitignore`, ESLint and markdownlint read theirs.
 *
 * - `*` stands for any characters except `/`, `**` for any number of folders, `?` for one character;
 *   `[abc]` and `{brouillons,archives}` are understood too. `\` counts as `/`.
 * - A pattern without `/` (`brouillons`, `*.ancien.tutorat`) matches that name in any folder; with a `/`
 *   (`test/fixtures`, `/archives`) it starts at the folder of `tutorat.json`.
 * - A pattern ending in `/` matches folders only. A matched folder is ignored with everything inside.
 */

export interface IgnorePattern {
    /** The pattern as written. */
    readonly source: string;
    /** Whether a path (relative to the configuration's folder, `/`-separated) is this pattern's or lies in a folder that is. */
    covers(relativePath: string, isFolder: boolean): boolean;
}

/** Why a pattern cannot be used, or undefined when it can. */
export function ignorePatternProblem(source: unknown): 'not-a-string' | 'empty' | 'negation' | 'outside' | undefined {
    if (typeof source !== 'string') {
        return 'not-a-string';
    }
    const pattern = normalize(source);
    if (pattern.body === '') {
        return 'empty';
    }
    if (source.trim().startsWith('!')) {
        return 'negation';
    }
    return pattern.body.split('/').includes('..') ? 'outside' : undefined;
}

/** The pattern, ready to match; undefined for a pattern {@link ignorePatternProblem} refuses. */
export function compileIgnorePattern(source: string): IgnorePattern | undefined {
    if (ignorePatternProblem(source) !== undefined) {
        return undefined;
    }
    const { body, anchored, foldersOnly } = normalize(source);
    const expression = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${globToRegExp(body)}$`);
    const matches = (path: string, isFolder: boolean) => (isFolder || !foldersOnly) && expression.test(path);
    return {
        source,
        covers(relativePath, isFolder) {
            const parts = relativePath.split('/').filter((part) => part !== '' && part !== '.');
            // The path itself, then each folder above it (a matched folder takes its content along).
            for (let length = parts.length; length > 0; length--) {
                if (matches(parts.slice(0, length).join('/'), length < parts.length || isFolder)) {
                    return true;
                }
            }
            return false;
        }
    };
}

function normalize(source: string): { body: string; anchored: boolean; foldersOnly: boolean } {
    let body = source.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const foldersOnly = body.endsWith('/');
    body = body.replace(/\/+$/, '');
    const rooted = body.startsWith('/');
    body = body.replace(/^\/+/, '');
    return { body, anchored: rooted || body.includes('/'), foldersOnly };
}

function globToRegExp(glob: string): string {
    let result = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            const wholeSegment = (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/');
            if (wholeSegment && glob[i + 2] === '/') {
                result += '(?:.*/)?';
                i += 2;
            } else {
                result += '.*';
                i += 1;
            }
        } else if (char === '*') {
            result += '[^/]*';
        } else if (char === '?') {
            result += '[^/]';
        } else if (char === '[' && glob.indexOf(']', i + 1) > i + 1) {
            const end = glob.indexOf(']', i + 1);
            result += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
            i = end;
        } else if (char === '{' && glob.indexOf('}', i) > 0) {
            const end = glob.indexOf('}', i);
            result += `(?:${glob.slice(i + 1, end).split(',').map(globToRegExp).join('|')})`;
            i = end;
        } else {
            result += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return result;
}
