/**
 * Just enough HTML for the descriptions of Moodle: a tolerant reader that builds a tree of
 * elements (unknown tags kept, unclosed ones closed), a conversion to plain text, and escaping.
 * Nothing of a description is ever interpreted as markup by Tutorat: it becomes text.
 */
export interface HtmlElement {
    readonly tag: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'source']);
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'blockquote', 'pre', 'section', 'article', 'dl', 'dt', 'dd']);
/** Elements whose content is never text for a reader. */
const HIDDEN = new Set(['script', 'style', 'template', 'head']);

export function parseHtml(html: string): HtmlElement {
    const root: HtmlElement = { tag: '#root', attributes: {}, children: [] };
    const stack: HtmlElement[] = [root];
    const pattern = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
    let cursor = 0;
    for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
        if (match.index > cursor) {
            stack[stack.length - 1].children.push(decodeEntities(html.slice(cursor, match.index)));
        }
        cursor = match.index + match[0].length;
        const tag = match[1]?.toLowerCase();
        if (!tag) {
            continue;
        }
        if (match[0].startsWith('</')) {
            const open = stack.map((element) => element.tag).lastIndexOf(tag);
            if (open > 0) {
                stack.length = open;
            }
            continue;
        }
        const element: HtmlElement = { tag, attributes: attributesOf(match[2] ?? ''), children: [] };
        // A new list item or paragraph closes the one still open, as browsers do.
        if ((tag === 'li' || tag === 'p') && stack[stack.length - 1].tag === tag) {
            stack.pop();
        }
        stack[stack.length - 1].children.push(element);
        if (!VOID.has(tag) && !match[0].endsWith('/>')) {
            stack.push(element);
        }
    }
    if (cursor < html.length) {
        stack[stack.length - 1].children.push(decodeEntities(html.slice(cursor)));
    }
    return root;
}

function attributesOf(source: string): Record<string, string> {
    const attributes: Record<string, string> = {};
    for (const match of source.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
        attributes[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    }
    return attributes;
}

const NAMED: Readonly<Record<string, string>> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
    rsquo: '’', lsquo: '‘', hellip: '…', ndash: '–', mdash: '—', bull: '•', middot: '·', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç'
};

export function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, entity: string) => {
        if (entity.startsWith('#x') || entity.startsWith('#X')) {
            return safeCodePoint(parseInt(entity.slice(2), 16)) ?? whole;
        }
        if (entity.startsWith('#')) {
            return safeCodePoint(parseInt(entity.slice(1), 10)) ?? whole;
        }
        return NAMED[entity.toLowerCase()] ?? whole;
    });
}

function safeCodePoint(code: number): string | undefined {
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** The text of a node as a reader sees it: blocks become paragraphs, `<br>` a line break. */
export function textOf(node: HtmlNode): string {
    const parts: string[] = [];
    const walk = (current: HtmlNode, top = false) => {
        if (typeof current === 'string') {
            parts.push(current.replace(/\s+/g, ' '));
            return;
        }
        if (HIDDEN.has(current.tag)) {
            return;
        }
        if (current.tag === 'br') {
            parts.push('\n');
            return;
        }
        const block = BLOCKS.has(current.tag);
        if (block) {
            parts.push('\n\n');
        }
        // A list item inside the text reads as a bullet; the item asked for is just its text.
        if (current.tag === 'li' && !top) {
            parts.push('• ');
        }
        current.children.forEach((child) => walk(child));
        if (block) {
            parts.push('\n\n');
        }
    };
    walk(node, true);
    return parts.join('')
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n'))
        .filter((paragraph) => paragraph !== '')
        .join('\n\n');
}

export function isElement(node: HtmlNode): node is HtmlElement {
    return typeof node !== 'string';
}
