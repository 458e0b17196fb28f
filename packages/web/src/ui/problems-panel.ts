import type { Diagnostic } from 'vscode-languageserver-types';
import { t, type TextKey } from '../i18n.js';
import { messageText, ruleOf, splitGuideSection, type ProblemStore } from '../lsp/problems.js';
import { fill, h } from './dom.js';

export interface ProblemsHost {
    pathOf(uri: string): string;
    goTo(uri: string, diagnostic: Diagnostic): void;
    openRule(rule: string, url: string): void;
    fix(uri: string, diagnostic: Diagnostic): void;
}

/**
 * The problems panel: every finding of the workspace, grouped by document, each with its rule (a link to the rule's
 * page), the guide's section it quotes, its line (a button that goes there) and a button for its fixes.
 */
export class ProblemsPanel {
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly list: HTMLElement, private readonly summary: HTMLElement, private readonly store: ProblemStore, private readonly host: ProblemsHost) {
        store.onChange(() => this.schedule());
        this.render();
    }

    /** Many documents are published at once: the panel is drawn once they are all in. */
    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.render(), 30);
    }

    render(): void {
        const groups = this.store.all()
            .map(([uri, diagnostics]) => ({ uri, path: this.host.pathOf(uri), diagnostics: [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || (a.severity ?? 1) - (b.severity ?? 1)) }))
            .sort((a, b) => a.path < b.path ? -1 : 1);
        const count = (severity: number) => groups.reduce((sum, group) => sum + group.diagnostics.filter((diagnostic) => (diagnostic.severity ?? 1) === severity).length, 0);
        this.summary.textContent = !this.store.received ? t('checking') : groups.length === 0 ? t('noProblems')
            : t('problemsSummary', { errors: count(1), warnings: count(2), infos: count(3), hints: count(4), files: groups.length });
        fill(this.list, groups.map((group) => h('section', { class: 'problem-group', 'aria-label': group.path },
            h('h3', null, group.path, ' ', h('span', { class: 'count' }, `(${group.diagnostics.length})`)),
            h('ul', null, group.diagnostics.map((diagnostic) => this.item(group.uri, group.path, diagnostic))))));
    }

    private item(uri: string, path: string, diagnostic: Diagnostic): HTMLElement {
        const severity = diagnostic.severity ?? 1;
        const rule = ruleOf(diagnostic);
        const { text, section } = splitGuideSection(messageText(diagnostic));
        const line = diagnostic.range.start.line + 1;
        const href = diagnostic.codeDescription?.href;
        return h('li', { class: `problem severity-${severity}` },
            h('span', { class: 'severity', 'aria-hidden': 'true' }, t(`severity${severity}` as TextKey)),
            // The button's name is what it shows, preceded by the severity for screen readers.
            h('button', { type: 'button', class: 'goto', title: t('goTo', { line, file: path }), onclick: () => this.host.goTo(uri, diagnostic) },
                h('span', { class: 'visually-hidden' }, `${t(`severity${severity}` as TextKey)} : `),
                h('span', { class: 'message' }, text), ' ', h('span', { class: 'where' }, t('line', { line }))),
            section ? h('span', { class: 'section' }, t('guideSection', { section })) : null,
            h('span', { class: 'links' },
                rule && href ? h('a', {
                    href, class: 'rule', title: t('rulePageLabel', { rule }),
                    onclick: (event: Event) => {
                        event.preventDefault();
                        this.host.openRule(rule, href);
                    }
                }, t('rulePage', { rule })) : null,
                rule ? h('button', { type: 'button', class: 'fix', 'aria-label': `${t('fixes')} : ${text}`, onclick: () => this.host.fix(uri, diagnostic) }, t('fixes')) : null));
    }
}
