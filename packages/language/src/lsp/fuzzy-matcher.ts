import type { FuzzyMatcher } from 'langium/lsp';
import { transliterate } from '../i18n/transliterate.js';

/**
 * Matches what someone types against names (workspace symbols, completion) as a French speaker
 * expects: without minding accents or case (`elo` finds `Élodie`, `oeu` finds `Œuvre`), from the start of any word of a
 * qualified name (`P12` finds `Grande.P12`, `til` finds `LesTilleuls`). Langium's matcher only
 * knows ASCII letters and camelCase, so `Élo` found nothing.
 */
export class TutoratFuzzyMatcher implements FuzzyMatcher {
    match(query: string, text: string): boolean {
        if (query.length === 0) {
            return true;
        }
        const wanted = fold(query);
        const characters = [...text];
        let matched = 0;
        let started = false;
        for (let index = 0; index < characters.length && matched < wanted.length; index++) {
            const folded = fold(characters[index]);
            if (folded.length === 0 || !wanted.startsWith(folded, matched)) {
                continue;
            }
            started ||= isWordStart(characters, index);
            if (started) {
                matched += folded.length;
            }
        }
        return matched >= wanted.length;
    }
}

function fold(text: string): string {
    return transliterate(text).toLowerCase();
}

function isWordStart(characters: readonly string[], index: number): boolean {
    if (index === 0) {
        return true;
    }
    const previous = characters[index - 1];
    const current = characters[index];
    const letterOrDigit = /[\p{L}\p{N}]/u;
    return !letterOrDigit.test(previous) || (/\p{Ll}/u.test(previous) && /\p{Lu}/u.test(current)) || (/\p{L}/u.test(previous) && /\p{N}/u.test(current));
}
