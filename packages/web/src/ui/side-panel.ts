import { HandbookRequests, type FilesResult, type RenderResult } from '@tutorat/handbook/protocol';
import { t } from '../i18n.js';
import { download, fill, h } from './dom.js';

export interface SidePanelHost {
    request<R>(method: string, params: object): Promise<R>;
}

/** How long after the last edit the handbook preview is made again. */
const REFRESH_DELAY_MS = 500;

/**
 * The panel beside the editor: the handbook of the shown document (made by the language server, shown in a frame
 * that runs no script of the handbook, printed by the browser — « enregistrer en PDF » — or downloaded as HTML),
 * and the guide's rule pages.
 */
export class SidePanel {
    private readonly handbookFrame: HTMLIFrameElement;
    private readonly rulesFrame: HTMLIFrameElement;
    private readonly status: HTMLElement;
    private readonly handbookSection: HTMLElement;
    private readonly rulesSection: HTMLElement;
    private readonly tabs: { handbook: HTMLButtonElement; rules: HTMLButtonElement };
    private readonly actions: HTMLElement;
    private uri: string | undefined;
    private shown: RenderResult = null;
    private frameReady: Promise<void>;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;

    constructor(container: HTMLElement, private readonly host: SidePanelHost) {
        this.handbookFrame = h('iframe', { src: 'livret.html', class: 'handbook-frame', title: t('handbookTitle') });
        this.frameReady = new Promise((resolve) => this.handbookFrame.addEventListener('load', () => resolve(), { once: true }));
        this.rulesFrame = h('iframe', { src: 'regles/index.html', class: 'rules-frame', title: t('rules') });
        this.status = h('p', { class: 'status', role: 'status' });
        this.actions = h('div', { class: 'toolbar' });
        this.tabs = {
            handbook: h('button', { type: 'button', 'aria-pressed': 'true', onclick: () => this.showTab('handbook') }),
            rules: h('button', { type: 'button', 'aria-pressed': 'false', onclick: () => this.showTab('rules') })
        };
        this.handbookSection = h('section', { class: 'side-section', 'aria-labelledby': 'livret-titre' }, h('h2', { id: 'livret-titre', class: 'visually-hidden' }), this.actions, this.status, this.handbookFrame);
        this.rulesSection = h('section', { class: 'side-section', hidden: true, 'aria-labelledby': 'regles-titre' }, h('h2', { id: 'regles-titre', class: 'visually-hidden' }), this.rulesFrame);
        fill(container, h('div', { class: 'tabs', role: 'group' }, this.tabs.handbook, this.tabs.rules), this.handbookSection, this.rulesSection);
        this.relabel();
    }

    relabel(): void {
        this.tabs.handbook.textContent = t('handbook');
        this.tabs.rules.textContent = t('rules');
        this.handbookSection.querySelector('h2')!.textContent = t('handbookTitle');
        this.rulesSection.querySelector('h2')!.textContent = t('rules');
        this.handbookFrame.title = t('handbookTitle');
        this.rulesFrame.title = t('rules');
        fill(this.actions,
            h('button', { type: 'button', onclick: () => this.print() }, t('print')),
            h('button', { type: 'button', onclick: () => void this.download() }, t('downloadHtml')));
    }

    /** Follows the shown document. */
    follow(uri: string | undefined): void {
        this.uri = uri;
        this.refreshSoon(0);
    }

    /** A document changed: the handbook follows (it gathers several files). */
    refreshSoon(delay = REFRESH_DELAY_MS): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    openRule(url: string): void {
        this.rulesFrame.src = url;
        this.showTab('rules');
        this.rulesFrame.focus();
    }

    private showTab(tab: 'handbook' | 'rules'): void {
        this.handbookSection.hidden = tab !== 'handbook';
        this.rulesSection.hidden = tab !== 'rules';
        this.tabs.handbook.setAttribute('aria-pressed', String(tab === 'handbook'));
        this.tabs.rules.setAttribute('aria-pressed', String(tab === 'rules'));
    }

    private async refresh(): Promise<void> {
        const generation = ++this.generation;
        if (!this.uri) {
            this.display(null, t('handbookNone'));
            return;
        }
        if (!this.shown) {
            this.status.textContent = t('handbookPreparing');
        }
        try {
            const result = await this.host.request<RenderResult>(HandbookRequests.render, { uri: this.uri });
            if (generation === this.generation) {
                this.display(result, result ? '' : t('handbookNone'));
            }
        } catch (error) {
            if (generation === this.generation) {
                this.display(null, t('handbookFailed', { reason: error instanceof Error ? error.message : String((error as { message?: string })?.message ?? error) }));
            }
        }
    }

    private display(result: RenderResult, message: string): void {
        this.shown = result;
        this.status.textContent = message;
        this.status.hidden = message === '';
        this.handbookFrame.hidden = !result;
        this.actions.hidden = !result;
        void this.frameReady.then(() => this.handbookFrame.contentWindow?.postMessage({ html: result?.html ?? '' }, location.origin));
    }

    private print(): void {
        this.handbookFrame.contentWindow?.focus();
        this.handbookFrame.contentWindow?.print();
    }

    private async download(): Promise<void> {
        if (!this.shown || !this.uri) {
            return;
        }
        // What is downloaded is what the preview shows: a draft, with its band, while the documents have errors.
        const { files } = await this.host.request<FilesResult>(HandbookRequests.files, { uri: this.uri, draft: true });
        const file = files.find((candidate) => candidate.title === this.shown!.title) ?? files[0];
        download(file?.fileName ?? 'livret.html', this.shown.html, 'text/html;charset=utf-8');
    }
}
