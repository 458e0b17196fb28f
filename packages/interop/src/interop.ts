import { format as fill, type Framework } from '@tutorat/language';
import { readFramework, writeFramework, FORMAT_EXTENSIONS, FORMAT_LABELS, type FormatName } from './formats/index.js';
import { frameworkFromAst } from './from-ast.js';
import { checkInputSize } from './input.js';
import { languageTools } from './language-tools.js';
import { MESSAGES } from './messages.js';
import { canonicalFramework, type FrameworkData } from './model.js';
import { fail, type Note } from './notes.js';
import { frameworkToTutorat } from './to-tutorat.js';

export interface ImportOptions {
    /** The file's name (for the framework's name when the file gives none, and the first comment). */
    readonly fileName: string;
    /** The format; found from the content when absent. */
    readonly format?: FormatName;
}

export interface ImportResult {
    readonly framework: FrameworkData;
    /** The `.tutorat` document, laid out by the language's formatter. */
    readonly text: string;
    readonly format: FormatName;
    /** What the import changed or could not keep. */
    readonly warnings: readonly Note[];
}

/**
 * Reads a framework from a file's bytes and writes it as a `.tutorat` document. Throws an
 * `InteropError` (with rows and columns) when the input is unusable; the document is only returned
 * once it reads back, through the language's parser, as exactly the framework that was read.
 */
export async function importFramework(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
    checkInputSize(bytes.length);
    const warnings: Note[] = [];
    const { framework, format } = await readFramework(bytes, options.format, warnings, baseName(options.fileName));
    const origin = fill(MESSAGES.result.origin.fr, { file: baseName(options.fileName, true), format: FORMAT_LABELS[format].fr });
    const parsed = languageTools().formatAndParse(frameworkToTutorat(framework, origin));
    const { text } = parsed;
    const readBack = parsed.frameworks.length === 1 ? canonicalFramework(frameworkFromAst(parsed.frameworks[0])) : '';
    if (parsed.errors > 0 || readBack !== canonicalFramework(framework)) {
        fail(MESSAGES.result.internal, { reason: parsed.errors > 0 ? `${parsed.errors} syntax error(s)` : firstDifference(readBack, canonicalFramework(framework)) });
    }
    return { framework, text, format, warnings };
}

export interface ExportOptions {
    readonly format: FormatName;
    /** When the framework last changed (the document's modification time), RFC 3339. */
    readonly lastChange: Date;
}

export interface ExportResult {
    readonly content: string;
    /** A file name for the export: the framework's name, the format and its extension. */
    readonly fileName: string;
    readonly warnings: readonly Note[];
}

/** Writes a framework of the language in another format. */
export function exportFramework(framework: Framework | FrameworkData, options: ExportOptions): ExportResult {
    const data = 'scale' in framework && Array.isArray(framework.scale) ? framework as FrameworkData : frameworkFromAst(framework as Framework);
    const warnings: Note[] = [];
    const lastChange = new Date(Math.floor(options.lastChange.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const content = writeFramework(data, options.format, warnings, { lastChange });
    return { content, fileName: `${data.name}-${options.format}${FORMAT_EXTENSIONS[options.format]}`, warnings };
}

/** The file's name without its folder (and without its extension unless asked). */
function baseName(path: string, keepExtension = false): string {
    const name = path.split(/[\\/]/).pop() ?? path;
    return keepExtension ? name : name.replace(/\.[^.]+$/, '');
}

function firstDifference(a: string, b: string): string {
    let index = 0;
    while (index < a.length && a[index] === b[index]) {
        index++;
    }
    return `…${a.slice(Math.max(0, index - 30), index + 30)}… / …${b.slice(Math.max(0, index - 30), index + 30)}…`;
}

