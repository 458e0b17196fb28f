import type { Bilingual } from '../../i18n/locale.js';

/**
 * What the recovering parser found wrong in a document's syntax: one note per mistake, at its
 * cause, in terms of the `langage/syntaxe` rule's messages. The validator renders the notes in the
 * user's language; rules and cross-file checks read them to stay silent about what could not be read.
 */

/** Token names the parser expected (`ID`, `STRING`, keywords), rendered as « un nom ou le mot … ». */
export interface ExpectedTokens {
    readonly expected: readonly string[];
}

/** The grammar rule where the mistake is (`Person`), rendered as « la description de la personne ». */
export interface RulePlace {
    readonly rule: string;
}

/** A note's parameter: a plain value, a text in both languages, what was expected, or where. */
export type NoteParam = string | number | Bilingual | ExpectedTokens | RulePlace;

/** A position as LSP counts it: 0-based line and character. */
export interface NotePosition {
    readonly line: number;
    readonly character: number;
}

export interface NoteRange {
    readonly start: NotePosition;
    readonly end: NotePosition;
}

export interface NoteFix {
    /** The id of the fix in the `langage/syntaxe` rule's catalogue. */
    readonly fix: string;
    readonly offset: number;
    readonly end: number;
    readonly newText: string;
    /** The same place as a range (filled when the report is made). */
    readonly range?: NoteRange;
}

export interface SyntaxNote {
    /** The message key in the `langage/syntaxe` rule. */
    readonly message: string;
    /** Where the mistake is, in the user's text. */
    readonly offset: number;
    readonly end: number;
    /** The same place as a range (filled when the report is made). */
    readonly range?: NoteRange;
    readonly params: Readonly<Record<string, NoteParam>>;
    readonly fixes?: readonly NoteFix[];
    /** A note chevrotain's own recovery made (not a repair of ours): less sure to be at the cause. */
    readonly residual?: boolean;
}

export interface SyntaxReport {
    readonly notes: readonly SyntaxNote[];
    /**
     * The names in passages that could not be read (skipped or taken apart), lower case and without
     * accents (see `simplify`): a reference to one of them is not an error.
     */
    readonly unreadNames: ReadonlySet<string>;
    /** Offsets of every passage the parser could not read as written. */
    readonly damage: readonly number[];
}

export function isExpectedTokens(param: NoteParam): param is ExpectedTokens {
    return typeof param === 'object' && 'expected' in param;
}

export function isRulePlace(param: NoteParam): param is RulePlace {
    return typeof param === 'object' && 'rule' in param;
}

export function isBilingual(param: NoteParam): param is Bilingual {
    return typeof param === 'object' && 'fr' in param;
}
