import { commands, l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FORMATS, InteropRequests, MAX_INPUT_BYTES, type FormatName, type ImportParams, type ImportResponse } from '@tutorat/interop/protocol';
import { errorText, mayReplace, showWarnings, writeAtomically } from './framework-files.js';

export interface ImportFrameworkArguments {
    /** The file to read: a path or a URI; asked when absent. */
    readonly source?: string;
    /** The .tutorat file to write; asked when absent. */
    readonly target?: string;
    readonly format?: FormatName;
    /** Replace an existing target without asking. */
    readonly replace?: boolean;
}

export interface ImportFrameworkResult {
    readonly target: string;
    readonly name: string;
    readonly warnings: readonly string[];
}

/**
 * `tutorat.importFramework`: a Moodle CSV, a CASE package or the consultant's table (CSV, XLSX)
 * picked in a file dialog becomes a checked, formatted .tutorat document, opened in the editor.
 */
export function registerImportFramework(context: ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(commands.registerCommand('tutorat.importFramework', async (input?: ImportFrameworkArguments | Uri): Promise<ImportFrameworkResult | undefined> => {
        const args: ImportFrameworkArguments = input instanceof Uri ? { source: input.toString() } : input ?? {};
        const source = args.source ? toUri(args.source) : (await window.showOpenDialog({
            title: l10n.t('Import a competence framework'),
            canSelectMany: false,
            filters: { [l10n.t('Competence frameworks (Moodle, CASE, table)')]: ['csv', 'json', 'xlsx'] }
        }))?.[0];
        if (!source) {
            return undefined;
        }
        if (args.format !== undefined && !FORMATS.includes(args.format)) {
            void window.showErrorMessage(l10n.t('The format {0} does not exist: choose moodle, case or tableur.', String(args.format)));
            return undefined;
        }
        try {
            const { size } = await workspace.fs.stat(source);
            if (size > MAX_INPUT_BYTES) {
                void window.showErrorMessage(l10n.t('{0} is {1} MB: far more than a framework (at most {2} MB). Check that you chose the right file.', baseName(source), Math.round(size / 1048576), MAX_INPUT_BYTES / 1048576));
                return undefined;
            }
            const data = toBase64(await workspace.fs.readFile(source));
            const result = await window.withProgress({ location: ProgressLocation.Notification, title: l10n.t('Importing {0}…', baseName(source)) },
                () => client.sendRequest<ImportResponse>(InteropRequests.import, { fileName: baseName(source), data, format: args.format } satisfies ImportParams));
            const target = args.target ? toUri(args.target) : await window.showSaveDialog({
                title: l10n.t('Where to write the framework'),
                defaultUri: Uri.joinPath(workspace.workspaceFolders?.[0]?.uri ?? Uri.joinPath(source, '..'), `${result.name}.tutorat`),
                filters: { Tutorat: ['tutorat'] }
            });
            if (!target || !(await mayReplace(target, args.replace))) {
                return undefined;
            }
            await writeAtomically(target, new TextEncoder().encode(result.text), true);
            await window.showTextDocument(await workspace.openTextDocument(target));
            showWarnings(l10n.t('Import of {0}:', baseName(source)), result.warnings);
            void window.showInformationMessage(l10n.t('Framework {0} imported: its findings are in the Problems panel.', result.name));
            return { target: target.fsPath, name: result.name, warnings: result.warnings };
        } catch (error) {
            // The server answers with the rows and columns to correct; nothing was written.
            void window.showErrorMessage(l10n.t('The framework was not imported: {0}', errorText(error)), { modal: true });
            return undefined;
        }
    }));
}

function toUri(value: string): Uri {
    return /^[a-z][a-z0-9+.-]+:/i.test(value) ? Uri.parse(value) : Uri.file(value);
}

function baseName(uri: Uri): string {
    return uri.path.split('/').pop() ?? uri.path;
}

/** Bytes as base64, on the desktop and on the Web alike (no Node `Buffer` in a browser). */
function toBase64(bytes: Uint8Array): string {
    let text = '';
    for (let at = 0; at < bytes.length; at += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    }
    return btoa(text);
}
