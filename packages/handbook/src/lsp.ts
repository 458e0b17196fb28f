import { isAbsolute } from 'node:path';
import { URI } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { format, type Bilingual, type Locale, type TutoratSharedServices } from '@tutorat/language';
import { collectHandbooks, handbookOwnerOf, renderHandbookFor } from './collect.js';
import { HandbookWriteError, writeHandbooks } from './write.js';

/** The requests the editor's live preview and its « write the handbooks » command send to the server. */
export const HandbookRequests = {
    render: 'tutorat/handbook/render',
    write: 'tutorat/handbook/write'
} as const;

export interface RenderParams {
    readonly uri: string;
}
export type RenderResult = { readonly title: string; readonly html: string } | null;

export interface WriteParams {
    /** An absolute folder path, or a `file:` URI. */
    readonly outputDir: string;
    /** When given, only the handbooks of this document's institution (or template). */
    readonly uri?: string;
}
export interface WriteResult {
    readonly written: string[];
}

const MESSAGES = {
    badUri: { fr: 'L’adresse du document (« {uri} ») n’est pas valide : le livret ne peut pas être affiché.', en: 'The document’s address ("{uri}") is not valid: the handbook cannot be shown.' },
    noFolder: { fr: 'Indiquez le dossier où écrire les livrets (« outputDir »), par exemple /home/moi/livrets.', en: 'Give the folder where the handbooks go ("outputDir"), for example /home/me/handbooks.' },
    relativeFolder: { fr: 'Le dossier « {folder} » doit être un chemin complet (par exemple /home/moi/livrets).', en: 'The folder "{folder}" must be a full path (for example /home/me/handbooks).' },
    failed: { fr: 'Le livret n’a pas pu être produit : {reason}. Merci de signaler ce problème.', en: 'The handbook could not be produced: {reason}. Please report this problem.' }
} satisfies Record<string, Bilingual>;

/**
 * Answers the handbook requests on a language server's connection. Bad parameters and unwritable
 * folders become an error response with a sentence for the user; the server never stops for them.
 */
export function registerHandbookRequests(shared: TutoratSharedServices, connection: Connection): void {
    const locale = (): Locale => shared.tutorat.Locale.current;
    const say = (text: Bilingual, params?: Record<string, string>) => format(text[locale()], params);

    connection.onRequest(HandbookRequests.render, async (params: unknown): Promise<RenderResult> => {
        const uri = documentUri((params as Partial<RenderParams> | undefined)?.uri, say);
        return guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
            const file = renderHandbookFor(shared, uri, { locale: locale() });
            return file ? { title: file.title, html: file.html } : null;
        }));
    });

    connection.onRequest(HandbookRequests.write, async (params: unknown): Promise<WriteResult> => {
        const request = (params ?? {}) as Partial<WriteParams>;
        const folder = outputFolder(request.outputDir, say);
        const uri = request.uri === undefined ? undefined : documentUri(request.uri, say);
        const files = await guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
            const owner = uri ? handbookOwnerOf(shared, uri) : undefined;
            return collectHandbooks(shared, { locale: locale() }).filter((entry) => !uri || (owner !== undefined && entry.owner === owner)).map((entry) => entry.file);
        }));
        try {
            const { written } = await writeHandbooks(files, folder, { locale: locale() });
            return { written };
        } catch (error) {
            if (error instanceof HandbookWriteError) {
                throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
            }
            throw new ResponseError(ErrorCodes.InternalError, say(MESSAGES.failed, { reason: error instanceof Error ? error.message : String(error) }));
        }
    });
}

type Say = (text: Bilingual, params?: Record<string, string>) => string;

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
