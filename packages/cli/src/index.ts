import { closestMatches } from '@tutorat/language';
import { localeFrom } from './arguments.js';
import { check } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { handbook } from './commands/handbook.js';
import { importCommand } from './commands/import.js';
import { lsp } from './commands/lsp.js';
import { rules } from './commands/rules.js';
import { web } from './commands/web.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from './io.js';
import { say, texts } from './messages.js';
import { TOOL_VERSION } from './version.js';

export { ExitCode, type CliIo } from './io.js';
export { rulesAsJson } from './commands/rules.js';

type Command = (args: readonly string[], io: CliIo) => Promise<ExitCodeValue>;

/** The commands of `tutorat`; each lives in its own module under `commands/`. */
const COMMANDS: Record<string, Command> = { check, rules, handbook, import: importCommand, export: exportCommand, lsp, web };

/** Adds a command (the handbook package registers `handbook`). */
export function registerCommand(name: string, command: Command): void {
    COMMANDS[name] = command;
}

/**
 * Runs `tutorat` with the given arguments and returns the exit code. Problems become a sentence on
 * stderr and exit code 2; nothing here ends the process.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const locale = localeFrom(args);
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(say(texts.usage, locale));
        return name ? ExitCode.ok : ExitCode.usage;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${TOOL_VERSION}\n`);
        return ExitCode.ok;
    }
    const command = COMMANDS[name];
    if (!command) {
        const [suggestion] = closestMatches(name, Object.keys(COMMANDS), 1);
        io.stderr(say(suggestion ? texts.unknownCommandWithSuggestion : texts.unknownCommand, locale, { command: name, suggestion, commands: Object.keys(COMMANDS).join(', ') }) + '\n');
        return ExitCode.usage;
    }
    try {
        return await command(rest, io);
    } catch (error) {
        if (error instanceof CliError) {
            io.stderr(error.message + '\n');
            return error.exitCode;
        }
        io.stderr(say(texts.unexpected, locale, { reason: error instanceof Error ? error.message : String(error) }) + '\n');
        return ExitCode.usage;
    }
}
