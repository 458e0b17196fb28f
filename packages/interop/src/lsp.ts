import { URI, type LangiumDocument } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { format, isFramework, syntaxMistakes, type Bilingual, type Document, type Framework, type Locale, type MessageParams, type TutoratSharedServices } from '@tutorat/language';
import { FORMATS, type FormatName } from './formats/index.js';
import { base64ToBytes } from './input.js';
import { exportFramework, importFramework } from './interop.js';
import { MESSAGES } from './messages.js';
import { describeNote, InteropError } from './notes.js';
import { InteropRequests, type ExportParams, type ExportResponse, type FrameworkSummary, type ImportParams, type ImportResponse } from './protocol.js';

/** Answers the interop requests (protocol.ts) over the server's loaded documents. */
export function registerInteropRequests(shared: TutoratSharedServices, connection: Connection): void {
    const locale = (): Locale => shared.tutorat.Locale.current;
    const refuse = (text: Bilingual, params?: MessageParams, code: number = ErrorCodes.InvalidParams): never => {
        throw new ResponseError(code, format(text[locale()], params));
    };
    const documentOf = (value: unknown): LangiumDocument<Document> => {
        let uri: URI;
        try {
            if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
                throw new Error();
            }
            uri = URI.parse(value);
        } catch {
            return refuse(MESSAGES.request.badUri, { uri: String(value) });
        }
        const document = shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Document> | undefined;
        return document ?? refuse(MESSAGES.request.unknownDocument, { uri: uri.toString() });
    };

    connection.onRequest(InteropRequests.frameworks, async (params: unknown): Promise<FrameworkSummary[]> => guarded(refuse, () => shared.workspace.WorkspaceLock.read(async () => {
        const document = documentOf((params as { uri?: unknown } | undefined)?.uri);
        return document.parseResult.value.elements.filter(isFramework).map((framework) => {
            const start = framework.$cstNode?.range.start ?? { line: 0, character: 0 };
            return { name: framework.name, title: framework.title, line: start.line, character: start.character };
        });
    })));

    connection.onRequest(InteropRequests.import, async (params: unknown): Promise<ImportResponse> => {
        const request = (params ?? {}) as Partial<ImportParams>;
        const chosen = request.format === undefined ? undefined : formatOf(request.format, refuse);
        try {
            const result = await importFramework(base64ToBytes(request.data ?? ''), { fileName: String(request.fileName ?? 'referentiel'), format: chosen });
            return { name: result.framework.name, format: result.format, text: result.text, warnings: result.warnings.map((note) => describeNote(note, locale())) };
        } catch (error) {
            if (error instanceof InteropError) {
                throw new ResponseError(ErrorCodes.InvalidRequest, error.describe(locale()).join('\n'));
            }
            return refuse(MESSAGES.request.failed, { reason: error instanceof Error ? error.message : String(error) }, ErrorCodes.InternalError);
        }
    });

    connection.onRequest(InteropRequests.export, async (params: unknown): Promise<ExportResponse> => guarded(refuse, () => shared.workspace.WorkspaceLock.read(async () => {
        const request = (params ?? {}) as Partial<ExportParams>;
        const chosen = formatOf(request.format, refuse);
        const document = documentOf(request.uri);
        const framework = pickFramework(document, request.name, refuse);
        const lastChange = request.lastChange && !Number.isNaN(Date.parse(request.lastChange)) ? new Date(request.lastChange) : new Date();
        const result = exportFramework(framework, { format: chosen, lastChange });
        return { name: framework.name, fileName: result.fileName, content: result.content, warnings: result.warnings.map((note) => describeNote(note, locale())) };
    })));
}

type Refuse = (text: Bilingual, params?: MessageParams, code?: number) => never;

function formatOf(value: unknown, refuse: Refuse): FormatName {
    return (FORMATS as readonly unknown[]).includes(value) ? value as FormatName : refuse(MESSAGES.request.badFormat, { format: String(value) });
}

/** The framework to export: the one named, or the only one of the document; never one with syntax errors. */
export function pickFramework(document: LangiumDocument<Document>, name: string | undefined, refuse: Refuse): Framework {
    const frameworks = document.parseResult.value.elements.filter(isFramework);
    const framework = name ? frameworks.find((candidate) => candidate.name === name) : frameworks.length === 1 ? frameworks[0] : undefined;
    if (!framework) {
        return frameworks.length > 1 && !name
            ? refuse(MESSAGES.request.severalFrameworks, { names: frameworks.map((candidate) => candidate.name).join(', ') })
            : refuse(MESSAGES.request.noFramework, { name: name ? ` ${name}` : '' });
    }
    const errors = syntaxMistakes(document.parseResult);
    if (errors > 0) {
        refuse(MESSAGES.request.syntaxErrors, { count: errors }, ErrorCodes.InvalidRequest);
    }
    return framework;
}

/** Any unexpected failure becomes an error response, never a crash of the server. */
async function guarded<T>(refuse: Refuse, action: () => Promise<T>): Promise<T> {
    try {
        return await action();
    } catch (error) {
        if (error instanceof ResponseError) {
            throw error;
        }
        return refuse(MESSAGES.request.failed, { reason: error instanceof Error ? error.message : String(error) }, ErrorCodes.InternalError);
    }
}
