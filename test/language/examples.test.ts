import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

function filesUnder(folder: string): string[] {
    return readdirSync(folder).flatMap((entry) => {
        const path = join(folder, entry);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

describe('the bundled examples', () => {
    test('parse, link and contain no error', async () => {
        const files = Object.fromEntries(filesUnder(EXAMPLES).map((path) => [relative(EXAMPLES, path), readFileSync(path, 'utf8')]));
        const workspace = await buildWorkspace(files);
        const errors = [...workspace.documents.entries()].flatMap(([name, document]) =>
            (document.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.message}`));
        for (const [name, document] of workspace.documents) {
            for (const d of document.diagnostics ?? []) console.log(`${name}:${d.range.start.line + 1} [${d.severity}] ${d.code} ${d.message}`);
        }
        expect(errors).toEqual([]);
        expect(workspace.documents.size).toBeGreaterThanOrEqual(7);
    });
});
