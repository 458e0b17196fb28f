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
    /**
     * A draft, made from documents that still have errors (`tutorat handbook --draft`, the editor's
     * preview): every page carries a band that says so, with their number. A handbook is never
     * written from such documents otherwise.
     */
    readonly draft?: { readonly errors: number };
    /**
     * Whether the institution's handbook ends with the annex of open findings: when left undefined,
     * as the project's configuration says (`"handbook": { "findingsAnnex": false }`), else yes.
     */
    readonly findingsAnnex?: boolean;
}
