import type { Duration, Frequency, Period, Rate, Share } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';

/** The units of time people write, reduced to one canonical unit each. */
export type CanonicalUnit = 'year' | 'quarter' | 'month' | 'fortnight' | 'week' | 'day' | 'hour';

const UNIT_OF: Readonly<Record<string, CanonicalUnit>> = {
    an: 'year', ans: 'year', année: 'year', années: 'year',
    trimestre: 'quarter', trimestres: 'quarter',
    mois: 'month',
    quinzaine: 'fortnight', quinzaines: 'fortnight',
    semaine: 'week', semaines: 'week',
    jour: 'day', jours: 'day',
    heure: 'hour', heures: 'hour', h: 'hour'
};

/** Average length of each unit in days: durations are compared, not added to calendars. */
const DAYS: Readonly<Record<CanonicalUnit, number>> = {
    year: 365.25, quarter: 365.25 / 4, month: 365.25 / 12, fortnight: 14, week: 7, day: 1, hour: 1 / 24
};

const NAMES: Readonly<Record<CanonicalUnit, Readonly<Record<Locale, readonly [string, string]>>>> = {
    year: { fr: ['an', 'ans'], en: ['year', 'years'] },
    quarter: { fr: ['trimestre', 'trimestres'], en: ['quarter', 'quarters'] },
    month: { fr: ['mois', 'mois'], en: ['month', 'months'] },
    fortnight: { fr: ['quinzaine', 'quinzaines'], en: ['fortnight', 'fortnights'] },
    week: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
    day: { fr: ['jour', 'jours'], en: ['day', 'days'] },
    hour: { fr: ['heure', 'heures'], en: ['hour', 'hours'] }
};

export function canonicalUnit(unit: string): CanonicalUnit | undefined {
    return UNIT_OF[unit];
}

/** A duration as a plain value, whether it came from a document or from a configuration file. */
export interface Span {
    readonly value: number;
    readonly unit: CanonicalUnit;
}

export function spanOf(duration: Duration | undefined): Span | undefined {
    const unit = duration && canonicalUnit(duration.unit);
    return unit && duration.value !== undefined ? { value: duration.value, unit } : undefined;
}

export function spanInDays(span: Span): number {
    return span.value * DAYS[span.unit];
}

export function durationInDays(duration: Duration | undefined): number | undefined {
    const span = spanOf(duration);
    return span && spanInDays(span);
}

/** « 2 ans », « 1 an », « 6 mois » — or "2 years" in English. */
export function formatSpan(span: Span, locale: Locale): string {
    const [singular, plural] = NAMES[span.unit][locale];
    const number = locale === 'fr' ? String(span.value).replace('.', ',') : String(span.value);
    return `${number} ${span.value >= 2 ? plural : singular}`;
}

/** The name of a unit: « semaine » / « semaines », "week" / "weeks". */
export function unitName(unit: CanonicalUnit, locale: Locale, plural = false): string {
    return NAMES[unit][locale][plural ? 1 : 0];
}

/** Units named « toutes les … » rather than « tous les … » in French. */
const FEMININE_UNITS: ReadonlySet<CanonicalUnit> = new Set(['fortnight', 'week', 'hour']);

/** After « chaque » or « par », a year is « année » (« chaque année »), not « an ». */
function singularAfterEach(unit: CanonicalUnit, locale: Locale): string {
    return locale === 'fr' && unit === 'year' ? 'année' : unitName(unit, locale);
}

/** « chaque semaine », « toutes les 2 semaines », « 2 fois par mois » — or "every week"… */
export function formatFrequency(frequency: Frequency | undefined, locale: Locale): string | undefined {
    const unit = frequency && canonicalUnit(frequency.unit);
    if (!frequency || !unit) {
        return undefined;
    }
    const singular = singularAfterEach(unit, locale);
    if (frequency.times !== undefined) {
        return locale === 'fr' ? `${frequency.times} fois par ${singular}` : `${frequency.times} times a ${singular}`;
    }
    if (frequency.every !== undefined && frequency.every !== 1) {
        const span = formatSpan({ value: frequency.every, unit }, locale);
        return locale === 'fr' ? `${FEMININE_UNITS.has(unit) ? 'toutes' : 'tous'} les ${span}` : `every ${span}`;
    }
    return locale === 'fr' ? `chaque ${singular}` : `every ${singular}`;
}

