import { relative } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { format, hiddenFindingsOf, severityOfDiagnostic, type Locale, type Severity } from '@tutorat/language';
import type { LoadedWorkspace } from './workspace.js';

/** A finding as every output format sees it: 1-based positions, paths relative to where the command runs. */
export interface Finding {
    readonly path: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Severity;
    readonly ruleId: string;
    readonly message: string;
    readonly related: ReadonlyArray<{ readonly path: string; readonly line: number; readonly column: number; readonly message: string }>;
    /** For the finding that stands for those a document could not show: how many of each severity. */
    readonly hidden?: Readonly<Partial<Record<Severity, number>>>;
}

/** Configuration problems are reported under this code; they are not rules of the guide. */
export const CONFIGURATION_CODE = 'configuration';

export function collectFindings(workspace: LoadedWorkspace, locale: Locale): Finding[] {
    const findings = workspace.reported.flatMap((document) => (document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic, workspace.cwd)));
    return [...findings, ...configurationFindings(workspace, locale)].sort(byPosition);
}

function toFinding(document: LangiumDocument, diagnostic: Diagnostic, cwd: string): Finding {
    return {
        path: displayPath(document.uri.fsPath, cwd),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severityOfDiagnostic(diagnostic.severity),
        ruleId: typeof diagnostic.code === 'string' ? diagnostic.code : 'langage/syntaxe',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        related: (diagnostic.relatedInformation ?? []).map((related) => ({
            path: displayPath(URI.parse(related.location.uri).fsPath, cwd),
            line: related.location.range.start.line + 1,
            column: related.location.range.start.character + 1,
            message: related.message
        })),
        ...(hiddenFindingsOf(diagnostic) ? { hidden: hiddenFindingsOf(diagnostic) } : {})
    };
}

/** Mistakes in `tutorat.json` files (and their presets), once each. */
function configurationFindings(workspace: LoadedWorkspace, locale: Locale): Finding[] {
    return workspace.shared.tutorat.Configuration.problems().map((problem) => {
        const line = (problem.line ?? 0) + 1;
        return { path: displayPath(problem.file, workspace.cwd), line, column: 1, endLine: line, endColumn: 1, severity: 'error', ruleId: CONFIGURATION_CODE, message: format(problem.message[locale], problem.params), related: [] };
    });
}

export function displayPath(file: string, cwd: string): string {
    const path = relative(cwd, file);
    return path.startsWith('..') ? file : path;
}

function byPosition(a: Finding, b: Finding): number {
    return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** The documents a report covers, and those the `ignore` patterns left out. */
export interface DocumentCounts {
    readonly documents: number;
    readonly ignored: number;
}

export interface Summary {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
}

/** The findings by severity; those a document could not show count too (their summary finding does not). */
export function summarize(findings: readonly Finding[]): Summary {
    const count = (severity: Severity) => findings.reduce((sum, finding) => sum + (finding.hidden ? finding.hidden[severity] ?? 0 : finding.severity === severity ? 1 : 0), 0);
    return { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}
