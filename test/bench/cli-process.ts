// The `tutorat` command as packages/cli/bin/tutorat.js runs it, bundled from the sources.
import { runCli } from '@tutorat/cli';

process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});
