import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPOSITORY, tutorat } from '../support/cli.js';
import { filesUnder, workspaceWith } from './support.js';

/**
 * The command's problems with paths and files end with a sentence that says what to do, exit code 2,
 * and nothing half-written: no temporary file, no partial report, no partial set of handbooks.
 * (Tests run as root: permissions do not stop reading or writing, so /proc stands in for the places
 * one may not read or write.)
 */
const DOCUMENTS = {
    'personnes.tutorat': 'institution Tilleuls « ASBL Les Tilleuls » {\n    tutrice Élodie\n    tutorée Léa\n}\n',
    'duos.tutorat': 'institution Tilleuls {\n    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }\n}\n'
};

describe('tutorat check and tutorat handbook with paths that do not work', () => {
    for (const command of [['check'], ['handbook', '-o', 'livrets']]) {
        const name = command[0];

        test(`${name}: a missing path`, async () => {
            const folder = workspaceWith(DOCUMENTS);
            const { code, stderr, stdout } = await tutorat([...command, 'introuvable'], folder);
            expect(code).toBe(2);
            expect(stderr).toContain('Le chemin « introuvable » n’existe pas. Vérifiez le nom du dossier ou du fichier.');
            expect(stdout).toBe('');
            expect(filesUnder(folder)).toEqual(['duos.tutorat', 'personnes.tutorat']);
        });

        test(`${name}: a document that cannot be read`, async () => {
            const folder = workspaceWith(DOCUMENTS);
            symlinkSync('/proc/self/mem', join(folder, 'illisible.tutorat'));
            const { code, stderr } = await tutorat([...command, '.', 'illisible.tutorat'], folder);
            expect(code).toBe(2);
            expect(stderr).toContain('Le fichier « illisible.tutorat » ne peut pas être lu');
            expect(filesUnder(folder)).toEqual(['duos.tutorat', 'illisible.tutorat', 'personnes.tutorat']);
        });
    }

    test('check --output replaces an earlier report in one step', async () => {
        const folder = workspaceWith(DOCUMENTS);
        await tutorat(['check', 'personnes.tutorat', '--output', 'rapport.json', '--format', 'json'], folder);
        expect(JSON.parse(readFileSync(join(folder, 'rapport.json'), 'utf8')).documents).toBe(1);
        const { code } = await tutorat(['check', '.', '--output', 'rapport.json', '--format', 'json'], folder);
        expect(code).toBe(0);
        expect(JSON.parse(readFileSync(join(folder, 'rapport.json'), 'utf8')).documents).toBe(2);
        expect(filesUnder(folder)).toEqual(['duos.tutorat', 'personnes.tutorat', 'rapport.json']);
    });

    /** Places the report or the handbooks cannot go: each case says what the user is told and what the folder holds after. */
    const UNWRITABLE: ReadonlyArray<{ name: string; extra?: Record<string, string>; args: string[]; says: RegExp[]; after: string[] }> = [
        {
            name: 'check --output into a folder that cannot be written',
            args: ['check', '.', '--output', '/proc/self/rapport.json', '--format', 'json'],
            says: [/Impossible d’écrire « \/proc\/self\/rapport\.json » : le dossier n’existe pas \(ENOENT\)/, /Rien n’a été écrit/],
            after: []
        },
        {
            name: 'check --output onto an existing folder (no temporary file left in it)',
            extra: { 'rapport/notes.txt': 'à garder' },
            args: ['check', '.', '--output', 'rapport'],
            says: [/Impossible d’écrire « rapport »/],
            after: ['rapport/', 'rapport/notes.txt']
        },
        {
            name: 'handbook -o a folder that cannot be created',
            args: ['handbook', '.', '-o', '/proc/self/livrets'],
            says: [/Impossible d’écrire dans « \/proc\/self\/livrets » : le dossier n’existe pas \(ENOENT\)/, /Rien n’a été écrit/],
            after: []
        },
        {
            name: 'handbook -o a file',
            extra: { 'livrets.txt': 'un fichier' },
            args: ['handbook', '.', '-o', 'livrets.txt'],
            says: [/« (\/.*\/)?livrets\.txt » n’est pas un dossier/],
            after: ['livrets.txt']
        },
        {
            name: 'handbook -o a folder under a file',
            extra: { fichier: 'x' },
            args: ['handbook', '.', '-o', 'fichier/livrets'],
            says: [/Impossible d’écrire dans « (\/.*\/)?fichier\/livrets »/],
            after: ['fichier']
        }
    ];

    for (const { name, extra = {}, args, says, after } of UNWRITABLE) {
        test(`${name}: exit 2, a sentence, nothing written`, { timeout: 20_000 }, async () => {
            const folder = workspaceWith({ ...DOCUMENTS, ...extra });
            const { code, stderr, stdout } = await tutorat(args, folder);
            expect(code).toBe(2);
            for (const sentence of says) {
                expect(stderr).toMatch(sentence);
            }
            expect(stdout).toBe('');
            expect(filesUnder(folder)).toEqual(['duos.tutorat', 'personnes.tutorat', ...after].sort());
            for (const [file, text] of Object.entries(extra)) {
                expect(readFileSync(join(folder, file), 'utf8')).toBe(text);
            }
        });
    }

    test('handbook -o a folder holding a file Tutorat did not write under a handbook’s name: exit 2, nothing written or replaced', async () => {
        const folder = workspaceWith(DOCUMENTS);
        const first = await tutorat(['handbook', '.', '-o', 'livrets'], folder);
        expect(first.code).toBe(0);
        const written = filesUnder(join(folder, 'livrets'));
        expect(written.length).toBeGreaterThanOrEqual(2);
        // Someone replaces one handbook by their own file, and removes another.
        const [own, removed] = written;
        writeFileSync(join(folder, 'livrets', own), 'mon propre fichier');
        rmSync(join(folder, 'livrets', removed));
        const { code, stderr } = await tutorat(['handbook', '.', '-o', 'livrets'], folder);
        expect(code).toBe(2);
        expect(stderr).toContain('n’ont pas été produits par Tutorat');
        expect(readFileSync(join(folder, 'livrets', own), 'utf8')).toBe('mon propre fichier');
        expect(existsSync(join(folder, 'livrets', removed))).toBe(false);
        expect(filesUnder(join(folder, 'livrets')).filter((file) => file.includes('.tmp'))).toEqual([]);
    });
});

