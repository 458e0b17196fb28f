import { looksLikeFormula, neutralizeFormula, restoreNeutralized, writeCsv, type Delimiter } from '../csv.js';
import { MESSAGES } from '../messages.js';
import { allCompetences, normalizeText, readDimensions, type CriterionData, type FrameworkData, type ReferenceKind } from '../model.js';
import { NameMaker } from '../names.js';
import { ProblemList, sample, type Note } from '../notes.js';

/**
 * The consultant's spreadsheet: a few rows about the framework (« Référentiel », « Titre »,
 * « Échelle »…), then a header row and one row per competence. A competence with several criteria
 * takes several rows: the next rows repeat its code (or leave it empty) and fill « Critère » and
 * « Indicateurs ». Lists (savoirs, indicators…) hold one item per line of the cell (Alt+Entrée).
 * An empty domain cell means « the same domain as the row above », as merged cells read.
 */
export const TABLE_COLUMNS = [
    { key: 'domainCode', header: 'Code domaine', aliases: ['code du domaine'] },
    { key: 'domain', header: 'Domaine', aliases: ['titre du domaine', 'intitule du domaine'] },
    { key: 'code', header: 'Code', aliases: ['code competence', 'code de la competence'] },
    { key: 'title', header: 'Compétence', aliases: ['intitule', 'intitule de la competence', 'titre'] },
    { key: 'description', header: 'Description', aliases: [] },
    { key: 'knowledge', header: 'Savoirs', aliases: ['savoir'] },
    { key: 'skills', header: 'Savoir-faire', aliases: ['savoir-agir', 'savoirs-faire'] },
    { key: 'attitudes', header: 'Savoir-être', aliases: ['savoirs-etre'] },
    { key: 'dimensions', header: 'Dimensions transversales', aliases: ['dimensions'] },
    { key: 'criterionCode', header: 'Code critère', aliases: ['code du critere'] },
    { key: 'criterion', header: 'Critère', aliases: ['criteres', 'critere d evaluation'] },
    { key: 'indicators', header: 'Indicateurs', aliases: ['indicateur'] },
    { key: 'esco', header: 'ESCO', aliases: [] },
    { key: 'rncp', header: 'RNCP', aliases: [] },
    { key: 'rs', header: 'RS', aliases: [] },
    { key: 'rncpRs', header: 'RNCP/RS', aliases: ['rncp ou rs'] },
    { key: 'sfmq', header: 'SFMQ', aliases: [] }
] as const;

type Key = (typeof TABLE_COLUMNS)[number]['key'];

/** The rows about the framework, before the header row. */
const HEAD_FIELDS = [
    { key: 'name', label: 'Référentiel', aliases: ['nom', 'code du referentiel', 'nom du referentiel'] },
    { key: 'title', label: 'Titre', aliases: ['intitule', 'titre du referentiel'] },
    { key: 'author', label: 'Auteur', aliases: ['auteurs', 'autrice'] },
    { key: 'version', label: 'Version', aliases: [] },
    { key: 'description', label: 'Description', aliases: [] },
    { key: 'targetFunction', label: 'Fonction visée', aliases: [] },
    { key: 'scale', label: 'Échelle', aliases: ['niveaux', 'echelle d evaluation'] }
] as const;

type HeadKey = (typeof HEAD_FIELDS)[number]['key'];

function simplify(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'_]/g, ' ').replace(/\s*:\s*$/, '').replace(/\s+/g, ' ').trim();
}

const byWord = <T extends { aliases: readonly string[] }>(entries: readonly T[], label: (entry: T) => string) => {
    const map = new Map<string, T>();
    for (const entry of entries) {
        for (const word of [label(entry), ...entry.aliases]) {
            map.set(simplify(word), entry);
        }
    }
    return map;
};
const COLUMN_WORDS = byWord(TABLE_COLUMNS, (column) => column.header);
const HEAD_WORDS = byWord(HEAD_FIELDS, (field) => field.label);

/** Whether a row is the header of the competence table. */
export function isTableHeader(row: readonly string[]): boolean {
    const keys = new Set(row.map((cell) => COLUMN_WORDS.get(simplify(cell))?.key));
    return keys.has('code') && keys.has('title');
}

interface CompetenceDraft {
    name: string;
    title: string;
    row: number;
    description?: string;
    knowledge: string[];
    skills: string[];
    attitudes: string[];
    /** Words of the dimensions column, one per line or separated by commas (model.ts reads them at the end). */
    dimensions: string[];
    references: Partial<Record<ReferenceKind, string>>;
    criteria: Array<CriterionData & { indicators: string[] }>;
}

