import type { AstNode, LangiumDocument, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { TutoratAstType } from '../generated/ast.js';
import type { Bilingual, Locale, MessageParams } from '../i18n/locale.js';
import type { RuleQueries } from './rule-queries.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** How severities are named to users (CLI, documentation pages, handbooks). */
export const SEVERITY_NAMES: Readonly<Record<Severity, Bilingual>> = {
    error: { fr: 'erreur', en: 'error' },
    warning: { fr: 'avertissement', en: 'warning' },
    info: { fr: 'information', en: 'info' },
    hint: { fr: 'suggestion', en: 'hint' }
};

const SEVERITY_PLURALS: Readonly<Record<Severity, Bilingual>> = {
    error: { fr: 'erreurs', en: 'errors' },
    warning: { fr: 'avertissements', en: 'warnings' },
    info: { fr: 'informations', en: 'infos' },
    hint: { fr: 'suggestions', en: 'hints' }
};

/** « 1 erreur », « 3 avertissements », « 0 erreur » / « 0 errors »: a count of findings in words. */
export function countOfFindings(count: number, severity: Severity, locale: Locale, formatNumber: (count: number) => string = String): string {
    const plural = count > 1 || (count === 0 && locale === 'en');
    return `${formatNumber(count)} ${(plural ? SEVERITY_PLURALS : SEVERITY_NAMES)[severity][locale]}`;
}

/** LSP's numbers for severities (1 = error … 4 = hint). */
export function diagnosticSeverity(severity: Severity): 1 | 2 | 3 | 4 {
    return (SEVERITIES.indexOf(severity) + 1) as 1 | 2 | 3 | 4;
}

/** The severity of an LSP diagnostic (an error when the diagnostic gives none). */
export function severityOfDiagnostic(value: number | undefined): Severity {
    return SEVERITIES[(value ?? 1) - 1] ?? 'error';
}

/** Rule families, in the order of the guide: before, choosing the tutor, the duo, during, partners, frameworks, templates. */
export const FAMILIES = ['langage', 'charte', 'tuteur', 'duo', 'parcours', 'stage', 'referentiel', 'modele', 'suppression'] as const;
export type RuleFamily = (typeof FAMILIES)[number];
export type RuleId = `${RuleFamily}/${string}`;

/** Where a rule comes from in the *Guide pour le tutorat* (March 2021). */
export interface GuideReference {
    /** Section(s) of the guide, as named in `principles.md`. */
    readonly section: Bilingual;
    /** The guide's own words (French: the guide exists only in French). */
    readonly quote: string;
    /** Numbers of the « En bref » pieces of advice this rule checks, if any. */
    readonly enBref?: readonly number[];
}

/** A message of a rule. Its severity, when given, refines the rule's default for this case only. */
export interface RuleMessage extends Bilingual {
    readonly severity?: Severity;
    /** Declared when the message says that something is not written yet (see {@link Absence}). */
    readonly absence?: Absence;
}

/**
 * What a message reports as not written yet on the element it is placed on (a tutor's experience,
 * a duo's substitute, a path's phases). When most of what the catalogue checks on an element is
 * missing, the element is still being written: its absences are gathered into one finding with
 * one quick fix (see rules/unfinished.ts). Every rule stays configurable and suppressible on its own.
 */
export interface Absence {
    /** What is missing, as the gathered finding lists it (« le suppléant »); filled with the report's parameters. */
    readonly what: Bilingual;
    /** How the rule's documentation page names it, when `what` depends on the report (« les phases manquantes »). */
    readonly described?: Bilingual;
    /**
     * The line the gathered quick fix writes into the element's block, filled with the report's
     * parameters. A value only the user knows is never made up: the line is then a comment to
     * complete (`// à compléter : expérience … ans`). A report may give its own {@link Insertion}s instead.
     */
    readonly line?: string;
}

/** A line a quick fix writes, or a block it opens (`phase accompagnement « … » {` … `}`) with its own lines. */
export type BlockLine = string | { readonly open: string; readonly lines: readonly BlockLine[] };

/** Lines to write into an element's block (the element reported on, unless `into` names another) or before a node. */
export interface Insertion {
    readonly lines: readonly BlockLine[];
    readonly into?: AstNode;
    readonly before?: AstNode;
}

/** A quick fix a rule offers; the rule computes its edits when it reports. */
export interface FixDeclaration {
    readonly id: string;
    readonly title: Bilingual;
}

/** A small workspace for the rule's documentation page: file name → content. */
export type ExampleWorkspace = Readonly<Record<string, string>>;

export interface RuleDefinition<M extends string = string> {
    readonly id: RuleId;
    readonly severity: Severity;
    /** Whether the rule reads other documents of the workspace (a tutor's duos in other files, a template…). */
    readonly crossFile: boolean;
    /** Whether a project configuration may change its severity or turn it off. */
    readonly configurable?: boolean;
    /**
     * Whether the rule reports names that cannot be found (`parcours/referentiel`): such a name
     * does not silence it, as it silences the other rules on its element (`rules/unreadable.ts`).
     */
    readonly checksNames?: boolean;
    readonly title: Bilingual;
    readonly description: Bilingual;
    readonly guide?: GuideReference;
    readonly messages: Readonly<Record<M, RuleMessage>>;
    readonly fixes?: readonly FixDeclaration[];
    readonly examples?: { readonly nonCompliant: ExampleWorkspace; readonly compliant: ExampleWorkspace };
    readonly checks: RuleChecks<M>;
}

export type RuleChecks<M extends string> = {
    readonly [K in keyof TutoratAstType]?: (node: TutoratAstType[K], report: Reporter<M>, context: RuleContext) => void;
};

/** A place in a document: a node, or one of its properties, or an explicit range. */
export interface Place<N extends AstNode = AstNode> {
    readonly node: N;
    readonly property?: Properties<N>;
    readonly index?: number;
    readonly keyword?: string;
    readonly range?: Range;
}

/** Another place involved in a finding (the duo that overloads a tutor, the template's element…). */
export interface RelatedPlace {
    readonly node: AstNode;
    readonly property?: string;
    readonly message: Bilingual;
    readonly params?: MessageParams;
}

/** A text edit a quick fix applies, in the document of the finding unless another is named. */
export interface FixEdit {
    readonly range: Range;
    readonly newText: string;
    readonly uri?: string;
}

export interface ProposedFix {
    readonly fix: string;
    readonly edits: readonly FixEdit[];
}

export interface ReportOptions {
    readonly params?: MessageParams;
    readonly related?: readonly RelatedPlace[];
    readonly fixes?: readonly ProposedFix[];
    /** For a message that declares an absence: where its lines go, when not simply into the element's block. */
    readonly insert?: readonly Insertion[];
}

export type Reporter<M extends string> = <N extends AstNode>(message: M, place: Place<N>, options?: ReportOptions) => void;

/** What a check can know beyond its node: the locale, the project's thresholds, the rest of the workspace. */
export interface RuleContext {
    readonly locale: Locale;
    readonly document: LangiumDocument;
    readonly workspace: RuleQueries;
    text(text: Bilingual, params?: MessageParams): string;
}

export function defineRule<M extends string>(rule: RuleDefinition<M>): RuleDefinition<M> {
    return rule;
}

export function familyOf(id: string): RuleFamily | undefined {
    const family = id.split('/')[0];
    return (FAMILIES as readonly string[]).includes(family) ? family as RuleFamily : undefined;
}
