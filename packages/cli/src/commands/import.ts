import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { checkInputSize, describeNote, FORMAT_LABELS, FORMATS, importFramework, InteropError, tableTemplate, type Note } from '@tutorat/interop';
import type { Locale } from '@tutorat/language';
import { oneOf, parseCommandArguments } from '../arguments.js';
import { writeNewFile } from '../files.js';
import { collectFindings, displayPath, summarize } from '../findings.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { joined } from '../output/chunks.js';
import { formatText } from '../output/text.js';
import { loadWorkspace } from '../workspace.js';

/** `tutorat import FICHIER [-o referentiel.tutorat] [--format …] [--force]`, or `tutorat import --modele`. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, positionals, locale } = parseCommandArguments('import', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        modele: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    const force = values.force === true;
    if (values.modele) {
        const target = resolve(io.cwd, typeof values.output === 'string' ? values.output : 'referentiel-modele.csv');
        await write(target, tableTemplate(), force, io, locale);
        io.stdout(say(texts.templateWritten, locale, { path: displayPath(target, io.cwd) }) + '\n');
        return ExitCode.ok;
    }
    if (positionals.length !== 1) {
        throw new CliError(say(texts.importNeedsFile, locale));
    }
    const format = values.format === undefined ? undefined : oneOf(values.format, FORMATS, '--format', locale);
    const source = resolve(io.cwd, positionals[0]);
    const target = resolve(io.cwd, typeof values.output === 'string' ? values.output : `${basename(source, extname(source))}.tutorat`);
    if (extname(target) !== '.tutorat') {
        throw new CliError(say(texts.outputNotTutorat, locale, { path: displayPath(target, io.cwd) }));
    }
    if (!force && existsSync(target)) {
        throw new CliError(say(texts.alreadyExists, locale, { path: displayPath(target, io.cwd) }));
    }
    const bytes = await readSource(source, positionals[0], locale);
    let result;
    try {
        result = await importFramework(bytes, { fileName: source, format });
    } catch (error) {
        if (error instanceof InteropError) {
            throw new CliError([say(texts.inputProblems, locale, { path: positionals[0] }), ...error.describe(locale).map((line) => `  - ${line}`)].join('\n'));
        }
        throw error;
    }
    await write(target, result.text, force, io, locale);
    const { framework } = result;
    const competences = [...framework.competences, ...framework.domains.flatMap((domain) => domain.competences)];
    io.stdout(say(texts.imported, locale, {
        name: framework.name,
        source: positionals[0],
        format: FORMAT_LABELS[result.format][locale],
        domains: framework.domains.length,
        competences: competences.length,
        criteria: competences.reduce((sum, competence) => sum + competence.criteria.length, 0),
        target: displayPath(target, io.cwd)
    }) + '\n');
    printNotes(result.warnings, io, locale);
    // What comes in is checked like anything written by hand, with the project's configuration.
    const workspace = await loadWorkspace([target], { cwd: io.cwd, locale });
    const findings = collectFindings(workspace, locale);
    const summary = summarize(findings);
    io.stdout(`\n${say(texts.checkedHeader, locale)}\n${joined(formatText(findings, summary, { documents: 1, ignored: 0 }, locale))}`);
    return summary.errors > 0 ? ExitCode.findings : ExitCode.ok;
}

/** Reads the file to import, refusing a folder, a missing file or one too large before reading it. */
async function readSource(path: string, shown: string, locale: Locale): Promise<Uint8Array> {
    let size: number;
    try {
        const stats = statSync(path);
        if (stats.isDirectory()) {
            throw new CliError(say(texts.notAFile, locale, { path: shown }));
        }
        size = stats.size;
    } catch (error) {
        if (error instanceof CliError) {
            throw error;
        }
        throw new CliError(say(texts.noSuchPath, locale, { path: shown }));
    }
    try {
        checkInputSize(size);
    } catch (error) {
        if (error instanceof InteropError) {
            throw new CliError([say(texts.inputProblems, locale, { path: shown }), ...error.describe(locale).map((line) => `  - ${line}`)].join('\n'));
        }
        throw error;
    }
    try {
        return await readFile(path);
    } catch (error) {
        throw new CliError(say(texts.unreadable, locale, { path: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
}

export async function write(target: string, content: string, force: boolean, io: CliIo, locale: Locale): Promise<void> {
    try {
        await writeNewFile(target, content, force);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
            throw new CliError(say(texts.alreadyExists, locale, { path: displayPath(target, io.cwd) }));
        }
        throw new CliError(say(texts.cannotWrite, locale, { path: displayPath(target, io.cwd), reason: code ?? String(error) }));
    }
}

export function printNotes(notes: readonly Note[], io: CliIo, locale: Locale): void {
    if (notes.length > 0) {
        io.stdout(`${say(texts.warningsHeader, locale, { count: notes.length })}\n${notes.map((note) => `  - ${describeNote(note, locale)}`).join('\n')}\n`);
    }
}