interface DomainDraft {
    name: string;
    title?: string;
    row: number;
    competences: CompetenceDraft[];
}

export function readTable(rows: readonly (readonly string[])[], notes: Note[], fallbackName: string): FrameworkData {
    const headerIndex = rows.findIndex(isTableHeader);
    const problems = new ProblemList();
    if (headerIndex < 0) {
        problems.add({ text: MESSAGES.table.noHeader, params: { columns: TABLE_COLUMNS.map((column) => column.header).join(', ') } });
        problems.throwIfAny();
    }
    const head = readHead(rows.slice(0, headerIndex), notes, problems);
    const header = rows[headerIndex];
    const columns = new Map<Key, number>();
    const unknown: string[] = [];
    header.forEach((cell, index) => {
        const column = COLUMN_WORDS.get(simplify(cell));
        if (column && !columns.has(column.key)) {
            columns.set(column.key, index);
        } else if (cell.trim() !== '') {
            unknown.push(cell.trim());
        }
    });
    const headerOf = (key: Key) => header[columns.get(key)!]?.trim() ?? key;
    const names = new NameMaker();
    const domains: DomainDraft[] = [];
    const outside: CompetenceDraft[] = [];
    const seen = new Map<string, { row: number; competence: CompetenceDraft }>();
    const domainCodes = new Map<string, DomainDraft>();
    const ignoredCells: string[] = [];
    let domain: DomainDraft | undefined;
    let current: CompetenceDraft | undefined;

    for (let index = headerIndex + 1; index < rows.length; index++) {
        const row = rows[index];
        const number = index + 1;
        const cell = (key: Key) => {
            const at = columns.get(key);
            return at === undefined ? '' : restoreNeutralized(row[at] ?? '').trim();
        };
        if (row.every((value) => value.trim() === '')) {
            continue;
        }
        // A cell behind an apostrophe is a text (see neutralizeFormula); a bare formula is not imported.
        const formula = [...columns.keys()].find((key) => looksLikeFormula(row[columns.get(key)!] ?? ''));
        if (formula) {
            problems.add({ text: MESSAGES.table.formula, params: { value: shorten(cell(formula)) }, row: number, column: headerOf(formula) });
            continue;
        }
        row.forEach((value, at) => {
            if (value.trim() !== '' && ![...columns.values()].includes(at)) {
                ignoredCells.push(`${number}:${at + 1}`);
            }
        });
        // The domain: given on this row, or the one of the rows above.
        const domainCode = cell('domainCode');
        const domainTitle = normalizeText(cell('domain'));
        if (domainCode !== '' || domainTitle !== '') {
            const key = (domainCode || domainTitle).toLowerCase();
            const known = domainCodes.get(key);
            if (known !== domain) {
                current = undefined;
            }
            if (known) {
                if (domainTitle !== '' && known.title !== undefined && domainTitle !== known.title) {
                    problems.add({ text: MESSAGES.table.domainTitleDiffers, params: { code: domainCode || domainTitle, title: known.title, first: known.row }, row: number, column: headerOf('domain') });
                }
                domain = known;
            } else {
                domain = { name: names.make(domainCode || domainTitle, 'D'), title: domainTitle || undefined, row: number, competences: [] };
                domainCodes.set(key, domain);
                domains.push(domain);
            }
        }
        // The competence: a new one, or the one of the rows above continued.
        const code = cell('code');
        const title = normalizeText(cell('title'));
        const onlyDomain = [...columns.keys()].every((key) => key === 'domainCode' || key === 'domain' || cell(key) === '');
        if (onlyDomain) {
            continue;
        }
        const previous = code !== '' ? seen.get(code.toLowerCase()) : undefined;
        if (code !== '' && previous && previous.competence !== current) {
            problems.add({ text: MESSAGES.table.duplicateCode, params: { code, first: previous.row }, row: number, column: headerOf('code') });
            continue;
        }
        const continues = current !== undefined && ((code !== '' && previous?.competence === current) || (code === '' && (title === '' || title === current.title)));
        if (continues) {
            if (title !== '' && title !== current!.title) {
                problems.add({ text: MESSAGES.table.titleDiffers, params: { code, title: current!.title, first: current!.row }, row: number, column: headerOf('title') });
                continue;
            }
        } else {
            if (title === '') {
                problems.add(code === ''
                    ? { text: MESSAGES.table.noCompetence, row: number, column: headerOf('code') }
                    : { text: MESSAGES.table.emptyTitle, params: { code }, row: number, column: headerOf('title') });
                continue;
            }
            current = { name: names.make(code, 'C'), title, row: number, knowledge: [], skills: [], attitudes: [], dimensions: [], references: {}, criteria: [] };
            if (code !== '') {
                seen.set(code.toLowerCase(), { row: number, competence: current });
            }
            (domain ? domain.competences : outside).push(current);
        }
        const competence = current!;
        const description = normalizeText(cell('description'));
        if (description !== '') {
            competence.description = competence.description && competence.description !== description ? `${competence.description}\n\n${description}` : description;
        }
        competence.knowledge.push(...lines(cell('knowledge')));
        competence.skills.push(...lines(cell('skills')));
        competence.attitudes.push(...lines(cell('attitudes')));
        competence.dimensions.push(...lines(cell('dimensions')).flatMap((line) => line.split(/[,;]/)));
        const references: Array<[ReferenceKind, string, Key]> = [['esco', cell('esco'), 'esco'], ['rncp', cell('rncp'), 'rncp'], ['rs', cell('rs'), 'rs'], ['sfmq', cell('sfmq'), 'sfmq'],
            ...lines(cell('rncpRs')).map((value) => [/^RS/i.test(value) ? 'rs' : 'rncp', value, 'rncpRs'] as [ReferenceKind, string, Key])];
        for (const [kind, value, key] of references) {
            if (value === '') {
                continue;
            }
            const existing = competence.references[kind];
            if (existing !== undefined && existing !== value) {
                problems.add({ text: MESSAGES.table.referenceDiffers, params: { kind: kind.toUpperCase(), value, existing }, row: number, column: headerOf(key) });
            }
            competence.references[kind] = existing ?? value;
        }
        const criterionCode = cell('criterionCode');
        const criterionTitle = normalizeText(cell('criterion'));
        if (criterionTitle !== '' || criterionCode !== '') {
            if (criterionTitle === '') {
                problems.add({ text: MESSAGES.table.emptyCriterion, params: { code: criterionCode }, row: number, column: headerOf('criterion') });
                continue;
            }
            if (criterionCode !== '' && competence.criteria.some((criterion) => criterion.name === criterionCode)) {
                problems.add({ text: MESSAGES.table.duplicateCriterion, params: { code: criterionCode, competence: competence.name }, row: number, column: headerOf('criterionCode') });
                continue;
            }
            competence.criteria.push({ name: criterionCode || undefined, title: criterionTitle, indicators: [] });
        }
        const indicators = lines(cell('indicators'));
        if (indicators.length > 0) {
            const criterion = competence.criteria.at(-1);
            if (!criterion) {
                problems.add({ text: MESSAGES.table.indicatorWithoutCriterion, row: number, column: headerOf('indicators') });
                continue;
            }
            criterion.indicators.push(...indicators);
        }
    }
    problems.throwIfAny();
    if (outside.length === 0 && domains.length === 0) {
        problems.add({ text: MESSAGES.table.empty, row: headerIndex + 1 });
        problems.throwIfAny();
    }
    if (unknown.length > 0) {
        notes.push({ text: MESSAGES.table.unknownColumns, params: { columns: unknown.join(', ') }, row: headerIndex + 1 });
    }
    if (ignoredCells.length > 0) {
        notes.push({ text: MESSAGES.table.ignoredCells, params: { count: ignoredCells.length, items: sample(ignoredCells) } });
    }
    names.report(notes);
    const unknownDimensions: string[] = [];
    const finish = ({ row: _row, dimensions: words, ...draft }: CompetenceDraft) => {
        const { dimensions, unknown } = readDimensions(words);
        unknownDimensions.push(...unknown.map((word) => `${draft.name} : ${word}`));
        return { ...draft, references: { ...draft.references }, dimensions };
    };
    const frameworkNames = new NameMaker();
    const name = frameworkNames.make(head.name ?? fallbackName, 'R');
    frameworkNames.report(notes);
    const competences = outside.map(finish);
    const readDomains = domains.map((draft) => ({ name: draft.name, title: draft.title, competences: draft.competences.map(finish) }));
    if (unknownDimensions.length > 0) {
        notes.push({ text: MESSAGES.lost.unknownDimension, params: { count: unknownDimensions.length, items: sample(unknownDimensions) } });
    }
    return {
        name,
        title: head.title,
        author: head.author,
        version: head.version,
        description: head.description,
        targetFunction: head.targetFunction,
        scale: head.scale ?? [],
        competences,
        domains: readDomains
    };
}

