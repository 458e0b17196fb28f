import { AstUtils, CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import { isAbsenceClaim, UNRESOLVED_NAME_RULES } from './absence-claims.js';
import { mutatedFrom } from './mutations.js';
import { compareWithClean, type Finding, type WorkspaceChecker } from './oracle.js';

/**
 * The systematic sweep: where the hand corpus (mistakes.ts) holds the slips its authors thought of,
 * the sweep makes every slip of a fixed set of kinds a tired staff member makes, on every line of
 * every clean document, one at a time. No expected rule: it measures cascades (how many errors and
 * warnings), findings in other files, false absence claims, silence where a finding is needed, and
 * whether a finding points at the slip.
 */

export const SWEEP_KINDS = {
    'keyword-letter-dropped': 'Mot-clé : une lettre oubliée',
    'keyword-letters-swapped': 'Mot-clé : deux lettres inversées',
    'keyword-accent': 'Mot-clé sans accent',
    'keyword-capital': 'Mot-clé avec une majuscule',
    'article': 'Article devant le mot-clé',
    'half-typed': 'Ligne à moitié tapée',
    'value-left-empty': 'Valeur laissée vide',
    'stray-word': 'Mot égaré en fin de ligne',
    'name-misspelt': 'Nom cité avec une lettre changée',
    'opening-quote-dropped': 'Guillemet ouvrant oublié',
    'closing-quote-dropped': 'Guillemet fermant oublié',
    'opening-brace-dropped': 'Accolade ouvrante oubliée',
    'closing-brace-dropped': 'Accolade fermante oubliée',
    'line-deleted': 'Ligne effacée',
    'line-duplicated': 'Ligne écrite deux fois'
} as const;

export type SweepKind = keyof typeof SWEEP_KINDS;

/**
 * Deleting or duplicating a line, or leaving out a value the language lets one leave out (the title
 * of a phase, the note of a self-evaluation), may leave a text that is still right: no finding is owed.
 */
const NO_FINDING_OWED: ReadonlySet<SweepKind> = new Set(['line-deleted', 'line-duplicated', 'value-left-empty']);

export interface SweepMistake {
    /** file:line:kind, the line 1-based in the clean file. */
    readonly id: string;
    readonly kind: SweepKind;
    readonly file: string;
    /** 0-based line of the clean file. */
    readonly line: number;
    readonly before: string;
    /** The mutated line ('' for a deleted line). */
    readonly after: string;
    readonly text: string;
    /** 0-based lines of the mutated text where a finding for this slip belongs. */
    readonly expectedLines: readonly number[];
}

export interface SweepOutcome {
    readonly mistake: SweepMistake;
    readonly errorsAndWarnings: readonly Finding[];
    readonly inOtherFiles: readonly Finding[];
    readonly falseAbsenceClaims: readonly Finding[];
    /** A finding was owed and no error or warning came. */
    readonly silent: boolean;
    /** Some error or warning points at the slip (or at the block or text it leaves open). */
    readonly located: boolean;
    /** Errors and warnings whose message speaks the parser's language rather than the user's. */
    readonly jargon: readonly Finding[];
}

/** The bounds the sweep holds every slip to. */
export const SWEEP_TARGETS = { most: 2, inOtherFiles: 0, falseAbsenceClaims: 0 } as const;

/** Words of a parser's vocabulary that no message for a non-programmer should show. */
const JARGON = /\b(?:Expecting|token|EOF|ID|STRING|NUMBER|QualifiedName|mismatched|undefined|null|NaN)\b|\$\{|\[object/;

const STRAY_WORD = 'aussi';
const SYNTAX_RULE = 'langage/syntaxe';

interface Token {
    readonly text: string;
    /** 0-based columns on the line. */
    readonly start: number;
    readonly end: number;
    readonly keyword: boolean;
    readonly reference: boolean;
    /** A text written over several lines: a slip at the end of this line is still inside it. */
    readonly multiline: boolean;
}

/** The tokens that start on each line of a clean file, from its syntax tree. */
function tokensByLine(checker: WorkspaceChecker, file: string): Map<number, Token[]> {
    const root = checker.cleanTree(file);
    const references = new Set<number>();
    for (const node of AstUtils.streamAst(root)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (reference.$refNode) {
                references.add(reference.$refNode.offset);
            }
        }
    }
    const byLine = new Map<number, Token[]>();
    for (const node of CstUtils.streamCst(root.$cstNode!)) {
        if (!isLeafCstNode(node) || node.hidden) {
            continue;
        }
        const { start, end } = node.range;
        const tokens = byLine.get(start.line) ?? [];
        tokens.push({
            text: node.text, start: start.character, end: start.line === end.line ? end.character : start.character + node.text.length,
            keyword: GrammarAST.isKeyword(node.grammarSource), reference: references.has(node.offset), multiline: start.line !== end.line
        });
        byLine.set(start.line, tokens);
    }
    return byLine;
}

/** Lines of matching braces, both ways, skipping texts and comments. */
function matchingBraces(text: string): Map<number, number> {
    const matches = new Map<number, number>();
    const open: number[] = [];
    let line = 0;
    let inText: string | undefined;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '\n') {
            line++;
        } else if (inText) {
            inText = char === inText ? undefined : inText;
        } else if (char === '«' || char === '"') {
            inText = char === '«' ? '»' : '"';
        } else if (char === '/' && text[index + 1] === '/') {
            index = text.indexOf('\n', index) - 1;
            if (index < 0) {
                break;
            }
        } else if (char === '{') {
            open.push(line);
        } else if (char === '}' && open.length > 0) {
            const from = open.pop()!;
            matches.set(from, line);
            matches.set(line, from);
        }
    }
    return matches;
}

