#!/usr/bin/env node
// Entry point of the `tutorat` command. The exit code is set here, never inside the library.
import { runCli } from '../out/index.js';

process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});
