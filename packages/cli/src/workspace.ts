import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createTutoratServices, type Locale, type TutoratServices, type TutoratSharedServices } from '@tutorat/language';
import { explainFileError } from '@tutorat/language/node';
import { collectDocuments } from './document-paths.js';
import { CliError } from './io.js';
import { localRulePages } from './rule-pages.js';
import { say, texts } from './messages.js';

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
    const { files: requested, ignored } = collectDocuments(targets, options.cwd, options.locale, configuration);
    if (requested.length === 0) {
        throw new CliError(say(ignored > 0 ? texts.allIgnored : texts.noDocuments, options.locale, { paths: targets.join(', '), ignored }));
    }
    const contextFiles = collectDocuments(options.context ?? [], options.cwd, options.locale, configuration).files.filter((file) => !requested.includes(file));
    shared.tutorat.DocumentationLinks.setBase(localRulePages());
    const files = [...requested, ...contextFiles];
    const contents = readAll(files, options);
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

/**
 * Reads the files one after the other, synchronously: one file open at a time (never thousands at once),
 * and, for many small files, about five times faster than asynchronous reads (20,000 files: 0.2 s, not 1.2 s).
 */
function readAll(files: readonly string[], options: LoadOptions): string[] {
    return files.map((file) => readDocument(file, options));
}

function readDocument(file: string, options: LoadOptions): string {
    try {
        return readFileSync(file, 'utf8');
    } catch (error) {
        throw new CliError(say(texts.unreadable, options.locale, { path: relative(options.cwd, file) || file, reason: explainFileError(error, options.locale) }));
    }
}

