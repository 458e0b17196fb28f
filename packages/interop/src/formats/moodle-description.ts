import { escapeHtml, isElement, parseHtml, textOf, type HtmlElement, type HtmlNode } from '../html.js';
import { normalizeText, REFERENCE_KINDS, REFERENCE_LABELS, type CompetenceData, type CriterionData, type FrameworkData, type OutsideReferences, type ReferenceKind } from '../model.js';

/**
 * Moodle keeps one HTML description per competency: Tutorat writes there, under headings a person
 * reads in Moodle, what Moodle has no field for (knowledge, skills, attitudes, criteria with their
 * indicators, outside references, the author…), and reads them back from the same headings.
 */
const SECTIONS = {
    fullTitle: { label: 'Intitulé complet', aliases: ['full title'] },
    knowledge: { label: 'Savoirs', aliases: ['knowledge'] },
    skills: { label: 'Savoir-faire', aliases: ['savoir-agir', 'skills'] },
    attitudes: { label: 'Savoir-être', aliases: ['attitudes'] },
    dimensions: { label: 'Dimensions transversales', aliases: ['dimensions', 'transversal dimensions'] },
    criteria: { label: 'Critères', aliases: ['critères d’évaluation', 'criteria'] },
    references: { label: 'Références', aliases: ['references'] },
    author: { label: 'Auteur', aliases: ['author'] },
    version: { label: 'Version', aliases: [] },
    targetFunction: { label: 'Fonction visée', aliases: ['target function'] }
} as const;

type Section = keyof typeof SECTIONS | 'description';

export function competenceDescription(competence: CompetenceData, withFullTitle: boolean): string {
    const parts: string[] = [];
    if (withFullTitle) {
        parts.push(heading('fullTitle'), paragraphs(competence.title));
    }
    if (competence.description) {
        parts.push(paragraphs(competence.description));
    }
    for (const [section, values] of [['knowledge', competence.knowledge], ['skills', competence.skills], ['attitudes', competence.attitudes]] as const) {
        if (values.length > 0) {
            parts.push(heading(section), `<ul>${values.map((value) => `<li>${escapeHtml(value)}</li>`).join('')}</ul>`);
        }
    }
    if (competence.dimensions?.length) {
        parts.push(heading('dimensions'), `<ul>${competence.dimensions.map((dimension) => `<li>${escapeHtml(dimension)}</li>`).join('')}</ul>`);
    }
    if (competence.criteria.length > 0) {
        parts.push(heading('criteria'), `<ol>${competence.criteria.map(criterionItem).join('')}</ol>`);
    }
    const references = REFERENCE_KINDS.filter((kind) => competence.references[kind]);
    if (references.length > 0) {
        parts.push(heading('references'), `<ul>${references.map((kind) => `<li>${REFERENCE_LABELS[kind]} : ${referenceHtml(kind, competence.references[kind]!)}</li>`).join('')}</ul>`);
    }
    return parts.join('');
}

export function frameworkDescription(framework: FrameworkData): string {
    const parts: string[] = [];
    if (framework.description) {
        parts.push(paragraphs(framework.description));
    }
    for (const section of ['author', 'version', 'targetFunction'] as const) {
        const value = framework[section];
        if (value) {
            parts.push(heading(section), paragraphs(value));
        }
    }
    return parts.join('');
}

function heading(section: keyof typeof SECTIONS): string {
    return `<h4>${escapeHtml(SECTIONS[section].label)}</h4>`;
}

function paragraphs(text: string): string {
    return text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
}

function criterionItem(criterion: CriterionData): string {
    const code = criterion.name ? `[${escapeHtml(criterion.name)}] ` : '';
    const indicators = criterion.indicators.length > 0 ? `<ul>${criterion.indicators.map((indicator) => `<li>${escapeHtml(indicator)}</li>`).join('')}</ul>` : '';
    return `<li>${code}${escapeHtml(criterion.title)}${indicators}</li>`;
}

function referenceHtml(kind: ReferenceKind, value: string): string {
    return kind === 'esco' && /^https?:\/\//.test(value) ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value);
}

/** What a description holds, section by section; texts not under a known heading are the description. */
export interface DescriptionParts {
    readonly description?: string;
    readonly fullTitle?: string;
    readonly knowledge: string[];
    readonly skills: string[];
    readonly attitudes: string[];
    /** The words under the dimensions heading, as written (model.ts reads them). */
    readonly dimensions: string[];
    readonly criteria: CriterionData[];
    readonly references: OutsideReferences;
    /** Reference lines whose kind is not known (kept in the description, and said in a warning). */
    readonly unknownReferences: string[];
    readonly author?: string;
    readonly version?: string;
    readonly targetFunction?: string;
}