type Head = Partial<Record<Exclude<HeadKey, 'scale'>, string>> & { scale?: string[] };

function readHead(rows: readonly (readonly string[])[], notes: Note[], problems: ProblemList): Head {
    const head: Head = {};
    rows.forEach((row, index) => {
        const formula = row.findIndex((cell) => looksLikeFormula(cell));
        if (formula >= 0) {
            problems.add({ text: MESSAGES.table.formula, params: { value: shorten(row[formula]) }, row: index + 1, column: row[0] ?? '' });
            return;
        }
        const cells = row.map((cell) => restoreNeutralized(cell).trim());
        const label = cells[0] ?? '';
        const values = cells.slice(1).filter((cell) => cell !== '');
        if (label === '' && values.length === 0) {
            return;
        }
        const field = HEAD_WORDS.get(simplify(label));
        if (!field) {
            notes.push({ text: MESSAGES.table.unknownHeadRow, params: { label }, row: index + 1 });
            return;
        }
        if (field.key === 'scale') {
            head.scale = values.length === 1 ? values[0].split(values[0].includes('\n') ? /\n/ : values[0].includes(';') ? /;/ : /,/).map(normalizeText).filter(Boolean) : values.map(normalizeText);
        } else if (values.length > 0) {
            head[field.key] = normalizeText(values.join('\n\n'));
        }
    });
    return head;
}

