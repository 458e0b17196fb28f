import { commands, l10n, SnippetString, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { documentKinds } from './document-kinds.js';

interface Snippet { readonly body: string | readonly string[] }

/** `tutorat.newDocument`: a quick pick of document kinds, then a new Tutorat document holding that kind's skeleton. */
export function registerNewDocument(context: ExtensionContext): void {
    context.subscriptions.push(commands.registerCommand('tutorat.newDocument', async (snippetName?: string): Promise<Uri | undefined> => {
        const kinds = documentKinds();
        const kind = snippetName
            ? kinds.find((candidate) => candidate.snippet === snippetName)
            : await window.showQuickPick(kinds.map((candidate) => ({ ...candidate, description: candidate.detail, detail: undefined })), {
                title: l10n.t('New Tutorat document'),
                placeHolder: l10n.t('Which kind of document?')
            });
        if (!kind) {
            return undefined;
        }
        // Read through workspace.fs: the extension's own files, on the desktop and on the Web alike.
        const snippets = JSON.parse(new TextDecoder().decode(await workspace.fs.readFile(Uri.joinPath(context.extensionUri, 'snippets', 'tutorat.code-snippets')))) as Record<string, Snippet>;
        const body = snippets[kind.snippet]?.body;
        if (body === undefined) {
            throw new Error(`No snippet « ${kind.snippet} » in snippets/tutorat.code-snippets`);
        }
        const document = await workspace.openTextDocument({ language: 'tutorat', content: '' });
        const editor = await window.showTextDocument(document);
        await editor.insertSnippet(new SnippetString(typeof body === 'string' ? body : body.join('\n')));
        return document.uri;
    }));
}
