import { URI, type LangiumDocument } from 'langium';
import { isCharterTemplate, isFramework, isInstitution, type Bilingual, type Document, type TutoratSharedServices } from '@tutorat/language';
import { cover } from './books/cover.js';
import { duoHandbook } from './books/duo.js';
import { institutionHandbook } from './books/institution.js';
import { templateHandbook } from './books/template.js';
import { RenderContext } from './context.js';
import { FileNames } from './file-names.js';
import { h } from './html.js';
import { renderPage } from './page.js';
import type { HandbookFile, HandbookOptions } from './types.js';
import { readWorkspace, type InstitutionModel, type WorkspaceModel } from './workspace-model.js';

/** A handbook and what it belongs to (`institution:Name` for an institution and its duos, `template:Name`). */
export interface HandbookEntry {
    readonly file: HandbookFile;
    readonly owner: string;
}

/**
 * Every handbook of the loaded workspace: one per institution, followed by one per duo of that
 * institution, then one per charter template. The same documents always give the same files.
 */
export function collectHandbooks(shared: TutoratSharedServices, options: HandbookOptions): HandbookEntry[] {
    const workspace = readWorkspace(shared);
    const context = new RenderContext(options);
    const names = new FileNames();
    const entries: HandbookEntry[] = [];
    for (const institution of workspace.institutions) {
        const owner = `institution:${institution.name}`;
        entries.push({ owner, file: institutionFile(institution, shared, context, names) });
        for (const duo of institution.duos) {
            const { title, html } = orNotice(() => duoHandbook(duo, institution, context), `${duo.tutor?.$refText ?? '?'} — ${duo.tutee?.$refText ?? '?'}`, context);
            entries.push({ owner, file: { kind: 'duo', title, html, fileName: names.take([institution.name, duo.tutor?.$refText ?? '', duo.tutee?.$refText ?? '']) } });
        }
    }
    for (const template of workspace.templates) {
        const { title, html } = orNotice(() => templateHandbook(template, workspace.institutions, context), template.name, context);
        entries.push({ owner: `template:${template.name}`, file: { kind: 'template', title, html, fileName: names.take(['modele', template.name]) } });
    }
    return entries;
}

/**
 * The handbook that best matches a document, for the live preview: the institution it describes,
 * else the template it defines, else the first institution whose paths use the framework it defines.
 */
export function renderHandbookFor(shared: TutoratSharedServices, documentUri: string, options: HandbookOptions): HandbookFile | undefined {
    const document = documentOf(shared, documentUri);
    if (!document) {
        return undefined;
    }
    const workspace = readWorkspace(shared);
    const context = new RenderContext(options);
    const elements = (document.parseResult.value as Document).elements ?? [];
    const institution = institutionFor(elements, workspace);
    if (institution) {
        return institutionFile(institution, shared, context, new FileNames());
    }
    const template = elements.find(isCharterTemplate);
    if (template?.name) {
        const { title, html } = orNotice(() => templateHandbook(template, workspace.institutions, context), template.name, context);
        return { kind: 'template', title, html, fileName: new FileNames().take(['modele', template.name]) };
    }
    return undefined;
}

/** What a document's handbooks belong to, as in {@link HandbookEntry.owner}. */
export function handbookOwnerOf(shared: TutoratSharedServices, documentUri: string): string | undefined {
    const document = documentOf(shared, documentUri);
    if (!document) {
        return undefined;
    }
    const elements = (document.parseResult.value as Document).elements ?? [];
    const institution = institutionFor(elements, readWorkspace(shared));
    if (institution) {
        return `institution:${institution.name}`;
    }
    const template = elements.find(isCharterTemplate);
    return template?.name ? `template:${template.name}` : undefined;
}

function documentOf(shared: TutoratSharedServices, documentUri: string): LangiumDocument | undefined {
    try {
        return shared.workspace.LangiumDocuments.getDocument(URI.parse(documentUri));
    } catch {
        return undefined;
    }
}

function institutionFor(elements: Document['elements'], workspace: WorkspaceModel): InstitutionModel | undefined {
    const own = elements.find(isInstitution);
    if (own?.name) {
        return workspace.institutions.find((institution) => institution.name === own.name);
    }
    const frameworks = new Set(elements.filter(isFramework).map((framework) => framework.name));
    return frameworks.size === 0 ? undefined : workspace.institutions.find((institution) =>
        institution.paths.some((path) => path.frameworks.some((framework) => frameworks.has(framework.$refText))));
}

function institutionFile(institution: InstitutionModel, shared: TutoratSharedServices, context: RenderContext, names: FileNames): HandbookFile {
    const { title, html } = orNotice(() => institutionHandbook(institution, shared, context), institution.title ?? institution.name, context);
    return { kind: 'institution', title, html, fileName: names.take([institution.name]) };
}

const NOTICE = {
    title: { fr: 'Livret du tutorat — {name}', en: 'Tutoring handbook — {name}' },
    part: { fr: 'Ce livret n’a pas pu être produit', en: 'This handbook could not be produced' },
    text: {
        fr: 'Un passage des documents n’a pas pu être lu ({reason}). Corrigez les erreurs signalées dans l’éditeur ou par « tutorat check », puis produisez le livret à nouveau. Merci de signaler ce problème s’il persiste.',
        en: 'A passage of the documents could not be read ({reason}). Fix the errors shown in the editor or by “tutorat check”, then produce the handbook again. Please report this problem if it persists.'
    }
} satisfies Record<string, Bilingual>;

/** A handbook, or, should a document hold what no part foresaw, a page that says so: one handbook never stops the others. */
function orNotice(book: () => { title: string; html: string }, name: string, context: RenderContext): { title: string; html: string } {
    try {
        return book();
    } catch (error) {
        console.error(`Tutorat : le livret « ${name} » n’a pas pu être produit.`, error);
        const title = context.t(NOTICE.title, { name });
        const reason = error instanceof Error ? error.message : String(error);
        const parts = [{ id: 'probleme', title: context.t(NOTICE.part), content: h('p', { class: 'todo' }, context.t(NOTICE.text, { reason })) }];
        return { title, html: renderPage({ locale: context.locale, title, runningTitle: title, cover: cover({ kicker: '', title: name, facts: [], stages: [] }, context), parts }, context) };
    }
}
