import { elideBefore } from './french.js';

/**
 * The two languages Tutorat speaks. French is the default: the guide, the sector and most users
 * are French-speaking; English is the second locale (editor in English, or `--lang en`).
 */
export type Locale = 'fr' | 'en';

export const DEFAULT_LOCALE: Locale = 'fr';

/** A text in both languages. Parameters are written `{name}` and filled by {@link format}. */
export interface Bilingual {
    readonly fr: string;
    readonly en: string;
}

/** Maps an LSP/BCP-47 locale such as `en-US`, `fr-BE` or `nl` onto a supported locale. */
export function toLocale(tag: string | undefined | null): Locale {
    if (!tag) {
        return DEFAULT_LOCALE;
    }
    return tag.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/**
 * Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped.
 * In French, the word before a value is elided when the value starts with a vowel (« de {name} »
 * with Inès gives « d’Inès »).
 */
export function format(template: string, params: MessageParams = {}, locale?: Locale): string {
    let result = '';
    let last = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
        const value = params[match[1]];
        let before = template.slice(last, match.index);
        if (value !== undefined && locale === 'fr') {
            before = elideBefore(before, String(value));
        }
        result += before + (value === undefined ? match[0] : String(value));
        last = match.index + match[0].length;
    }
    return result + template.slice(last);
}

/** Whether every `{name}` of a text, in both languages, has a value: a message missing one is not given. */
export function hasAllParams(text: Bilingual, params: MessageParams = {}): boolean {
    return [text.fr, text.en].every((template) => [...template.matchAll(/\{(\w+)\}/g)].every((match) => params[match[1]] !== undefined));
}

export function localize(text: Bilingual, locale: Locale, params?: MessageParams): string {
    return format(text[locale], params, locale);
}

/**
 * The locale of one process (a CLI run or a language server). It is read when a message is built,
 * so a server that learns its client's locale at `initialize` speaks it from then on.
 */
export class LocaleSetting {
    private value: Locale = DEFAULT_LOCALE;

    get current(): Locale {
        return this.value;
    }

    set(locale: Locale): void {
        this.value = locale;
    }

    text(text: Bilingual, params?: MessageParams): string {
        return localize(text, this.value, params);
    }
}

const CONJUNCTIONS = { and: { fr: 'et', en: 'and' }, or: { fr: 'ou', en: 'or' } } as const;

/** Lists items the French or English way: « a, b et c » / "a, b and c" (or « ou » / "or"). */
export function joinList(items: readonly string[], locale: Locale, conjunction: 'and' | 'or' = 'and'): string {
    if (items.length <= 1) {
        return items.join('');
    }
    const last = items[items.length - 1];
    return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[conjunction][locale]} ${last}`;
}

/** Quotes a user's word the French way (« Élodie ») or the English way ("Élodie"). */
export function quote(text: string, locale: Locale): string {
    return locale === 'fr' ? `« ${text} »` : `“${text}”`;
}

