import { commands, env, Uri, workspace, type ExtensionContext } from 'vscode';

/**
 * `tutorat.openRulePage(ruleId, url)`, offered by the language server as a code action on each finding: a page
 * shipped with the extension opens in VS Code's Markdown preview, a page published elsewhere in the browser.
 */
export function registerOpenRulePage(context: ExtensionContext): void {
    context.subscriptions.push(commands.registerCommand('tutorat.openRulePage', async (ruleId: string, url?: string): Promise<void> => {
        const shipped = Uri.joinPath(context.extensionUri, 'docs', 'rules', ...`${ruleId}.md`.split('/'));
        const page = url ? Uri.parse(url) : shipped;
        if (page.scheme === 'file') {
            await commands.executeCommand('markdown.showPreview', page);
        } else if (page.toString() === shipped.toString()) {
            // On the Web the extension's files are not a file system the Markdown preview reads: show a copy.
            const text = new TextDecoder().decode(await workspace.fs.readFile(shipped));
            const document = await workspace.openTextDocument({ language: 'markdown', content: text });
            await commands.executeCommand('markdown.showPreview', document.uri);
        } else {
            await env.openExternal(page);
        }
    }));
}
