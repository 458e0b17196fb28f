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
const failure = vi.hoisted(() => ({ renameNumber: 0, count: 0, renameFailsFrom: 0, writeNumber: 0, writes: 0 }));

vi.mock('node:fs/promises', async (original) => {
    const actual = await original<typeof import('node:fs/promises')>();
    return {
        ...actual,
        rename: async (from: string, to: string) => {
            failure.count++;
            if ((failure.renameNumber > 0 && failure.count === failure.renameNumber) || (failure.renameFailsFrom > 0 && failure.count >= failure.renameFailsFrom)) {
                throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            }
            return actual.rename(from, to);
        },
        writeFile: async (...args: Parameters<typeof actual.writeFile>) => {
            failure.writes++;
            if (failure.writeNumber > 0 && failure.writes === failure.writeNumber) {
                throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            }
            return actual.writeFile(...args);
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
    Object.assign(failure, { renameNumber: 0, count: 0, renameFailsFrom: 0, writeNumber: 0, writes: 0 });
});

/** A folder holding an earlier version of each handbook, as Tutorat wrote it. */
function earlierVersions(files: ReadonlyArray<{ fileName: string }>): { output: string; previous: Map<string, string> } {
    const output = mkdtempSync(join(tmpdir(), 'tutorat-atomique-'));
    const previous = new Map(files.map((file) => [file.fileName, `<!DOCTYPE html>\n<html lang="fr">\n<head>\n${GENERATOR_MARK}<title>version précédente de ${file.fileName}</title></head></html>`]));
    previous.forEach((text, name) => writeFileSync(join(output, name), text));
    return { output, previous };
}

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

    test('a full disk after some handbooks were replaced: every earlier version is back, and the message says so', async () => {
        const { files } = await handbooksOf(TEAM);
        for (const [fault, at] of [['writeNumber', 3], ['renameNumber', 4]] as const) {
            const { output, previous } = earlierVersions(files);
            failure[fault] = at;
            const error = await writeHandbooks(files, output, { locale: 'fr' }).catch((caught: unknown) => caught) as HandbookWriteError;
            Object.assign(failure, { renameNumber: 0, writeNumber: 0 });
            expect(error.problem, fault).toBe('not-writable');
            expect(error.message).toContain('le disque est plein (ENOSPC)');
            expect(error.message).toContain('Rien n’a été écrit : les fichiers déjà présents dans ce dossier sont inchangés.');
            expect(readdirSync(output).sort()).toEqual([...previous.keys()].sort());
            for (const [name, text] of previous) {
                expect(readFileSync(join(output, name), 'utf8'), `${fault} ${name}`).toBe(text);
            }
        }
    });

    test('when even putting the earlier versions back fails, the files left changed are named', async () => {
        const { files } = await handbooksOf(TEAM);
        const { output } = earlierVersions(files);
        // The fourth rename (the second handbook put in place) fails, and so does every rename after it.
        failure.renameFailsFrom = 4;
        const error = await writeHandbooks(files, output, { locale: 'fr' }).catch((caught: unknown) => caught) as HandbookWriteError;
        expect(error.problem).toBe('left-changed');
        expect(error.message).toContain('le disque est plein (ENOSPC)');
        expect(error.message).toContain('ces fichiers n’ont pas pu reprendre leur version précédente :');
        expect(error.message).toContain(files[0].fileName);
        expect(error.message).toContain(files[1].fileName);
        expect(error.message).not.toContain(files[2].fileName);
        expect(error.message).not.toContain('Rien n’a été écrit');
    });
});
