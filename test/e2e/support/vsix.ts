import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
export const OUTPUT = join(REPOSITORY, 'test-output', 'vscode');

/**
 * Packages the extension with its own `package` script (the one a release uses) into test-output/vscode/.
 * The packaging and the VS Code tests both need it and may run at the same time: a lock folder keeps the
 * builds, which write into packages/extension/, one after the other.
 */
export async function packageExtension(name: string): Promise<string> {
    mkdirSync(OUTPUT, { recursive: true });
    const vsix = join(OUTPUT, name);
    const lock = join(OUTPUT, '.packaging.lock');
    await acquire(lock);
    try {
        const result = spawnSync(process.execPath, [join(REPOSITORY, 'packages/extension/scripts/package.mjs'), '--out', vsix], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            timeout: 180_000
        });
        if (result.status !== 0) {
            throw new Error(`packaging failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
        }
    } finally {
        rmdirSync(lock);
    }
    return vsix;
}

async function acquire(lock: string): Promise<void> {
    for (;;) {
        try {
            mkdirSync(lock);
            return;
        } catch {
            // A lock older than the longest packaging was left by a killed run.
            if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) {
                rmdirSync(lock);
            }
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
    }
}

/** The names of the entries of a zip file (a .vsix), read from its central directory. */
export function zipEntries(file: string): string[] {
    const zip = readFileSync(file);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) {
        throw new Error(`${file} is not a zip file`);
    }
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let index = 0; index < count; index++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) {
            throw new Error(`${file}: broken central directory`);
        }
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}