/** The items of a list cell: one per line, typographic bullets taken off (a dash may be the text's own). */
function lines(cell: string): string[] {
    return cell.split(/\r?\n/).map((line) => normalizeText(line.replace(/^\s*[•◦▪]\s*/, ''))).filter((line) => line !== '');
}

function shorten(value: string): string {
    return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export interface TableWriteOptions {
    /** `;` by default, as Excel writes CSV in French; `,` for other locales. */
    readonly delimiter?: Delimiter;
}

/** The spreadsheet: UTF-8 with a byte order mark and CRLF, which Excel opens with its accents. */
export function writeTable(framework: FrameworkData, notes: Note[], options: TableWriteOptions = {}): string {
    const neutralized: string[] = [];
    const text = (value: string | undefined) => {
        const neutral = neutralizeFormula(value ?? '');
        if (neutral !== (value ?? '')) {
            neutralized.push(shorten(value!));
        }
        return neutral;
    };
    const columns = TABLE_COLUMNS.filter((column) => column.key !== 'rncpRs');
    const rows: string[][] = [
        ['Référentiel', framework.name],
        ['Titre', text(framework.title)],
        ['Auteur', text(framework.author)],
        ['Version', text(framework.version)],
        ['Description', text(framework.description)],
        ['Fonction visée', text(framework.targetFunction)],
        ['Échelle', ...framework.scale.map(text)],
        [],
        columns.map((column) => column.header)
    ];
    for (const { competence, domain } of allCompetences(framework)) {
        const criteria = competence.criteria.length > 0 ? competence.criteria : [undefined];
        criteria.forEach((criterion, index) => {
            const first = index === 0;
            const values: Record<Key, string> = {
                domainCode: domain?.name ?? '',
                domain: first ? domain?.title ?? '' : '',
                code: competence.name,
                title: first ? competence.title : '',
                description: first ? competence.description ?? '' : '',
                knowledge: first ? competence.knowledge.join('\n') : '',
                skills: first ? competence.skills.join('\n') : '',
                attitudes: first ? competence.attitudes.join('\n') : '',
                dimensions: first ? competence.dimensions?.join('\n') ?? '' : '',
                criterionCode: criterion?.name ?? '',
                criterion: criterion?.title ?? '',
                indicators: criterion?.indicators.join('\n') ?? '',
                esco: first ? competence.references.esco ?? '' : '',
                rncp: first ? competence.references.rncp ?? '' : '',
                rs: first ? competence.references.rs ?? '' : '',
                rncpRs: '',
                sfmq: first ? competence.references.sfmq ?? '' : ''
            };
            rows.push(columns.map((column) => text(values[column.key])));
        });
    }
    // Domains without competences last: a domain cell applies to the rows below it.
    for (const domain of framework.domains.filter((entry) => entry.competences.length === 0)) {
        rows.push(columns.map((column) => column.key === 'domainCode' ? domain.name : column.key === 'domain' ? text(domain.title) : ''));
    }
    if (neutralized.length > 0) {
        notes.push({ text: MESSAGES.table.neutralized, params: { count: neutralized.length, items: sample(neutralized) } });
    }
    return writeCsv(rows, { delimiter: options.delimiter ?? ';', bom: true, eol: '\r\n' });
}