const accentless = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/** The middle letter of a word (undefined: none), where slips are made. */
function middleLetter(word: string): number | undefined {
    const letters = [...word].flatMap((char, index) => isLetter(char) ? [index] : []);
    return letters.length < 4 ? undefined : letters[Math.floor(letters.length / 2)];
}

function replaceToken(line: string, token: Token, by: string): string {
    return line.slice(0, token.start) + by + line.slice(token.end);
}

function article(word: string): string {
    if (/^[aeiouyhàâéèêîôû]/i.test(word)) {
        return 'l\'';
    }
    return /(?:e|é|ée|ion)$/.test(word) ? 'la ' : 'le ';
}

/** Each slip of each kind this line allows: the kind and the line(s) written instead. */
function slipsOf(line: string, tokens: readonly Token[]): Array<{ kind: SweepKind; lines: string[] }> {
    const slips: Array<{ kind: SweepKind; lines: string[] }> = [];
    const add = (kind: SweepKind, ...lines: string[]) => {
        if (lines.length !== 1 || lines[0] !== line) {
            slips.push({ kind, lines });
        }
    };
    const content = line.trim();
    const indentation = line.slice(0, line.length - line.trimStart().length);
    const opensBlock = content.endsWith('{');
    // A text that goes on over the next lines: what is typed at the end of this line is part of the text.
    const endsInText = tokens.some((token) => token.multiline);
    if (content === '}') {
        add('closing-brace-dropped');
        add('line-duplicated', line, line);
        return slips;
    }
    const keyword = tokens.find((token) => token.keyword && middleLetter(token.text) !== undefined);
    if (keyword) {
        const middle = middleLetter(keyword.text)!;
        add('keyword-letter-dropped', replaceToken(line, keyword, keyword.text.slice(0, middle) + keyword.text.slice(middle + 1)));
        const [a, b] = [keyword.text[middle - 1], keyword.text[middle]];
        if (isLetter(a) && a !== b) {
            add('keyword-letters-swapped', replaceToken(line, keyword, keyword.text.slice(0, middle - 1) + b + a + keyword.text.slice(middle + 1)));
        }
    }
    const accented = tokens.find((token) => token.keyword && accentless(token.text) !== token.text);
    if (accented) {
        add('keyword-accent', replaceToken(line, accented, accentless(accented.text)));
    }
    const first = tokens[0];
    if (first?.keyword && /^\p{Ll}/u.test(first.text)) {
        add('keyword-capital', replaceToken(line, first, first.text[0].toUpperCase() + first.text.slice(1)));
        add('article', indentation + article(first.text) + content);
    }
    if (endsInText) {
        add('line-deleted');
        add('line-duplicated', line, line);
        return slips;
    }
    add('half-typed', indentation + content.slice(0, Math.ceil(content.length / 2)).trimEnd());
    const leading = tokens.findIndex((token) => !token.keyword || token.text === '{');
    if (leading > 0 && tokens.slice(leading).some((token) => token.text !== '{')) {
        add('value-left-empty', line.slice(0, tokens[leading - 1].end) + (opensBlock ? ' {' : ''));
    }
    add('stray-word', opensBlock ? `${line.slice(0, line.lastIndexOf('{')).trimEnd()} ${STRAY_WORD} {` : `${line} ${STRAY_WORD}`);
    const name = tokens.find((token) => token.reference && middleLetter(token.text) !== undefined);
    if (name) {
        const middle = middleLetter(name.text)!;
        const letter = name.text[middle];
        const replacement = /[aà]/i.test(letter) ? 'e' : 'a';
        add('name-misspelt', replaceToken(line, name, name.text.slice(0, middle) + (letter === letter.toUpperCase() ? replacement.toUpperCase() : replacement) + name.text.slice(middle + 1)));
    }
    for (const [open, close] of [['«', '»'], ['"', '"']] as const) {
        const texts = tokens.filter((token) => token.text.startsWith(open) && token.text.endsWith(close) && token.text.length > 1);
        if (texts.length > 0) {
            const opening = texts[0];
            add('opening-quote-dropped', line.slice(0, opening.start) + opening.text.slice(1).trimStart() + line.slice(opening.end));
            const closing = texts[texts.length - 1];
            add('closing-quote-dropped', line.slice(0, closing.start) + closing.text.slice(0, -1).trimEnd() + line.slice(closing.end));
        }
    }
    if (opensBlock) {
        add('opening-brace-dropped', line.slice(0, line.lastIndexOf('{')).trimEnd());
    }
    add('line-deleted');
    add('line-duplicated', line, line);
    return slips;
}

