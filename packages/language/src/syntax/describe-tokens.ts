import { joinList, quote, type Locale } from '../i18n/locale.js';
import { TOKEN_LABELS } from './rule-labels.js';

/** Keywords listed in a message before « … ». */
const MAX_LISTED = 12;

/** What was expected, in words: « un nom (par exemple Élodie ou C1) ou un des mots « version », « charte » ». */
export function describeAlternatives(tokenNames: readonly string[], locale: Locale): string {
    const names = [...new Set(tokenNames)];
    const terminals = names.filter((name) => TOKEN_LABELS[name]).map((name) => TOKEN_LABELS[name][locale]);
    const keywords = names.filter((name) => !TOKEN_LABELS[name]);
    const parts = [...terminals];
    if (keywords.length > 0) {
        parts.push(`${locale === 'fr' ? (keywords.length > 1 ? 'un des mots' : 'le mot') : (keywords.length > 1 ? 'one of the words' : 'the word')} ${listKeywords(keywords, locale)}`);
    }
    return joinList(parts, locale, 'or');
}

/** « version », « charte », … — at most a dozen, then « … ». */
export function listKeywords(keywords: readonly string[], locale: Locale): string {
    const shown = keywords.slice(0, MAX_LISTED).map((keyword) => TOKEN_LABELS[keyword] ? TOKEN_LABELS[keyword][locale] : quote(keyword, locale));
    return shown.join(', ') + (keywords.length > MAX_LISTED ? ', …' : '');
}
