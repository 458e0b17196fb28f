/** Where a command writes: the process's streams in real use, buffers in tests. */
export interface CliIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly cwd: string;
}

/** Exit codes of `tutorat`: documented in the README and in `tutorat --help`. */
export const ExitCode = {
    /** Nothing wrong: no error (and not too many warnings). */
    ok: 0,
    /** Findings: errors, or more warnings than `--max-warnings` allows. */
    findings: 1,
    /** The command could not do its job: wrong usage, missing or unreadable file, unwritable folder. */
    usage: 2
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A problem that stops a command before it could do its job (usage or input/output). */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: ExitCodeValue = ExitCode.usage) {
        super(message);
    }
}
