import { looksLikeFormula, neutralizeFormula, parseCsv, restoreNeutralized, writeCsv } from '../csv.js';
import { MESSAGES } from '../messages.js';
import { allCompetences, normalizeText, type FrameworkData } from '../model.js';
import { fail, ProblemList, sample, type Note } from '../notes.js';
import { frameworkFromTree, type NodeKind, type SourceNode } from '../tree.js';
import { competenceDescription, frameworkDescription, readDescription } from './moodle-description.js';

/**
 * The CSV of Moodle's competency framework import and export tool (admin/tool/lpimportcsv): one
 * header row, one row for the framework (« Is framework » = 1, with its scale), one row per
 * competency, placed in the tree by « Parent ID number ». Columns as framework_importer.php lists
 * them (list_required_headers), values as framework_exporter.php writes them.
 */
export const MOODLE_COLUMNS = [
    { key: 'parentidnumber', header: 'Parent ID number' },
    { key: 'idnumber', header: 'ID number' },
    { key: 'shortname', header: 'Short name' },
    { key: 'description', header: 'Description' },
    { key: 'descriptionformat', header: 'Description format' },
    { key: 'scalevalues', header: 'Scale values' },
    { key: 'scaleconfiguration', header: 'Scale configuration' },
    { key: 'ruletype', header: 'Rule type (optional)' },
    { key: 'ruleoutcome', header: 'Rule outcome (optional)' },
    { key: 'ruleconfig', header: 'Rule config (optional)' },
    { key: 'relatedidnumbers', header: 'Cross-referenced competency ID numbers' },
    { key: 'exportid', header: 'Exported ID (optional)' },
    { key: 'isframework', header: 'Is framework' },
    { key: 'taxonomies', header: 'Taxonomy' }
] as const;

type Key = (typeof MOODLE_COLUMNS)[number]['key'];

/** Moodle keeps at most this many characters of a short name or an ID number (shorten_text(…, 100)). */
export const MOODLE_MAX_LENGTH = 100;

/** Whether a CSV header row is Moodle's (the English names, in any case or spacing, of older and newer versions). */
export function isMoodleHeader(row: readonly string[]): boolean {
    const found = new Set(row.map(simplify));
    return ['parentidnumber', 'idnumber', 'isframework'].every((key) => found.has(key));
}

