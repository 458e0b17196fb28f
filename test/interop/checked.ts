import { buildWorkspace } from '../support/workspace.js';

/** The findings of the framework rules on an imported document, as `rule line` strings. */
export async function checkedWorkspace(text: string): Promise<string[]> {
    const workspace = await buildWorkspace({ 'importe.tutorat': text });
    return workspace.diagnostics('importe.tutorat').map((diagnostic) => `${String(diagnostic.code)} ${diagnostic.range.start.line + 1}`);
}
