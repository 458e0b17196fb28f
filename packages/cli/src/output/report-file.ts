import { lstat, open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Locale } from '@tutorat/language';
import { CliError } from '../io.js';
import { say, texts } from '../messages.js';
import { isJsonReport } from './json.js';
import { isSarifReport } from './sarif.js';
import { isTextReport } from './text.js';

export type ReportFormat = 'text' | 'json' | 'sarif';

/** Enough of a file's beginning and end to recognise a report. */
const PEEK_BYTES = 4096;

/**
 * Where `--output` may write: a new file, or an earlier report of the same format. A Tutorat
 * document is never replaced; any other file only with `--force`. Throws a CliError that says so.
 */
export async function checkReportTarget(target: string, shownAs: string, format: ReportFormat, force: boolean, locale: Locale): Promise<void> {
    if (extname(target) === '.tutorat') {
        throw new CliError(say(texts.outputIsDocument, locale, { path: shownAs }));
    }
    let stats;
    try {
        stats = await lstat(target);
    } catch {
        return;
    }
    // A folder: the write itself says it cannot replace it.
    if (stats.isDirectory() || force) {
        return;
    }
    if (!stats.isFile() || !(await isReport(target, stats.size, format))) {
        throw new CliError(say(texts.outputExists, locale, { path: shownAs, format }));
    }
}

async function isReport(path: string, size: number, format: ReportFormat): Promise<boolean> {
    const handle = await open(path, 'r');
    try {
        const read = async (position: number) => {
            const buffer = Buffer.alloc(PEEK_BYTES);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
            return buffer.subarray(0, bytesRead).toString('utf8');
        };
        return format === 'text' ? isTextReport(await read(Math.max(0, size - PEEK_BYTES))) : format === 'json' ? isJsonReport(await read(0)) : isSarifReport(await read(0));
    } catch {
        return false;
    } finally {
        await handle.close();
    }
}
