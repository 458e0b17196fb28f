import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ruleById, type FindingData, type FixEdit } from '@tutorat/language';
import { filesOf } from '../support/folders.js';
import { buildWorkspace, uriOf, type TestWorkspace } from '../support/workspace.js';

/**
 * The `tuteur/*` and `duo/*` rules beyond their fixtures: their catalogue entries (IDs and default
 * severities from principles.md), their documentation examples, their quick fixes, their English
 * messages and the findings the bundled examples leave on purpose.
 */

function findings(workspace: TestWorkspace, file: string, ruleId: string): Diagnostic[] {
    return workspace.diagnostics(file).filter((diagnostic) => diagnostic.code === ruleId);
}

function codes(workspace: TestWorkspace): string[] {
    return [...workspace.documents.values()].flatMap((document) => (document.diagnostics ?? []).map((diagnostic) => String(diagnostic.code)));
}

function applyFix(files: Record<string, string>, file: string, diagnostic: Diagnostic, fixId: string): Record<string, string> {
    const data = diagnostic.data as FindingData;
    const fix = data.fixes?.find((candidate) => candidate.fix === fixId);
    expect(fix, `${data.ruleId} propose « ${fixId} »`).toBeDefined();
    expect(ruleById(data.ruleId)?.fixes?.some((declared) => declared.id === fixId)).toBe(true);
    const result = { ...files };
    const byFile = new Map<string, FixEdit[]>();
    for (const edit of fix!.edits) {
        const target = edit.uri ? Object.keys(files).find((name) => uriOf(name).toString() === edit.uri)! : file;
        byFile.set(target, [...(byFile.get(target) ?? []), edit]);
    }
    for (const [target, edits] of byFile) {
        const lines = result[target].split('\n');
        const offset = (position: { line: number; character: number }) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
        const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
        let text = result[target];
        for (const edit of sorted) {
            text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
        }
        result[target] = text;
    }
    return result;
}

/** Builds the workspace, applies the quick fix of the first finding of the rule, and builds the result. */
async function fixed(files: Record<string, string>, file: string, ruleId: string, fixId: string): Promise<{ texts: Record<string, string>; after: TestWorkspace }> {
    // The rule alone: a duo written on one line would otherwise be unfinished, its absences gathered
    // into one finding (see unfinished.test.ts).
    files = { 'tutorat.json': JSON.stringify({ rules: { tuteur: 'off', duo: 'off', [ruleId]: ruleById(ruleId)!.severity } }), ...files };
    const before = await buildWorkspace(files);
    const [finding] = findings(before, file, ruleId);
    expect(finding, `${ruleId} dans ${file}`).toBeDefined();
    const texts = applyFix(files, file, finding, fixId);
    const after = await buildWorkspace(texts);
    expect(codes(after).filter((code) => code === 'langage/syntaxe'), Object.values(texts).join('\n----\n')).toEqual([]);
    return { texts, after };
}

const PEOPLE = '    tutrice Élodie\n    tuteur François\n    tutorée Léa\n';

