import { DocumentState, type Disposable } from 'langium';
import { DeferredCompletionParser } from '../syntax/deferred-completion-parser.js';
import type { TutoratSharedServices } from '../tutorat-module.js';

/**
 * The completion parser is left out of the start (see `DeferredCompletionParser`): it is built once the first
 * findings are out, between two tasks, so that the first completion does not wait for it either.
 */
export function warmUpCompletionAfterFirstFindings(shared: TutoratSharedServices): void {
    let listener: Disposable | undefined = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        listener?.dispose();
        listener = undefined;
        setTimeout(() => shared.ServiceRegistry.all.forEach((services) => {
            const parser: unknown = services.parser.CompletionParser;
            if (parser instanceof DeferredCompletionParser) {
                parser.prepare();
            }
        }), 0);
    });
}
