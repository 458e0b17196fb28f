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
    const { texts, names } = partsOf(template);
    let result = '';
    for (let index = 0; index < names.length; index++) {
        const value = params[names[index]];
        const before = texts[index];
        if (value === undefined) {
            result += `${before}{${names[index]}}`;
        } else {
            const text = String(value);
            result += (locale === 'fr' ? elideBefore(before, text) : before) + text;
        }
    }
    return result + texts[names.length];
}

/** Whether every `{name}` of a text, in both languages, has a value: a message missing one is not given. */
export function hasAllParams(text: Bilingual, params: MessageParams = {}): boolean {
    return [text.fr, text.en].every((template) => partsOf(template).names.every((name) => params[name] !== undefined));
}

/** A template cut at its placeholders: `texts[0] {names[0]} texts[1] …`. */
interface TemplateParts {
    readonly texts: readonly string[];
    readonly names: readonly string[];
}

/**
 * Templates cut once: they are the catalogue's few hundred texts, filled for every finding (20,000
 * files make hundreds of thousands). Bounded all the same, should templates ever be made on the fly.
 */
const PARTS = new Map<string, TemplateParts>();
const MAX_CACHED_TEMPLATES = 5_000;

function partsOf(template: string): TemplateParts {
    // A text with no placeholder (a message already filled, with the user's words in it) is not kept:
    // over a long session such texts are countless, and the cache would only grow.
    if (!template.includes('{')) {
        return { texts: [template], names: [] };
    }
    let parts = PARTS.get(template);
    if (!parts) {
        const texts: string[] = [];
        const names: string[] = [];
        let last = 0;
        for (const match of template.matchAll(/\{(\w+)\}/g)) {
            texts.push(template.slice(last, match.index));
            names.push(match[1]);
            last = match.index + match[0].length;
        }
        texts.push(template.slice(last));
        parts = { texts, names };
        if (PARTS.size >= MAX_CACHED_TEMPLATES) {
            PARTS.clear();
        }
        PARTS.set(template, parts);
    }
    return parts;
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

