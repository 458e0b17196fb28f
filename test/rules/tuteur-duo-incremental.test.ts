import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * In the editor, a change in one file must update the findings of the `tuteur/*` and `duo/*` rules
 * in the other files that depend on it (a tutor's duos, a tutee's duo, the charter's thresholds,
 * the hierarchy, similar functions), without those files being touched.
 */

function findings(workspace: TestWorkspace, file: string, ruleId: string): Diagnostic[] {
    return workspace.diagnostics(file).filter((diagnostic) => diagnostic.code === ruleId);
}

/** 0-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
    const line = text.split('\n').findIndex((candidate) => candidate.includes(needle));
    expect(line, `« ${needle} » introuvable`).toBeGreaterThanOrEqual(0);
    return line;
}

const INSTITUTION = (body: string) => `institution Tilleuls {\n${body}}\n`;

describe('tuteur/charge across files', () => {
    const people = INSTITUTION('    tutrice Élodie\n    tutorée Léa\n    tutoré Karim\n    tutorée Zoé\n');
    const autumn = INSTITUTION('    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }\n    duo Élodie accompagne Karim { période du 01/10/2026 au 31/01/2027 }\n');
    const withoutZoe = INSTITUTION('');
    const withZoe = INSTITUTION('    duo Élodie accompagne Zoé { période du 15/09/2026 au 30/11/2026 }\n');

    test('a duo added in file B overloads the tutor on the later duo of file A, and the finding goes when it is removed', async () => {
        const workspace = await buildWorkspace({ 'personnes.tutorat': people, 'automne.tutorat': autumn, 'septembre.tutorat': withoutZoe });
        expect(findings(workspace, 'automne.tutorat', 'tuteur/charge')).toEqual([]);

        await workspace.edit('septembre.tutorat', withZoe);
        const [overload, ...others] = findings(workspace, 'automne.tutorat', 'tuteur/charge');
        expect(others).toEqual([]);
        // Karim's duo starts last: it is the one that takes Élodie over the maximum of 2.
        expect(overload.range.start.line).toBe(lineOf(autumn, 'accompagne Karim'));
        expect(overload.message).toContain('3 tutorés en même temps à partir du 01/10/2026 (Léa, Zoé, Karim)');
        expect(overload.relatedInformation?.map((related) => related.location.uri.split('/').pop()).sort()).toEqual(['automne.tutorat', 'septembre.tutorat']);
        // Zoé's duo starts while only Léa's runs: two tutees, within the maximum.
        expect(findings(workspace, 'septembre.tutorat', 'tuteur/charge')).toEqual([]);

        await workspace.edit('septembre.tutorat', withoutZoe);
        expect(findings(workspace, 'automne.tutorat', 'tuteur/charge')).toEqual([]);
    });
});

describe('duo/tuteur across files', () => {
    const people = INSTITUTION('    tutrice Élodie\n    tutorée Léa\n');
    const duo = INSTITUTION('    duo Élodie accompagne Léa { période du 14/09/2026 au 18/12/2026 }\n');

    test('a duo written in another file gives the tutee a tutor; removing that file takes it away again', async () => {
        const workspace = await buildWorkspace({ 'personnes.tutorat': people, 'duos.tutorat': INSTITUTION('') });
        const [missing] = findings(workspace, 'personnes.tutorat', 'duo/tuteur');
        expect(missing?.range.start.line).toBe(lineOf(people, 'tutorée Léa'));

        await workspace.edit('duos.tutorat', duo);
        expect(findings(workspace, 'personnes.tutorat', 'duo/tuteur')).toEqual([]);

        await workspace.remove('duos.tutorat');
        expect(findings(workspace, 'personnes.tutorat', 'duo/tuteur')).toHaveLength(1);
    });
});

describe('charter thresholds across files', () => {
    const charter = (profile: string) => INSTITUTION(`    charte {\n        profil du tuteur {\n${profile}        }\n    }\n`);
    const people = INSTITUTION('    tutrice Élodie {\n        expérience 4 ans\n        ancienneté 2 ans\n    }\n');

    test('changing the charter’s minimum in its own file changes the tutor’s findings in the people file', async () => {
        const workspace = await buildWorkspace({ 'charte.tutorat': charter('            expérience minimale 3 ans\n'), 'personnes.tutorat': people });
        expect(findings(workspace, 'personnes.tutorat', 'tuteur/experience')).toEqual([]);

        await workspace.edit('charte.tutorat', charter('            expérience minimale 5 ans\n            ancienneté minimale 3 ans\n'));
        const [experience] = findings(workspace, 'personnes.tutorat', 'tuteur/experience');
        expect(experience.range.start.line).toBe(lineOf(people, 'expérience 4 ans'));
        expect(experience.message).toContain('5 ans (fixé par la charte de l’institution)');
        expect(experience.relatedInformation?.[0].location.uri).toMatch(/charte\.tutorat$/);
        expect(findings(workspace, 'personnes.tutorat', 'tuteur/anciennete')[0]?.message).toContain('3 ans (fixé par la charte');

        // Without a profile in the charter, the project defaults (2 years, 1 year) apply.
        await workspace.edit('charte.tutorat', INSTITUTION('    charte {\n    }\n'));
        expect(findings(workspace, 'personnes.tutorat', 'tuteur/experience')).toEqual([]);
        expect(findings(workspace, 'personnes.tutorat', 'tuteur/anciennete')).toEqual([]);
    });
});

describe('similar functions declared in a third file', () => {
    const functions = (similar: string) => INSTITUTION(`    fonction Éducateur${similar}\n    fonction AideSoignant\n`);
    const people = INSTITUTION('    tuteur François { fonction AideSoignant }\n    tutorée Léa { fonction visée Éducateur }\n');
    const duos = INSTITUTION('    duo François accompagne Léa\n');

    test('declaring the functions similar in their own file clears the finding on the duo', async () => {
        const workspace = await buildWorkspace({ 'fonctions.tutorat': functions(''), 'personnes.tutorat': people, 'duos.tutorat': duos });
        expect(findings(workspace, 'duos.tutorat', 'tuteur/fonction-similaire')).toHaveLength(1);

        await workspace.edit('fonctions.tutorat', functions(' { similaire à AideSoignant }'));
        expect(findings(workspace, 'duos.tutorat', 'tuteur/fonction-similaire')).toEqual([]);

        await workspace.edit('fonctions.tutorat', functions(''));
        expect(findings(workspace, 'duos.tutorat', 'tuteur/fonction-similaire')).toHaveLength(1);
    });
});

describe('the hierarchy spread over files', () => {
    const services = INSTITUTION('    service Hébergement { responsable Nadia }\n');
    const direction = (nadia: string) => INSTITUTION(`    personne Nadia${nadia}\n`);
    const people = INSTITUTION('    tutrice Élodie\n    tutoré Karim { service Hébergement }\n');
    const duos = INSTITUTION('    duo Élodie accompagne Karim\n');

    test('a superior line written in another file puts the tutor above the tutee', async () => {
        const workspace = await buildWorkspace({ 'services.tutorat': services, 'direction.tutorat': direction(''), 'personnes.tutorat': people, 'duos.tutorat': duos });
        expect(findings(workspace, 'duos.tutorat', 'tuteur/non-superieur')).toEqual([]);

        await workspace.edit('direction.tutorat', direction(' { supérieur hiérarchique Élodie }'));
        const [superior] = findings(workspace, 'duos.tutorat', 'tuteur/non-superieur');
        expect(superior.message).toContain('Karim rend compte à Élodie (Karim rend compte à Nadia, responsable du service Hébergement ; Nadia rend compte à Élodie)');
        expect(superior.relatedInformation?.map((related) => related.location.uri.split('/').pop())).toEqual(['services.tutorat', 'direction.tutorat']);

        await workspace.edit('direction.tutorat', direction(''));
        expect(findings(workspace, 'duos.tutorat', 'tuteur/non-superieur')).toEqual([]);
    });
});
