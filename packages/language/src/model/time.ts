import type { Duration, Frequency, Period, Rate, Share } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { addDays, parseDate, periodStart } from './dates.js';

export * from './dates.js';

/** The units of time people write, reduced to one canonical unit each. */
export type CanonicalUnit = 'year' | 'semester' | 'quarter' | 'month' | 'fortnight' | 'week' | 'day' | 'hour' | 'minute';

const UNIT_OF: Readonly<Record<string, CanonicalUnit>> = {
    an: 'year', ans: 'year', année: 'year', années: 'year',
    semestre: 'semester', semestres: 'semester',
    trimestre: 'quarter', trimestres: 'quarter',
    mois: 'month',
    quinzaine: 'fortnight', quinzaines: 'fortnight',
    semaine: 'week', semaines: 'week',
    jour: 'day', jours: 'day', journée: 'day', journées: 'day', 'demi-journée': 'day', 'demi-journées': 'day',
    heure: 'hour', heures: 'hour', h: 'hour',
    minute: 'minute', minutes: 'minute', min: 'minute'
};

/** Units that count a fraction of their canonical unit: « une demi-journée » is half a day. */
const UNIT_FACTOR: Readonly<Record<string, number>> = { 'demi-journée': 0.5, 'demi-journées': 0.5 };

/** Average length of each unit in days: durations are compared, not added to calendars. */
const DAYS: Readonly<Record<CanonicalUnit, number>> = {
    year: 365.25, semester: 365.25 / 2, quarter: 365.25 / 4, month: 365.25 / 12, fortnight: 14, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440
};

const NAMES: Readonly<Record<CanonicalUnit, Readonly<Record<Locale, readonly [string, string]>>>> = {
    year: { fr: ['an', 'ans'], en: ['year', 'years'] },
    quarter: { fr: ['trimestre', 'trimestres'], en: ['quarter', 'quarters'] },
    month: { fr: ['mois', 'mois'], en: ['month', 'months'] },
    fortnight: { fr: ['quinzaine', 'quinzaines'], en: ['fortnight', 'fortnights'] },
    semester: { fr: ['semestre', 'semestres'], en: ['semester', 'semesters'] },
    minute: { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] },
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

/**
 * A written duration as one value in its first unit: « 3 mois et demi » is 3.5 months,
 * « 1 an et 6 mois » 1.5 years, « une demi-journée » half a day.
 */
export function spanOf(duration: Duration | undefined): Span | undefined {
    const unit = duration && canonicalUnit(duration.unit);
    if (!unit || duration.value === undefined || Number.isNaN(duration.value)) {
        return undefined;
    }
    let value = duration.value * (UNIT_FACTOR[duration.unit] ?? 1);
    if (duration.half) {
        value += 0.5 * (UNIT_FACTOR[duration.unit] ?? 1);
    } else if (duration.more) {
        const more = spanOf(duration.more);
        if (!more) {
            return undefined;
        }
        value += spanInDays(more) / DAYS[unit];
    }
    return { value: Math.round(value * 1000) / 1000, unit };
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
const FEMININE_UNITS: ReadonlySet<CanonicalUnit> = new Set(['fortnight', 'week', 'hour', 'minute']);

/** After « chaque » or « par », a year is « année » (« chaque année »), not « an ». */
function singularAfterEach(unit: CanonicalUnit, locale: Locale): string {
    return locale === 'fr' && unit === 'year' ? 'année' : unitName(unit, locale);
}

/** A frequency reduced to « every N units » or « N times per unit », however it was written. */
export interface Rhythm {
    readonly unit: CanonicalUnit;
    readonly every?: number;
    readonly times?: number;
}

/** « hebdomadaire » is « chaque semaine », « bimensuel » « 2 fois par mois »… */
const ADJECTIVE_RHYTHMS: ReadonlyArray<readonly [RegExp, Rhythm]> = [
    [/^(quotidien|journali)/, { unit: 'day' }],
    [/^bihebdomadaire/, { unit: 'week', times: 2 }],
    [/^hebdomadaire/, { unit: 'week' }],
    [/^bimensuel/, { unit: 'month', times: 2 }],
    [/^mensuel/, { unit: 'month' }],
    [/^trimestriel/, { unit: 'quarter' }],
    [/^semestriel/, { unit: 'semester' }],
    [/^annuel/, { unit: 'year' }]
];

export function rhythmOf(frequency: Frequency | undefined): Rhythm | undefined {
    if (!frequency) {
        return undefined;
    }
    if (frequency.adjective) {
        const rhythm = ADJECTIVE_RHYTHMS.find(([pattern]) => pattern.test(frequency.adjective!))?.[1];
        return rhythm && rhythm.times === undefined ? { every: 1, ...rhythm } : rhythm;
    }
    const unit = frequency.unit ? canonicalUnit(frequency.unit) : undefined;
    if (!unit) {
        return undefined;
    }
    if (frequency.times !== undefined) {
        return { unit, times: frequency.times };
    }
    if (frequency.among !== undefined) {
        // « une semaine sur deux »: one week in two, i.e. every two weeks.
        return frequency.every !== undefined && frequency.among > 0 ? { unit, every: frequency.every / frequency.among } : undefined;
    }
    return { unit, every: frequency.every ?? 1 };
}

/** « chaque semaine », « toutes les 2 semaines », « 2 fois par mois » — or "every week"… */
export function formatFrequency(frequency: Frequency | undefined, locale: Locale): string | undefined {
    const rhythm = rhythmOf(frequency);
    if (!rhythm) {
        return undefined;
    }
    const singular = singularAfterEach(rhythm.unit, locale);
    if (rhythm.times !== undefined) {
        return locale === 'fr' ? `${rhythm.times} fois par ${singular}` : `${rhythm.times} times a ${singular}`;
    }
    if (rhythm.every !== undefined && rhythm.every !== 1) {
        const span = formatSpan({ value: rhythm.every, unit: rhythm.unit }, locale);
        return locale === 'fr' ? `${FEMININE_UNITS.has(rhythm.unit) ? 'toutes' : 'tous'} les ${span}` : `every ${span}`;
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
    const rhythm = rhythmOf(frequency);
    if (!rhythm) {
        return undefined;
    }
    const days = DAYS[rhythm.unit];
    if (rhythm.times !== undefined) {
        return rhythm.times > 0 ? days / rhythm.times : undefined;
    }
    return rhythm.every !== undefined && rhythm.every > 0 ? days * rhythm.every : undefined;
}

/** A period's start and end as dates; the end is derived from « pendant » when not written. */
export interface DateRange {
    readonly start: Date;
    readonly end?: Date;
}

export function rangeOf(period: Period | undefined): DateRange | undefined {
    const start = periodStart(period);
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