/** « 3 heures par semaine ». */
export function formatRate(rate: Rate | undefined, locale: Locale): string | undefined {
    const amount = rate && formatDuration(rate.amount, locale);
    const per = rate && canonicalUnit(rate.per);
    return amount && per ? `${amount} ${locale === 'fr' ? 'par' : 'per'} ${singularAfterEach(per, locale)}` : undefined;
}

export function formatDuration(duration: Duration | undefined, locale: Locale): string | undefined {
    const span = spanOf(duration);
    return span ? formatSpan(span, locale) : undefined;
}

/** « 60 % » with the non-breaking space French puts before the sign. */
export function formatShare(share: Share | undefined, locale: Locale): string | undefined {
    if (share?.percent === undefined) {
        return undefined;
    }
    return locale === 'fr' ? `${String(share.percent).replace('.', ',')}\u00A0%` : `${share.percent}%`;
}

/** Reads « 2 ans », "18 mois", "1,5 an" as written in a configuration file. */
export function parseSpan(text: string): Span | undefined {
    const match = /^\s*(\d+(?:[.,]\d+)?)\s*([\p{L}]+)\s*$/u.exec(text);
    const unit = match && canonicalUnit(match[2].toLowerCase());
    return match && unit ? { value: Number(match[1].replace(',', '.')), unit } : undefined;
}

/** How many days separate two occurrences of a frequency: « chaque semaine » → 7, « 2 fois par semaine » → 3.5. */
export function frequencyIntervalInDays(frequency: Frequency | undefined): number | undefined {
    const unit = frequency && canonicalUnit(frequency.unit);
    if (!frequency || !unit) {
        return undefined;
    }
    const days = DAYS[unit];
    if (frequency.times !== undefined) {
        return frequency.times > 0 ? days / frequency.times : undefined;
    }
    if (frequency.every !== undefined) {
        return frequency.every > 0 ? days * frequency.every : undefined;
    }
    return days;
}


/** A calendar date written 15/09/2026 or 2026-09-15; undefined when it does not exist (31/02/2026). */
export function parseDate(text: string | undefined): Date | undefined {
    if (!text) {
        return undefined;
    }
    let time = PARSED_DATES.get(text);
    if (time === undefined) {
        time = readDate(text)?.getTime() ?? null;
        PARSED_DATES.set(text, time);
    }
    return time === null ? undefined : new Date(time);
}

/** The same dates come back in every rule that reads a period: each is read once. */
const PARSED_DATES = new Map<string, number | null>();

function readDate(text: string): Date | undefined {
    const belgian = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const [year, month, day] = belgian
        ? [Number(belgian[3]), Number(belgian[2]), Number(belgian[1])]
        : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [NaN, NaN, NaN];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + Math.round(days) * DAY_MS);
}

/** A period's start and end as dates; the end is derived from « pendant » when not written. */
export interface DateRange {
    readonly start: Date;
    readonly end?: Date;
}

export function rangeOf(period: Period | undefined): DateRange | undefined {
    const start = parseDate(period?.start);
    if (!period || !start) {
        return undefined;
    }
    const end = parseDate(period.end) ?? (period.duration ? addDays(start, durationInDays(period.duration) ?? 0) : undefined);
    return { start, end };
}

/** Whether two ranges share at least one day; an open end runs forever. */
export function overlaps(a: DateRange | undefined, b: DateRange | undefined): boolean {
    if (!a || !b) {
        return true;
    }
    const aEnd = a.end?.getTime() ?? Infinity;
    const bEnd = b.end?.getTime() ?? Infinity;
    return a.start.getTime() <= bEnd && b.start.getTime() <= aEnd;
}

/** 15/09/2026 in French, 15 September 2026 in English: dates as Belgian readers expect them. */
export function formatDate(date: Date, locale: Locale, style: 'short' | 'long' = 'short'): string {
    return dateFormat(locale, style).format(date);
}

// Creating an Intl.DateTimeFormat costs far more than formatting with it: rules format many dates.
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, style: 'short' | 'long'): Intl.DateTimeFormat {
    const key = `${locale}:${style}`;
    let formatter = DATE_FORMATS.get(key);
    if (!formatter) {
        formatter = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-BE' : 'en-GB', {
            timeZone: 'UTC',
            ...(style === 'short' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' })
        });
        DATE_FORMATS.set(key, formatter);
    }
    return formatter;
}
