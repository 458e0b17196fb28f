#!/usr/bin/env node
// Entry point of the `tutorat` command. The exit code is set here, never inside the library.
import { runCli } from '../out/index.js';

// When the reader of our output goes away (`tutorat rules | head`), stop quietly.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE') {
            process.exit(process.exitCode ?? 0);
        }
        throw error;
    });
}

process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});
