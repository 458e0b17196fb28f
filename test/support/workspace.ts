import { URI, type LangiumDocument } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createTutoratServices, type Locale, type TutoratServices, type TutoratSharedServices } from '@tutorat/language';

export interface TestWorkspace {
    readonly shared: TutoratSharedServices;
    readonly services: TutoratServices;
    readonly documents: Map<string, LangiumDocument>;
    /** Diagnostics of one file, by its name in the workspace. */
    diagnostics(file: string): Diagnostic[];
    /** All diagnostics, as `file:line rule` lines, handy in assertions. */
    summary(): string[];
    /** Replaces a file's text and rebuilds incrementally, as the language server does on an edit. */
    edit(file: string, text: string): Promise<void>;
    remove(file: string): Promise<void>;
}

export const ROOT = '/espace';

/**
 * Builds an in-memory workspace from files given by name (`charte.tutorat`, `tutorat.json`…):
 * `.tutorat` files are parsed, linked and validated together, configuration files are read from
 * the same virtual folder.
 */
export async function buildWorkspace(files: Record<string, string>, options: { locale?: Locale } = {}): Promise<TestWorkspace> {
    const fileSystem = new VirtualFileSystemProvider();
    for (const [name, text] of Object.entries(files)) {
        fileSystem.insert(uriOf(name), text);
    }
    const { shared, Tutorat } = createTutoratServices({ fileSystemProvider: () => fileSystem, locale: options.locale });
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        if (name.endsWith('.tutorat')) {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(name));
            shared.workspace.LangiumDocuments.addDocument(document);
            documents.set(name, document);
        }
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const workspace: TestWorkspace = {
        shared,
        services: Tutorat,
        documents,
        diagnostics: (file) => documents.get(file)?.diagnostics ?? [],
        summary: () => [...documents.entries()].flatMap(([name, document]) =>
            (document.diagnostics ?? []).map((diagnostic) => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.code ?? '?'}`)),
        async edit(file, text) {
            // As on disk: the builder re-reads the file, re-parses it and updates what depends on it.
            const uri = uriOf(file);
            fileSystem.insert(uri, text);
            await shared.workspace.DocumentBuilder.update([uri], []);
            documents.set(file, shared.workspace.LangiumDocuments.getDocument(uri)!);
        },
        async remove(file) {
            const uri = uriOf(file);
            fileSystem.delete(uri);
            documents.delete(file);
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    };
    return workspace;
}

export function uriOf(name: string): URI {
    return URI.file(`${ROOT}/${name}`);
}
