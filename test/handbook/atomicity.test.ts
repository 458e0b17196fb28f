import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { GENERATOR_MARK } from '@tutorat/handbook';
import { HandbookWriteError, writeHandbooks } from '@tutorat/handbook/node';
import { handbooksOf } from './support.js';

/**
 * A disk that fails in the middle of a run: the n-th rename (the step that puts a finished file
 * in place) fails, as when the disk is full or the folder disappears.
 */
const failure = vi.hoisted(() => ({ renameNumber: 0, count: 0 }));

vi.mock('node:fs/promises', async (original) => {
    const actual = await original<typeof import('node:fs/promises')>();
    return {
        ...actual,
        rename: async (from: string, to: string) => {
            failure.count++;
            if (failure.renameNumber > 0 && failure.count === failure.renameNumber) {
                throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            }
            return actual.rename(from, to);
        }
    };
});

const TEAM = {
    'equipe.tutorat': `institution Petite « Petite ASBL » {
    tutrice Ana « Ana »
    tutoré Bob « Bob »
    tutorée Cléo « Cléo »
    duo Ana accompagne Bob { période du 01/09/2026 au 29/09/2026 entretiens chaque semaine }
    duo Ana accompagne Cléo { période du 01/09/2026 au 29/09/2026 entretiens chaque semaine }
}
`
};

afterEach(() => {
    failure.renameNumber = 0;
    failure.count = 0;
});

describe('a write that fails half-way', () => {
    test('leaves neither the files already written in this run nor any temporary file', async () => {
        const { files } = await handbooksOf(TEAM);
        expect(files).toHaveLength(3);
        const output = mkdtempSync(join(tmpdir(), 'tutorat-atomique-'));
        failure.renameNumber = 3;
        const error = await writeHandbooks(files, output, { locale: 'fr' }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(HandbookWriteError);
        expect((error as HandbookWriteError).problem).toBe('not-writable');
        expect((error as Error).message).toContain('ENOSPC');
        expect((error as Error).message).toContain('Rien n’a été écrit');
        expect(readdirSync(output)).toEqual([]);
    });

    test('keeps the previous version of a handbook it was replacing', async () => {
        const { files } = await handbooksOf(TEAM);
        const output = mkdtempSync(join(tmpdir(), 'tutorat-atomique-'));
        const previous = `<!DOCTYPE html>\n<html lang="fr">\n<head>\n${GENERATOR_MARK}<title>version précédente</title></head></html>`;
        writeFileSync(join(output, files[0].fileName), previous);
        failure.renameNumber = 1;
        await expect(writeHandbooks(files, output, { locale: 'fr' })).rejects.toBeInstanceOf(HandbookWriteError);
        expect(readdirSync(output)).toEqual([files[0].fileName]);
        expect(readFileSync(join(output, files[0].fileName), 'utf8')).toBe(previous);
    });

    test('without failure, every file is in place and no temporary file remains', async () => {
        const { files } = await handbooksOf(TEAM);
        const output = mkdtempSync(join(tmpdir(), 'tutorat-atomique-'));
        await writeHandbooks(files, output, { locale: 'fr' });
        expect(readdirSync(output).sort()).toEqual(files.map((file) => file.fileName).sort());
    });
});
