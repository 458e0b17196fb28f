import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { tutorat } from '../support/cli.js';
import { buildWorkspace } from '../support/workspace.js';
import { exampleFiles, format, messageOf, watchRuleFailures } from './support.js';

/**
 * Inputs nobody writes on purpose still get a clear French finding — the exact rule and words a
 * user can act on — without a crash or a hang. The time limits only guard against hangs (a test
 * that takes 30 s is broken, not slow).
 */
const GUARD_MS = 30_000;

async function checkOne(text: string): Promise<{ diagnostics: Diagnostic[]; formatted: string | undefined }> {
    const watch = watchRuleFailures();
    try {
        const workspace = await buildWorkspace({ 'document.tutorat': text });
        const document = workspace.documents.get('document.tutorat')!;
        const formatted = await format(workspace.services, document);
        expect(watch.failures()).toEqual([]);
        return { diagnostics: document.diagnostics ?? [], formatted };
    } finally {
        watch.restore();
    }
}

function expectFinding(diagnostics: readonly Diagnostic[], ruleId: string, fragment: string): Diagnostic {
    const found = diagnostics.find((diagnostic) => diagnostic.code === ruleId && messageOf(diagnostic).includes(fragment));
    expect(found, `${ruleId} « ${fragment} » among:\n${diagnostics.slice(0, 5).map((diagnostic) => `${diagnostic.code} ${messageOf(diagnostic)}`).join('\n')}`).toBeDefined();
    return found!;
}

describe('pathological documents', () => {
    test('a 10 MB file (2,000 institutions) ending too early', { timeout: GUARD_MS * 2 }, async () => {
        const organisation = exampleFiles()['les-tilleuls/organisation.tutorat'];
        const copies: string[] = [];
        let size = 0;
        for (let index = 0; size < 10 * 1024 * 1024; index++) {
            const copy = organisation.replace('institution LesTilleuls', `institution Institution${index}`);
            copies.push(copy);
            size += Buffer.byteLength(copy);
        }
        const { diagnostics } = await checkOne(copies.join('\n') + '\ninstitution Dernière {\n    tutrice Élodie {\n');
        expectFinding(diagnostics, 'langage/syntaxe', 'Le bloc « tutrice Élodie » ouvert ligne');
    });

    test('10,000 opening braces', { timeout: GUARD_MS }, async () => {
        const { diagnostics, formatted } = await checkOne(`institution X {\n${'{'.repeat(10_000)}\n}\n`);
        expectFinding(diagnostics, 'langage/syntaxe', 'n’est pas compris');
        // A document that does not parse is left as it is by the formatter.
        expect(formatted).toBe(`institution X {\n${'{'.repeat(10_000)}\n}\n`);
    });

    test('10,000 blocks opened one inside the other in a text', { timeout: GUARD_MS }, async () => {
        const nested = `institution X {\n    adresse « ${'{ '.repeat(10_000)} »\n    tutrice Élodie {\n`;
        const { diagnostics } = await checkOne(nested);
        expectFinding(diagnostics, 'langage/syntaxe', 'Le bloc « tutrice Élodie » ouvert ligne 3 n’est pas fermé');
    });

    test('a line of 1 MB, with a word of 1 MB the reader does not know', { timeout: GUARD_MS }, async () => {
        const word = 'blabla'.repeat(180_000);
        const { diagnostics } = await checkOne(`institution X { adresse « ${'Rue des Tilleuls '.repeat(60_000)} » ${word} }\n`);
        const finding = expectFinding(diagnostics, 'langage/syntaxe', 'à la place de « blabla');
        // The message quotes the beginning of the word, not the megabyte.
        expect(messageOf(finding).length).toBeLessThan(1_000);
        expect(messageOf(finding)).toContain('…');
    });

    test('a person who reports to themselves', async () => {
        const { diagnostics } = await checkOne('institution X {\n    personne Nadia { supérieur hiérarchique Nadia }\n}\n');
        expectFinding(diagnostics, 'langage/coherence', 'est indiqué comme son propre supérieur hiérarchique');
    });

    test('a hierarchy that goes round in a loop', async () => {
        const { diagnostics } = await checkOne('institution X {\n    personne A { supérieur hiérarchique B }\n    personne B { supérieur hiérarchique C }\n    personne C { supérieur hiérarchique A }\n}\n');
        expectFinding(diagnostics, 'langage/coherence', 'La ligne hiérarchique tourne en rond');
    });

    test('a template that extends itself', async () => {
        const { diagnostics } = await checkOne('modèle de charte M « Modèle » étend M {\n    suppléance « Le chef désigne un suppléant. »\n}\n');
        expectFinding(diagnostics, 'modele/heritage', 's’étend lui-même');
    });

    test('two templates that extend each other', async () => {
        const { diagnostics } = await checkOne('modèle de charte A étend B {\n}\nmodèle de charte B étend A {\n}\n');
        expectFinding(diagnostics, 'modele/heritage', 'Les modèles s’étendent en boucle');
    });

    test('a tutor who is their own tutee', async () => {
        const { diagnostics } = await checkOne('institution X {\n    tutrice Élodie\n    duo Élodie accompagne Élodie { période du 01/09/2026 au 31/12/2026 }\n}\n');
        expectFinding(diagnostics, 'langage/coherence', 'ne peut pas être à la fois le tuteur et le tutoré');
    });
});

describe('files that are not text saved as UTF-8', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tutorat-encodage-'));

    test('a document saved in Latin-1 (accents are invalid UTF-8)', { timeout: GUARD_MS }, async () => {
        writeFileSync(join(folder, 'latin1.tutorat'), Buffer.from('institution Tilleuls {\n    tutrice Élodie « Élodie Martin »\n}\n', 'latin1'));
        const { stdout } = await tutorat(['check', 'latin1.tutorat', '--format', 'json'], folder);
        const findings = JSON.parse(stdout).findings as Array<{ ruleId: string; message: string }>;
        expect(findings.some((finding) => finding.ruleId === 'langage/syntaxe' && finding.message.includes('ce n’est pas un texte enregistré en UTF-8'))).toBe(true);
    });

    test('a binary file named .tutorat', { timeout: GUARD_MS }, async () => {
        // Bytes of every value, as in an image or an archive: NUL, control characters, invalid sequences.
        const bytes = Buffer.alloc(64 * 1024);
        for (let index = 0; index < bytes.length; index++) {
            bytes[index] = (index * 7919 + (index >> 8)) & 0xff;
        }
        writeFileSync(join(folder, 'image.tutorat'), bytes);
        const { code, stdout, stderr } = await tutorat(['check', 'image.tutorat', '--format', 'json'], folder);
        expect(stderr).toBe('');
        expect(code).toBe(1);
        const findings = JSON.parse(stdout).findings as Array<{ ruleId: string; message: string }>;
        expect(findings[0]).toMatchObject({ ruleId: 'langage/syntaxe' });
        expect(findings[0].message).toContain('ce n’est pas un texte enregistré en UTF-8');
    });
});