/** Every slip of every kind on every line of the clean workspace that holds something to read. */
export function sweepMistakes(checker: WorkspaceChecker): SweepMistake[] {
    const mistakes: SweepMistake[] = [];
    for (const file of checker.files()) {
        const clean = checker.text(file);
        const lines = clean.split('\n');
        const tokens = tokensByLine(checker, file);
        const braces = matchingBraces(clean);
        lines.forEach((line, index) => {
            const onLine = tokens.get(index);
            if (!onLine || line.trim().startsWith('//')) {
                return; // blank, a comment, or the continuation of a text
            }
            for (const { kind, lines: written } of slipsOf(line, onLine)) {
                const text = [...lines.slice(0, index), ...written, ...lines.slice(index + 1)].join('\n');
                const match = braces.get(index);
                // A brace's partner keeps its line when the slip does not change the number of lines, or comes before it.
                const partner = match === undefined ? [] : [match < index || written.length === 1 ? match : match + written.length - 1];
                const expectedLines = kind === 'line-duplicated' ? [index, index + 1]
                    : kind === 'closing-brace-dropped' ? [...partner, index]
                    : [index, ...(line.trim().endsWith('{') ? partner : [])];
                mistakes.push({ id: `${file}:${index + 1}:${kind}`, kind, file, line: index, before: line, after: written.join('\n'), text, expectedLines });
            }
        });
    }
    return mistakes;
}

/**
 * A deterministic sample: about `perKind` slips of each kind, spread evenly over the workspace.
 * Cheap enough for the test suite; `npm run drafting -- --sweep` runs them all.
 */
export function sampleOf(mistakes: readonly SweepMistake[], perKind: number): SweepMistake[] {
    return (Object.keys(SWEEP_KINDS) as SweepKind[]).flatMap((kind) => {
        const ofKind = mistakes.filter((mistake) => mistake.kind === kind);
        const step = Math.max(1, Math.ceil(ofKind.length / perKind));
        return ofKind.filter((_, index) => index % step === 0);
    });
}