describe('folders and links while searching for documents', () => {
    const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');

    test.skipIf(!asNobody)('a sub-folder the user may not read: a sentence naming it, exit 2', async () => {
        const folder = workspaceWith({ ...DOCUMENTS, 'secret/notes.tutorat': 'institution Tilleuls {\n}\n' });
        chmodSync(folder, 0o755);
        chmodSync(join(folder, 'secret'), 0o000);
        // Run as an ordinary user: root reads every folder.
        const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', join(REPOSITORY, 'node_modules/.bin/tutorat'), 'check', '.'], {
            cwd: folder, encoding: 'utf8', env: { ...process.env, PATH: `${join(REPOSITORY, 'node_modules/.bin')}:${process.env.PATH}` }
        });
        expect(result.stderr).toContain('Le dossier « secret » ne peut pas être lu : permission refusée (EACCES).');
        expect(result.stderr).not.toContain('inattendue');
        expect(result.status).toBe(2);
    });

    test('a path that is a loop of symbolic links is said to be one', async () => {
        const folder = workspaceWith(DOCUMENTS);
        symlinkSync('boucle', join(folder, 'boucle'));
        const { code, stderr } = await tutorat(['check', 'boucle'], folder);
        expect(code).toBe(2);
        expect(stderr).toContain('Le chemin « boucle » passe par des liens symboliques qui tournent en boucle');
    });

    test('linked documents and folders are checked, each real file once, and a link back to a parent ends', async () => {
        const folder = workspaceWith({ 'institution/personnes.tutorat': DOCUMENTS['personnes.tutorat'], 'partage/duos.tutorat': DOCUMENTS['duos.tutorat'] });
        symlinkSync('../partage/duos.tutorat', join(folder, 'institution/duos.tutorat'));
        symlinkSync('../partage', join(folder, 'institution/partage'));
        symlinkSync('..', join(folder, 'institution/parent'));
        const { code, stdout } = await tutorat(['check', 'institution', '--format', 'json'], folder);
        const report = JSON.parse(stdout) as { documents: number; findings: Array<{ ruleId: string; path: string }> };
        // personnes.tutorat and the one real duos.tutorat (reached by three links).
        expect(report.documents).toBe(2);
        expect(report.findings.filter((finding) => finding.ruleId === 'langage/reference')).toEqual([]);
        expect(code).toBeLessThan(2);
    });

    test('a link named as a document that leads nowhere is said so', async () => {
        const folder = workspaceWith(DOCUMENTS);
        symlinkSync('introuvable.tutorat', join(folder, 'lien.tutorat'));
        const { code, stderr } = await tutorat(['check', '.'], folder);
        expect(code).toBe(2);
        expect(stderr).toContain('« lien.tutorat » est un lien symbolique vers un chemin qui n’existe pas');
    });
});

describe('options given twice or with a negative number', () => {
    test.each([
        [['check', '.', '--format', 'json', '--format', 'sarif'], 'L’option « --format » est donnée plusieurs fois (json, sarif) : gardez-en une seule'],
        [['check', '.', '-f', 'json', '--format=text'], 'L’option « --format » est donnée plusieurs fois (json, text)'],
        [['check', '.', '--output', 'a.txt', '-o', 'b.txt'], 'L’option « --output » est donnée plusieurs fois (a.txt, b.txt)'],
        [['check', '.', '--max-warnings', '-3'], '--max-warnings attend un nombre entier positif, pas « -3 »'],
        [['check', '.', '--max-warnings', '-0.5'], '--max-warnings attend un nombre entier positif, pas « -0.5 »'],
        [['handbook', '.', '-o', 'livrets', '-o', 'autres'], 'L’option « --output » est donnée plusieurs fois (livrets, autres)']
    ])('%j', async (args, says) => {
        const folder = workspaceWith(DOCUMENTS);
        const { code, stderr, stdout } = await tutorat(args, folder);
        expect(code).toBe(2);
        expect(stderr).toContain(says);
        expect(stdout).toBe('');
        expect(filesUnder(folder)).toEqual(['duos.tutorat', 'personnes.tutorat']);
    });

    test('--workspace may be given several times', async () => {
        const folder = workspaceWith({ ...DOCUMENTS, 'a/x.tutorat': 'institution A {\n}\n', 'b/y.tutorat': 'institution B {\n}\n' });
        const { code } = await tutorat(['check', 'personnes.tutorat', '--workspace', 'a', '--workspace', 'b'], folder);
        expect(code).toBeLessThan(2);
    });
});

