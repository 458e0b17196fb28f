import { DefaultDocumentBuilder, DocumentState, isOperationCancelled, URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { WorkspaceFacts } from './facts.js';

/**
 * Langium re-checks the documents that *reference* a changed document. Tutorat's cross-file rules
 * also read documents they do not reference: a tutor's duos written in other files, a tutee's duo,
 * the institution's charter, a framework's users. This builder re-validates (without re-linking)
 * the documents that read facts which the current change altered.
 */
export class TutoratDocumentBuilder extends DefaultDocumentBuilder {
    private readonly facts: WorkspaceFacts;
    private currentOptions: BuildOptions = {};

    constructor(services: LangiumSharedCoreServices & { tutorat: { WorkspaceFacts: WorkspaceFacts } }) {
        super(services);
        this.facts = services.tutorat.WorkspaceFacts;
        this.onDocumentPhase(DocumentState.IndexedReferences, (document) => {
            try {
                this.facts.update(document);
            } catch (error) {
                reportFailure('facts', document, error);
            }
        });
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        this.currentOptions = options;
        await super.buildDocuments(documents, options, cancelToken);
    }

    protected override async runCancelable(
        documents: LangiumDocument[],
        targetState: DocumentState,
        cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => unknown
    ): Promise<void> {
        if (targetState === DocumentState.Validated) {
            documents = [...documents, ...this.readersToRevalidate(documents)];
        }
        // A phase that fails on one document (a bug, a document nobody foresaw) must not stop the
        // build of the others, nor reach the language server's lock as an unhandled rejection,
        // which would end the server: the failure is logged and the document goes on as it is.
        const guarded = async (document: LangiumDocument) => {
            try {
                return await callback(document);
            } catch (error) {
                if (isOperationCancelled(error)) {
                    throw error;
                }
                reportFailure(DocumentState[targetState], document, error);
                return undefined;
            }
        };
        await super.runCancelable(documents, targetState, cancelToken, guarded as never);
    }

    protected override cleanUpDeleted(document: LangiumDocument): void {
        super.cleanUpDeleted(document);
        this.facts.remove(document.uri.toString());
    }

    private readersToRevalidate(scheduled: LangiumDocument[]): LangiumDocument[] {
        const alreadyScheduled = new Set(scheduled.map((document) => document.uri.toString()));
        const readers: LangiumDocument[] = [];
        for (const uri of this.facts.takeReadersOfChangedFacts()) {
            const document = alreadyScheduled.has(uri) ? undefined : this.langiumDocuments.getDocument(URI.parse(uri));
            if (document && document.state >= DocumentState.IndexedReferences) {
                this.resetToState(document, DocumentState.IndexedReferences);
                this.buildState.set(uri, { completed: false, options: this.currentOptions, result: undefined });
                readers.push(document);
            }
        }
        return readers;
    }
}

function reportFailure(phase: string, document: LangiumDocument, error: unknown): void {
    console.error(`Tutorat : l’étape ${phase} a échoué sur ${document.uri.toString()} ; les autres documents sont traités.`, error);
}
