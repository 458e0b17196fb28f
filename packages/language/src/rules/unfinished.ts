import type { AstNode, AstNodeLocator, LangiumDocument } from 'langium';
import type { CodeDescription, Diagnostic } from 'vscode-languageserver-types';
import { isDuo, isPerson, isTrainingPath } from '../generated/ast.js';
import { joinList, type Bilingual, type LocaleSetting } from '../i18n/locale.js';
import { personWithKind, titleOrName } from '../i18n/french.js';
import type { ResolvedConfiguration } from '../config/configuration.js';
import { RULES, ruleById } from './catalogue.js';
import { diagnosticSeverity, severityOfDiagnostic, type Absence, type BlockLine, type FixDeclaration, type FixEdit, type Place, type ReportOptions, type RuleContext, type RuleDefinition } from './definition.js';
import { insertIntoBlock, insertLinesBefore } from './fix-edits.js';

/**
 * An element still being written — a tutor, a duo, a path with most of its lines missing — is one
 * finding, not six. Rules declare in the catalogue which of their messages report an absence
 * ({@link Absence}); each such finding carries what is missing and the lines that would write it.
 * Once configuration and suppressions have had their say, {@link gatherUnfinished} replaces the
 * absences of an unfinished element by one finding that lists them, at the highest severity among
 * them, with one quick fix that writes every missing line. A rule turned off or suppressed has no
 * finding left, so it contributes nothing.
 */

/**
 * What a finding about an absence carries in its data from the rule that reports it to
 * {@link gatherUnfinished}, which takes it out again: nothing reads it afterwards, and a workspace
 * keeps thousands of such findings (≈ 250 bytes each).
 */
export interface AbsenceData {
    /** The element the finding is placed on, as a path from the document's root. */
    readonly element: string;
    /** What is missing, in the user's language. */
    readonly what: string;
    /** The lines that would write it, and the blocks (paths from the root) they go into or before. */
    readonly insert: ReadonlyArray<{ readonly into?: string; readonly before?: string; readonly lines: readonly BlockLine[] }>;
}

/** The finding that gathers an unfinished element's absences carries the rules it speaks for. */
export interface GatheredData {
    readonly ruleIds: readonly string[];
}

/** The quick fix of a gathered finding. */
export const COMPLETE_ELEMENT: FixDeclaration = {
    id: 'completer-element',
    title: { fr: 'Ajouter toutes les lignes manquantes (à compléter)', en: 'Add every missing line (to fill in)' }
};

/** An element is unfinished when at least this many absences are reported on it… */
const MIN_ABSENCES = 3;
/** …and they are most of the absence checks the catalogue runs (and the configuration keeps) on such an element. */
const MOST = 0.5;

/** The absence data of a finding, computed when the rule reports it. */
export function describeAbsence(absence: Absence, place: Place, options: ReportOptions, context: RuleContext, locator: AstNodeLocator): AbsenceData {
    const pathOf = (node: AstNode | undefined) => node ? locator.getAstNodePath(node) : undefined;
    const insert = options.insert
        ? options.insert.map((insertion) => ({ into: pathOf(insertion.into), before: pathOf(insertion.before), lines: insertion.lines }))
        : absence.line ? [{ lines: [context.text({ fr: absence.line, en: absence.line }, options.params)] }] : [];
    return { element: locator.getAstNodePath(place.node), what: context.text(absence.what, options.params), insert };
}

export interface GatherServices {
    readonly locale: LocaleSetting;
    readonly locator: AstNodeLocator;
    readonly descriptionOf: (ruleId: string) => CodeDescription | undefined;
}

/** Replaces the absences of each unfinished element of a document by one finding. */
export function gatherUnfinished(document: LangiumDocument, diagnostics: readonly Diagnostic[], configuration: ResolvedConfiguration, services: GatherServices): Diagnostic[] {
    const byElement = new Map<string, Diagnostic[]>();
    for (const diagnostic of diagnostics) {
        const absence = absenceOf(diagnostic);
        if (absence) {
            const group = byElement.get(absence.element) ?? [];
            group.push(diagnostic);
            byElement.set(absence.element, group);
        }
    }
    const root = document.parseResult.value;
    const gathered = new Map<Diagnostic, Diagnostic | undefined>();
    for (const [path, group] of byElement) {
        const element = services.locator.getAstNode(root, path);
        if (!element || !isUnfinished(element, group, configuration)) {
            continue;
        }
        const finding = gather(element, group, root, services);
        group.forEach((diagnostic, index) => gathered.set(diagnostic, index === 0 ? finding : undefined));
    }
    return diagnostics.flatMap((diagnostic) => {
        if (!gathered.has(diagnostic)) {
            return [withoutAbsence(diagnostic)];
        }
        const finding = gathered.get(diagnostic);
        return finding ? [finding] : [];
    });
}

