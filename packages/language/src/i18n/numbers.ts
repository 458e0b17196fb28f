import type { Locale } from './locale.js';

const GROUP_SEPARATOR: Record<Locale, string> = { fr: '\u202f', en: ',' };

/**
 * A whole number with its thousands grouped as each language writes it (« 5 000 000 », "5,000,000"), as
 * `toLocaleString('fr-BE' | 'en')` writes it but without `Intl`: the first number format a browser makes loads
 * that language's data (≈ 40 ms in the Web Worker, paid before the first findings when a rule's text does it).
 */
export function groupedNumber(value: number, locale: Locale): string {
    if (!Number.isSafeInteger(value)) {
        return value.toLocaleString(locale === 'fr' ? 'fr-BE' : 'en');
    }
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[locale]);
    return value < 0 ? `-${digits}` : digits;
}
