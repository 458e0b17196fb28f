import { DefaultDocumentBuilder, DocumentState, isOperationCancelled, OperationCancelled, URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { WorkspaceFacts } from './facts.js';

/** A request waiting for the workspace, or one document, to reach a build state. */
interface StateWaiter {
    readonly state: DocumentState;
    readonly uri?: string;
    readonly resolve: () => void;
    readonly reject: (reason: unknown) => void;
}

/**
 * Langium re-checks the documents that *reference* a changed document. Tutorat's cross-file rules
 * also read documents they do not reference: a tutor's duos written in other files, a tutee's duo,
 * the institution's charter, a framework's users. This builder re-validates (without re-linking)
 * the documents that read facts which the current change altered.
 */
export class TutoratDocumentBuilder extends DefaultDocumentBuilder {
    private readonly facts: WorkspaceFacts;
    private currentOptions: BuildOptions = {};
    private readonly stateWaiters = new Set<StateWaiter>();

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

    /**
     * Langium resumes a cancelled build with the options it had. The server's first build reads the
     * workspace without validating it; when a document is opened while that build runs, it is
     * cancelled, and the build that follows (which validates) resumed the other documents with the
     * first build's options: they were never checked, and showed no findings until edited. A build
     * that asks for validation now validates the documents it resumes too.
     */
    protected override prepareBuild(documents: LangiumDocument[], options: BuildOptions): void {
        super.prepareBuild(documents, options);
        if (!options.validation) {
            return;
        }
        for (const document of documents) {
            const state = this.buildState.get(document.uri.toString());
            if (state && !state.completed && !state.options.validation) {
                state.options = options;
            }
        }
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
        this.wakeWaiters();
    }

    protected override cleanUpDeleted(document: LangiumDocument): void {
        super.cleanUpDeleted(document);
        this.facts.remove(document.uri.toString());
        // A request about a deleted document would otherwise wait for a build that never comes.
        const uri = document.uri.toString();
        for (const waiter of [...this.stateWaiters].filter((candidate) => candidate.uri === uri)) {
            this.stateWaiters.delete(waiter);
            waiter.reject(new ResponseError(LSPErrorCodes.ServerCancelled, `The document ${uri} was deleted.`));
        }
    }

    /**
     * Langium wakes requests waiting for the workspace to reach a state only when a build phase
     * processes at least one document. A build that only validates again (after a configuration
     * change, or for the readers of changed facts) skips the earlier phases' notifications while
     * the workspace passes them: `workspace/symbol`, references or document highlights then waited
     * until the next edit. Here a waiter is woken as soon as the workspace state reaches its own.
     */
    protected override awaitBuilderState(state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (this.currentState >= state || cancelToken.isCancellationRequested) {
            return super.awaitBuilderState(state, cancelToken);
        }
        return this.wait({ state }, cancelToken);
    }

    protected override async awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if (!document || document.state >= state || cancelToken.isCancellationRequested || (this.currentState >= state && state > document.state)) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        await this.wait({ state, uri: uri.toString() }, cancelToken);
        return uri;
    }

    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        try {
            await super.notifyDocumentPhase(document, state, cancelToken);
        } finally {
            this.wakeWaiters(document);
        }
    }

    private wait(condition: { state: DocumentState; uri?: string }, cancelToken: CancellationToken): Promise<void> {
        return new Promise((resolve, reject) => {
            const cancelled = cancelToken.onCancellationRequested(() => {
                this.stateWaiters.delete(waiter);
                reject(OperationCancelled);
            });
            const waiter: StateWaiter = {
                ...condition,
                resolve: () => { cancelled.dispose(); resolve(); },
                reject: (reason) => { cancelled.dispose(); reject(reason); }
            };
            this.stateWaiters.add(waiter);
        });
    }

    /** Wakes the waiters whose state is reached: by the workspace, or by the given document. */
    private wakeWaiters(document?: LangiumDocument): void {
        const uri = document?.uri.toString();
        for (const waiter of this.stateWaiters) {
            const reached = waiter.uri === undefined ? this.currentState >= waiter.state : waiter.uri === uri && document!.state >= waiter.state;
            if (reached) {
                this.stateWaiters.delete(waiter);
                waiter.resolve();
            }
        }
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
