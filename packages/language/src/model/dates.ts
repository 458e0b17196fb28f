import type { Period } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Dates as people write them in Belgium: 15/09/2026, 15.09.2026, 15-09-2026, 2026-09-15,
 * « 24 juin 2026 », « lundi 1er septembre 2026 », and in a period « du 5 octobre au 18 décembre
 * 2026 », where the start takes the year of the end.
 */

const MONTHS: Readonly<Record<string, number>> = {
    janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12
};

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

/** What a written date says, before it is checked against the calendar. */
export interface DateParts {
    readonly day: number;
    readonly month: number;
    readonly year?: number;
    readonly weekday?: number;
    /** The month as written, when it is not a month (« jiun »). */
    readonly unknownMonth?: string;
}

/** Why a written date is not a day of the calendar. */
export type DateProblem =
    | { readonly kind: 'unreadable' }
    | { readonly kind: 'unknownMonth'; readonly month: string }
    | { readonly kind: 'noYear' }
    | { readonly kind: 'impossible' }
    | { readonly kind: 'weekday'; readonly written: string; readonly actual: string };

export function readDateParts(text: string): DateParts | undefined {
    const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
    if (numeric) {
        return { day: Number(numeric[1]), month: Number(numeric[3]), year: Number(numeric[4]) };
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (iso) {
        return { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) };
    }
    const words = text.normalize('NFC').trim().split(/\s+/);
    const weekdayIndex = WEEKDAYS.indexOf(plain(words[0] ?? '') as typeof WEEKDAYS[number]);
    const rest = weekdayIndex >= 0 ? words.slice(1) : words;
    const day = /^(\d{1,2})(?:er)?$/.exec(rest[0] ?? '');
    if (!day || rest.length < 2 || rest.length > 3) {
        return undefined;
    }
    const month = MONTHS[plain(rest[1])];
    const year = rest[2] !== undefined && /^\d{4}$/.test(rest[2]) ? Number(rest[2]) : undefined;
    if (rest[2] !== undefined && year === undefined) {
        return undefined;
    }
    return {
        day: Number(day[1]),
        month: month ?? 0,
        year,
        weekday: weekdayIndex >= 0 ? weekdayIndex : undefined,
        unknownMonth: month === undefined ? rest[1] : undefined
    };
}

/** Why a written date cannot be used, or undefined when it is a real day (with its year). */
export function dateProblem(text: string, fallbackYear?: number): DateProblem | undefined {
    const parts = readDateParts(text);
    if (!parts) {
        return { kind: 'unreadable' };
    }
    if (parts.unknownMonth) {
        return { kind: 'unknownMonth', month: parts.unknownMonth };
    }
    const year = parts.year ?? fallbackYear;
    if (year === undefined) {
        return { kind: 'noYear' };
    }
    const date = calendarDay(parts.day, parts.month, year);
    if (!date) {
        return { kind: 'impossible' };
    }
    if (parts.weekday !== undefined && date.getUTCDay() !== parts.weekday) {
        return { kind: 'weekday', written: WEEKDAYS[parts.weekday], actual: WEEKDAYS[date.getUTCDay()] };
    }
    return undefined;
}

/** A written date as a day of the calendar; undefined when it does not exist (31/02/2026) or lacks its year. */
export function parseDate(text: string | undefined, fallbackYear?: number): Date | undefined {
    if (!text) {
        return undefined;
    }
    const key = fallbackYear === undefined ? text : `${text}|${fallbackYear}`;
    let time = PARSED_DATES.get(key);
    if (time === undefined) {
        time = dateProblem(text, fallbackYear) ? null : dayOf(text, fallbackYear)?.getTime() ?? null;
        if (PARSED_DATES.size >= MAX_PARSED_DATES) {
            PARSED_DATES.clear();
        }
        PARSED_DATES.set(key, time);
    }
    return time === null ? undefined : new Date(time);
}

/**
 * The same dates come back in every rule that reads a period: each is read once. Bounded: over a
 * long session every date being typed (« 1 », « 1/0 », « 1/09/2 »…) comes through here.
 */
const PARSED_DATES = new Map<string, number | null>();
const MAX_PARSED_DATES = 10_000;

function dayOf(text: string, fallbackYear?: number): Date | undefined {
    const parts = readDateParts(text);
    const year = parts?.year ?? fallbackYear;
    return parts && year !== undefined ? calendarDay(parts.day, parts.month, year) : undefined;
}

function calendarDay(day: number, month: number, year: number): Date | undefined {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Whether a date is written without its year (« 5 octobre »). */
export function lacksYear(text: string | undefined): boolean {
    const parts = text ? readDateParts(text) : undefined;
    return parts !== undefined && parts.year === undefined;
}

/**
 * The start of a period as a day: « du 5 octobre au 18 décembre 2026 » takes the end's year,
 * and « du 15 décembre au 10 janvier 2027 » the year before it.
 */
export function periodStart(period: Period | undefined): Date | undefined {
    const start = period?.start;
    if (!start) {
        return undefined;
    }
    if (!lacksYear(start)) {
        return parseDate(start);
    }
    const end = parseDate(period.end);
    if (!end) {
        return undefined;
    }
    const sameYear = parseDate(start, end.getUTCFullYear());
    return sameYear && sameYear > end ? parseDate(start, end.getUTCFullYear() - 1) : sameYear;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + Math.round(days) * DAY_MS);
}

/** 15/09/2026 in French, 15 September 2026 in English: dates as Belgian readers expect them. */
export function formatDate(date: Date, locale: Locale, style: 'short' | 'long' | 'full' = 'short'): string {
    return dateFormat(locale, style).format(date);
}

// Creating an Intl.DateTimeFormat costs far more than formatting with it: rules format many dates.
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, style: 'short' | 'long' | 'full'): Intl.DateTimeFormat {
    const key = `${locale}:${style}`;
    let formatter = DATE_FORMATS.get(key);
    if (!formatter) {
        formatter = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-BE' : 'en-GB', {
            timeZone: 'UTC',
            ...(style === 'short' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' }),
            ...(style === 'full' ? { weekday: 'long' } : {})
        });
        DATE_FORMATS.set(key, formatter);
    }
    return formatter;
}

/** The month names the language knows, for completion and suggestions. */
export const MONTH_NAMES: readonly string[] = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function plain(word: string): string {
    return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