/** Moodle's description formats: 0 Moodle (HTML allowed), 1 HTML, 2 plain text, 4 Markdown. */
export function readDescription(source: string, format: string): DescriptionParts {
    const empty: DescriptionParts = { knowledge: [], skills: [], attitudes: [], dimensions: [], criteria: [], references: {}, unknownReferences: [] };
    if (source.trim() === '') {
        return empty;
    }
    if (format.trim() === '2' || format.trim() === '4') {
        return { ...empty, description: normalizeText(source) || undefined };
    }
    const parts = { ...empty, knowledge: [] as string[], skills: [] as string[], attitudes: [] as string[], dimensions: [] as string[], criteria: [] as CriterionData[], references: {} as Record<ReferenceKind, string>, unknownReferences: [] as string[] };
    const description: string[] = [];
    const scalars: Partial<Record<'fullTitle' | 'author' | 'version' | 'targetFunction', string[]>> = {};
    let section: Section = 'description';
    for (const node of blocks(parseHtml(source))) {
        const known = isElement(node) && /^h[1-6]$/.test(node.tag) ? sectionOf(textOf(node)) : undefined;
        if (known) {
            section = known;
            continue;
        }
        const text = textOf(node);
        switch (section) {
            case 'description':
                description.push(text);
                break;
            case 'knowledge':
            case 'skills':
            case 'attitudes':
            case 'dimensions':
                parts[section].push(...listItems(node).map((item) => normalizeText(textOf(item))).filter((item) => item !== ''));
                break;
            case 'criteria':
                parts.criteria.push(...listItems(node).map(criterionOf).filter((criterion) => criterion.title !== ''));
                break;
            case 'references':
                for (const item of listItems(node)) {
                    addReference(parts, normalizeText(textOf(item)));
                }
                break;
            default:
                (scalars[section] ??= []).push(text);
        }
    }
    const joined = (texts: string[] | undefined) => texts ? normalizeText(texts.join('\n\n')) || undefined : undefined;
    return {
        ...parts,
        // Reference lines of an unknown kind stay readable in the description.
        description: joined(description.length + parts.unknownReferences.length > 0 ? [...description, ...parts.unknownReferences] : undefined),
        fullTitle: joined(scalars.fullTitle),
        author: joined(scalars.author),
        version: joined(scalars.version),
        targetFunction: joined(scalars.targetFunction)
    };
}

/** The top-level blocks of a description, looking through the `<div>`s editors wrap text in. */
function blocks(root: HtmlElement): HtmlNode[] {
    return root.children.flatMap((child) => isElement(child) && (child.tag === 'div' || child.tag === 'section' || child.tag === 'article')
        ? blocks(child)
        : typeof child === 'string' && child.trim() === '' ? [] : [child]);
}

function sectionOf(title: string): Section | undefined {
    const wanted = simplify(title);
    for (const [section, { label, aliases }] of Object.entries(SECTIONS)) {
        if ([label, ...aliases].some((name) => simplify(name) === wanted)) {
            return section as Section;
        }
    }
    return undefined;
}

function simplify(text: string): string {
    return text.normalize('NFC').toLowerCase().replace(/[’']/g, '’').replace(/\s*:\s*$/, '').replace(/\s+/g, ' ').trim();
}

function listItems(node: HtmlNode): HtmlElement[] {
    if (!isElement(node)) {
        return [];
    }
    if (node.tag === 'ul' || node.tag === 'ol') {
        return node.children.filter((child): child is HtmlElement => isElement(child) && child.tag === 'li');
    }
    return node.tag === 'li' ? [node] : [];
}

function criterionOf(item: HtmlElement): CriterionData {
    const indicators = item.children.filter(isElement).filter((child) => child.tag === 'ul' || child.tag === 'ol')
        .flatMap(listItems).map((indicator) => normalizeText(textOf(indicator))).filter((text) => text !== '');
    const own: HtmlElement = { tag: 'span', attributes: {}, children: item.children.filter((child) => !isElement(child) || (child.tag !== 'ul' && child.tag !== 'ol')) };
    const text = normalizeText(textOf(own));
    const code = /^\[([^\]\s]+)\]\s*/.exec(text);
    return { name: code?.[1], title: code ? text.slice(code[0].length) : text, indicators };
}

function addReference(parts: { references: Record<ReferenceKind, string>; unknownReferences: string[] }, line: string): void {
    const match = /^([^:]+?)\s*:\s*(.+)$/.exec(line);
    const kind = match ? REFERENCE_KINDS.find((candidate) => REFERENCE_LABELS[candidate].toLowerCase() === match[1].trim().toLowerCase()) : undefined;
    if (kind && match) {
        parts.references[kind] = match[2].trim();
    } else if (line !== '') {
        parts.unknownReferences.push(line);
    }
}