function simplify(header: string): string {
    return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function readMoodle(text: string, notes: Note[], fallbackName: string): FrameworkData {
    // Moodle trims the file before reading it (csv_import_reader::load_csv_content).
    return readMoodleRows(parseCsv(text.replace(/^\s+|\s+$/g, '')).rows, notes, fallbackName);
}

/** The rows of a Moodle table, from a CSV file or the first sheet of a workbook. */
export function readMoodleRows(rows: readonly (readonly string[])[], notes: Note[], fallbackName: string): FrameworkData {
    const header = rows[0] ?? [];
    const columns = columnIndexes(header);
    const cell = (row: readonly string[], key: Key) => restoreNeutralized(row[columns[key]] ?? '');
    const headerOf = (key: Key) => header[columns[key]]?.trim() || MOODLE_COLUMNS.find((column) => column.key === key)!.header;
    const problems = new ProblemList();
    let frameworkRow: { row: readonly string[]; number: number } | undefined;
    const records: Array<{ row: readonly string[]; number: number; code: string; parent: string }> = [];
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
        const number = index + 1;
        if (index === 0 || row.every((value) => value.trim() === '')) {
            return;
        }
        if (row.length > header.length && row.slice(header.length).some((value) => value.trim() !== '')) {
            problems.add({ text: MESSAGES.moodle.tooManyCells, params: { count: row.length, expected: header.length }, row: number });
            return;
        }
        for (const key of ['idnumber', 'shortname'] as const) {
            // A cell behind an apostrophe is a text (see neutralizeFormula); a bare formula is not imported.
            if (looksLikeFormula(row[columns[key]] ?? '')) {
                problems.add({ text: MESSAGES.table.formula, params: { value: shorten(cell(row, key)) }, row: number, column: headerOf(key) });
                return;
            }
        }
        if (isTrue(cell(row, 'isframework'))) {
            if (frameworkRow) {
                problems.add({ text: MESSAGES.moodle.twoFrameworks, params: { first: frameworkRow.number }, row: number, column: headerOf('isframework') });
            }
            frameworkRow ??= { row, number };
            return;
        }
        const code = cell(row, 'idnumber').trim();
        if (code === '') {
            problems.add({ text: MESSAGES.moodle.emptyCode, row: number, column: headerOf('idnumber') });
            return;
        }
        if (cell(row, 'shortname').trim() === '') {
            problems.add({ text: MESSAGES.table.emptyTitle, params: { code }, row: number, column: headerOf('shortname') });
        }
        const first = seen.get(code);
        if (first !== undefined) {
            problems.add({ text: MESSAGES.table.duplicateCode, params: { code, first }, row: number, column: headerOf('idnumber') });
            return;
        }
        seen.set(code, number);
        records.push({ row, number, code, parent: cell(row, 'parentidnumber').trim() });
    });
    if (!frameworkRow) {
        problems.add({ text: MESSAGES.moodle.noFramework, params: { column: headerOf('isframework') } });
    }
    for (const record of records) {
        if (record.parent !== '' && !seen.has(record.parent)) {
            problems.add({ text: MESSAGES.moodle.unknownParent, params: { parent: record.parent }, row: record.number, column: headerOf('parentidnumber') });
        }
    }
    problems.throwIfAny();

    const framework = frameworkRow!.row;
    const scale = cell(framework, 'scalevalues').split(',').map((level) => level.trim()).filter((level) => level !== '');
    noteScaleMarks(scale, cell(framework, 'scaleconfiguration'), notes, frameworkRow!.number, headerOf('scaleconfiguration'));
    const taxonomies = cell(framework, 'taxonomies').split(',').map((value) => value.trim().toLowerCase());
    const lost = { related: [] as string[], rules: [] as string[], scales: [] as string[], references: [] as string[] };
    const children = new Map<string, typeof records>();
    for (const record of records) {
        children.set(record.parent, [...children.get(record.parent) ?? [], record]);
    }
    const placed = new Set<string>();
    const nodeOf = (record: (typeof records)[number], depth: number): SourceNode => {
        placed.add(record.code);
        const parts = readDescription(cell(record.row, 'description'), cell(record.row, 'descriptionformat'));
        if (cell(record.row, 'relatedidnumbers').trim() !== '') {
            lost.related.push(record.code);
        }
        if (cell(record.row, 'ruletype').trim() !== '') {
            lost.rules.push(record.code);
        }
        const ownScale = cell(record.row, 'scalevalues').split(',').map((level) => level.trim()).filter((level) => level !== '');
        if (ownScale.length > 0 && ownScale.join(',') !== scale.join(',')) {
            lost.scales.push(record.code);
        }
        lost.references.push(...parts.unknownReferences.map((line) => `${record.code} : ${line}`));
        return {
            code: record.code,
            title: normalizeText(parts.fullTitle ?? cell(record.row, 'shortname')),
            description: parts.description,
            kind: kindOf(cell(record.row, 'exportid'), taxonomies[depth]),
            children: (children.get(record.code) ?? []).map((child) => nodeOf(child, depth + 1)),
            where: { row: record.number },
            extra: parts
        };
    };
    const roots = (children.get('') ?? []).map((record) => nodeOf(record, 0));
    const unplaced = records.filter((record) => !placed.has(record.code));
    if (unplaced.length > 0) {
        fail(MESSAGES.moodle.cycle, { codes: sample(unplaced.map((record) => record.code)) }, { row: unplaced[0].number, column: headerOf('parentidnumber') });
    }
    for (const [kind, codes] of Object.entries(lost)) {
        if (codes.length > 0) {
            notes.push({ text: MESSAGES.moodle.lost[kind as keyof typeof lost], params: { count: codes.length, items: sample(codes) } });
        }
    }
    const head = readDescription(cell(framework, 'description'), cell(framework, 'descriptionformat'));
    const code = cell(framework, 'idnumber').trim();
    const title = normalizeText(cell(framework, 'shortname'));
    return frameworkFromTree({
        code: code || undefined,
        title: title && title !== code ? title : undefined,
        description: head.description,
        author: head.author,
        version: head.version,
        targetFunction: head.targetFunction,
        scale
    }, roots, notes, fallbackName);
}

/** Columns by their header when they are Moodle's, else by position, as Moodle's importer reads them. */
function columnIndexes(header: readonly string[]): Record<Key, number> {
    const byName = new Map(header.map((name, index) => [simplify(name), index]));
    const aliases: Partial<Record<Key, string[]>> = {
        shortname: ['shortname'],
        relatedidnumbers: ['crossreferencedcompetencyidnumbers'],
        taxonomies: ['taxonomy', 'taxonomies']
    };
    const indexes = {} as Record<Key, number>;
    const missing: string[] = [];
    MOODLE_COLUMNS.forEach((column, position) => {
        const found = [simplify(column.header), ...aliases[column.key] ?? []].map((name) => byName.get(name)).find((index) => index !== undefined);
        indexes[column.key] = found ?? (header.length === MOODLE_COLUMNS.length ? position : -1);
        if (indexes[column.key] < 0) {
            missing.push(column.header);
        }
    });
    if (missing.length > 0) {
        fail(MESSAGES.moodle.wrongColumns, { missing: missing.join(', '), found: header.slice(0, 16).join(' | ') || '—' }, { row: 1 });
    }
    return indexes;
}

/** PHP's truth of a cell: empty and « 0 » are false. */
function isTrue(value: string): boolean {
    return value !== '' && value !== '0';
}

/**
 * What a row is: Tutorat's exports say it in « Exported ID » (`domaine-1`, `compétence-3`), which
 * Moodle only uses to match rules; else the framework's taxonomy for the row's level may say it.
 */
function kindOf(exportId: string, taxonomy: string | undefined): NodeKind | undefined {
    const hint = /^(domaine|compétence)-\d+$/.exec(exportId.trim())?.[1];
    if (hint) {
        return hint === 'domaine' ? 'domain' : 'competence';
    }
    return taxonomy === 'domain' ? 'domain' : taxonomy === 'indicator' ? 'indicator' : undefined;
}

