/**
 * The only way markup is made in the handbooks. Text is never concatenated into HTML: a string
 * given to {@link h} is a text node and goes through {@link escapeHtml}; markup exists only as
 * {@link Html} values built here. User text therefore cannot open a tag, close an attribute or
 * become a link.
 */

/** Only this module holds the key to make markup. */
const TRUSTED = Symbol('trusted markup');

/** Markup built by this module (never from a user's string). */
export class Html {
    constructor(key: typeof TRUSTED, readonly markup: string) {
        if (key !== TRUSTED) {
            throw new Error('Markup is made with h(), never from a string.');
        }
    }

    toString(): string {
        return this.markup;
    }
}

function trusted(markup: string): Html {
    return new Html(TRUSTED, markup);
}

export type Child = Html | string | number | null | undefined | false | readonly Child[];
export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Readonly<Record<string, AttributeValue>>;

const VOID_ELEMENTS = new Set(['meta', 'br', 'hr', 'col', 'wbr']);
const NAME = /^[a-z][a-z0-9-]*$/;
/** Characters that are not allowed in HTML text (C0 controls except tab and line breaks, DEL, non-characters). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Any character escapeHtml changes (most texts have none: they are returned as they are). */
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** The single escaping function: for text nodes and attribute values alike. */
export function escapeHtml(text: string): string {
    if (!NEEDS_ESCAPING.test(text)) {
        return text;
    }
    return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (character) => SPECIAL[character]);
}

const NBSP = '\u00A0';
const FRENCH_PUNCTUATION = /[:;!?«»]/;

/**
 * French typography: a non-breaking space before « : ; ! ? » and inside guillemets, so that the
 * punctuation never starts a line. Only spaces already written are made non-breaking (a colon in
 * a URL or a time stays as it is); guillemets get their space when it is missing.
 */
export function frenchSpacing(text: string): string {
    if (!FRENCH_PUNCTUATION.test(text)) {
        return text;
    }
    return text
        .replace(/[ \t]+([:;!?»])/g, `${NBSP}$1`)
        .replace(/«[ \t]*/g, `«${NBSP}`)
        .replace(/([^\s\u00A0])»/g, `$1${NBSP}»`);
}

function textNode(text: string): string {
    return escapeHtml(frenchSpacing(text));
}

/** Serialises children: strings and numbers as escaped text, markup as it is. */
export function render(child: Child): string {
    if (child === null || child === undefined || child === false) {
        return '';
    }
    if (child instanceof Html) {
        return child.markup;
    }
    if (typeof child === 'number') {
        return String(child);
    }
    if (typeof child === 'string') {
        return textNode(child);
    }
    return child.map(render).join('');
}

function attributes(values: Attributes | null | undefined): string {
    if (!values) {
        return '';
    }
    return Object.keys(values).map((name) => {
        if (!NAME.test(name)) {
            throw new Error(`Invalid attribute name: ${name}`);
        }
        const value = values[name];
        if (value === undefined || value === null || value === false) {
            return '';
        }
        return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
    }).join('');
}

/** An element. Tag and attribute names come from the code; values and children are escaped. */
export function h(tag: string, attrs?: Attributes | null, ...children: Child[]): Html {
    if (!NAME.test(tag)) {
        throw new Error(`Invalid tag name: ${tag}`);
    }
    const open = `<${tag}${attributes(attrs)}>`;
    return trusted(VOID_ELEMENTS.has(tag) ? open : `${open}${render(children)}</${tag}>`);
}

/** Several children as one piece of markup. */
export function fragment(...children: Child[]): Html {
    return trusted(render(children));
}

/** A user's text that may hold paragraphs (blank lines in the document), as `<p>` elements. */
export function paragraphs(text: string | undefined, attrs?: Attributes): Html {
    const parts = (text ?? '').split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part.length > 0);
    return fragment(parts.map((part) => h('p', attrs, part)));
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/**
 * A link target that is safe to print: an http(s) URL without credentials or spaces, or an
 * e-mail address (as `mailto:`). Anything else — `javascript:`, `data:`, relative paths — gives
 * undefined, and the caller prints the text without a link.
 */
export function safeUrl(candidate: string | undefined): string | undefined {
    const text = candidate?.trim();
    if (!text || /[\s"'<>\\`]/.test(text)) {
        return undefined;
    }
    if (EMAIL.test(text)) {
        return `mailto:${text}`;
    }
    if (/^mailto:/i.test(text)) {
        const address = text.slice('mailto:'.length);
        return EMAIL.test(address) ? `mailto:${address}` : undefined;
    }
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return undefined;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) {
        return undefined;
    }
    return url.href;
}

/** A link when the target is safe, plain text otherwise. */
export function link(target: string | undefined, ...children: Child[]): Html {
    const href = safeUrl(target);
    return href ? h('a', { href }, ...children) : fragment(...children);
}

/**
 * A string for CSS `content: "…"` (running headers): every character that is not a plain letter,
 * digit or space becomes a CSS escape (ended by the space CSS consumes), so no text can end the
 * string or the `<style>` element.
 */
export function cssString(text: string): string {
    const escaped = [...text.replace(FORBIDDEN, '')]
        .map((character) => /^[\p{L}\p{N} ]$/u.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `)
        .join('');
    return `"${escaped}"`;
}

/** The style sheet, written by the code: it must not be able to end its own element. */
export function styleSheet(css: string): Html {
    if (/<\/style/i.test(css)) {
        throw new Error('A style sheet cannot contain </style.');
    }
    return trusted(`<style>${css}</style>`);
}

/** The document's doctype, root element and head around a body. */
export function htmlDocument(lang: string, head: Child, body: Child): string {
    return `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n${render(head)}\n</head>\n<body>\n${render(body)}\n</body>\n</html>\n`;
}
