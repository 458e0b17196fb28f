import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildHandbooks, type HandbookFile } from '@tutorat/handbook';
import type { Locale } from '@tutorat/language';
import { filesOf } from '../support/folders.js';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

export const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** The examples' workspace, built in memory, and its handbooks. */
export async function exampleHandbooks(locale: Locale = 'fr'): Promise<{ workspace: TestWorkspace; files: HandbookFile[] }> {
    const workspace = await buildWorkspace(filesOf(EXAMPLES), { locale });
    return { workspace, files: buildHandbooks(workspace.shared, { locale }) };
}

export async function handbooksOf(files: Record<string, string>, locale: Locale = 'fr'): Promise<{ workspace: TestWorkspace; files: HandbookFile[] }> {
    const workspace = await buildWorkspace(files, { locale });
    return { workspace, files: buildHandbooks(workspace.shared, { locale }) };
}

/** A handbook parsed by a real HTML parser (parse5, as browsers parse). */
export class Page {
    readonly root: DefaultTreeAdapterMap['document'];

    constructor(readonly html: string) {
        this.root = parse(html);
    }

    /** Every element, in document order. */
    all(tag?: string): Element[] {
        const found: Element[] = [];
        const visit = (node: Node) => {
            if ('tagName' in node && (!tag || node.tagName === tag)) {
                found.push(node);
            }
            const children = 'content' in node && node.tagName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
            children.forEach(visit);
        };
        visit(this.root);
        return found;
    }

    byId(id: string): Element | undefined {
        return this.all().find((element) => attribute(element, 'id') === id);
    }

    /** The visible text of the whole page or of one element, spaces (non-breaking ones too) normalised. */
    text(element: Element | DefaultTreeAdapterMap['document'] = this.root): string {
        return plain(textOf(element));
    }

    /** The visible text with its non-breaking spaces kept (line breaks and runs of spaces become one space). */
    rawText(element: Element | DefaultTreeAdapterMap['document'] = this.root): string {
        return textOf(element).replace(/[ \t\r\n]+/g, ' ').trim();
    }
}

export function attribute(element: Element, name: string): string | undefined {
    return element.attrs.find((attr) => attr.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
    return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

function textOf(node: Node): string {
    if (node.nodeName === '#text') {
        return (node as DefaultTreeAdapterMap['textNode']).value;
    }
    if ('tagName' in node && (node.tagName === 'style' || node.tagName === 'title')) {
        return '';
    }
    return 'childNodes' in node ? node.childNodes.map(textOf).join(node.nodeName === 'tr' ? ' ' : '') : '';
}

export function descendants(element: Element, tag?: string): Element[] {
    const found: Element[] = [];
    const visit = (node: Node) => {
        if ('childNodes' in node) {
            for (const child of node.childNodes) {
                if ('tagName' in child) {
                    if (!tag || child.tagName === tag) {
                        found.push(child);
                    }
                    visit(child);
                }
            }
        }
    };
    visit(element);
    return found;
}

export function handbook(files: readonly HandbookFile[], kind: HandbookFile['kind'], fileName?: string): HandbookFile {
    const found = files.find((file) => file.kind === kind && (!fileName || file.fileName === fileName));
    if (!found) {
        throw new Error(`No ${kind} handbook${fileName ? ` named ${fileName}` : ''} among ${files.map((file) => file.fileName).join(', ')}`);
    }
    return found;
}

/** Text as the handbook prints it: French typography turns some spaces into non-breaking ones. */
export function plain(text: string): string {
    return text.replace(/[\s\u00A0]+/g, ' ').trim();
}
