import { commands, env, Uri, type ExtensionContext } from 'vscode';

/**
 * `tutorat.openRulePage(ruleId, url)`, offered by the language server as a code action on each finding:
 * a page shipped with the extension (a file URL) opens in VS Code's Markdown preview, a published page in the browser.
 */
export function registerOpenRulePage(context: ExtensionContext): void {
    context.subscriptions.push(commands.registerCommand('tutorat.openRulePage', async (ruleId: string, url?: string): Promise<void> => {
        const page = url ? Uri.parse(url) : Uri.file(context.asAbsolutePath(`docs/rules/${ruleId}.md`));
        if (page.scheme === 'file') {
            await commands.executeCommand('markdown.showPreview', page);
        } else {
            await env.openExternal(page);
        }
    }));
}
