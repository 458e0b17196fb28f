import { URI, UriUtils } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { format, type Bilingual, type Locale, type TutoratSharedServices } from '@tutorat/language';
import { collectHandbooks, handbookOwnerOf, renderHandbookFor } from './collect.js';
import { messageText, workspaceErrors, type DocumentError } from './draft.js';
import { HANDBOOK_REFUSED, HandbookRequests, type FilesResult, type HandbookSelection, type RefusedData, type RenderParams, type RenderResult } from './protocol.js';
import type { HandbookFile } from './types.js';

const MESSAGES = {
    badUri: { fr: 'L’adresse du document (« {uri} ») n’est pas valide : le livret ne peut pas être affiché.', en: 'The document’s address ("{uri}") is not valid: the handbook cannot be shown.' },
    failed: { fr: 'Le livret n’a pas pu être produit : {reason}. Merci de signaler ce problème.', en: 'The handbook could not be produced: {reason}. Please report this problem.' },
    refused: {
        fr: 'Les livrets ne sont pas écrits : les documents contiennent encore {count} {errors} ({first}). Corrigez-les, ou écrivez un brouillon : chaque page le dira.',
        en: 'The handbooks were not written: the documents still contain {count} {errors} ({first}). Correct them, or write a draft: every page will say so.'
    },
    error: { fr: 'erreur', en: 'error' },
    errors: { fr: 'erreurs', en: 'errors' },
    firstError: { fr: '{file}, ligne {line} : {message}', en: '{file}, line {line}: {message}' }
} satisfies Record<string, Bilingual>;

export type Say = (text: Bilingual, params?: Record<string, string>) => string;

/** The server's locale at the moment a message is built. */
export function sayer(shared: TutoratSharedServices): Say {
    return (text, params) => format(text[shared.tutorat.Locale.current], params, shared.tutorat.Locale.current);
}

/**
 * Answers the handbook requests that only produce HTML (the live preview, the files for the client to write):
 * they run wherever the server runs, in Node or in a browser's Web Worker. Bad parameters become an error
 * response with a sentence for the user; the server never stops for them.
 */
export function registerHandbookRendering(shared: TutoratSharedServices, connection: Connection): void {
    const say = sayer(shared);
    const locale = (): Locale => shared.tutorat.Locale.current;

    connection.onRequest(HandbookRequests.render, async (params: unknown): Promise<RenderResult> => {
        const uri = documentUri((params as Partial<RenderParams> | undefined)?.uri, say);
        const findingsAnnex = (params as Partial<RenderParams> | undefined)?.findingsAnnex;
        return guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
            // The preview always shows the handbook as it stands: a draft, with its band, while errors remain.
            const errors = workspaceErrors(shared).length;
            const file = renderHandbookFor(shared, uri, { locale: locale(), draft: errors > 0 ? { errors } : undefined, findingsAnnex: findingsAnnex === false ? false : undefined });
            return file ? { title: file.title, html: file.html, draftErrors: errors } : null;
        }));
    });

    connection.onRequest(HandbookRequests.files, async (params: unknown): Promise<FilesResult> => {
        const selection = selectionOf(params, say);
        const { files, errors } = await handbookFiles(shared, selection, say);
        return { files, draftErrors: errors };
    });
}

/** What a `files` or `write` request asks for, its document's address checked. */
export function selectionOf(params: unknown, say: Say): HandbookSelection {
    const request = (params ?? {}) as Partial<HandbookSelection>;
    return {
        uri: request.uri === undefined ? undefined : documentUri(request.uri, say),
        draft: request.draft === true,
        findingsAnnex: request.findingsAnnex === false ? false : undefined
    };
}

/**
 * The handbooks of the loaded workspace, or only those of one document's institution (or template),
 * with the number of errors they were made with. While the documents have errors they are refused
 * (an error answer listing them), unless drafts are asked for: then every page says so.
 */
export async function handbookFiles(shared: TutoratSharedServices, selection: HandbookSelection, say: Say): Promise<{ files: HandbookFile[]; errors: number }> {
    const { files, errors } = await guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
        const errors = workspaceErrors(shared);
        if (errors.length > 0 && selection.draft !== true) {
            return { files: [], errors };
        }
        const owner = selection.uri ? handbookOwnerOf(shared, selection.uri) : undefined;
        const options = { locale: shared.tutorat.Locale.current, draft: errors.length > 0 ? { errors: errors.length } : undefined, findingsAnnex: selection.findingsAnnex };
        return {
            files: collectHandbooks(shared, options).filter((entry) => !selection.uri || (owner !== undefined && entry.owner === owner)).map((entry) => entry.file),
            errors
        };
    }));
    if (errors.length > 0 && selection.draft !== true) {
        throw refusal(errors, say);
    }
    return { files, errors: errors.length };
}

/** The answer to a request for handbooks from documents that still have errors: which, and what to do. */
function refusal(errors: readonly DocumentError[], say: Say): ResponseError<RefusedData> {
    const [first] = errors;
    const firstText = say(MESSAGES.firstError, { file: UriUtils.basename(first.document.uri), line: String(first.diagnostic.range.start.line + 1), message: messageText(first.diagnostic) });
    const message = say(MESSAGES.refused, { count: String(errors.length), errors: say(errors.length > 1 ? MESSAGES.errors : MESSAGES.error), first: firstText });
    return new ResponseError(HANDBOOK_REFUSED, message, {
        refused: 'errors',
        errors: errors.map(({ document, diagnostic }) => ({ uri: document.uri.toString(), line: diagnostic.range.start.line + 1, message: messageText(diagnostic), ruleId: String(diagnostic.code ?? '') }))
    });
}

export function documentUri(value: unknown, say: Say): string {
    if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        throw new ResponseError(ErrorCodes.InvalidParams, say(MESSAGES.badUri, { uri: String(value) }));
    }
    try {
        return URI.parse(value).toString();
    } catch {
        throw new ResponseError(ErrorCodes.InvalidParams, say(MESSAGES.badUri, { uri: value }));
    }
}

/** Any unexpected failure becomes an error response, never a crash of the server. */
export async function guarded<T>(say: Say, action: () => Promise<T>): Promise<T> {
    try {
        return await action();
    } catch (error) {
        if (error instanceof ResponseError) {
            throw error;
        }
        throw new ResponseError(ErrorCodes.InternalError, failure(say, error));
    }
}

export function failure(say: Say, error: unknown): string {
    return say(MESSAGES.failed, { reason: error instanceof Error ? error.message : String(error) });
}
