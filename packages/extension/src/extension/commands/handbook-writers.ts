import { commands, env, l10n, Uri, workspace, FileSystemError } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { HandbookRequests, isOwnHandbook, type FilesParams, type FilesResult, type WriteParams, type WriteResult } from '@tutorat/handbook/protocol';
import type { HandbookWriter } from './generate-handbook.js';

/** VS Code desktop: the Node server writes the files itself (atomically, never over a file it did not write). */
export function serverWriter(client: BaseLanguageClient): HandbookWriter {
    return {
        async write(folder, selection) {
            const result = await client.sendRequest<WriteResult>(HandbookRequests.write, { outputDir: folder.fsPath, ...selection } satisfies WriteParams);
            return { written: result.written.map((path) => Uri.file(path)), draftErrors: result.draftErrors };
        },
        async show(file) {
            await env.openExternal(file);
        }
    };
}

/**
 * VS Code for the Web: the server in its Web Worker makes the HTML, this side writes it through `workspace.fs`,
 * with the same promises as the Node server: a file Tutorat did not write is never replaced (nothing is
 * written then), each file is written beside its place and then moved over it, and the files this run
 * created are removed if a write fails.
 */
export function workspaceFsWriter(client: BaseLanguageClient): HandbookWriter {
    return {
        async write(folder, selection) {
            const { files, draftErrors } = await client.sendRequest<FilesResult>(HandbookRequests.files, selection satisfies FilesParams);
            const planned = files.map((file) => ({ target: Uri.joinPath(folder, file.fileName), html: file.html }));
            const states = await Promise.all(planned.map(({ target }) => ownership(target)));
            const foreign = planned.filter((_, index) => states[index] === 'foreign').map(({ target }) => target.path.split('/').pop());
            if (foreign.length > 0) {
                throw new Error(l10n.t('these files already exist in {0} and were not produced by Tutorat: {1}. Choose another folder, or move these files. Nothing was written.', workspace.asRelativePath(folder), foreign.join(', ')));
            }
            const written: Uri[] = [];
            try {
                await workspace.fs.createDirectory(folder);
                for (const [index, { target, html }] of planned.entries()) {
                    const temporary = Uri.joinPath(folder, `.${target.path.split('/').pop()}.tmp`);
                    await workspace.fs.writeFile(temporary, new TextEncoder().encode(html));
                    await workspace.fs.rename(temporary, target, { overwrite: true });
                    if (states[index] === 'free') {
                        written.push(target);
                    }
                }
            } catch (error) {
                await Promise.all(written.map((file) => workspace.fs.delete(file).then(undefined, () => undefined)));
                throw new Error(l10n.t('cannot write in {0} ({1}). Nothing was written.', workspace.asRelativePath(folder), error instanceof Error ? error.message : String(error)));
            }
            return { written: planned.map(({ target }) => target), draftErrors };
        },
        async show(file) {
            // A browser tab cannot open a file of the workspace: select it, the Explorer offers to download it.
            await commands.executeCommand('revealInExplorer', file);
        }
    };
}

async function ownership(file: Uri): Promise<'free' | 'own' | 'foreign'> {
    try {
        const bytes = await workspace.fs.readFile(file);
        return isOwnHandbook(new TextDecoder().decode(bytes.subarray(0, 4096))) ? 'own' : 'foreign';
    } catch (error) {
        return error instanceof FileSystemError && error.code === 'FileNotFound' ? 'free' : 'foreign';
    }
}
