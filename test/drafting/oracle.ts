import { fileURLToPath } from 'node:url';
import { URI, type AstNode } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import { createTutoratServices, severityOfDiagnostic, type FindingData, type Severity } from '@tutorat/language';
import { filesOf } from '../support/folders.js';
import { isAbsenceClaim } from './absence-claims.js';
import { MISTAKES, type Mistake } from './mistakes.js';
import { applyMutation, locateLine, MutationError, type MutatedText } from './mutations.js';

/**
 * The drafting oracle: each mistake of the corpus is made on the clean workspace, the workspace is
 * checked as `tutorat check` checks it, and what changed is compared with what the mistake should
 * give. See mistakes.ts for the corpus and README.md for the figures.
 */

export const CLEAN_WORKSPACE = fileURLToPath(new URL('./workspace/', import.meta.url));

export interface Finding {
    readonly file: string;
    /** 0-based. */
    readonly line: number;
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    readonly messageKey?: string;
    /** The quick fixes the finding offers (as the editor gets them). */
    readonly fixes?: FindingData['fixes'];
}

const ROOT = '/redaction';
const uriOf = (file: string) => URI.file(`${ROOT}/${file}`);

/**
 * One set of services, as the CLI creates them (a one-off check), reused for every mistake: each
 * check gives every file its text and rebuilds every document, so nothing depends on which
 * documents the previous mistake touched.
 */
export class WorkspaceChecker {
    private constructor(
        private readonly clean: Readonly<Record<string, string>>,
        private readonly fileSystem: VirtualFileSystemProvider,
        private readonly services: ReturnType<typeof createTutoratServices>
    ) {}

    static async create(clean: Readonly<Record<string, string>>): Promise<WorkspaceChecker> {
        const fileSystem = new VirtualFileSystemProvider();
        for (const [file, text] of Object.entries(clean)) {
            fileSystem.insert(uriOf(file), text);
        }
        const services = createTutoratServices({ fileSystemProvider: () => fileSystem, batch: true, locale: 'fr' });
        const { shared } = services;
        // Rebuilds validate everything, as the first build does (Langium's default is the fast checks only).
        shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
        const documents = Object.entries(clean).filter(([file]) => file.endsWith('.tutorat')).map(([file, text]) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(file));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return new WorkspaceChecker(clean, fileSystem, services);
    }

    /** The syntax tree of a clean file, as the parser reads it. */
    cleanTree(file: string): AstNode {
        return this.services.Tutorat.parser.LangiumParser.parse(this.text(file)).value;
    }

    /** The files of the workspace, by their path in it. */
    files(): string[] {
        return Object.keys(this.clean).filter((file) => file.endsWith('.tutorat'));
    }

    text(file: string): string {
        const text = this.clean[file];
        if (text === undefined) {
            throw new MutationError(`le fichier ${file} n’est pas dans l’espace de travail`);
        }
        return text;
    }

    /** The findings of the workspace where some files have another text. */
    async check(changed: Readonly<Record<string, string>> = {}): Promise<Finding[]> {
        const { shared } = this.services;
        const files = this.files();
        for (const file of files) {
            this.fileSystem.insert(uriOf(file), changed[file] ?? this.clean[file]);
        }
        await shared.workspace.DocumentBuilder.update(files.map(uriOf), []);
        return files.flatMap((file) => (shared.workspace.LangiumDocuments.getDocument(uriOf(file))?.diagnostics ?? []).map((diagnostic) => ({
            file,
            line: diagnostic.range.start.line,
            rule: String(diagnostic.code ?? '?'),
            severity: severityOfDiagnostic(diagnostic.severity),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
            messageKey: (diagnostic.data as Partial<FindingData> | undefined)?.messageKey,
            fixes: (diagnostic.data as Partial<FindingData> | undefined)?.fixes
        })));
    }
}

export const isErrorOrWarning = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';

export interface Outcome extends Comparison {
    readonly mistake: Mistake;
    /** New findings that claim something is absent, other than the expected finding. */
    readonly falseAbsenceClaims: readonly Finding[];
    /** 0-based line the expected finding belongs on. */
    readonly expectedLine?: number;
    /** The expected finding, when some new error or warning is it. */
    readonly expected?: Finding;
    /** Whether the mistake gives what it should: its one finding, or no change at all. */
    readonly ok: boolean;
}

