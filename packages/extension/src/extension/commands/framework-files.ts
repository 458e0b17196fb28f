import { l10n, Uri, window, workspace, type OutputChannel } from 'vscode';

/**
 * Writes a file the way the command line does: to a temporary file beside it, then renamed into
 * place, so that nobody ever sees half of it. An existing file is only replaced when `replace`.
 */
export async function writeAtomically(target: Uri, content: Uint8Array, replace: boolean): Promise<void> {
    const temporary = Uri.joinPath(target, '..', `.${target.path.split('/').pop()}.${Date.now().toString(36)}.tmp`);
    await workspace.fs.writeFile(temporary, content);
    try {
        await workspace.fs.rename(temporary, target, { overwrite: replace });
    } catch (error) {
        await workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw error;
    }
}

export async function exists(uri: Uri): Promise<boolean> {
    return workspace.fs.stat(uri).then(() => true, () => false);
}

/** Asks before replacing a file the user picked, unless the caller already said so. */
export async function mayReplace(target: Uri, replace: boolean | undefined): Promise<boolean> {
    if (replace !== undefined || !(await exists(target))) {
        return replace ?? true;
    }
    const yes = l10n.t('Replace');
    return (await window.showWarningMessage(l10n.t('{0} already exists. Replace it?', target.path.split('/').pop() ?? ''), { modal: true }, yes)) === yes;
}

let channel: OutputChannel | undefined;

/** What an import or export could not keep, listed in an output channel the user can read again. */
export function showWarnings(title: string, warnings: readonly string[]): void {
    if (warnings.length === 0) {
        return;
    }
    channel ??= window.createOutputChannel(l10n.t('Tutorat — imports and exports'));
    channel.appendLine(title);
    for (const warning of warnings) {
        channel.appendLine(`  - ${warning}`);
    }
    channel.appendLine('');
    channel.show(true);
}

export function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