/** The rules a finding speaks for: the rules a gathered finding lists, else its own. */
export function ruleIdsOf(diagnostic: Pick<Diagnostic, 'code' | 'data'>): string[] {
    const gathered = (diagnostic.data as Partial<GatheredData> | undefined)?.ruleIds;
    if (Array.isArray(gathered) && gathered.length > 0) {
        return [...gathered];
    }
    return typeof diagnostic.code === 'string' ? [diagnostic.code] : [];
}

/** A finding kept as it is, without the absence data only the gathering reads. */
function withoutAbsence(diagnostic: Diagnostic): Diagnostic {
    if (!absenceOf(diagnostic)) {
        return diagnostic;
    }
    const { absence: _absence, ...data } = diagnostic.data as { absence?: AbsenceData };
    return { ...diagnostic, data };
}

function absenceOf(diagnostic: Diagnostic): AbsenceData | undefined {
    const absence = (diagnostic.data as { absence?: AbsenceData } | undefined)?.absence;
    return absence && typeof absence.element === 'string' ? absence : undefined;
}

/** Absence checks per kind of element: the rules with a message that reports an absence, by the type they check. */
const ABSENCE_RULES = new Map<string, readonly RuleDefinition[]>();

function absenceRulesOf(type: string): readonly RuleDefinition[] {
    let rules = ABSENCE_RULES.get(type);
    if (!rules) {
        rules = RULES.filter((rule) => type in rule.checks && Object.values(rule.messages).some((message) => message.absence));
        ABSENCE_RULES.set(type, rules);
    }
    return rules;
}

function isUnfinished(element: AstNode, group: readonly Diagnostic[], configuration: ResolvedConfiguration): boolean {
    const rules = new Set(group.map((diagnostic) => String(diagnostic.code)));
    const checked = absenceRulesOf(element.$type).filter((rule) => configuration.severityOf(rule) !== 'off').length;
    return rules.size >= MIN_ABSENCES && rules.size > checked * MOST;
}

/** How a gathered finding names its element; the subject of « … n’est pas encore complet ». */
const ELEMENTS: ReadonlyArray<{ readonly is: (node: AstNode) => boolean; readonly text: (node: AstNode, locale: LocaleSetting) => string }> = [
    { is: isPerson, text: (node, locale) => locale.text(SUBJECTS.person, { person: personWithKind(node as never, locale.current, 'de') }) },
    { is: isDuo, text: (node, locale) => locale.text(SUBJECTS.duo, { tutor: (node as { tutor?: { $refText: string } }).tutor?.$refText ?? '', tutee: (node as { tutee?: { $refText: string } }).tutee?.$refText ?? '' }) },
    { is: isTrainingPath, text: (node, locale) => locale.text(SUBJECTS.path, { path: titleOrName(node as { name?: string; title?: string }, locale.current) }) }
];

const SUBJECTS = {
    person: { fr: 'La déclaration {person} n’est pas encore complète', en: 'The declaration {person} is not complete yet' },
    duo: { fr: 'Le duo {tutor} – {tutee} n’est pas encore complet', en: 'The duo {tutor} – {tutee} is not complete yet' },
    path: { fr: 'Le parcours {path} n’est pas encore complet', en: 'The path {path} is not complete yet' },
    other: { fr: 'Cet élément n’est pas encore complet', en: 'This element is not complete yet' },
    message: {
        fr: '{subject} : il manque {missing}. Chaque élément manquant est une recommandation du Guide pour le tutorat ; la correction rapide ajoute les lignes à compléter.',
        en: '{subject}: it still lacks {missing}. Each missing element is a recommendation of the Guide pour le tutorat; the quick fix adds the lines to fill in.'
    }
} satisfies Record<string, Bilingual>;

