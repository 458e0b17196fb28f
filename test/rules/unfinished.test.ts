import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { COMPLETE_ELEMENT, ruleIdsOf, type FindingData, type FixEdit } from '@tutorat/language';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * An element still being written — a tutor, a duo, a path with most of its lines missing — is one
 * finding that lists what is missing, with one quick fix that writes every missing line; each rule
 * stays configurable and suppressible on its own.
 */

const PEOPLE = [
    '    service Accueil { responsable Nadia }',
    '    fonction Educ « Éducateur spécialisé » { qualification requise bachelier }',
    '    personne Nadia « Nadia Lambert » { rôle encadrement }',
    '    tuteur François « François Dupont » {',
    '        fonction Educ',
    '        qualification bachelier',
    '        expérience 9 ans',
    '        ancienneté 6 ans',
    '        volontaire spontanément',
    '        formation au tutorat en 2023',
    '        formation continue « Intervision des tuteurs »',
    '    }',
    '    tutorée Léa « Léa Verhoeven » { service Accueil fonction visée Educ }'
].join('\n');

const institution = (body: string) => `institution Tilleuls {\n${PEOPLE}\n${body}\n}\n`;

function findingsOf(workspace: TestWorkspace, file = 'institution.tutorat'): Diagnostic[] {
    return workspace.diagnostics(file);
}

/** The findings on a line, but parcours/existe's: the tutee's path is another element than the one being written. */
function onLine(workspace: TestWorkspace, line: string, file = 'institution.tutorat'): Diagnostic[] {
    const index = workspace.documents.get(file)!.textDocument.getText().split('\n').findIndex((text) => text.includes(line));
    return findingsOf(workspace, file).filter((diagnostic) => diagnostic.range.start.line === index && diagnostic.code !== 'parcours/existe');
}

