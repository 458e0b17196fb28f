import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { AstUtils, type LangiumDocument } from 'langium';
import { exportFramework, FORMAT_LABELS, FORMATS } from '@tutorat/interop';
import { isFramework, syntaxMistakes, type Document, type Framework } from '@tutorat/language';
import { oneOf, parseCommandArguments } from '../arguments.js';
import { displayPath } from '../findings.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { loadWorkspace } from '../workspace.js';
import { printNotes, write } from './import.js';

/** `tutorat export REFERENTIEL --format moodle|case|tableur [-o FICHIER] [--force] [--workspace DOSSIER]`. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, positionals, locale } = parseCommandArguments('export', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        workspace: { type: 'string', multiple: true }
    });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    if (positionals.length !== 1) {
        throw new CliError(say(texts.exportNeedsFramework, locale));
    }
    if (values.format === undefined) {
        throw new CliError(say(texts.exportNeedsFormat, locale));
    }
    const format = oneOf(values.format, FORMATS, '--format', locale);
    const wanted = positionals[0];
    const isFile = extname(wanted) === '.tutorat';
    const folders = (values.workspace as string[] | undefined) ?? ['.'];
    const workspace = await loadWorkspace(isFile ? [wanted] : folders, { cwd: io.cwd, locale });
    const found = isFile ? frameworkInFile(workspace.reported[0], wanted, locale) : frameworkNamed(workspace.documents, wanted, folders.join(', '), locale);
    const document = AstUtils.getDocument(found) as LangiumDocument<Document>;
    const errors = syntaxMistakes(document.parseResult);
    const path = displayPath(document.uri.fsPath, io.cwd);
    if (errors > 0) {
        io.stderr(say(texts.syntaxBeforeExport, locale, { path, count: errors }) + '\n');
        return ExitCode.findings;
    }
    const result = exportFramework(found, { format, lastChange: statSync(document.uri.fsPath).mtime });
    const target = resolve(io.cwd, typeof values.output === 'string' ? values.output : result.fileName);
    if (values.force !== true && existsSync(target)) {
        throw new CliError(say(texts.alreadyExists, locale, { path: displayPath(target, io.cwd) }));
    }
    await write(target, result.content, values.force === true, io, locale);
    io.stdout(say(texts.exported, locale, { name: found.name, format: FORMAT_LABELS[format][locale], target: displayPath(target, io.cwd) }) + '\n');
    printNotes(result.warnings, io, locale);
    return ExitCode.ok;
}

function frameworkInFile(document: LangiumDocument | undefined, path: string, locale: 'fr' | 'en'): Framework {
    const frameworks = document ? (document as LangiumDocument<Document>).parseResult.value.elements.filter(isFramework) : [];
    if (frameworks.length !== 1) {
        const problem = frameworks.length === 0
            ? { fr: 'aucun référentiel', en: 'no framework' }[locale]
            : { fr: `plusieurs référentiels (${frameworks.map((framework) => framework.name).join(', ')}) : exportez-en un par son nom`, en: `several frameworks (${frameworks.map((framework) => framework.name).join(', ')}): export one by its name` }[locale];
        throw new CliError(say(texts.frameworkInFile, locale, { path, problem }));
    }
    return frameworks[0];
}

function frameworkNamed(documents: readonly LangiumDocument[], name: string, folders: string, locale: 'fr' | 'en'): Framework {
    const all = documents.flatMap((document) => (document as LangiumDocument<Document>).parseResult.value.elements.filter(isFramework));
    const found = all.find((framework) => framework.name === name) ?? all.find((framework) => framework.name.toLowerCase() === name.toLowerCase());
    if (!found) {
        throw new CliError(say(texts.unknownFramework, locale, { name, folders, known: all.map((framework) => framework.name).join(', ') || '—' }));
    }
    return found;
}
