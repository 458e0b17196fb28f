import { URI } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { format, type Bilingual, type Locale, type TutoratSharedServices } from '@tutorat/language';
import { collectHandbooks, handbookOwnerOf, renderHandbookFor } from './collect.js';
import { HandbookRequests, type FilesParams, type FilesResult, type RenderParams, type RenderResult } from './protocol.js';
import type { HandbookFile } from './types.js';

const MESSAGES = {
    badUri: { fr: 'L’adresse du document (« {uri} ») n’est pas valide : le livret ne peut pas être affiché.', en: 'The document’s address ("{uri}") is not valid: the handbook cannot be shown.' },
    failed: { fr: 'Le livret n’a pas pu être produit : {reason}. Merci de signaler ce problème.', en: 'The handbook could not be produced: {reason}. Please report this problem.' }
} satisfies Record<string, Bilingual>;

export type Say = (text: Bilingual, params?: Record<string, string>) => string;

/** The server's locale at the moment a message is built. */
export function sayer(shared: TutoratSharedServices): Say {
    return (text, params) => format(text[shared.tutorat.Locale.current], params);
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
        return guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
            const file = renderHandbookFor(shared, uri, { locale: locale() });
            return file ? { title: file.title, html: file.html } : null;
        }));
    });

    connection.onRequest(HandbookRequests.files, async (params: unknown): Promise<FilesResult> => {
        const requested = (params as Partial<FilesParams> | undefined)?.uri;
        const uri = requested === undefined ? undefined : documentUri(requested, say);
        return { files: await handbookFiles(shared, uri, say) };
    });
}

/** The handbooks of the loaded workspace, or only those of one document's institution (or template). */
export function handbookFiles(shared: TutoratSharedServices, uri: string | undefined, say: Say): Promise<HandbookFile[]> {
    return guarded(say, () => shared.workspace.WorkspaceLock.read(() => {
        const owner = uri ? handbookOwnerOf(shared, uri) : undefined;
        return collectHandbooks(shared, { locale: shared.tutorat.Locale.current })
            .filter((entry) => !uri || (owner !== undefined && entry.owner === owner))
            .map((entry) => entry.file);
    }));
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
