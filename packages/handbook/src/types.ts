import type { Locale } from '@tutorat/language';

/** One handbook, ready to be written: a self-contained HTML page. */
export interface HandbookFile {
    /** A plain file name (letters, digits, hyphens, `.html`), unique within one set of handbooks. */
    readonly fileName: string;
    readonly title: string;
    readonly kind: 'institution' | 'duo' | 'template';
    readonly html: string;
}

export interface HandbookOptions {
    readonly locale: Locale;
}
