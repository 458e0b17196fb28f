/**
 * Textual mutations of a clean document: one mistake a person makes while writing. They find their
 * place by the text around it, not by line numbers, so that reformatting the clean workspace does
 * not silently move a mistake; a text that cannot be found (or is ambiguous) stops the corpus with
 * a message naming the mistake.
 */

/**
 * A line, found by a piece of its text. Alone, the text must occur on exactly one line of the
 * document; with `after`, it is the `nth` line (1 by default) containing it after the line that
 * contains `after` (itself found on exactly one line).
 */
export type LineLocator = string | { readonly line: string; readonly after: string; readonly nth?: number };

export type Mutation =
    /** Replaces a text: the only occurrence in the document, or the first one after `after`, or every one (`all`). */
    | { readonly replace: string; readonly by: string; readonly after?: string; readonly all?: true }
    /** Inserts one or more lines after (or before) a line, indented like it (one level deeper after a line ending with `{`). */
    | { readonly insert: string; readonly after: LineLocator }
    | { readonly insert: string; readonly before: LineLocator }
    /** Deletes a line. */
    | { readonly deleteLine: LineLocator };

export interface MutatedText {
    readonly text: string;
    /** 0-based: the first line of the mutated text that differs from the clean one. */
    readonly firstChangedLine: number;
    /** Where a clean line is in the mutated text (undefined: it was removed). */
    mapLine(cleanLine: number): number | undefined;
}

export class MutationError extends Error {}

export function applyMutation(clean: string, mutation: Mutation): MutatedText {
    const text = mutatedText(clean, mutation);
    if (text === clean) {
        throw new MutationError('la mutation ne change rien');
    }
    return mutatedFrom(clean, text);
}

/** A text written from the clean one by any means, with the correspondence of their lines. */
export function mutatedFrom(clean: string, text: string): MutatedText {
    return { text, ...lineCorrespondence(clean, text) };
}

function mutatedText(clean: string, mutation: Mutation): string {
    if ('replace' in mutation) {
        if (mutation.all) {
            if (!clean.includes(mutation.replace)) {
                throw new MutationError(`texte introuvable : « ${mutation.replace} »`);
            }
            return clean.split(mutation.replace).join(mutation.by);
        }
        const from = mutation.after === undefined ? 0 : offsetOfLine(clean, locateLine(clean, mutation.after));
        const index = clean.indexOf(mutation.replace, from);
        if (index < 0) {
            throw new MutationError(`texte introuvable${mutation.after ? ` après « ${mutation.after} »` : ''} : « ${mutation.replace} »`);
        }
        if (mutation.after === undefined && clean.indexOf(mutation.replace, index + 1) >= 0) {
            throw new MutationError(`texte ambigu (plusieurs occurrences), précisez « after » : « ${mutation.replace} »`);
        }
        return clean.slice(0, index) + mutation.by + clean.slice(index + mutation.replace.length);
    }
    const lines = clean.split('\n');
    if ('deleteLine' in mutation) {
        lines.splice(locateLine(clean, mutation.deleteLine), 1);
        return lines.join('\n');
    }
    const anchor = locateLine(clean, 'after' in mutation ? mutation.after : mutation.before);
    const indentation = /^\s*/.exec(lines[anchor])![0] + ('after' in mutation && lines[anchor].trimEnd().endsWith('{') ? '    ' : '');
    const inserted = mutation.insert.split('\n').map((line) => indentation + line);
    lines.splice('after' in mutation ? anchor + 1 : anchor, 0, ...inserted);
    return lines.join('\n');
}

/** The 0-based line a locator designates; throws when it designates none, or more than one. */
export function locateLine(text: string, locator: LineLocator): number {
    const lines = text.split('\n');
    const only = (needle: string) => {
        const found = lines.flatMap((line, index) => line.includes(needle) ? [index] : []);
        if (found.length !== 1) {
            throw new MutationError(found.length === 0 ? `ligne introuvable : « ${needle} »` : `« ${needle} » se trouve sur ${found.length} lignes (${found.map((line) => line + 1).join(', ')}) : précisez « after »`);
        }
        return found[0];
    };
    if (typeof locator === 'string') {
        return only(locator);
    }
    const start = only(locator.after);
    let remaining = locator.nth ?? 1;
    for (let index = start + 1; index < lines.length; index++) {
        if (lines[index].includes(locator.line) && --remaining === 0) {
            return index;
        }
    }
    throw new MutationError(`ligne introuvable : « ${locator.line} » (n° ${locator.nth ?? 1}) après « ${locator.after} »`);
}

function offsetOfLine(text: string, line: number): number {
    return text.split('\n').slice(0, line).reduce((sum, content) => sum + content.length + 1, 0);
}

/**
 * Lines common to the start and to the end of both texts keep their identity; a changed region
 * keeps the lines it still has at the same place (a line edited in place is the same line).
 */
function lineCorrespondence(clean: string, mutated: string): Omit<MutatedText, 'text'> {
    const before = clean.split('\n');
    const after = mutated.split('\n');
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) {
        prefix++;
    }
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix
        && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
        suffix++;
    }
    const shift = after.length - before.length;
    return {
        firstChangedLine: Math.min(prefix, after.length - 1),
        mapLine(line) {
            if (line < prefix) {
                return line;
            }
            if (line >= before.length - suffix) {
                return line + shift;
            }
            return line < after.length - suffix ? line : undefined;
        }
    };
}
