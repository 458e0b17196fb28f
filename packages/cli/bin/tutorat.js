#!/usr/bin/env node
// Entry point of the `tutorat` command. The exit code is set here, never inside the library.

// Tutorat's parser needs Node.js 22: say so plainly instead of failing somewhere inside it.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    const english = process.argv.some((arg, index, all) => arg === '--lang=en' || (arg === '--lang' && all[index + 1] === 'en'));
    process.stderr.write(english
        ? `Tutorat needs Node.js 22 or newer; this is Node.js ${process.versions.node}. Install Node.js 22 or 24 (https://nodejs.org/), then run the command again.\n`
        : `Tutorat demande Node.js 22 ou plus récent ; celui-ci est Node.js ${process.versions.node}. Installez Node.js 22 ou 24 (https://nodejs.org/fr), puis relancez la commande.\n`);
    process.exit(2);
}

const { runCli } = await import('../out/index.js');

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
