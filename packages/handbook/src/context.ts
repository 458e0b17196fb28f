import type { HandbookOptions } from './types.js';
import { formatDate, format, parseDate, rangeOf, type Bilingual, type Locale, type MessageParams, type Period, type Term } from '@tutorat/language';

/** What a handbook prints where a document is being written and a word cannot be read yet (`phase amilieu`). */
export const UNREADABLE: Bilingual = { fr: '(à préciser)', en: '(to be specified)' };

/**
 * What every part of a handbook needs to write a sentence: the language, and dates the Belgian way.
 * Texts and terms are looked up from what documents say; an unfinished document gives no term, and
 * the handbook then marks the place instead of failing.
 */
export class RenderContext {
    readonly locale: Locale;
    /** The number of errors a draft is made with (0 for a handbook made from documents without errors). */
    readonly draftErrors: number;
    /** Whether to end the institution's handbook with the findings annex; undefined: as the project says. */
    readonly findingsAnnex?: boolean;

    constructor(options: HandbookOptions) {
        this.locale = options.locale;
        this.draftErrors = options.draft?.errors ?? 0;
        this.findingsAnnex = options.findingsAnnex;
    }

    t(text: Bilingual | undefined, params?: MessageParams): string {
        return format((text ?? UNREADABLE)[this.locale], params);
    }

    label(term: Term | undefined): string {
        return (term?.label ?? UNREADABLE)[this.locale];
    }

    date(date: Date | undefined): string | undefined {
        return date ? formatDate(date, this.locale) : undefined;
    }

    /** A date as written in a document (15/09/2026 or 2026-09-15), printed the reader's way. */
    writtenDate(text: string | undefined): string | undefined {
        const date = parseDate(text);
        return date ? this.date(date) : text;
    }

    /** « du 14/09/2026 au 18/12/2026 », « à partir du 05/10/2026 ». */
    period(period: Period | undefined): string | undefined {
        return this.dateRange(rangeOf(period));
    }

    dateRange(range: { readonly start: Date; readonly end?: Date } | undefined): string | undefined {
        if (!range) {
            return undefined;
        }
        if (range.end && range.end.getTime() === range.start.getTime()) {
            return this.t({ fr: 'le {date}', en: 'on {date}' }, { date: this.date(range.start) });
        }
        return range.end
            ? this.t({ fr: 'du {start} au {end}', en: 'from {start} to {end}' }, { start: this.date(range.start), end: this.date(range.end) })
            : this.t({ fr: 'à partir du {start}', en: 'from {start}' }, { start: this.date(range.start) });
    }
}