export interface DraftingFigures {
    readonly mistakes: number;
    readonly byCategory: Readonly<Record<string, { readonly mistakes: number; readonly ok: number }>>;
    /** Mistakes that should give one finding; how many give exactly that one error or warning. */
    readonly withFinding: number;
    readonly exactlyOne: number;
    /** Most errors and warnings from one mistake, and which. */
    readonly most: number;
    readonly mostId: string;
    readonly inOtherFiles: number;
    readonly falseAbsenceClaims: number;
    /** Natural phrasings; how many are accepted with the same meaning. */
    readonly naturalPhrasings: number;
    readonly accepted: number;
}

/** The targets (issue 9, « Must show »). */
export const TARGETS = { exactlyOneShare: 0.95, most: 2, inOtherFiles: 0, falseAbsenceClaims: 0, acceptedShare: 1 } as const;

/** Applies every mutation first, so that a corpus entry that no longer fits the workspace fails loudly, all at once. */
export function mutateAll(checker: WorkspaceChecker, mistakes: readonly Mistake[] = MISTAKES): Map<Mistake, MutatedText> {
    const mutated = new Map<Mistake, MutatedText>();
    const problems: string[] = [];
    for (const mistake of mistakes) {
        try {
            const result = applyMutation(checker.text(mistake.file), mistake.mutation);
            if (mistake.expect !== 'accepted' && mistake.expect.at !== undefined) {
                locateLine(result.text, mistake.expect.at);
            }
            mutated.set(mistake, result);
        } catch (error) {
            problems.push(`${mistake.id} (${mistake.file}) : ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (problems.length > 0) {
        throw new MutationError(`Des erreurs du corpus ne s’appliquent plus à l’espace propre :\n${problems.join('\n')}`);
    }
    return mutated;
}

export async function evaluateMistakes(checker: WorkspaceChecker, mistakes: readonly Mistake[] = MISTAKES): Promise<{ clean: Finding[]; outcomes: Outcome[] }> {
    const mutated = mutateAll(checker, mistakes);
    const clean = await checker.check();
    const outcomes: Outcome[] = [];
    for (const mistake of mistakes) {
        const mutation = mutated.get(mistake)!;
        const findings = await checker.check({ [mistake.file]: mutation.text });
        outcomes.push(judge(mistake, mutation, clean, findings));
    }
    return { clean, outcomes };
}

/** What a mistake changed in the workspace's findings. */
export interface Comparison {
    /** Findings of the mistaken workspace that the clean workspace does not have (any severity). */
    readonly added: readonly Finding[];
    /** Findings of the clean workspace that are gone. */
    readonly removed: readonly Finding[];
    /** The errors and warnings among `added`. */
    readonly errorsAndWarnings: readonly Finding[];
    /** New errors and warnings in files the mistake was not made in. */
    readonly inOtherFiles: readonly Finding[];
}

/**
 * Compares the findings of a workspace where `file` was mutated with the clean ones, a clean
 * finding of that file being looked for where its line now is. `echo`: a message may quote what the
 * user wrote, the written form (`by`) standing for the clean one (`replace`).
 */
export function compareWithClean(file: string, mutation: Pick<MutatedText, 'mapLine'>, clean: readonly Finding[], findings: readonly Finding[], echo?: { readonly replace: string; readonly by: string }): Comparison {
    const moved = clean.map((finding) => finding.file === file ? { ...finding, line: mutation.mapLine(finding.line) ?? -1 } : finding);
    const keyOf = (finding: Finding, quoted: boolean) => {
        const message = quoted && echo ? finding.message.split(echo.by).join(echo.replace) : finding.message;
        return [finding.file, finding.line, finding.rule, finding.severity, message.replace(/\b(lignes?|lines?) \d+/g, '$1 #')].join('\u0000');
    };
    const added = difference(findings, moved, (finding) => keyOf(finding, true), (finding) => keyOf(finding, false));
    const removed = difference(moved, findings, (finding) => keyOf(finding, false), (finding) => keyOf(finding, true));
    const errorsAndWarnings = added.filter(isErrorOrWarning);
    return { added, removed, errorsAndWarnings, inOtherFiles: errorsAndWarnings.filter((finding) => finding.file !== file) };
}

function judge(mistake: Mistake, mutation: MutatedText, clean: readonly Finding[], findings: readonly Finding[]): Outcome {
    // A message may quote what the user wrote: for a natural phrasing, the written form stands for the numeric one.
    const echo = mistake.expect === 'accepted' && 'by' in mistake.mutation && !mistake.mutation.all ? mistake.mutation : undefined;
    const { added, removed, errorsAndWarnings, inOtherFiles } = compareWithClean(mistake.file, mutation, clean, findings, echo);
    if (mistake.expect === 'accepted') {
        return {
            mistake, added, removed, errorsAndWarnings, inOtherFiles,
            falseAbsenceClaims: added.filter((finding) => isAbsenceClaim(finding.rule, finding.messageKey)),
            ok: added.length === 0 && removed.length === 0
        };
    }
    const expectation = mistake.expect;
    const expectedLine = expectation.at === undefined ? mutation.firstChangedLine : locateLine(mutation.text, expectation.at);
    const expected = errorsAndWarnings.find((finding) => finding.file === mistake.file && finding.rule === expectation.rule
        && finding.line === expectedLine && normalise(finding.message).includes(normalise(expectation.word)));
    const falseAbsenceClaims = added.filter((finding) => finding !== expected && isAbsenceClaim(finding.rule, finding.messageKey));
    return {
        mistake, added, removed, errorsAndWarnings, inOtherFiles, falseAbsenceClaims, expectedLine, expected,
        ok: expected !== undefined && errorsAndWarnings.length === 1 && falseAbsenceClaims.length === 0
    };
}

/** What `from` has more of than `than`, as multisets of keys. */
function difference(from: readonly Finding[], than: readonly Finding[], keyFrom: (finding: Finding) => string, keyThan: (finding: Finding) => string): Finding[] {
    const available = new Map<string, number>();
    for (const finding of than) {
        const key = keyThan(finding);
        available.set(key, (available.get(key) ?? 0) + 1);
    }
    return from.filter((finding) => {
        const key = keyFrom(finding);
        const count = available.get(key) ?? 0;
        if (count > 0) {
            available.set(key, count - 1);
            return false;
        }
        return true;
    });
}

/** Typographic and straight apostrophes, and the spaces French typography puts around signs, count as equal. */
function normalise(text: string): string {
    return text.replace(/[’‘]/g, '\'').replace(/[\u00a0\u202f]/g, ' ');
}

export function figuresOf(outcomes: readonly Outcome[]): DraftingFigures {
    const withFinding = outcomes.filter((outcome) => outcome.mistake.expect !== 'accepted');
    const natural = outcomes.filter((outcome) => outcome.mistake.expect === 'accepted');
    const worst = [...outcomes].sort((a, b) => b.errorsAndWarnings.length - a.errorsAndWarnings.length)[0];
    const byCategory: Record<string, { mistakes: number; ok: number }> = {};
    for (const outcome of outcomes) {
        const entry = byCategory[outcome.mistake.category] ??= { mistakes: 0, ok: 0 };
        entry.mistakes++;
        entry.ok += outcome.ok ? 1 : 0;
    }
    return {
        mistakes: outcomes.length,
        byCategory,
        withFinding: withFinding.length,
        exactlyOne: withFinding.filter((outcome) => outcome.expected !== undefined && outcome.errorsAndWarnings.length === 1).length,
        most: worst?.errorsAndWarnings.length ?? 0,
        mostId: worst?.mistake.id ?? '',
        inOtherFiles: outcomes.reduce((sum, outcome) => sum + outcome.inOtherFiles.length, 0),
        falseAbsenceClaims: outcomes.reduce((sum, outcome) => sum + outcome.falseAbsenceClaims.length, 0),
        naturalPhrasings: natural.length,
        accepted: natural.filter((outcome) => outcome.ok).length
    };
}

export const share = (count: number, total: number) => total === 0 ? 1 : count / total;

/** Loads the clean workspace once, for the test, the script and the benchmark. */
export async function loadCleanWorkspace(folder = CLEAN_WORKSPACE): Promise<WorkspaceChecker> {
    return WorkspaceChecker.create(filesOf(folder));
}

