import { commands, l10n, ProgressLocation, window, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WORKSPACE_CHECK, type WorkspaceCheckResult } from '@tutorat/language/protocol';

/** `tutorat.checkWorkspace`: checks every Tutorat file again, reveals the Problems panel and sums the findings up. */
export function registerCheckWorkspace(context: ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(commands.registerCommand('tutorat.checkWorkspace', async (): Promise<WorkspaceCheckResult> => {
        const result = await window.withProgress(
            { location: ProgressLocation.Notification, title: l10n.t('Checking the Tutorat documents…') },
            () => client.sendRequest<WorkspaceCheckResult>(WORKSPACE_CHECK)
        );
        await commands.executeCommand('workbench.actions.view.problems');
        void window.showInformationMessage(summary(result));
        return result;
    }));
}

function summary(result: WorkspaceCheckResult): string {
    if (result.files === 0) {
        return l10n.t('No Tutorat document (.tutorat) in this workspace.');
    }
    const findings = result.errors + result.warnings + result.infos + result.hints;
    if (findings === 0) {
        return l10n.t('{0} Tutorat document(s) checked: no finding.', result.files);
    }
    return l10n.t('{0} Tutorat document(s) checked: {1} error(s), {2} warning(s), {3} piece(s) of information. Each finding names its rule and the section of the guide.',
        result.files, result.errors, result.warnings, result.infos + result.hints);
}
