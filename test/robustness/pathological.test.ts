import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { hiddenFindingsOf, MAX_DOCUMENT_CHARACTERS, MAX_FINDINGS_PER_DOCUMENT, MAX_RELATED_PLACES } from '@tutorat/language';
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
    /** Copies of the examples' organisation, each its own institution, up to `characters`. */
    function institutions(characters: number): string {
        const organisation = exampleFiles()['les-tilleuls/organisation.tutorat'];
        const copies: string[] = [];
        let size = 0;
        for (let index = 0; size + organisation.length < characters; index++) {
            const copy = organisation.replace('institution LesTilleuls', `institution Institution${index}`);
            copies.push(copy);
            size += copy.length + 1;
        }
        return copies.join('\n');
    }

    test('a 10 MB file is not read: one finding says so and how to split it', { timeout: GUARD_MS }, async () => {
        const text = institutions(10 * 1024 * 1024);
        expect(text.length).toBeGreaterThan(MAX_DOCUMENT_CHARACTERS);
        const { diagnostics } = await checkOne(text);
        expect(diagnostics).toHaveLength(1);
        const finding = expectFinding(diagnostics, 'langage/limite', 'Découpez-le en plusieurs fichiers');
        expect(messageOf(finding)).toContain(`Ce document compte ${text.length.toLocaleString('fr-BE')} caractères`);
    });

    test('a file just below the limit (some 2,000 institutions) ending too early is checked', { timeout: GUARD_MS * 2 }, async () => {
        const text = institutions(MAX_DOCUMENT_CHARACTERS - 100) + '\ninstitution Dernière {\n    tutrice Élodie {\n';
        expect(text.length).toBeLessThanOrEqual(MAX_DOCUMENT_CHARACTERS);
        const { diagnostics } = await checkOne(text);
        expectFinding(diagnostics, 'langage/syntaxe', 'Le bloc « tutrice Élodie » ouvert ligne');
        expect(diagnostics.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_DOCUMENT);
    });

    test('2,000 declarations of one name: each copy reported once, naming a few others, and at most 1,000 findings shown', { timeout: GUARD_MS * 2 }, async () => {
        const text = `institution LesTilleuls {\n${'    tutrice Élodie « Élodie Martin »\n'.repeat(2_000)}}\n`;
        const { diagnostics } = await checkOne(text);
        expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_DOCUMENT);
        const duplicates = diagnostics.filter((diagnostic) => diagnostic.code === 'langage/doublon');
        // Errors come first: every finding shown about the name, none about the same line twice.
        expect(duplicates.length).toBeGreaterThan(900);
        expect(new Set(duplicates.map((diagnostic) => diagnostic.range.start.line)).size).toBe(duplicates.length);
        expect(Math.max(...duplicates.map((diagnostic) => diagnostic.relatedInformation?.length ?? 0))).toBe(MAX_RELATED_PLACES);
        // The first finding stands for the others, with their number and severities.
        const summary = diagnostics[0];
        expect(summary).toMatchObject({ code: 'langage/limite', severity: 1 });
        expect(messageOf(summary)).toMatch(/^[\d\s]+ autres constats non affichés \([\d\s]+ erreurs?, .*avertissements.*\) : Tutorat en montre au plus 1\s000 par document\./);
        // The first declaration is not a copy: 1,999 findings.
        expect(hiddenFindingsOf(summary)?.error).toBe(1_999 - (MAX_FINDINGS_PER_DOCUMENT - 1));
        // The command prints what is shown, and counts everything in its summary.
        const folder = mkdtempSync(join(tmpdir(), 'tutorat-doublons-'));
        writeFileSync(join(folder, 'doublons.tutorat'), text);
        const { code, stdout } = await tutorat(['check', '.', '--format', 'json'], folder);
        expect(code).toBe(1);
        const report = JSON.parse(stdout) as { summary: { errors: number }; findings: Array<{ related: unknown[] }> };
        expect(report.findings).toHaveLength(MAX_FINDINGS_PER_DOCUMENT);
        expect(report.findings.reduce((sum, finding) => sum + finding.related.length, 0)).toBeLessThanOrEqual(MAX_FINDINGS_PER_DOCUMENT * MAX_RELATED_PLACES);
        expect(report.summary.errors).toBe(1_999);
    });

    test('10,000 opening braces', { timeout: GUARD_MS }, async () => {
        const { diagnostics, formatted } = await checkOne(`institution X {\n${'{'.repeat(10_000)}\n}\n`);
        expectFinding(diagnostics, 'langage/syntaxe', 'n’est pas compris');
        // A document that does not parse is left as it is by the formatter.
        expect(formatted).toBe(`institution X {\n${'{'.repeat(10_000)}\n}\n`);
    });

    test('200,000 opening braces on one line: one mistake, read in one pass', { timeout: GUARD_MS }, async () => {
        // Each doubled brace used to be a note and a splice of the token array (minutes for this line), and the
        // notes were then spread into Math.min's arguments (a stack overflow that took the document's facts down).
        const { diagnostics } = await checkOne(`institution X {\n${'{'.repeat(200_000)}\n}\n`);
        expect(diagnostics.every((diagnostic) => diagnostic.code === 'langage/syntaxe')).toBe(true);
        expect(diagnostics.length).toBeLessThanOrEqual(2);
        expect(diagnostics.some((diagnostic) => diagnostic.range.start.line === 1)).toBe(true);
    });

    test('1,000 duos naming people by another naming: each name reported, the first ones with the names meant', { timeout: GUARD_MS }, async () => {
        // Every unknown name is compared with every name in scope: for thousands of them, suggestions took minutes.
        const people = Array.from({ length: 1_000 }, (_, index) => `    tutrice T${index}\n    tutoré E${index}`).join('\n');
        const duos = Array.from({ length: 1_000 }, (_, index) => `    duo Tx${index} accompagne Ex${index} { période du 01/09/2026 au 30/06/2027 }`).join('\n');
        const { diagnostics } = await checkOne(`institution X {\n${people}\n${duos}\n}\n`);
        const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'langage/reference');
        expect(messageOf(unknown[0])).toContain('Vouliez-vous écrire « T0 »');
        expect(unknown.filter((diagnostic) => messageOf(diagnostic).includes('Vouliez-vous')).length).toBe(200);
        expect(unknown.length).toBeGreaterThan(200);
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
        expectFinding(diagnostics, 'langage/coherence', 'personne n’est son propre supérieur');
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
        expectFinding(diagnostics, 'langage/coherence', 'une personne ne peut pas être sa propre tutrice ou son propre tuteur');
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

    test('a text in quotes with bytes that are not UTF-8: one finding, at the first one', { timeout: GUARD_MS }, async () => {
        // « Martin » and « Liège » written in Windows-1252 inside a file otherwise UTF-8.
        const bytes = Buffer.concat([
            Buffer.from('institution Tilleuls {\n    tutrice Élodie « Élodie '), Buffer.from('M\xe9lot', 'latin1'),
            Buffer.from(' »\n    adresse « Rue de '), Buffer.from('Li\xe8ge', 'latin1'), Buffer.from(' »\n}\n')
        ]);
        writeFileSync(join(folder, 'textes.tutorat'), bytes);
        const { stdout } = await tutorat(['check', 'textes.tutorat', '--format', 'json'], folder);
        const findings = (JSON.parse(stdout).findings as Array<{ ruleId: string; message: string; line: number; column: number }>).filter((finding) => finding.ruleId === 'langage/syntaxe');
        expect(findings).toEqual([expect.objectContaining({ line: 2, column: 30, message: expect.stringContaining('Ce caractère illisible (�) remplace des octets qui ne sont pas du texte UTF-8') })]);
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
        const syntax = findings.find((finding) => finding.ruleId === 'langage/syntaxe');
        expect(syntax?.message).toContain('ce n’est pas un texte enregistré en UTF-8');
        // Thousands of unreadable bytes: the findings shown are capped, the first one says so.
        expect(findings.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_DOCUMENT);
    });
});
