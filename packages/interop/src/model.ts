import { TRANSVERSAL_DIMENSIONS, type TransversalDimension } from '@tutorat/language';

/**
 * A competence framework as every format sees it: what a `référentiel` of the language says,
 * without its syntax. Imports build one, exports read one, round trips compare two.
 */
export interface FrameworkData {
    /** The framework's name in the language (an identifier). */
    readonly name: string;
    readonly title?: string;
    readonly author?: string;
    readonly version?: string;
    readonly description?: string;
    readonly targetFunction?: string;
    /** The evaluation scale, lowest level first. */
    readonly scale: readonly string[];
    /** Competences written outside any domain. */
    readonly competences: readonly CompetenceData[];
    readonly domains: readonly DomainData[];
}

export interface DomainData {
    readonly name: string;
    readonly title?: string;
    readonly competences: readonly CompetenceData[];
}

export interface CompetenceData {
    readonly name: string;
    readonly title: string;
    readonly description?: string;
    readonly knowledge: readonly string[];
    readonly skills: readonly string[];
    readonly attitudes: readonly string[];
    /** References to outside repositories: ESCO (a URI), RNCP, RS (France), SFMQ (Wallonia–Brussels). */
    readonly references: OutsideReferences;
    readonly criteria: readonly CriterionData[];
    /** The guide's transversal dimensions the competence involves (« dimensions déontologie, sécurité »); absent when none. */
    readonly dimensions?: readonly TransversalDimension[];
}

/** The transversal dimensions, as the language writes them and in its order (its vocabulary is the one list). */
const DIMENSIONS = Object.keys(TRANSVERSAL_DIMENSIONS) as TransversalDimension[];

/**
 * The dimensions a format's words name (« Santé », « identité professionnelle », « deontologie »), each once, in the
 * language's order; the words that name none are given back, for the import to say so.
 */
export function readDimensions(words: readonly string[]): { dimensions?: TransversalDimension[]; unknown: string[] } {
    const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[\s_]+/g, '-');
    const found = new Set<TransversalDimension>();
    const unknown: string[] = [];
    for (const word of words.map((text) => text.trim()).filter((text) => text !== '')) {
        const dimension = DIMENSIONS.find((candidate) => plain(candidate) === plain(word));
        if (dimension) {
            found.add(dimension);
        } else {
            unknown.push(word);
        }
    }
    return { dimensions: found.size > 0 ? DIMENSIONS.filter((dimension) => found.has(dimension)) : undefined, unknown };
}

export interface OutsideReferences {
    readonly esco?: string;
    readonly rncp?: string;
    readonly rs?: string;
    readonly sfmq?: string;
}

export const REFERENCE_KINDS = ['esco', 'rncp', 'rs', 'sfmq'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** How each outside reference is written in the language and in the formats' labels. */
export const REFERENCE_LABELS: Record<ReferenceKind, string> = { esco: 'ESCO', rncp: 'RNCP', rs: 'RS', sfmq: 'SFMQ' };

export interface CriterionData {
    readonly name?: string;
    readonly title: string;
    readonly indicators: readonly string[];
}

/** Every competence of the framework, outside domains first, with the domain it belongs to. */
export function allCompetences(framework: FrameworkData): Array<{ competence: CompetenceData; domain?: DomainData }> {
    return [
        ...framework.competences.map((competence) => ({ competence })),
        ...framework.domains.flatMap((domain) => domain.competences.map((competence) => ({ competence, domain })))
    ];
}

/**
 * A text as the language reads it back: lines joined by a space, a blank line kept as a paragraph
 * break, spaces at both ends removed (see the value converter of the language).
 */
export function normalizeText(text: string): string {
    return text
        .replace(/\r\n?/g, '\n')
        .normalize('NFC')
        .split(/\n[ \t\u00A0]*\n\s*/)
        .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
        .filter((paragraph) => paragraph.length > 0)
        .join('\n\n')
        .trim();
}

/** The framework with its keys sorted and absent values dropped: two equal frameworks give the same text. */
export function canonicalFramework(framework: FrameworkData): string {
    return JSON.stringify(framework, (_, value: unknown) => {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined).sort(([a], [b]) => a.localeCompare(b)));
        }
        return value;
    });
}
