import type { Bilingual, Locale, Person } from '@tutorat/language';

/**
 * How the handbooks name what the documents say: the charter's sections and the kinds of their
 * items, and values (frequencies, rates) as sentences. The stakes, situations, profiles and roles
 * come from the language's vocabulary (`model/vocabulary.ts`).
 */

// The charter's vocabulary and values as sentences come from the language package, shared with the editor.
export { CHARTER_SECTION_TITLES as SECTION_TITLES, charterItemKindLabel as itemKindLabel } from '@tutorat/language';
export { formatDuration as describeDuration, formatFrequency as describeFrequency, formatRate as describeRate, formatShare as describeShare } from '@tutorat/language';

/** The name people know someone by: the title written in quotes, else the identifier. */
export function displayName(person: { readonly name: string; readonly title?: string } | undefined): string {
    if (!person) {
        return '';
    }
    return person.title?.trim() || person.name;
}

/** « tuteur » / « tutrice », « tutoré » / « tutorée » as the person was declared. */
export function roleWord(person: Person | undefined, role: 'tutor' | 'tutee', locale: Locale): string {
    if (locale === 'en') {
        return role;
    }
    if (role === 'tutor') {
        return person?.kind === 'tutrice' ? 'tutrice' : 'tuteur';
    }
    return person?.kind === 'tutorée' ? 'tutorée' : 'tutoré';
}

export const EVALUATION_KINDS: Readonly<Record<'formative' | 'finale', Bilingual>> = {
    formative: { fr: 'Évaluation formative', en: 'Formative evaluation' },
    finale: { fr: 'Évaluation finale', en: 'Final evaluation' }
};

export const REVIEW_WITH: Bilingual = { fr: 'Bilan avec {superior}', en: 'Review with {superior}' };

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
