import { t } from '../i18n.js';
import type { OpenWorkspace } from '../project/open-workspace.js';
import type { WorkspaceRecord } from '../storage/database.js';
import { fill, h } from './dom.js';

export interface FilesHost {
    open(path: string): void;
    switchTo(id: string): void;
    current(): string | undefined;
}

/** The workspace's documents (the shown one marked), the other workspaces of this browser, and where the files are. */
export class FilesPanel {
    constructor(private readonly container: HTMLElement, private readonly host: FilesHost) {}

    render(workspace: OpenWorkspace, workspaces: readonly WorkspaceRecord[], counts: ReadonlyMap<string, number>): void {
        const current = this.host.current();
        const chooser = h('select', {
            id: 'espace', 'aria-label': t('projects'),
            onchange: (event: Event) => this.host.switchTo((event.target as HTMLSelectElement).value)
        }, [...workspaces].sort((a, b) => b.opened - a.opened).map((record) => h('option', { value: record.id, selected: record.id === workspace.record.id }, record.name)));
        const others = workspace.others();
        fill(this.container,
            h('h2', { id: 'fichiers-titre' }, t('project')),
            chooser,
            h('h3', null, t('files')),
            h('ul', { class: 'file-list' }, workspace.documents().map((file) => {
                const findings = counts.get(file.path) ?? 0;
                return h('li', null, h('button', {
                    type: 'button', class: 'file', 'aria-current': file.path === current ? 'true' : null,
                    onclick: () => this.host.open(file.path)
                }, file.path, findings > 0 ? h('span', { class: 'badge', 'aria-label': `, ${findings} ${t('problems').toLowerCase()}` }, String(findings)) : null));
            })),
            others.length > 0 ? h('details', { class: 'others' },
                h('summary', null, t('otherFiles', { count: others.length })),
                h('ul', null, others.map((file) => h('li', null, file.path)))) : null,
            h('details', { class: 'where' },
                h('summary', null, t('whereAreMyFiles')),
                h('p', null, workspace.record.folder ? t('storedInFolder', { folder: workspace.record.folder.name })
                    : workspace.record.origin === 'served' ? t('storedFromServer', { folder: workspace.record.name })
                    : t('storedInBrowser', { site: location.host || location.origin }))));
    }
}
