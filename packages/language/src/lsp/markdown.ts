import type { Bilingual, Locale } from '../i18n/locale.js';
import type { KeywordDoc } from './keyword-docs.js';

/** Small pieces of Markdown the hovers and completion documentation are made of. */

/** Text taken from a document, shown as is: Markdown signs in it must not format anything. */
export function escape(text: string): string {
    return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** « - **Fonction** : Éducateur » (French puts a space before the colon) / "- **Function**: Educator". */
export function field(label: Bilingual, value: string | undefined, locale: Locale): string | undefined {
    if (value === undefined || value.length === 0) {
        return undefined;
    }
    return `- **${label[locale]}**${locale === 'fr' ? ' :' : ':'} ${value}`;
}

/** « **tutrice Élodie** — Élodie Martin »: the heading of a summary. */
export function heading(kind: string, name: string | undefined, title: string | undefined): string {
    const named = [kind, name].filter((part) => part).map((part) => escape(part!)).join(' ');
    return title ? `**${named}** — ${escape(title)}` : `**${named}**`;
}

/** Joins the lines that exist, one paragraph per block. */
export function lines(...parts: Array<string | undefined | false>): string {
    return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');
}

export function paragraphs(...parts: Array<string | undefined | false>): string {
    return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

/** The explanation of a keyword: what it is for, the guide's words and section, an example. */
export function keywordMarkdown(phrase: string, doc: KeywordDoc, locale: Locale): string {
    const guide = doc.guide
        ? paragraphs(
            `> « ${escape(doc.guide.quote)} »`,
            `*Guide pour le tutorat — ${escape(doc.guide.section[locale])}*`
        )
        : undefined;
    const example = doc.example ? `${locale === 'fr' ? 'Exemple :' : 'Example:'}\n\n\`\`\`tutorat\n${doc.example}\n\`\`\`` : undefined;
    return paragraphs(`**${escape(phrase)}** — ${escape(doc.title[locale])}`, escape(doc.text[locale]), guide, example);
}
