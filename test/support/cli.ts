import { spawnSync } from 'node:child_process';
import { runCli } from '@tutorat/cli';

export const REPOSITORY = new URL('../../', import.meta.url).pathname;

/** Runs `tutorat` in this process, capturing what it prints. */
export async function tutorat(args: string[], cwd = REPOSITORY): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, cwd });
    return { code, stdout, stderr };
}

/** Runs the built `tutorat` command as a user would (`npx tutorat …`), with the project's Node. */
export function tutoratProcess(args: string[], cwd = REPOSITORY): { code: number; stdout: string; stderr: string } {
    const result = spawnSync(`${REPOSITORY}node_modules/.bin/tutorat`, args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${REPOSITORY}node_modules/.bin:${process.env.PATH}` }
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
