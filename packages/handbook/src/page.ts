import type { Locale } from '@tutorat/language';
import type { RenderContext } from './context.js';
import { fragment, h, htmlDocument, styleSheet, type Child } from './html.js';
import { draftBand, draftLabel, draftPageRule } from './draft.js';
import { pageRules, STYLES } from './styles.js';

/** A major part of a handbook: it starts on a new page and has its own running header. */
export interface Part {
    /** A fragment identifier made by the code (never from a user's name). */
    readonly id: string;
    readonly title: string;
    readonly content: Child;
    /** Entries listed under the part in the table of contents. */
    readonly entries?: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

export interface HandbookPage {
    readonly locale: Locale;
    /** The document's title (tab, PDF title, running header). */
    readonly title: string;
    /** What the running header says on every page. */
    readonly runningTitle: string;
    readonly cover: Child;
    readonly parts: readonly Part[];
}

const TEXTS = {
    contents: { fr: 'Sommaire', en: 'Contents' },
    epigraph: { fr: '« Qui enseigne aux autres s’instruit lui-même »', en: '“Whoever teaches others teaches themselves”' },
    epigraphSource: { fr: 'Comenius, cité par le Guide pour le tutorat', en: 'Comenius, quoted by the Guide pour le tutorat' },
    colophon: {
        fr: 'Livret produit par Tutorat à partir des documents du tutorat, selon le Guide pour le tutorat des commissions paritaires 318.01, 319.02, 330 et 332 (mars 2021). Pour le modifier, modifiez les documents et produisez-le à nouveau.',
        en: 'Handbook produced by Tutorat from the tutoring documents, following the Guide pour le tutorat of joint committees 318.01, 319.02, 330 and 332 (March 2021). To change it, edit the documents and produce it again.'
    }
} as const;

/** Browsers' tabs and PDF viewers show little more; the full title is the cover's heading. */
const TITLE_LENGTH = 70;
/** What fits in the top margin of an A4 page beside the part's name. */
const RUNNING_LENGTH = 80;

/** A title cut at a word boundary, with an ellipsis, when it is longer than `length`. */
export function shorten(text: string, length: number): string {
    if (text.length <= length) {
        return text;
    }
    const cut = text.slice(0, length - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s—–,;:-]+$/, '')}…`;
}

/** The whole file: one self-contained HTML page, no script, nothing loaded from elsewhere. */
export function renderPage(page: HandbookPage, context: RenderContext): string {
    const toc = h('nav', { class: 'toc', id: 'sommaire', 'aria-labelledby': 'sommaire-titre' },
        h('h2', { id: 'sommaire-titre' }, context.t(TEXTS.contents)),
        h('ol', null, page.parts.map((part, index) => h('li', null,
            h('a', { href: `#${part.id}` }, h('span', { class: 'toc-number' }, `${index + 1}.`), ' ', part.title),
            part.entries?.length ? h('ol', null, part.entries.map((entry) => h('li', null, h('a', { href: `#${entry.id}` }, entry.title)))) : undefined))));
    const running = shorten(page.runningTitle, RUNNING_LENGTH);
    const draft = draftLabel(context);
    const body = fragment(
        draftBand(context),
        h('header', { class: 'cover' },
            h('div', { class: 'cover-page' },
                h('div', { class: 'cover-main' }, page.cover),
                h('figure', { class: 'epigraph' },
                    h('blockquote', null, h('p', null, context.t(TEXTS.epigraph))),
                    h('figcaption', null, context.t(TEXTS.epigraphSource))),
                h('p', { class: 'colophon' }, context.t(TEXTS.colophon))),
            toc),
        h('main', null, page.parts.map((part, index) => h('section', { class: 'part', id: part.id, 'aria-labelledby': `${part.id}-titre` },
            h('p', { class: 'band', 'aria-hidden': 'true' }, h('span', null, running), draft ? h('span', { class: 'draft-mark' }, draft) : undefined, h('span', null, `${index + 1}. ${part.title}`)),
            h('h2', { id: `${part.id}-titre` }, h('span', { class: 'part-number' }, `${index + 1}`), ' ', part.title),
            part.content))));
    const head = fragment(
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: 'Tutorat' }),
        // Defence in depth: even a browser that met a script or a remote resource would not run or load it.
        h('meta', { 'http-equiv': 'Content-Security-Policy', content: 'default-src \'none\'; style-src \'unsafe-inline\'; img-src data:' }),
        h('title', null, shorten(page.title, TITLE_LENGTH)),
        styleSheet(STYLES + pageRules(running, page.parts.map((part, index) => ({ id: part.id, title: `${index + 1}. ${part.title}` }))) + draftPageRule(draft)));
    return htmlDocument(page.locale, head, body);
}
