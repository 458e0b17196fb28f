import { isAbsolute } from 'node:path';
import { URI } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { Bilingual, TutoratSharedServices } from '@tutorat/language';
import { failure, handbookFiles, registerHandbookRendering, sayer, selectionOf, type Say } from '../lsp.js';
import { HandbookRequests, type WriteParams, type WriteResult } from '../protocol.js';
import { HandbookWriteError, writeHandbooks } from './write.js';

const MESSAGES = {
    noFolder: { fr: 'Indiquez le dossier où écrire les livrets (« outputDir »), par exemple /home/moi/livrets.', en: 'Give the folder where the handbooks go ("outputDir"), for example /home/me/handbooks.' },
    relativeFolder: { fr: 'Le dossier « {folder} » doit être un chemin complet (par exemple /home/moi/livrets).', en: 'The folder "{folder}" must be a full path (for example /home/me/handbooks).' }
} satisfies Record<string, Bilingual>;

/**
 * Every handbook request of a language server running in Node: those of {@link registerHandbookRendering},
 * and `tutorat/handbook/write`, which writes into a folder of the server's disk. Unwritable folders become an
 * error response with a sentence for the user; the server never stops for them.
 */
export function registerHandbookRequests(shared: TutoratSharedServices, connection: Connection): void {
    registerHandbookRendering(shared, connection);
    const say = sayer(shared);
    connection.onRequest(HandbookRequests.write, async (params: unknown): Promise<WriteResult> => {
        const folder = outputFolder((params as Partial<WriteParams> | undefined)?.outputDir, say);
        const { files, errors } = await handbookFiles(shared, selectionOf(params, say), say);
        try {
            const { written } = await writeHandbooks(files, folder, { locale: shared.tutorat.Locale.current });
            return { written, draftErrors: errors };
        } catch (error) {
            if (error instanceof HandbookWriteError) {
                throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
            }
            throw new ResponseError(ErrorCodes.InternalError, failure(say, error));
        }
    });
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
