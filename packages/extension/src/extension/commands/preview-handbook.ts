import { commands, l10n, ViewColumn, window, workspace, type Disposable, type ExtensionContext, type TextDocument, type WebviewPanel } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { HandbookRequests, type RenderParams, type RenderResult } from '@tutorat/handbook/protocol';
import { placeholderPage, withContentSecurityPolicy } from './preview-html.js';

const VIEW_TYPE = 'tutorat.handbookPreview';

export interface PreviewState {
    readonly uri: string;
    readonly title: string | undefined;
    readonly rendered: boolean;
    /** The preview shows a draft, with its band: the documents still have this many errors. */
    readonly draftErrors: number;
}

/** `tutorat.previewHandbook`: the handbook of the active document, beside the editor, refreshed as the documents change. */
export function registerPreviewHandbook(context: ExtensionContext, client: BaseLanguageClient): void {
    const previews = new Map<string, HandbookPreview>();
    context.subscriptions.push(commands.registerCommand('tutorat.previewHandbook', async (): Promise<PreviewState | undefined> => {
        const document = window.activeTextEditor?.document;
        if (!document || document.languageId !== 'tutorat') {
            void window.showWarningMessage(l10n.t('Open a Tutorat document (.tutorat) to preview its handbook.'));
            return undefined;
        }
        const key = document.uri.toString();
        let preview = previews.get(key);
        if (preview) {
            preview.reveal();
        } else {
            preview = new HandbookPreview(client, document, () => previews.delete(key));
            previews.set(key, preview);
        }
        return preview.refresh();
    }), { dispose: () => [...previews.values()].forEach((preview) => preview.dispose()) });
}

class HandbookPreview {
    private readonly panel: WebviewPanel;
    private readonly listeners: Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly client: BaseLanguageClient, private readonly document: TextDocument, onClose: () => void) {
        // No script ever runs in the preview: the handbook is static HTML and CSS (see preview-html.ts for the CSP).
        this.panel = window.createWebviewPanel(VIEW_TYPE, l10n.t('Handbook: {0}', baseName(document.fileName)),
            { viewColumn: ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, enableForms: false, enableFindWidget: true, localResourceRoots: [] });
        this.panel.webview.html = placeholderPage(l10n.t('Preparing the handbook…'));
        // The handbook gathers several files (charter, duos, paths): any Tutorat edit may change it.
        this.listeners.push(workspace.onDidChangeTextDocument((event) => {
            if (event.document.languageId === 'tutorat' && event.contentChanges.length > 0) {
                this.scheduleRefresh();
            }
        }));
        this.listeners.push(workspace.onDidSaveTextDocument((saved) => saved.languageId === 'tutorat' && this.scheduleRefresh()));
        this.panel.onDidDispose(() => {
            this.dispose();
            onClose();
        });
    }

    reveal(): void {
        this.panel.reveal(ViewColumn.Beside, true);
    }

    async refresh(): Promise<PreviewState> {
        let result: RenderResult;
        try {
            result = await this.client.sendRequest<RenderResult>(HandbookRequests.render, { uri: this.document.uri.toString() } satisfies RenderParams);
        } catch (error) {
            this.panel.webview.html = placeholderPage(l10n.t('The handbook could not be prepared: {0}', error instanceof Error ? error.message : String(error)));
            return { uri: this.document.uri.toString(), title: undefined, rendered: false, draftErrors: 0 };
        }
        if (!result) {
            this.panel.webview.html = placeholderPage(l10n.t("This document belongs to no institution: the handbook gathers an institution's charter, duos and training paths."));
            return { uri: this.document.uri.toString(), title: undefined, rendered: false, draftErrors: 0 };
        }
        this.panel.title = l10n.t('Handbook: {0}', result.title);
        this.panel.webview.html = withContentSecurityPolicy(result.html);
        return { uri: this.document.uri.toString(), title: result.title, rendered: true, draftErrors: result.draftErrors };
    }

    private scheduleRefresh(): void {
        clearTimeout(this.timer);
        const delay = workspace.getConfiguration('tutorat').get<number>('preview.refreshDelay', 400);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.listeners.splice(0).forEach((listener) => listener.dispose());
        this.panel.dispose();
    }
}

function baseName(fileName: string): string {
    return fileName.split(/[\\/]/).pop() ?? fileName;
}
