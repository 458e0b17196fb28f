import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { severityOfDiagnostic, type Bilingual, type TutoratSharedServices } from '@tutorat/language';
import type { RenderContext } from './context.js';
import { cssString, h, type Html } from './html.js';

/**
 * Handbooks never launder errors: they are written from documents without errors, or as a draft
 * that says so on every page (« Brouillon — 3 erreurs »), on screen and on paper.
 */

/** An error of the documents a handbook is made from. */
export interface DocumentError {
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
}

/** A diagnostic's message as text. */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The errors of every document of the workspace, in a stable order: they stop a handbook, or make it a draft. */
export function workspaceErrors(shared: TutoratSharedServices): DocumentError[] {
    return shared.workspace.LangiumDocuments.all.toArray()
        .filter((document) => document.uri.path.endsWith('.tutorat'))
        .sort((a, b) => (a.uri.toString() < b.uri.toString() ? -1 : 1))
        .flatMap((document) => (document.diagnostics ?? [])
            .filter((diagnostic) => severityOfDiagnostic(diagnostic.severity) === 'error')
            .map((diagnostic) => ({ document, diagnostic })));
}

const TEXTS = {
    band: { fr: 'Brouillon — {count} {errors}', en: 'Draft — {count} {errors}' },
    error: { fr: 'erreur', en: 'error' },
    errors: { fr: 'erreurs', en: 'errors' },
    explanation: {
        fr: 'Ce livret est un brouillon : les documents du tutorat contiennent encore {count} {errors}. Corrigez-les, puis produisez-le à nouveau avant de le distribuer.',
        en: 'This handbook is a draft: the tutoring documents still contain {count} {errors}. Correct them, then produce it again before handing it out.'
    }
} satisfies Record<string, Bilingual>;

/** « Brouillon — 3 erreurs », or nothing for a handbook made from documents without errors. */
export function draftLabel(context: RenderContext): string | undefined {
    const count = context.draftErrors;
    return count > 0 ? context.t(TEXTS.band, { count, errors: context.t(count > 1 ? TEXTS.errors : TEXTS.error) }) : undefined;
}

/** The band at the top of a draft: on screen it stays in view; on paper every page repeats it (see {@link draftPageRule}). */
export function draftBand(context: RenderContext): Html | undefined {
    const label = draftLabel(context);
    if (!label) {
        return undefined;
    }
    const count = context.draftErrors;
    return h('div', { class: 'draft-band', role: 'note' },
        h('strong', null, label),
        ' ',
        h('span', null, context.t(TEXTS.explanation, { count, errors: context.t(count > 1 ? TEXTS.errors : TEXTS.error) })));
}

/** On paper, the band in the top margin of every page, the cover's included. */
export function draftPageRule(label: string | undefined): string {
    if (!label) {
        return '';
    }
    const box = `@top-center { content: ${cssString(label)}; font-family: var(--sans); font-size: 9pt; font-weight: 700; color: #000; border: 1.5pt solid #000; padding: 1mm 3mm; }`;
    return `\n@page { ${box} }\n@page cover { ${box} }\n`;
}
