import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY } from './vsix.js';

/**
 * A copy of examples/ in `workspace`, set to French findings: VS Code's display language is English
 * in the tests (no language pack offline).
 */
export function frenchExampleWorkspace(workspace: string): void {
    cpSync(join(REPOSITORY, 'examples'), workspace, { recursive: true });
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), '{ "tutorat.language": "fr" }\n');
}

/** Runs one of the e2e scripts (bash) and gives back its exit code and everything it printed. */
export function runScript(script: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
        const child = spawn('bash', [join(REPOSITORY, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => output += chunk);
        child.stderr.on('data', (chunk) => output += chunk);
        child.on('close', (code) => resolve({ code, output }));
    });
}
