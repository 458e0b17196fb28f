import type { LSPClientExtension } from '@codemirror/lsp-client';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/**
 * Every finding the server published, by document: the problems panel shows them all, the editor those of the
 * document it shows. Listeners hear of each change.
 */
export class ProblemStore {
    private readonly byUri = new Map<string, Diagnostic[]>();
    private readonly listeners = new Set<(uri: string) => void>();
    /** Whether the server published anything yet (the first check of the workspace is done). */
    received = false;
    /** The documents the server published findings for, even none: those it has checked. */
    private readonly checked = new Set<string>();

    extension(): LSPClientExtension {
        return {
            clientCapabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } } },
            notificationHandlers: {
                'textDocument/publishDiagnostics': (_client, params: PublishDiagnosticsParams) => {
                    this.set(params.uri, params.diagnostics);
                    return true;
                }
            }
        };
    }

    set(uri: string, diagnostics: Diagnostic[]): void {
        this.received = true;
        this.checked.add(uri);
        if (diagnostics.length === 0) {
            this.byUri.delete(uri);
        } else {
            this.byUri.set(uri, diagnostics);
        }
        this.listeners.forEach((listener) => listener(uri));
    }

    hasChecked(uri: string): boolean {
        return this.checked.has(uri);
    }

    of(uri: string): Diagnostic[] {
        return this.byUri.get(uri) ?? [];
    }

    all(): Array<[string, Diagnostic[]]> {
        return [...this.byUri];
    }

    forget(uri: string): void {
        this.set(uri, []);
    }

    clear(): void {
        this.byUri.clear();
        this.checked.clear();
        this.received = false;
        this.listeners.forEach((listener) => listener(''));
    }

    onChange(listener: (uri: string) => void): void {
        this.listeners.add(listener);
    }
}

/** A finding's message as text (LSP 3.18 allows Markdown; the server sends text). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The rule of a finding (its code), and the guide's section its message names at the end. */
export function ruleOf(diagnostic: Diagnostic): string | undefined {
    return typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
}

const SECTION = /\s*\((?:Guide pour le tutorat)\s*:\s*([^()]+)\)\s*$/;

/** Splits « …message… (Guide pour le tutorat : Section) » into the message and the section. */
export function splitGuideSection(message: string): { text: string; section?: string } {
    const match = SECTION.exec(message);
    return match ? { text: message.slice(0, match.index), section: match[1].trim() } : { text: message };
}
