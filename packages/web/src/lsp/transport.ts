import type { Transport } from '@codemirror/lsp-client';

/**
 * The CodeMirror client's transport to the language server in its Web Worker. The client sends no workspace
 * folders at `initialize`: the folder of the workspace is added, so that the server reads the files it was sent.
 */
export function workerTransport(worker: Worker, folder: { uri: string; name: string }): Transport {
    const handlers = new Set<(message: string) => void>();
    worker.addEventListener('message', (event: MessageEvent) => {
        const text = JSON.stringify(event.data);
        handlers.forEach((handler) => handler(text));
    });
    return {
        send(message) {
            const data = JSON.parse(message) as { method?: string; params?: Record<string, unknown> };
            if (data.method === 'initialize' && data.params) {
                data.params.workspaceFolders = [folder];
                data.params.locale = (data.params.initializationOptions as { locale?: string } | undefined)?.locale;
            }
            worker.postMessage(data);
        },
        subscribe: (handler) => void handlers.add(handler),
        unsubscribe: (handler) => void handlers.delete(handler)
    };
}
