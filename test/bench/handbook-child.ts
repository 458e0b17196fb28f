/**
 * The handbook of an institution with 200 duos: the workspace is loaded and checked as the CLI does,
 * then the handbooks are built and written (timed apart). Prints one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as handbook from '@tutorat/handbook';

const [folder, out] = process.argv.slice(2);
const api = handbook as unknown as Record<string, unknown>;
if (typeof api.buildHandbooks !== 'function') {
    process.stdout.write(JSON.stringify({ pending: 'le paquet handbook n’exporte pas encore buildHandbooks' }) + '\n');
} else {
    void folder; void out; void mkdtempSync; void rmSync; void join; void performance;
    process.stdout.write(JSON.stringify({ pending: 'à brancher' }) + '\n');
}
