import { DocumentState, isOperationCancelled, URI } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createTutoratServices } from '@tutorat/language';

const FILES: Record<string, string> = {
    'personnes.tutorat': 'institution T {\n    tutrice Élodie\n    tutoré Karim\n}\n',
    'duos.tutorat': 'institution T {\n    duo Élodie accompagne Karim\n}\n',
    'autres.tutorat': 'institution T {\n    tutorée Léa\n}\n'
};

describe('a document opened while the workspace is being read', () => {
    test('every document is still checked: the first build, cancelled, is resumed with validation', async () => {
        const fileSystem = new VirtualFileSystemProvider();
        const { shared } = createTutoratServices({ fileSystemProvider: () => fileSystem });
        const builder = shared.workspace.DocumentBuilder;
        const documents = Object.entries(FILES).map(([name, text]) => {
            const uri = URI.file(`/espace/${name}`);
            fileSystem.insert(uri, text);
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        // The server's first build reads the workspace without validating it (Langium's default);
        // the editor opens a document when the first file is linked, which cancels that build.
        const start = new CancellationTokenSource();
        const listener = builder.onDocumentPhase(DocumentState.Linked, () => start.cancel());
        const first = builder.build(documents, {}, start.token).catch((error: unknown) => {
            if (!isOperationCancelled(error)) {
                throw error;
            }
        });
        await first;
        listener.dispose();
        expect(documents.some((document) => document.state < DocumentState.Linked)).toBe(true);

        await builder.update([documents[0]!.uri], []);

        for (const document of shared.workspace.LangiumDocuments.all) {
            expect(document.state, document.uri.path).toBe(DocumentState.Validated);
            expect(document.diagnostics, document.uri.path).toBeDefined();
        }
        // The findings are there: the duo lacks its period (an absence the rules report).
        const duos = shared.workspace.LangiumDocuments.getDocument(URI.file('/espace/duos.tutorat'))!;
        expect(duos.diagnostics!.length).toBeGreaterThan(0);
    });
});
