import type { Locale } from './locale.js';

/**
 * French that depends on the words it joins, so that messages read as a person would write them:
 * élision before a vowel (« d’Inès », « qu’Amina ») and agreement with a person's declared kind
 * (« la tutrice Aïcha », « déclarée », « sa suppléante »).
 */

/** Words that lose their vowel before a word starting with a vowel. A mute or aspirated h is left alone. */
const ELIDED = /(^|[\s(])(de|De|que|Que|jusque|lorsque|puisque)\s$/u;
const VOWEL_START = /^[aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]/u;
/** Words starting with a vowel that take no élision (« de onze jours »). */
const NO_ELISION = /^(onze|onzième|ouate|ouistiti)\b/iu;

/**
 * The text written before a value, elided when the value starts with a vowel:
 * `elideBefore('auprès de ', 'Inès')` gives `auprès d’`.
 */
export function elideBefore(before: string, value: string): string {
    const match = ELIDED.exec(before);
    if (!match || !VOWEL_START.test(value) || NO_ELISION.test(value)) {
        return before;
    }
    const word = match[2];
    return `${before.slice(0, before.length - word.length - 1)}${word.slice(0, -1)}’`;
}

export type Gender = 'feminine' | 'masculine';

/** The grammatical gender a declaration gives; « personne » says nothing about it. */
export function genderOf(kind: string | undefined): Gender | undefined {
    if (kind === 'tutrice' || kind === 'tutorée') {
        return 'feminine';
    }
    if (kind === 'tuteur' || kind === 'tutoré') {
        return 'masculine';
    }
    return undefined;
}

/** One of three words by a person's gender; `either` when the declaration does not say it (« il ou elle »). */
export function agree(kind: string | undefined, forms: { readonly masculine: string; readonly feminine: string; readonly either?: string }): string {
    const gender = genderOf(kind);
    return gender ? forms[gender] : forms.either ?? forms.masculine;
}

/** The role word of a tutor or tutee as declared: « tutrice », « tutoré »… (English: tutor, tutee). */
export function roleWordOf(kind: string | undefined, role: 'tutor' | 'tutee', locale: Locale): string {
    if (locale === 'en') {
        return role;
    }
    return role === 'tutor' ? agree(kind, { masculine: 'tuteur', feminine: 'tutrice' }) : agree(kind, { masculine: 'tutoré', feminine: 'tutorée' });
}

/**
 * A person named with their role: « la tutrice Aïcha », « le tuteur François », or just « Nadia »
 * for a « personne ». With `de`: « de la tutrice Aïcha », « du tuteur François », « d’Inès ».
 */
export function personWithKind(person: { readonly name?: string; readonly kind?: string } | undefined, locale: Locale, preposition?: 'de'): string {
    const name = person?.name ?? '';
    const kind = person?.kind;
    if (locale === 'en') {
        const role = kind === 'tuteur' || kind === 'tutrice' ? 'the tutor ' : kind === 'tutoré' || kind === 'tutorée' ? 'the tutee ' : '';
        return `${preposition ? 'of ' : ''}${role}${name}`;
    }
    const gender = genderOf(kind);
    if (!gender) {
        return preposition ? `${elideBefore('de ', name)}${name}` : name;
    }
    const article = gender === 'feminine' ? (preposition ? 'de la' : 'la') : preposition ? 'du' : 'le';
    return `${article} ${kind} ${name}`;
}

/**
 * How messages name an element the user declared — a function, a service, a partner, a path — by
 * its title where it has one (« Éducateur spécialisé »), else by its name; undefined when it has
 * neither yet (the message is then not given: it would show a placeholder).
 */
export function titleOrName(element: { readonly name?: string; readonly title?: string } | undefined, locale: Locale): string | undefined {
    const title = element?.title?.trim();
    if (title) {
        return locale === 'fr' ? `« ${title} »` : `“${title}”`;
    }
    return element?.name || undefined;
}
