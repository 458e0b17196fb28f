import { transliterate } from '@tutorat/language';

/**
 * File names made from names written in documents. Whatever a document says (`../../etc/passwd`,
 * `CON`, a name of 500 characters), the result is one plain name — lowercase letters, digits and
 * hyphens, a known extension — that stays inside the output folder on every system.
 */

/** Long enough to read, short enough for every file system once the folder is added. */
export const MAX_BASE_LENGTH = 80;

/** Names Windows reserves, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const FALLBACK = 'livret';

/** « LesTilleuls » → « les-tilleuls », « Élodie » → « elodie », « Œuvre » → « oeuvre », « ../../etc » → « etc ». */
export function slug(text: string): string {
    const words = transliterate(text)
        .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const bounded = words.slice(0, MAX_BASE_LENGTH).replace(/-+$/, '');
    if (bounded.length === 0) {
        return FALLBACK;
    }
    return RESERVED.test(bounded) ? `${FALLBACK}-${bounded}` : bounded;
}

const SAFE = new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${MAX_BASE_LENGTH + 8}})\\.(html|pdf)$`);

/** Whether a file name is one this module could have made. */
export function isSafeFileName(name: string): boolean {
    const base = name.replace(/\.(html|pdf)$/, '');
    return SAFE.test(name) && !RESERVED.test(base);
}

/** Hands out names that are safe and unique within one set of handbooks (`-2`, `-3`… when taken). */
export class FileNames {
    private readonly used = new Set<string>();

    take(parts: readonly string[], extension: 'html' | 'pdf' = 'html'): string {
        const base = slug(parts.join('-'));
        let name = `${base}.${extension}`;
        for (let index = 2; this.used.has(name); index++) {
            name = `${base.slice(0, MAX_BASE_LENGTH - 6)}-${index}.${extension}`;
        }
        this.used.add(name);
        return name;
    }
}
