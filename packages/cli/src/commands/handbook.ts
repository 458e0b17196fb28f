import { relative, resolve } from 'node:path';
import { buildHandbooks } from '@tutorat/handbook';
import { HandbookWriteError, writeHandbooks } from '@tutorat/handbook/node';
import { parseCommandArguments } from '../arguments.js';
import { displayPath } from '../findings.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { loadWorkspace } from '../workspace.js';

/** `tutorat handbook [chemins…] -o DOSSIER [--pdf]`: writes the handbooks of the documents. */
export async function handbook(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, positionals, locale } = parseCommandArguments('handbook', args, {
        output: { type: 'string', short: 'o' },
        pdf: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    if (typeof values.output !== 'string' || values.output.trim() === '') {
        throw new CliError(say(texts.handbookNeedsOutput, locale));
    }
    const workspace = await loadWorkspace(positionals, { cwd: io.cwd, locale });
    const files = buildHandbooks(workspace.shared, { locale });
    let written: string[];
    try {
        ({ written } = await writeHandbooks(files, resolve(io.cwd, values.output), { locale, pdf: values.pdf === true }));
    } catch (error) {
        if (error instanceof HandbookWriteError) {
            throw new CliError(error.message);
        }
        throw error;
    }
    const folder = displayPath(resolve(io.cwd, values.output), io.cwd) || '.';
    io.stdout(say(texts.handbooksWritten, locale, { count: written.length, folder }) + '\n');
    for (const path of written) {
        io.stdout(`  ${relative(io.cwd, path).startsWith('..') ? path : relative(io.cwd, path)}\n`);
    }
    return ExitCode.ok;
}
