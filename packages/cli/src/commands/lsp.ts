import { registerHandbookRequests } from '@tutorat/handbook/node';
import { registerInteropRequests } from '@tutorat/interop';
import { startTutoratServer } from '@tutorat/language/node';
import { parseCommandArguments } from '../arguments.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { localRulePages } from '../rule-pages.js';

/** `tutorat lsp --stdio`: the language server for any LSP client (Neovim, Emacs, Helix…). */
export async function lsp(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, locale } = parseCommandArguments('lsp', args, { stdio: { type: 'boolean' } });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    if (!values.stdio) {
        throw new CliError(say(texts.lspNeedsStdio, locale));
    }
    // vscode-languageserver reads the transport from the process arguments.
    if (!process.argv.includes('--stdio')) {
        process.argv.push('--stdio');
    }
    const shared = startTutoratServer({ docsBaseUrl: localRulePages() });
    // The editor's handbook preview and « write the handbooks » command.
    registerHandbookRequests(shared, shared.lsp.Connection!);
    // Imports and exports of competence frameworks (Moodle, CASE, the consultant's table).
    registerInteropRequests(shared, shared.lsp.Connection!);
    // The server lives until the client closes the connection.
    await new Promise<never>(() => undefined);
    return ExitCode.ok;
}
