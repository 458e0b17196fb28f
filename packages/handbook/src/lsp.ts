import { isAbsolute } from 'node:path';
import { URI, UriUtils } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { format, type Bilingual, type Locale, type TutoratSharedServices } from '@tutorat/language';
import { collectHandbooks, handbookOwnerOf, renderHandbookFor } from './collect.js';
import { messageText, workspaceErrors, type DocumentError } from './draft.js';
import { HandbookWriteError, writeHandbooks } from './write.js';

/** The requests the editor's live preview and its « write the handbooks » command send to the server. */
export const HandbookRequests = {
    render: 'tutorat/handbook/render',
    write: 'tutorat/handbook/write'
} as const;

export interface RenderParams {
    readonly uri: string;
    /** false leaves the findings annex out of the institution's handbook (default: as the project says). */
    readonly findingsAnnex?: boolean;
}
/** `draftErrors`: the handbook is a draft made with that many errors (0: none). */
export type RenderResult = { readonly title: string; readonly html: string; readonly draftErrors: number } | null;

export interface WriteParams {
    /** An absolute folder path, or a `file:` URI. */
    readonly outputDir: string;
    /** When given, only the handbooks of this document's institution (or template). */
    readonly uri?: string;
    /** Write them even though the documents have errors: drafts, every page says so. */
    readonly draft?: boolean;
    /** false leaves the findings annex out of the institution's handbook (default: as the project says). */
    readonly findingsAnnex?: boolean;
}
export interface WriteResult {
    readonly written: string[];
    /** The number of errors the handbooks were written with, as drafts (0: none). */
    readonly draftErrors: number;
}

/** The data of the error answer when handbooks are refused because the documents have errors. */
export interface RefusedData {
    readonly refused: 'errors';
    readonly errors: ReadonlyArray<{ readonly uri: string; readonly line: number; readonly message: string; readonly ruleId: string }>;
}

/** The error code of that answer: the request was understood, the documents are not ready. */
export const HANDBOOK_REFUSED = -32001;

const MESSAGES = {
    badUri: { fr: 'L’adresse du document (« {uri} ») n’est pas valide : le livret ne peut pas être affiché.', en: 'The document’s address ("{uri}") is not valid: the handbook cannot be shown.' },
    noFolder: { fr: 'Indiquez le dossier où écrire les livrets (« outputDir »), par exemple /home/moi/livrets.', en: 'Give the folder where the handbooks go ("outputDir"), for example /home/me/handbooks.' },
    relativeFolder: { fr: 'Le dossier « {folder} » doit être un chemin complet (par exemple /home/moi/livrets).', en: 'The folder "{folder}" must be a full path (for example /home/me/handbooks).' },
    failed: { fr: 'Le livret n’a pas pu être produit : {reason}. Merci de signaler ce problème.', en: 'The handbook could not be produced: {reason}. Please report this problem.' },
    refused: {
        fr: 'Les livrets ne sont pas écrits : les documents contiennent encore {count} {errors} ({first}). Corrigez-les, ou écrivez un brouillon : chaque page le dira.',
        en: 'The handbooks were not written: the documents still contain {count} {errors} ({first}). Correct them, or write a draft: every page will say so.'
    },
    error: { fr: 'erreur', en: 'error' },
    errors: { fr: 'erreurs', en: 'errors' },
    firstError: { fr: '{file}, ligne {line} : {message}', en: '{file}, line {line}: {message}' }
} satisfies Record<string, Bilingual>;

/**
 * Answers the handbook requests on a language server's connection. Bad parameters and unwritable
 * folders become an error response with a sentence for the user; the server never stops for them.
 */
export function registerHandbookRequests(shared: TutoratSharedServices, connection: Connection): void {
    const locale = (): Locale => shared.tutorat.Locale.current;
    const say = (text: Bilingual, params?: Record<string, string | number>) => format(text[locale()], params, locale());

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

    connection.onRequest(HandbookRequests.write, async (params: unknown): Promise<WriteResult> => {
        const request = (params ?? {}) as Partial<WriteParams>;
        const folder = outputFolder(request.outputDir, say);
        const uri = request.uri === undefined ? undefined : documentUri(request.uri, say);
        const { files, errors } = await guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
            const errors = workspaceErrors(shared);
            if (errors.length > 0 && request.draft !== true) {
                return { files: [], errors };
            }
            const owner = uri ? handbookOwnerOf(shared, uri) : undefined;
            const options = { locale: locale(), draft: errors.length > 0 ? { errors: errors.length } : undefined, findingsAnnex: request.findingsAnnex === false ? false : undefined };
            return { files: collectHandbooks(shared, options).filter((entry) => !uri || (owner !== undefined && entry.owner === owner)).map((entry) => entry.file), errors };
        }));
        if (errors.length > 0 && request.draft !== true) {
            throw refusal(errors, say);
        }
        try {
            const { written } = await writeHandbooks(files, folder, { locale: locale() });
            return { written, draftErrors: errors.length };
        } catch (error) {
            if (error instanceof HandbookWriteError) {
                throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
            }
            throw new ResponseError(ErrorCodes.InternalError, say(MESSAGES.failed, { reason: error instanceof Error ? error.message : String(error) }));
        }
    });
}

type Say = (text: Bilingual, params?: Record<string, string | number>) => string;

/** The answer to a request for handbooks from documents that still have errors: which, and what to do. */
function refusal(errors: readonly DocumentError[], say: Say): ResponseError<RefusedData> {
    const [first] = errors;
    const firstText = say(MESSAGES.firstError, { file: UriUtils.basename(first.document.uri), line: first.diagnostic.range.start.line + 1, message: messageText(first.diagnostic) });
    const message = say(MESSAGES.refused, { count: errors.length, errors: say(errors.length > 1 ? MESSAGES.errors : MESSAGES.error), first: firstText });
    return new ResponseError(HANDBOOK_REFUSED, message, {
        refused: 'errors',
        errors: errors.map(({ document, diagnostic }) => ({ uri: document.uri.toString(), line: diagnostic.range.start.line + 1, message: messageText(diagnostic), ruleId: String(diagnostic.code ?? '') }))
    });
}

function documentUri(value: unknown, say: Say): string {
    if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        throw new ResponseError(ErrorCodes.InvalidParams, say(MESSAGES.badUri, { uri: String(value) }));
    }
    try {
        return URI.parse(value).toString();
    } catch {
        throw new ResponseError(ErrorCodes.InvalidParams, say(MESSAGES.badUri, { uri: value }));
    }
}

function outputFolder(value: unknown, say: Say): string {
    if (typeof value !== 'string' || value.trim().length === 0) {
        throw new ResponseError(ErrorCodes.InvalidParams, say(MESSAGES.noFolder));
    }
    const path = value.startsWith('file:') ? URI.parse(value).fsPath : value;
    if (!isAbsolute(path)) {
        throw new ResponseError(ErrorCodes.InvalidParams, say(MESSAGES.relativeFolder, { folder: value }));
    }
    return path;
}

/** Any unexpected failure becomes an error response, never a crash of the server. */
async function guarded<T>(say: Say, action: () => Promise<T>): Promise<T> {
    try {
        return await action();
    } catch (error) {
        if (error instanceof ResponseError) {
            throw error;
        }
        throw new ResponseError(ErrorCodes.InternalError, say(MESSAGES.failed, { reason: error instanceof Error ? error.message : String(error) }));
    }
}