function gather(element: AstNode, group: readonly Diagnostic[], root: AstNode, services: GatherServices): Diagnostic {
    const { locale } = services;
    const ordered = [...group].sort((a, b) => catalogueIndex(a) - catalogueIndex(b));
    const ruleIds = [...new Set(ordered.map((diagnostic) => String(diagnostic.code)))];
    const severity = Math.min(...ordered.map((diagnostic) => diagnosticSeverity(severityOfDiagnostic(diagnostic.severity)))) as 1 | 2 | 3 | 4;
    // The finding speaks for its most severe rule (the first in the catalogue's order among equals).
    const lead = ordered.find((diagnostic) => diagnosticSeverity(severityOfDiagnostic(diagnostic.severity)) === severity)!;
    const subject = ELEMENTS.find((candidate) => candidate.is(element))?.text(element, locale) ?? locale.text(SUBJECTS.other);
    const missing = [...new Set(ordered.map((diagnostic) => absenceOf(diagnostic)!.what))];
    const message = locale.text(SUBJECTS.message, { subject, missing: joinList(missing, locale.current) });
    const edits = completionEdits(ordered.map((diagnostic) => absenceOf(diagnostic)!), element, root, services.locator);
    const first = [...ordered].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
    const data: GatheredData & { ruleId: string; messageKey: string; fixes: ReportOptions['fixes'] } = {
        ruleId: String(lead.code),
        messageKey: 'unfinished',
        ruleIds,
        fixes: edits.length > 0 ? [{ fix: COMPLETE_ELEMENT.id, edits }] : []
    };
    const related = ordered.flatMap((diagnostic) => diagnostic.relatedInformation ?? []);
    return {
        range: first.range,
        severity,
        code: lead.code,
        codeDescription: services.descriptionOf(String(lead.code)),
        source: lead.source,
        message,
        relatedInformation: related.length > 0 ? related : undefined,
        data
    };
}

/** Each rule's place in the catalogue, looked up for every comparison while sorting. */
let CATALOGUE_INDEX: ReadonlyMap<RuleDefinition, number> | undefined;

function catalogueIndex(diagnostic: Diagnostic): number {
    const rule = ruleById(String(diagnostic.code));
    CATALOGUE_INDEX ??= new Map(RULES.map((candidate, index) => [candidate, index]));
    return (rule && CATALOGUE_INDEX.get(rule)) ?? RULES.length;
}

/**
 * One set of edits that writes every missing line: lines bound for the same block are written
 * together (a block two rules open, such as a phase, is opened once with both rules' lines).
 */
function completionEdits(absences: readonly AbsenceData[], element: AstNode, root: AstNode, locator: AstNodeLocator): FixEdit[] {
    const targets = new Map<string, { into?: string; before?: string; lines: BlockLine[] }>();
    for (const absence of absences) {
        for (const insertion of absence.insert) {
            const key = insertion.before ? `before:${insertion.before}` : `into:${insertion.into ?? absence.element}`;
            const target = targets.get(key) ?? { into: insertion.into ?? absence.element, before: insertion.before, lines: [] };
            target.lines = mergeLines(target.lines, insertion.lines);
            targets.set(key, target);
        }
    }
    const edits: FixEdit[] = [];
    for (const target of targets.values()) {
        const lines = renderLines(target.lines);
        const before = target.before ? locator.getAstNode(root, target.before) : undefined;
        const into = target.into ? locator.getAstNode(root, target.into) : element;
        const edit = before ? insertLinesBefore(before.$cstNode, lines) : into ? insertIntoBlock(into, lines) : undefined;
        if (edit) {
            edits.push(edit);
        }
    }
    return edits;
}

/** Adds lines to a list, merging a block opened twice and skipping a line already there. */
function mergeLines(existing: readonly BlockLine[], added: readonly BlockLine[]): BlockLine[] {
    const result = [...existing];
    for (const line of added) {
        if (typeof line === 'string') {
            if (!result.includes(line)) {
                result.push(line);
            }
            continue;
        }
        const index = result.findIndex((candidate) => typeof candidate !== 'string' && candidate.open === line.open);
        if (index < 0) {
            result.push(line);
        } else {
            const block = result[index] as Exclude<BlockLine, string>;
            result[index] = { open: block.open, lines: mergeLines(block.lines, line.lines) };
        }
    }
    return result;
}

/** Block lines as text lines, each block indented one level deeper than its opening line. */
export function renderLines(lines: readonly BlockLine[]): string[] {
    return lines.flatMap((line) => typeof line === 'string'
        ? [line]
        : [`${line.open} {`, ...renderLines(line.lines).map((inner) => `    ${inner}`), '}']);
}