/**
 * The scale configuration says which level is the default and which are « proficient ». Tutorat's
 * scale has no such marks: exports make the first level the default and the last the only
 * proficient one; any other choice made in Moodle is said.
 */
function noteScaleMarks(scale: readonly string[], configuration: string, notes: Note[], row: number, column: string): void {
    if (configuration.trim() === '' || scale.length === 0) {
        return;
    }
    let entries: Array<{ id?: unknown; scaledefault?: unknown; proficient?: unknown }>;
    try {
        const parsed: unknown = JSON.parse(configuration);
        entries = Array.isArray(parsed) ? parsed.slice(1) : [];
    } catch {
        notes.push({ text: MESSAGES.moodle.badScaleConfiguration, row, column });
        return;
    }
    const levelOf = (entry: { id?: unknown }) => scale[Number(entry.id) - 1];
    const defaults = entries.filter((entry) => Number(entry.scaledefault) === 1).map(levelOf).filter(Boolean);
    const proficient = entries.filter((entry) => Number(entry.proficient) === 1).map(levelOf).filter(Boolean);
    if (defaults.join() !== scale[0] || proficient.join() !== scale[scale.length - 1]) {
        notes.push({ text: MESSAGES.moodle.scaleMarks, params: { defaults: defaults.join(', ') || '—', proficient: proficient.join(', ') || '—', first: scale[0], last: scale[scale.length - 1] }, row, column });
    }
}

export function writeMoodle(framework: FrameworkData, notes: Note[]): string {
    const hasDomains = framework.domains.length > 0;
    const scale = moodleScale(framework, notes);
    const longTitles: string[] = [];
    const formulas: string[] = [];
    const text = (value: string) => {
        const neutral = neutralizeFormula(value);
        if (neutral !== value) {
            formulas.push(shorten(value));
        }
        return neutral;
    };
    const shortName = (title: string, code: string) => {
        if (title.length <= MOODLE_MAX_LENGTH) {
            return text(title);
        }
        longTitles.push(code);
        return text(`${title.slice(0, MOODLE_MAX_LENGTH - 3)}...`);
    };
    const rows: string[][] = [MOODLE_COLUMNS.map((column) => column.header)];
    rows.push(['', framework.name, shortName(framework.title ?? framework.name, framework.name), frameworkDescription(framework), '1',
        text(scale.join(',')), scaleConfiguration(scale.length), '', '', '', '', '', '1', hasDomains ? 'domain,competency' : 'competency']);
    let exportId = 0;
    const row = (kind: 'domaine' | 'compétence', parent: string, code: string, title: string, description: string) =>
        [parent, code, shortName(title, code), description, '1', '', '', '', '0', 'null', '', `${kind}-${++exportId}`, '', ''];
    for (const domain of framework.domains) {
        rows.push(row('domaine', '', domain.name, domain.title ?? domain.name, ''));
    }
    for (const { competence, domain } of allCompetences(framework)) {
        rows.push(row('compétence', domain?.name ?? '', competence.name, competence.title, competenceDescription(competence, competence.title.length > MOODLE_MAX_LENGTH)));
    }
    if (longTitles.length > 0) {
        notes.push({ text: MESSAGES.moodle.longTitles, params: { count: longTitles.length, items: sample(longTitles), max: MOODLE_MAX_LENGTH } });
    }
    if (formulas.length > 0) {
        notes.push({ text: MESSAGES.table.neutralized, params: { count: formulas.length, items: sample(formulas) } });
    }
    return writeCsv(rows.map((cells) => cells.map(phpSafe)), { delimiter: ',', eol: '\n' });
}

/** A framework without a scale cannot exist in Moodle: the scale Moodle itself proposes is used, and said. */
function moodleScale(framework: FrameworkData, notes: Note[]): string[] {
    if (framework.scale.length === 0) {
        notes.push({ text: MESSAGES.moodle.noScale });
        return ['Non acquis', 'Acquis'];
    }
    const withCommas = framework.scale.filter((level) => level.includes(','));
    if (withCommas.length > 0) {
        notes.push({ text: MESSAGES.moodle.commaInScale, params: { levels: withCommas.join(' | ') } });
    }
    return framework.scale.map((level) => level.replace(/\s*,\s*/g, ' ; '));
}

/** Moodle's scale configuration: the first level is the default, the last one is « proficient ». */
function scaleConfiguration(levels: number): string {
    const items = Array.from({ length: levels }, (_, index) => ({ id: index + 1, scaledefault: index === 0 ? 1 : 0, proficient: index === levels - 1 ? 1 : 0 }));
    return JSON.stringify([{ scaleid: '1' }, ...items]);
}

/**
 * PHP's fgetcsv, which Moodle reads with, takes a backslash as an escape character: a `\` right
 * before a quote (or before the closing quote of the cell) would swallow it. Such a backslash
 * becomes a division slash, which looks the same.
 */
function phpSafe(value: string): string {
    return value.replace(/\\(?="|$)/g, '\u2215');
}

function shorten(value: string): string {
    return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
