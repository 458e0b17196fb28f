import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createTutoratServices, type ConfigurationService, type Locale, type TutoratServices, type TutoratSharedServices } from '@tutorat/language';
import { CliError } from './io.js';
import { localRulePages } from './rule-pages.js';
import { say, texts } from './messages.js';

/** Folders never searched for documents (besides hidden ones and the `ignore` patterns of tutorat.json). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

export interface LoadedWorkspace {
    readonly shared: TutoratSharedServices;
    readonly services: TutoratServices;
    /** Every document loaded, checked together so that references resolve across files. */
    readonly documents: readonly LangiumDocument[];
    /** The documents the user asked about (the others only give context). */
    readonly reported: readonly LangiumDocument[];
    /** How many `.tutorat` files the `ignore` patterns of tutorat.json left out of the folders searched. */
    readonly ignored: number;
    readonly cwd: string;
}

export interface LoadOptions {
    readonly cwd: string;
    readonly locale: Locale;
    /** Folders loaded for context only (`--workspace`). */
    readonly context?: readonly string[];
}

/**
 * Loads the documents of the given folders (recursively) and files, plus context folders, and
 * checks them all together. Missing paths and unreadable files stop the command with a clear message.
 */
export async function loadWorkspace(paths: readonly string[], options: LoadOptions): Promise<LoadedWorkspace> {
    const targets = paths.length > 0 ? paths : ['.'];
    const { shared, Tutorat } = createTutoratServices({ ...NodeFileSystem, locale: options.locale, batch: true });
    const configuration = shared.tutorat.Configuration;
    const { files: requested, ignored } = collectDocuments(targets, configuration, options);
    if (requested.length === 0) {
        throw new CliError(say(ignored > 0 ? texts.allIgnored : texts.noDocuments, options.locale, { paths: targets.join(', '), ignored }));
    }
    const contextFiles = collectDocuments(options.context ?? [], configuration, options).files.filter((file) => !requested.includes(file));
    shared.tutorat.DocumentationLinks.setBase(localRulePages());
    const files = [...requested, ...contextFiles];
    const contents = await readAll(files, options);
    const byPath = new Map<string, LangiumDocument>();
    files.forEach((file, index) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(contents[index], URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        byPath.set(file, document);
    });
    const documents = [...byPath.values()];
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { shared, services: Tutorat, documents, reported: requested.map((file) => byPath.get(file)!), ignored, cwd: options.cwd };
}

/** The documents of the given paths; a file named explicitly is always taken, even when a pattern ignores it. */
function collectDocuments(paths: readonly string[], configuration: ConfigurationService, options: LoadOptions): { files: string[]; ignored: number } {
    const files = new Set<string>();
    const ignored = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(options.cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new CliError(say(texts.noSuchPath, options.locale, { path }));
        }
        if (stats.isDirectory()) {
            walk(absolute, { root: URI.file(absolute), configuration, files, ignored });
        } else if (extname(absolute) === '.tutorat') {
            files.add(absolute);
        } else {
            throw new CliError(say(texts.notADocument, options.locale, { path }));
        }
    }
    return { files: [...files].sort(), ignored: [...ignored].filter((file) => !files.has(file)).length };
}

interface Walk {
    readonly root: URI;
    readonly configuration?: ConfigurationService;
    readonly files: Set<string>;
    readonly ignored: Set<string>;
}

/** Collects the documents below a folder; those the `ignore` patterns cover are only counted. */
function walk(folder: string, into: Walk): void {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) {
            continue;
        }
        const path = join(folder, entry.name);
        const isDocument = entry.isFile() && entry.name.endsWith('.tutorat');
        if (!entry.isDirectory() && !isDocument) {
            continue;
        }
        if (into.configuration?.ignoredBy(URI.file(path), entry.isDirectory(), into.root)) {
            if (entry.isDirectory()) {
                walk(path, { ...into, configuration: undefined, files: into.ignored });
            } else {
                into.ignored.add(path);
            }
        } else if (entry.isDirectory()) {
            walk(path, into);
        } else {
            into.files.add(path);
        }
    }
}

/** Reads the files a few dozen at a time: in parallel, without opening thousands of files at once. */
async function readAll(files: readonly string[], options: LoadOptions): Promise<string[]> {
    const contents: string[] = [];
    for (let start = 0; start < files.length; start += READ_BATCH) {
        contents.push(...await Promise.all(files.slice(start, start + READ_BATCH).map((file) => readDocument(file, options))));
    }
    return contents;
}

const READ_BATCH = 64;

async function readDocument(file: string, options: LoadOptions): Promise<string> {
    try {
        return await readFile(file, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError(say(texts.unreadable, options.locale, { path: relative(options.cwd, file) || file, reason: code }));
    }
}