describe('quick fixes', () => {
    test('duo/entretiens opens the block of a duo written without one and plans weekly interviews', async () => {
        const files = { 'institution.tutorat': `institution Tilleuls {\n${PEOPLE}    duo Élodie accompagne Léa\n}\n` };
        const { texts, after } = await fixed(files, 'institution.tutorat', 'duo/entretiens', 'addWeekly');
        expect(texts['institution.tutorat']).toContain('    duo Élodie accompagne Léa {\n        entretiens chaque semaine\n    }\n');
        expect(findings(after, 'institution.tutorat', 'duo/entretiens')).toEqual([]);
    });

    test('duo/entretiens replaces a rhythm less frequent than weekly', async () => {
        const files = { 'institution.tutorat': `institution Tilleuls {\n${PEOPLE}    duo Élodie accompagne Léa {\n        entretiens toutes les deux semaines\n    }\n}\n` };
        const before = await buildWorkspace(files);
        expect(findings(before, 'institution.tutorat', 'duo/entretiens')[0]?.severity).toBe(4);
        const { texts, after } = await fixed(files, 'institution.tutorat', 'duo/entretiens', 'makeWeekly');
        expect(texts['institution.tutorat']).toContain('        entretiens chaque semaine\n');
        expect(findings(after, 'institution.tutorat', 'duo/entretiens')).toEqual([]);
    });

    test('duo/temps-commun adds half of the time to a duo written on one line', async () => {
        const files = { 'institution.tutorat': `institution Tilleuls {\n${PEOPLE}    duo Élodie accompagne Léa { période du 14/09/2026 au 18/12/2026 }\n}\n` };
        const { texts, after } = await fixed(files, 'institution.tutorat', 'duo/temps-commun', 'addHalfTime');
        expect(texts['institution.tutorat']).toMatch(/période du 14\/09\/2026 au 18\/12\/2026\s*\n {8}temps commun 50 %\n {4}}/);
        expect(findings(after, 'institution.tutorat', 'duo/temps-commun')).toEqual([]);
    });

    test('duo/suppleant names a substitute to complete, which stays flagged until a real name replaces it', async () => {
        const files = { 'institution.tutorat': `institution Tilleuls {\n${PEOPLE}    duo Élodie accompagne Léa {\n        entretiens chaque semaine\n    }\n}\n` };
        const { texts, after } = await fixed(files, 'institution.tutorat', 'duo/suppleant', 'addSubstitute');
        expect(texts['institution.tutorat']).toContain('        entretiens chaque semaine\n        suppléant À_COMPLÉTER\n    }');
        expect(findings(after, 'institution.tutorat', 'duo/suppleant')).toEqual([]);
        expect(findings(after, 'institution.tutorat', 'langage/reference').map((diagnostic) => diagnostic.message).join()).toContain('À_COMPLÉTER');
    });

    test('duo/tuteur adds a duo to complete at the end of the tutee’s institution block, starting on arrival', async () => {
        const files = { 'personnes.tutorat': 'institution Tilleuls {\n    tutrice Élodie\n    tutorée Léa {\n        arrivée le 14/09/2026\n    }\n}\n' };
        const { texts, after } = await fixed(files, 'personnes.tutorat', 'duo/tuteur', 'addDuo');
        expect(texts['personnes.tutorat']).toContain('    duo À_COMPLÉTER accompagne Léa {\n        période à partir du 14/09/2026\n    }\n}\n');
        expect(findings(after, 'personnes.tutorat', 'duo/tuteur')).toEqual([]);
        expect(findings(after, 'personnes.tutorat', 'langage/reference')).toHaveLength(1);
    });

    test('duo/documents-accueil completes the list of documents, or writes it', async () => {
        const some = { 'institution.tutorat': `institution Tilleuls {\n${PEOPLE}    duo Élodie accompagne Léa {\n        documents remis description-de-fonction\n    }\n}\n` };
        const completed = await fixed(some, 'institution.tutorat', 'duo/documents-accueil', 'addDocuments');
        expect(completed.texts['institution.tutorat']).toContain('documents remis description-de-fonction, projet-institutionnel, règlement-ordre-intérieur, référentiel-de-compétences\n');
        expect(findings(completed.after, 'institution.tutorat', 'duo/documents-accueil')).toEqual([]);

        const none = { 'institution.tutorat': `institution Tilleuls {\n${PEOPLE}    duo Élodie accompagne Léa\n}\n` };
        const written = await fixed(none, 'institution.tutorat', 'duo/documents-accueil', 'addDocuments');
        expect(findings(written.after, 'institution.tutorat', 'duo/documents-accueil')).toEqual([]);
    });

    test('tuteur/fonction-similaire declares the functions similar in the file where the tutor’s function is written', async () => {
        const files = {
            'fonctions.tutorat': 'institution Tilleuls {\n    fonction Éducateur\n    fonction AideSoignant\n}\n',
            'institution.tutorat': 'institution Tilleuls {\n    tuteur François { fonction AideSoignant }\n    tutorée Léa { fonction visée Éducateur }\n    duo François accompagne Léa\n}\n'
        };
        const { texts, after } = await fixed(files, 'institution.tutorat', 'tuteur/fonction-similaire', 'declareSimilar');
        expect(texts['fonctions.tutorat']).toContain('    fonction AideSoignant {\n        similaire à Éducateur\n    }\n');
        expect(texts['institution.tutorat']).toBe(files['institution.tutorat']);
        expect(findings(after, 'institution.tutorat', 'tuteur/fonction-similaire')).toEqual([]);
    });
});

describe('messages in English', () => {
    test('say the same things, with the threshold’s source', async () => {
        const workspace = await buildWorkspace({
            'institution.tutorat': 'institution Tilleuls {\n    tutrice Élodie { expérience 1 an }\n    tutorée Léa\n    duo Élodie accompagne Léa { entretiens toutes les deux semaines }\n}\n'
        }, { locale: 'en' });
        const [experience] = findings(workspace, 'institution.tutorat', 'tuteur/experience');
        expect(experience.message).toContain('Élodie has 1 year of professional experience, less than the minimum required: 2 years (project default: the charter does not set this threshold)');
        expect(experience.message).toContain('(Guide pour le tutorat: Choosing the tutor — recommended profile)');
        expect(findings(workspace, 'institution.tutorat', 'duo/entretiens')[0]?.message).toContain('less often than the guide’s example (once a week)');
    });
});

describe('the bundled examples', () => {
    const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
    const FILES = filesOf(EXAMPLES);
    const DUOS = 'les-tilleuls/duos.tutorat';

    test('leave their intended tutor and duo findings where the comments announce them', async () => {
        const workspace = await buildWorkspace(FILES);
        const duos = FILES[DUOS].split('\n');
        const lineOf = (needle: string) => duos.findIndex((line) => line.includes(needle));
        const at = (ruleId: string) => findings(workspace, DUOS, ruleId).map((diagnostic) => diagnostic.range.start.line);
        expect(at('tuteur/profil-specifique')).toEqual([lineOf('duo Amina accompagne Sophie')]);
        expect(at('duo/temps-commun')).toEqual([lineOf('duo François accompagne Karim')]);
        const [interviews] = findings(workspace, DUOS, 'duo/entretiens');
        expect(interviews.range.start.line).toBe(lineOf('entretiens toutes les deux semaines'));
        expect(interviews.severity).toBe(4);
        // The federation's preset, extended by the Tilleuls' tutorat.json, raises duo/premier-contact to a warning.
        const configuration = workspace.shared.tutorat.Configuration.forDocument(uriOf(DUOS));
        expect(configuration.severityOf(ruleById('duo/premier-contact')!)).toBe('warning');
    });
});
