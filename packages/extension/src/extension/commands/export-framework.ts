import { CodeLens, commands, l10n, languages, ProgressLocation, Range, Uri, window, workspace, type CodeLensProvider, type ExtensionContext, type TextDocument } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FORMATS, InteropRequests, type ExportParams, type ExportResponse, type FormatName, type FrameworkSummary } from '@tutorat/interop/protocol';
import { errorText, mayReplace, showWarnings, writeAtomically } from './framework-files.js';

export interface ExportFrameworkArguments {
    /** The document declaring the framework; the active editor's when absent. */
    readonly uri?: string;
    /** The framework's name; asked when the document declares several. */
    readonly name?: string;
    /** Asked when absent. */
    readonly format?: FormatName;
    /** The file to write; asked when absent. */
    readonly target?: string;
    readonly replace?: boolean;
}

export interface ExportFrameworkResult {
    readonly target: string;
    readonly warnings: readonly string[];
}

/**
 * `tutorat.exportFramework`: a framework of the open document written for Moodle, for CASE tools or
 * as the consultant's table. Offered above each `référentiel` (code lens), in the editor's context
 * menu and in the command palette.
 */
export function registerExportFramework(context: ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(commands.registerCommand('tutorat.exportFramework', async (args: ExportFrameworkArguments = {}): Promise<ExportFrameworkResult | undefined> => {
        const uri = args.uri ? Uri.parse(args.uri) : window.activeTextEditor?.document.languageId === 'tutorat' ? window.activeTextEditor.document.uri : undefined;
        if (!uri) {
            void window.showWarningMessage(l10n.t('Open the Tutorat document of the framework to export first.'));
            return undefined;
        }
        try {
            const name = args.name ?? await pickFramework(client, uri);
            const format = args.format ?? await pickFormat();
            if (!name || !format) {
                return undefined;
            }
            const document = workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
            const lastChange = document?.isDirty ? new Date() : new Date((await workspace.fs.stat(uri)).mtime);
            const result = await window.withProgress({ location: ProgressLocation.Notification, title: l10n.t('Exporting {0}…', name) },
                () => client.sendRequest<ExportResponse>(InteropRequests.export, { uri: uri.toString(), name, format, lastChange: lastChange.toISOString() } satisfies ExportParams));
            const target = args.target ? toUri(args.target) : await window.showSaveDialog({
                title: l10n.t('Where to write the export'),
                defaultUri: Uri.joinPath(uri, '..', result.fileName),
                filters: format === 'case' ? { 'CASE (JSON)': ['json'] } : { CSV: ['csv'] }
            });
            if (!target || !(await mayReplace(target, args.replace))) {
                return undefined;
            }
            await writeAtomically(target, new TextEncoder().encode(result.content), true);
            showWarnings(l10n.t('Export of {0}:', name), result.warnings);
            void window.showInformationMessage(l10n.t('Framework {0} exported to {1}.', name, workspace.asRelativePath(target)));
            return { target: target.fsPath, warnings: result.warnings };
        } catch (error) {
            void window.showErrorMessage(l10n.t('The framework was not exported: {0}', errorText(error)));
            return undefined;
        }
    }));
    context.subscriptions.push(languages.registerCodeLensProvider({ language: 'tutorat' }, new ExportLenses(client)));
}

/** « Export… » above each `référentiel` of a document. */
class ExportLenses implements CodeLensProvider {
    constructor(private readonly client: BaseLanguageClient) {}

    async provideCodeLenses(document: TextDocument): Promise<CodeLens[]> {
        if (!this.client.isRunning()) {
            return [];
        }
        const frameworks = await this.client.sendRequest<FrameworkSummary[]>(InteropRequests.frameworks, { uri: document.uri.toString() }).catch(() => []);
        return frameworks.map((framework) => new CodeLens(new Range(framework.line, framework.character, framework.line, framework.character), {
            title: l10n.t('Export for Moodle, CASE or a table…'),
            command: 'tutorat.exportFramework',
            arguments: [{ uri: document.uri.toString(), name: framework.name } satisfies ExportFrameworkArguments]
        }));
    }
}

async function pickFramework(client: BaseLanguageClient, uri: Uri): Promise<string | undefined> {
    const frameworks = await client.sendRequest<FrameworkSummary[]>(InteropRequests.frameworks, { uri: uri.toString() });
    if (frameworks.length === 0) {
        void window.showWarningMessage(l10n.t('This document declares no framework (référentiel).'));
        return undefined;
    }
    if (frameworks.length === 1) {
        return frameworks[0].name;
    }
    return (await window.showQuickPick(frameworks.map((framework) => ({ label: framework.name, description: framework.title })), { title: l10n.t('Which framework?') }))?.label;
}

async function pickFormat(): Promise<FormatName | undefined> {
    const labels: Record<FormatName, { label: string; detail: string }> = {
        moodle: { label: l10n.t('Moodle (CSV)'), detail: l10n.t('For Moodle: Site administration > Competencies > Import competency framework') },
        case: { label: l10n.t('1EdTech CASE 1.1 (JSON)'), detail: l10n.t('For CASE tools such as OpenSALT or CASS') },
        tableur: { label: l10n.t('Table (CSV for Excel or LibreOffice)'), detail: l10n.t('One row per competence, to read or complete in a spreadsheet') }
    };
    const picked = await window.showQuickPick(FORMATS.map((format) => ({ format, ...labels[format] })), { title: l10n.t('Export format') });
    return picked?.format;
}

function toUri(value: string): Uri {
    return /^[a-z][a-z0-9+.-]+:/i.test(value) ? Uri.parse(value) : Uri.file(value);
}
