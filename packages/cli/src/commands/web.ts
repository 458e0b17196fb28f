import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandArguments } from '../arguments.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { startWebServer, webApplicationFolder } from '../web/server.js';

/** The port tried first, so that the address stays the same from one day to the next. */
const DEFAULT_PORT = 8317;

/**
 * `tutorat web [dossier]`: « Tutorat en ligne » on this computer, at an address on 127.0.0.1 printed on the screen,
 * with the folder's documents opened in it (read only: changes stay in the browser). Runs until Ctrl+C.
 */
export async function web(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, positionals, locale } = parseCommandArguments('web', args, { port: { type: 'string' } });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    if (positionals.length > 1) {
        throw new CliError(say(texts.webOneFolder, locale));
    }
    const folder = positionals[0] === undefined ? undefined : resolve(io.cwd, positionals[0]);
    if (folder && !isFolder(folder)) {
        throw new CliError(say(texts.webNotAFolder, locale, { path: positionals[0] }));
    }
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new CliError(say(texts.webBadPort, locale, { value: String(values.port) }));
    }
    const application = webApplicationFolder();
    if (!isFolder(application)) {
        throw new CliError(say(texts.webNotBuilt, locale));
    }
    const server = await startWebServer({ application, folder, port }).catch((error: NodeJS.ErrnoException) => {
        // The usual port is taken (another `tutorat web`?): any free one will do, unless the user chose this one.
        if (error.code === 'EADDRINUSE' && values.port === undefined) {
            return startWebServer({ application, folder, port: 0 });
        }
        throw new CliError(say(texts.webCannotListen, locale, { port: String(port), reason: error.code ?? error.message }));
    });
    const address = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    io.stdout(say(folder ? texts.webServingFolder : texts.webServing, locale, { address, folder: folder ?? '' }) + '\n');
    await new Promise<void>((done) => {
        const stop = () => server.close(() => done());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    return ExitCode.ok;
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