function applyEdits(text: string, edits: readonly FixEdit[]): string {
    const lines = text.split('\n');
    const offset = (position: FixEdit['range']['start']) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

function completionOf(diagnostic: Diagnostic): readonly FixEdit[] {
    const fix = (diagnostic.data as FindingData).fixes?.find((candidate) => candidate.fix === COMPLETE_ELEMENT.id);
    expect(fix, 'la correction « compléter »').toBeDefined();
    return fix!.edits;
}

/**
 * What the path rules still say once the quick fix has written the missing lines — except that each
 * evaluation written still has to say when, by whom and on what, and the project and supports written
 * with empty quotes still have to be filled (only the user knows).
 */
function pathFindings(workspace: TestWorkspace): string[] {
    return findingsOf(workspace)
        .filter((diagnostic) => /^(parcours|stage|langage)\//.test(String(diagnostic.code)) && diagnostic.code !== 'parcours/existe')
        .filter((diagnostic) => !(diagnostic.code === 'parcours/evaluations' && /ne dit pas (quand|qui|sur)/.test(String(diagnostic.message))))
        .filter((diagnostic) => !(['parcours/projet-professionnel', 'parcours/supports'].includes(String(diagnostic.code)) && (diagnostic.data as FindingData).messageKey === 'empty'))
        .map((diagnostic) => `${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.message}`);
}

describe('an element still being written is one finding', () => {
    test('a tutor: one finding listing what is missing, at the highest severity of the rules it speaks for', async () => {
        const workspace = await buildWorkspace({ 'institution.tutorat': institution('    tutrice Aïcha\n    duo Aïcha accompagne Léa { suppléant François }') });
        const [finding, ...others] = onLine(workspace, 'tutrice Aïcha');
        expect(others).toEqual([]);
        expect(finding.message).toBe('La déclaration de la tutrice Aïcha n’est pas encore complète : il manque le volontariat, la désignation, les capacités de tuteur, '
            + 'l’expérience professionnelle, l’ancienneté dans l’institution, la formation au tutorat, la formation continue et la réflexion sur la fonction. Chaque élément manquant est une recommandation du Guide pour le tutorat ; '
            + 'la correction rapide ajoute les lignes à compléter.');
        expect(ruleIdsOf(finding)).toEqual(['tuteur/volontaire', 'tuteur/designation', 'tuteur/competences-tutorales', 'tuteur/experience', 'tuteur/anciennete', 'tuteur/forme', 'tuteur/formation-continue', 'tuteur/reflexion-fonction']);
        // Warnings and one information: the finding is a warning, and speaks for the first warning rule.
        expect(finding.severity).toBe(2);
        expect(finding.code).toBe('tuteur/volontaire');
    });

    test('a duo and a path: one finding each, in English too', async () => {
        const files = { 'institution.tutorat': institution('    duo François accompagne Léa\n    parcours StageLéa « Stage de Léa » pour Léa {\n    }') };
        const workspace = await buildWorkspace(files);
        expect(onLine(workspace, 'duo François').map((diagnostic) => diagnostic.message)).toEqual([
            'Le duo François – Léa n’est pas encore complet : il manque la mission formalisée, un suppléant, des entretiens réguliers, le temps de travail en commun, le premier contact, l’information de l’équipe, '
            + 'le point régulier avec l’encadrement, qui alerter en cas de difficulté et les documents remis. '
            + 'Chaque élément manquant est une recommandation du Guide pour le tutorat ; la correction rapide ajoute les lignes à compléter.'
        ]);
        const [path, ...others] = onLine(workspace, 'parcours StageLéa');
        expect(others).toEqual([]);
        expect(path.message).toContain('Le parcours « Stage de Léa » n’est pas encore complet : il manque le projet professionnel du tutoré, les supports d’apprentissage, '
            + 'les phases accueil, accompagnement et évaluation, les évaluations formative et finale, un bilan avec le supérieur hiérarchique et l’auto-évaluation du tutoré.');
        const english = await buildWorkspace(files, { locale: 'en' });
        expect(onLine(english, 'duo François')[0].message).toBe('The duo François – Léa is not complete yet: it still lacks the formalised mission, a substitute, regular interviews, the time worked together, '
            + 'the first contact, informing the team, the regular review with the supervisors, whom to alert in case of difficulty and the documents given. Each missing element is a recommendation of the Guide pour le tutorat; the quick fix adds the lines to fill in.');
    });

    test('an element with few absences keeps one finding per rule', async () => {
        const workspace = await buildWorkspace({ 'institution.tutorat': institution('    duo François accompagne Léa {\n        suppléant Nadia\n        entretiens chaque semaine\n        temps commun 50 %\n'
            + '        équipe informée le 01/09/2026\n        point avec Nadia chaque mois\n        alerter François en cas de difficulté\n    }') });
        expect(onLine(workspace, 'duo François').map((diagnostic) => ruleIdsOf(diagnostic))).toEqual([['tuteur/mission-formalisee'], ['duo/premier-contact'], ['duo/documents-accueil']]);
    });

    test('a rule turned off contributes nothing, and too few rules left means one finding per rule', async () => {
        const files = { 'institution.tutorat': institution('    duo François accompagne Léa') };
        const withoutInterviews = await buildWorkspace({ ...files, 'tutorat.json': '{ "rules": { "duo/entretiens": "off" } }' });
        const [gathered] = onLine(withoutInterviews, 'duo François');
        expect(ruleIdsOf(gathered)).not.toContain('duo/entretiens');
        expect(gathered.message).not.toContain('entretiens');
        // Information rules made errors: the gathered finding is an error.
        const severe = await buildWorkspace({ ...files, 'tutorat.json': '{ "rules": { "duo/documents-accueil": "error" } }' });
        expect(onLine(severe, 'duo François').map((diagnostic) => [diagnostic.severity, diagnostic.code])).toEqual([[1, 'duo/documents-accueil']]);
        const mostOff = await buildWorkspace({ ...files, 'tutorat.json': '{ "rules": { "duo": "off", "duo/suppleant": "warning" } }' });
        expect(onLine(mostOff, 'duo François').map((diagnostic) => ruleIdsOf(diagnostic))).toEqual([['tuteur/mission-formalisee'], ['duo/suppleant']]);
    });

    test('a suppressed rule contributes nothing, and its suppression is used', async () => {
        const workspace = await buildWorkspace({ 'institution.tutorat': institution('    // tutorat-ignorer duo/documents-accueil : remis en main propre par la direction\n    duo François accompagne Léa') });
        const [gathered, ...others] = onLine(workspace, 'duo François');
        expect(others).toEqual([]);
        expect(ruleIdsOf(gathered)).not.toContain('duo/documents-accueil');
        expect(findingsOf(workspace).filter((diagnostic) => String(diagnostic.code).startsWith('suppression/'))).toEqual([]);
    });

    test('the quick fix writes every missing line of a duo, opening its block, and leaves only what the user must choose', async () => {
        const files = { 'institution.tutorat': institution('    duo François accompagne Léa') };
        const workspace = await buildWorkspace(files);
        const [gathered] = onLine(workspace, 'duo François');
        const fixed = applyEdits(files['institution.tutorat'], completionOf(gathered));
        expect(fixed).toContain([
            '    duo François accompagne Léa {',
            '        mission {',
            '            // à compléter : formalisée le jj/mm/aaaa par « avenant au contrat de travail »',
            '            // à compléter : durée … semaines',
            '            horaire « »',
            '            activités « »',
            '            aménagement du temps « »',
            '            objectifs « »',
            '            évaluation « »',
            '        }',
            '        suppléant À_COMPLÉTER',
            '        entretiens chaque semaine',
            '        temps commun 50 %',
            '        // à compléter : premier contact le jj/mm/aaaa « … »',
            '        // à compléter : équipe informée le jj/mm/aaaa « … »',
            '        point avec Nadia chaque mois',
            '        alerter François en cas de difficulté',
            '        documents remis projet-institutionnel, règlement-ordre-intérieur, description-de-fonction, référentiel-de-compétences, livret-du-tutorat',
            '    }'
        ].join('\n'));
        const after = await buildWorkspace({ 'institution.tutorat': fixed });
        expect(after.summary().filter((line) => line.endsWith('langage/syntaxe')), fixed).toEqual([]);
        // The lines written satisfy their rules; what only the user knows is not made up: it stays to complete.
        const onDuo = onLine(after, 'duo François').flatMap((diagnostic) => ruleIdsOf(diagnostic));
        expect(onDuo.filter((id) => ['duo/entretiens', 'duo/temps-commun', 'duo/documents-accueil', 'duo/suppleant', 'duo/point-encadrement', 'duo/alerte'].includes(id))).toEqual([]);
        expect(onLine(after, '        mission {').map((diagnostic) => diagnostic.code)).toEqual(['tuteur/mission-formalisee']);
        expect(onLine(after, 'suppléant À_COMPLÉTER').map((diagnostic) => diagnostic.code)).toEqual(['langage/reference']);
    });

    test('the quick fix of a path opens each phase once, with what several rules put in it', async () => {
        const files = { 'institution.tutorat': institution('    parcours StageLéa « Stage de Léa » pour Léa {\n        période du 05/10/2026 au 18/12/2026\n    }') };
        const workspace = await buildWorkspace(files);
        const [gathered] = onLine(workspace, 'parcours StageLéa');
        const fixed = applyEdits(files['institution.tutorat'], completionOf(gathered));
        expect(fixed).toContain([
            '        période du 05/10/2026 au 18/12/2026',
            '        projet professionnel « »',
            '        supports « »',
            '        phase accueil « Accueillir et intégrer » {',
            '        }',
            '        phase accompagnement « Accompagner et former » {',
            '            évaluation formative « Point de mi-parcours »',
            '            bilan avec Nadia en présence du tutoré',
            '            auto-évaluation chaque semaine',
            '        }',
            '        phase évaluation « Évaluer et conclure » {',
            '            évaluation finale « Évaluation de fin de parcours »',
            '        }',
            '    }'
        ].join('\n'));
        const after = await buildWorkspace({ 'institution.tutorat': fixed });
        expect(pathFindings(after), fixed).toEqual([]);
        // The quotes left empty are each one finding on their own line, saying what to write there.
        expect(findingsOf(after).filter((diagnostic) => (diagnostic.data as FindingData).messageKey === 'empty')
            .map((diagnostic) => [after.documents.get('institution.tutorat')!.textDocument.getText().split('\n')[diagnostic.range.start.line].trim(), diagnostic.code]))
            .toEqual([['projet professionnel « »', 'parcours/projet-professionnel'], ['supports « »', 'parcours/supports']]);
    });

    test('the path’s missing phases go where the guide’s order puts them, with the lines bound for them', async () => {
        const files = { 'institution.tutorat': institution('    parcours StageLéa pour Léa {\n        phase évaluation « Conclure » {\n        }\n    }') };
        const workspace = await buildWorkspace(files);
        const [gathered] = onLine(workspace, 'parcours StageLéa');
        const fixed = applyEdits(files['institution.tutorat'], completionOf(gathered));
        expect(fixed.indexOf('phase accueil')).toBeLessThan(fixed.indexOf('phase accompagnement'));
        expect(fixed.indexOf('phase accompagnement')).toBeLessThan(fixed.indexOf('phase évaluation'));
        expect(fixed).toMatch(/phase évaluation « Conclure » \{\n\s+évaluation finale « Évaluation de fin de parcours »\n\s+\}/);
        const after = await buildWorkspace({ 'institution.tutorat': fixed });
        expect(pathFindings(after), fixed).toEqual([]);
    });

    test('in the editor: one quick fix, a suppression naming every rule, and each rule’s page', async () => {
        const workspace = await buildWorkspace({ 'institution.tutorat': institution('    duo François accompagne Léa') });
        const document = workspace.documents.get('institution.tutorat')!;
        const [gathered] = onLine(workspace, 'duo François');
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: gathered.range, context: { diagnostics: [gathered] }
        }) as CodeAction[];
        const titles = actions.map((action) => action.title);
        expect(titles[0]).toBe(COMPLETE_ELEMENT.title.fr);
        const suppression = actions.find((action) => action.title.startsWith('Ignorer'))!;
        expect(Object.values(suppression.edit!.changes!)[0][0].newText)
            .toBe('    // tutorat-ignorer tuteur/mission-formalisee, duo/suppleant, duo/entretiens, duo/temps-commun, duo/premier-contact, duo/equipe-informee, duo/point-encadrement, duo/alerte, duo/documents-accueil : …\n');
        expect(titles).toContain('Ouvrir la page de la règle duo/premier-contact');
    });
});