export async function evaluateSweep(checker: WorkspaceChecker, mistakes: readonly SweepMistake[], progress?: (done: number) => void): Promise<SweepOutcome[]> {
    const clean = await checker.check();
    const outcomes: SweepOutcome[] = [];
    for (const mistake of mistakes) {
        const findings = await checker.check({ [mistake.file]: mistake.text });
        const { added, errorsAndWarnings, inOtherFiles } = compareWithClean(mistake.file, mutatedFrom(checker.text(mistake.file), mistake.text), clean, findings);
        // An unknown name at the slip (a name misspelt, or cut short) is the slip's own finding.
        const owned = (finding: Finding) => UNRESOLVED_NAME_RULES.has(finding.rule) && finding.file === mistake.file && mistake.expectedLines.includes(finding.line);
        // A claim of absence is false when it comes from an element the slip damaged (a syntax mistake, a name
        // that cannot be found); a text still read as written — a line deleted, a value left out — may truly lack it.
        const damaged = mistake.kind !== 'line-deleted' && added.some((finding) => finding.file === mistake.file && (finding.rule === SYNTAX_RULE || UNRESOLVED_NAME_RULES.has(finding.rule)));
        outcomes.push({
            mistake, errorsAndWarnings, inOtherFiles,
            falseAbsenceClaims: damaged ? added.filter((finding) => isAbsenceClaim(finding.rule, finding.messageKey) && !owned(finding)) : [],
            silent: !NO_FINDING_OWED.has(mistake.kind) && errorsAndWarnings.length === 0,
            located: errorsAndWarnings.some((finding) => finding.file === mistake.file && mistake.expectedLines.includes(finding.line)),
            jargon: errorsAndWarnings.filter((finding) => JARGON.test(finding.message))
        });
        progress?.(outcomes.length);
    }
    return outcomes;
}

export interface SweepFigures {
    readonly mistakes: number;
    /** How many slips give 0, 1, 2, 3 or more errors and warnings. */
    readonly distribution: readonly [number, number, number, number];
    readonly most: number;
    readonly inOtherFiles: number;
    readonly falseAbsences: number;
    readonly silent: number;
    /** Slips with findings, none of them at the slip. */
    readonly misplaced: number;
    readonly jargon: number;
}

export function sweepFigures(outcomes: readonly SweepOutcome[]): SweepFigures {
    const distribution: [number, number, number, number] = [0, 0, 0, 0];
    for (const outcome of outcomes) {
        distribution[Math.min(outcome.errorsAndWarnings.length, 3)]++;
    }
    return {
        mistakes: outcomes.length,
        distribution,
        most: Math.max(0, ...outcomes.map((outcome) => outcome.errorsAndWarnings.length)),
        inOtherFiles: outcomes.filter((outcome) => outcome.inOtherFiles.length > 0).length,
        falseAbsences: outcomes.filter((outcome) => outcome.falseAbsenceClaims.length > 0).length,
        silent: outcomes.filter((outcome) => outcome.silent).length,
        misplaced: outcomes.filter(isMisplaced).length,
        jargon: outcomes.filter((outcome) => outcome.jargon.length > 0).length
    };
}

export const isMisplaced = (outcome: SweepOutcome) => outcome.errorsAndWarnings.length > 0 && !outcome.located && !NO_FINDING_OWED.has(outcome.mistake.kind);

/** What is wrong with a slip's outcome, in short ('' when nothing). */
export function sweepProblems(outcome: SweepOutcome): string[] {
    return [
        outcome.errorsAndWarnings.length > SWEEP_TARGETS.most ? `${outcome.errorsAndWarnings.length} erreurs ou avertissements` : '',
        outcome.inOtherFiles.length > 0 ? `${outcome.inOtherFiles.length} dans d’autres fichiers` : '',
        outcome.falseAbsenceClaims.length > 0 ? `${outcome.falseAbsenceClaims.length} fausse(s) absence(s)` : '',
        outcome.silent ? 'aucun constat' : '',
        isMisplaced(outcome) ? 'aucun constat à la ligne de l’erreur' : '',
        outcome.jargon.length > 0 ? 'jargon' : ''
    ].filter((problem) => problem !== '');
}
