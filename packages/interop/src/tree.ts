import { MESSAGES } from './messages.js';
import { normalizeText, readDimensions, type CompetenceData, type CriterionData, type DomainData, type FrameworkData, type OutsideReferences } from './model.js';
import { NameMaker } from './names.js';
import { sample, type Note } from './notes.js';

/**
 * The tree of a framework as Moodle and CASE hold it: items with children, some of a known kind
 * (a CASE item type written by Tutorat, a Moodle taxonomy), most of none. Tutorat's framework has
 * fixed levels — domain, competence, criterion, indicator — so the tree is mapped onto them: by the
 * kind when known, else by depth. Whatever does not fit is said in a warning.
 */
export type NodeKind = 'domain' | 'competence' | 'criterion' | 'indicator' | 'knowledge' | 'skill' | 'attitude';

export interface SourceNode {
    readonly code?: string;
    readonly title: string;
    readonly description?: string;
    readonly kind?: NodeKind;
    readonly children: readonly SourceNode[];
    /** Where the node was read, for the notes. */
    readonly where?: { readonly row?: number; readonly column?: string };
    /** What a competence's description said besides its text (see moodle-description.ts). */
    readonly extra?: {
        readonly knowledge?: readonly string[];
        readonly skills?: readonly string[];
        readonly attitudes?: readonly string[];
        readonly criteria?: readonly CriterionData[];
        readonly references?: OutsideReferences;
        /** Words given as the competence's transversal dimensions, read as the language's (see model.ts). */
        readonly dimensions?: readonly string[];
    };
}

export interface FrameworkHead {
    readonly code?: string;
    readonly title?: string;
    readonly author?: string;
    readonly version?: string;
    readonly description?: string;
    readonly targetFunction?: string;
    readonly scale: readonly string[];
}

const LIST_KINDS = new Set<NodeKind | undefined>(['knowledge', 'skill', 'attitude']);

export function frameworkFromTree(head: FrameworkHead, roots: readonly SourceNode[], notes: Note[], fallbackName: string): FrameworkData {
    const names = new NameMaker();
    const lost = new LossReport();
    const name = names.make(head.code ?? fallbackName, 'R');
    const domains: DomainData[] = [];
    const competences: CompetenceData[] = [];
    const isDomain = (node: SourceNode) => node.kind === 'domain'
        || (node.kind === undefined && node.children.some((child) => !LIST_KINDS.has(child.kind) && child.kind !== 'criterion' && child.kind !== 'indicator'));
    const addDomain = (node: SourceNode, parent?: SourceNode) => {
        if (parent) {
            notes.push({ text: MESSAGES.tree.nestedDomain, params: { domain: label(node), parent: label(parent) }, ...node.where });
        }
        if (node.description && node.description !== node.title) {
            lost.add('domainDescription', label(node));
        }
        if (hasReferences(node)) {
            lost.add('references', label(node));
        }
        const own: CompetenceData[] = [];
        const domain = { name: names.make(node.code, 'D'), title: node.title || undefined, competences: own };
        domains.push(domain);
        for (const child of node.children) {
            if (child.kind === 'domain') {
                addDomain(child, node);
            } else {
                own.push(competenceOf(child, names, lost, notes));
            }
        }
    };
    for (const root of roots) {
        if (isDomain(root)) {
            addDomain(root);
        } else {
            competences.push(competenceOf(root, names, lost, notes));
        }
    }
    names.report(notes);
    lost.report(notes);
    return {
        name,
        title: head.title,
        author: head.author,
        version: head.version,
        description: head.description,
        targetFunction: head.targetFunction,
        scale: head.scale.map(normalizeText).filter((level) => level !== ''),
        competences,
        domains
    };
}

function competenceOf(node: SourceNode, names: NameMaker, lost: LossReport, notes: Note[]): CompetenceData {
    if (node.kind && node.kind !== 'competence') {
        notes.push({ text: MESSAGES.tree.movedUp, params: { item: label(node) }, ...node.where });
    }
    const knowledge = [...node.extra?.knowledge ?? []];
    const skills = [...node.extra?.skills ?? []];
    const attitudes = [...node.extra?.attitudes ?? []];
    const criteria = [...node.extra?.criteria ?? []];
    const criterionNames = new NameMaker();
    criteria.forEach((criterion) => criterion.name && criterionNames.reserve(criterion.name));
    for (const child of node.children) {
        const text = normalizeText(child.title);
        if (child.kind === 'knowledge') {
            knowledge.push(text);
        } else if (child.kind === 'skill') {
            skills.push(text);
        } else if (child.kind === 'attitude') {
            attitudes.push(text);
        } else {
            criteria.push(criterionOf(child, criterionNames, lost));
        }
        if (LIST_KINDS.has(child.kind) && child.children.length > 0) {
            lost.add('underList', label(child));
        }
    }
    criterionNames.report(notes);
    const { dimensions, unknown } = readDimensions(node.extra?.dimensions ?? []);
    unknown.forEach((word) => lost.add('unknownDimension', `${label(node)} : ${word}`));
    return {
        name: names.make(node.code, 'C'),
        title: node.title,
        description: node.description || undefined,
        knowledge,
        skills,
        attitudes,
        references: node.extra?.references ?? {},
        criteria,
        dimensions
    };
}

function criterionOf(node: SourceNode, names: NameMaker, lost: LossReport): CriterionData {
    if (node.description && normalizeText(node.description) !== normalizeText(node.title)) {
        lost.add('criterionDescription', label(node));
    }
    if (hasReferences(node)) {
        lost.add('references', label(node));
    }
    const indicators: string[] = [];
    const collect = (child: SourceNode, depth: number) => {
        if (child.code) {
            lost.add('indicatorCode', child.code);
        }
        if (child.description && normalizeText(child.description) !== normalizeText(child.title)) {
            lost.add('indicatorDescription', label(child));
        }
        if (depth > 0) {
            lost.add('deeper', label(child));
        }
        indicators.push(normalizeText(child.title));
        child.children.forEach((grandChild) => collect(grandChild, depth + 1));
    };
    node.children.forEach((child) => collect(child, 0));
    const code = node.code ? names.make(node.code, 'K') : undefined;
    return { name: code, title: node.title, indicators: indicators.filter((text) => text !== '') };
}

function hasReferences(node: SourceNode): boolean {
    return Object.values(node.extra?.references ?? {}).some((value) => value !== undefined);
}

function label(node: SourceNode): string {
    const title = node.title.length > 40 ? `${node.title.slice(0, 40)}…` : node.title;
    return node.code ? `${node.code} (${title})` : `« ${title} »`;
}

/** What the framework of Tutorat has no place for, gathered into one warning per kind. */
class LossReport {
    private readonly items = new Map<keyof typeof MESSAGES.lost, string[]>();

    add(kind: keyof typeof MESSAGES.lost, item: string): void {
        const list = this.items.get(kind) ?? [];
        list.push(item);
        this.items.set(kind, list);
    }

    report(notes: Note[]): void {
        for (const [kind, items] of this.items) {
            notes.push({ text: MESSAGES.lost[kind], params: { count: items.length, items: sample(items) } });
        }
    }
}
