import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { AstUtils, isReference, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { pathsUnder } from '../support/folders.js';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * The formatter only moves blanks: on every example and on documents written carelessly, the
 * result parses to the same tree, keeps every comment, and formatting it again changes nothing.
 */

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

function tutoratFiles(folder: string): string[] {
    return pathsUnder(folder).filter((path) => path.endsWith('.tutorat'));
}

async function format(workspace: TestWorkspace, file: string, text: string): Promise<string> {
    await workspace.edit(file, text);
    const document = workspace.documents.get(file)!;
    const edits = await workspace.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'tutorat', 1, text), edits);
}

/** The tree as data: types, values and written references, without positions. */
function shape(document: LangiumDocument): string[] {
    return AstUtils.streamAst(document.parseResult.value).map((node: AstNode) => {
        const properties = Object.entries(node)
            .filter(([key]) => !key.startsWith('$'))
            .map(([key, value]) => `${key}=${JSON.stringify(value, (_, inner) => isReference(inner) ? `→${inner.$refText}` : typeof inner === 'object' && inner?.$type ? `<${inner.$type}>` : inner)}`);
        return `${node.$type}(${properties.join(', ')})`;
    }).toArray();
}

/** The comments of a text, as the lexer reads them (a `//` inside a text is not one). */
function comments(workspace: TestWorkspace, text: string): string[] {
    return workspace.services.parser.Lexer.tokenize(text).hidden.map((token) => token.image);
}

async function expectSafeAndIdempotent(workspace: TestWorkspace, file: string, text: string): Promise<string> {
    await workspace.edit(file, text);
    const before = workspace.documents.get(file)!;
    expect(before.parseResult.parserErrors, `${file} doit se lire sans erreur`).toEqual([]);
    const originalShape = shape(before);
    const once = await format(workspace, file, text);
    const formatted = workspace.documents.get(file)!;
    await workspace.edit(file, once);
    const reparsed = workspace.documents.get(file)!;
    expect(reparsed.parseResult.lexerErrors).toEqual([]);
    expect(reparsed.parseResult.parserErrors).toEqual([]);
    expect(shape(reparsed)).toEqual(originalShape);
    expect(comments(workspace, once)).toEqual(comments(workspace, text));
    expect(formatted).toBeDefined();
    const twice = await format(workspace, file, once);
    expect(twice).toBe(once);
    return once;
}

/** A pseudo-random generator with a seed, so that a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}

describe('the formatter', () => {
    test('is idempotent on every example, keeps the tree and every comment', async () => {
        const files = Object.fromEntries(tutoratFiles(EXAMPLES).map((path) => [relative(EXAMPLES, path), readFileSync(path, 'utf8')]));
        const workspace = await buildWorkspace(files);
        for (const [file, text] of Object.entries(files)) {
            await expectSafeAndIdempotent(workspace, file, text);
        }
        // The examples do have comments to keep: a file header each, findings left on purpose.
        expect(Object.values(files).flatMap((text) => comments(workspace, text)).length).toBeGreaterThanOrEqual(Object.keys(files).length);
    });

    test('lays out a document written on one line, comments and all', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': '' });
        const text = 'institution X « Une ASBL » { /* en-tête */ tutrice Élodie « É » { expérience 9 ans ancienneté 2 ans } // fin de ligne\n'
            + 'tutoré Karim duo Élodie accompagne Karim { période du 01/09/2026 au 30/09/2026 entretiens chaque semaine temps commun 50 % documents remis projet-institutionnel ,description-de-fonction } }';
        expect(await expectSafeAndIdempotent(workspace, 'a.tutorat', text)).toBe([
            'institution X « Une ASBL » { /* en-tête */',
            '    tutrice Élodie « É » {',
            '        expérience 9 ans',
            '        ancienneté 2 ans',
            '    } // fin de ligne',
            '    tutoré Karim',
            '    duo Élodie accompagne Karim {',
            '        période du 01/09/2026 au 30/09/2026',
            '        entretiens chaque semaine',
            '        temps commun 50 %',
            '        documents remis projet-institutionnel, description-de-fonction',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    test('lays out a tutor’s designation and abilities written on one line, commas against the word before', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': '' });
        const text = 'institution X { personne Nadia tutrice Élodie { volontaire spontanément désignée par Nadia le 01/06/2024 , équipe consultée '
            + 'capacités animation ,formalisation et pédagogie formation au tutorat en 2023 } tuteur Marc { reconnu   par sa hiérarchie et ses pairs } }';
        expect(await expectSafeAndIdempotent(workspace, 'a.tutorat', text)).toBe([
            'institution X {',
            '    personne Nadia',
            '    tutrice Élodie {',
            '        volontaire spontanément',
            '        désignée par Nadia le 01/06/2024, équipe consultée',
            '        capacités animation, formalisation et pédagogie',
            '        formation au tutorat en 2023',
            '    }',
            '    tuteur Marc {',
            '        reconnu par sa hiérarchie et ses pairs',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    test('lays out the whole guide’s constructs written on one line: supervision, team, reflection, partners, before and after', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': '' });
        const text = 'institution X { charte { échanges préalables { internes « Réunion d’équipe » avec les partenaires « Rencontre avec l’école » } '
            + 'gestion des compétences { recrutement « Profil » bien-être au travail à compléter } après le tutorat { bilan de fin de cycle chaque année « En juin » } } '
            + 'personne Nadia { rôle encadrement } tutrice Élodie { réflexion sur la fonction { supervision chaque trimestre échanges entre tuteurs avec Nadia } } tutorée Léa '
            + 'organisme partenaire HE « Haute École » { type enseignement supérieur engagements { préparation « Cours » signalement des problèmes « Appel » } référente Dubois } '
            + 'duo Élodie accompagne Léa { point avec Nadia chaque mois « Mission » équipe informée le 07/09/2026 alerter Élodie ou Nadia en cas de difficulté } '
            + 'parcours P pour Léa { projet professionnel « Éducatrice » supports « Carnet » , « Fiches » stage avec HE { contact préalable le 04/06/2026 par Élodie '
            + 'répartition des rôles { tutrice « Accompagne » référente « Évalue » } } phase accompagnement { activité « Soins » méthodes démonstration , entretien } } }';
        expect(await expectSafeAndIdempotent(workspace, 'a.tutorat', text)).toBe([
            'institution X {',
            '    charte {',
            '        échanges préalables {',
            '            internes « Réunion d’équipe »',
            '            avec les partenaires « Rencontre avec l’école »',
            '        }',
            '        gestion des compétences {',
            '            recrutement « Profil »',
            '            bien-être au travail à compléter',
            '        }',
            '        après le tutorat {',
            '            bilan de fin de cycle chaque année « En juin »',
            '        }',
            '    }',
            '    personne Nadia {',
            '        rôle encadrement',
            '    }',
            '    tutrice Élodie {',
            '        réflexion sur la fonction {',
            '            supervision chaque trimestre',
            '            échanges entre tuteurs avec Nadia',
            '        }',
            '    }',
            '    tutorée Léa',
            '    organisme partenaire HE « Haute École » {',
            '        type enseignement supérieur',
            '        engagements {',
            '            préparation « Cours »',
            '            signalement des problèmes « Appel »',
            '        }',
            '        référente Dubois',
            '    }',
            '    duo Élodie accompagne Léa {',
            '        point avec Nadia chaque mois « Mission »',
            '        équipe informée le 07/09/2026',
            '        alerter Élodie ou Nadia en cas de difficulté',
            '    }',
            '    parcours P pour Léa {',
            '        projet professionnel « Éducatrice »',
            '        supports « Carnet », « Fiches »',
            '        stage avec HE {',
            '            contact préalable le 04/06/2026 par Élodie',
            '            répartition des rôles {',
            '                tutrice « Accompagne »',
            '                référente « Évalue »',
            '            }',
            '        }',
            '        phase accompagnement {',
            '            activité « Soins » méthodes démonstration, entretien',
            '        }',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    test('re-indents blocks, keeps a long list continued on its next line aligned, and at most one blank line', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': '' });
        const text = [
            'modèle de charte M {',
            '  enjeux formation-des-stagiaires,',
            '         réintégration-après-absence',
            '',
            '',
            '',
            '  description « Un texte',
            '     sur deux lignes »',
            '      // avant la fermeture',
            '        }',
            ''
        ].join('\n');
        expect(await expectSafeAndIdempotent(workspace, 'a.tutorat', text)).toBe([
            'modèle de charte M {',
            '    enjeux formation-des-stagiaires,',
            '           réintégration-après-absence',
            '',
            '    description « Un texte',
            '     sur deux lignes »',
            '    // avant la fermeture',
            '}',
            ''
        ].join('\n'));
    });

    test('keeps Windows line endings, qualified names tight and empty blocks on one line', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': '' });
        const text = 'institution X {\r\n  parcours P pour Léa {\r\n  compétences visées R . C1 , C2\r\n  phase accueil { }\r\n  }\r\n  tutorée Léa\r\n}\r\n';
        expect(await expectSafeAndIdempotent(workspace, 'a.tutorat', text)).toBe(
            'institution X {\r\n    parcours P pour Léa {\r\n        compétences visées R.C1, C2\r\n        phase accueil { }\r\n    }\r\n    tutorée Léa\r\n}\r\n');
    });

    test('never lets a `//` comment swallow what follows it', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': '' });
        const text = 'institution X {\n    tutrice Élodie // la tutrice\n    { expérience 9 ans }\n    tutoré Karim\n    duo Élodie accompagne Karim { documents remis projet-institutionnel // d’abord\n    , description-de-fonction }\n}\n';
        expect(await expectSafeAndIdempotent(workspace, 'a.tutorat', text)).toBe([
            'institution X {',
            '    tutrice Élodie // la tutrice',
            '        {',
            '        expérience 9 ans',
            '    }',
            '    tutoré Karim',
            '    duo Élodie accompagne Karim {',
            '        documents remis projet-institutionnel // d’abord',
            '            , description-de-fonction',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    test('does nothing on a document that does not parse', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': 'institution X {\n  duo Élodie\n      accompagne {\n' });
        const document = workspace.documents.get('a.tutorat')!;
        expect(await workspace.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
    });

    test('gives the same tree, comments and an idempotent result whatever blanks the examples are written with', async () => {
        const files = Object.fromEntries(tutoratFiles(EXAMPLES).map((path) => [relative(EXAMPLES, path), readFileSync(path, 'utf8')]));
        const workspace = await buildWorkspace(files);
        const lexer = workspace.services.parser.Lexer;
        const blanks = [' ', '  ', '\n', '\n\n\n', '\t', ' \n    ', '\n        '];
        let seed = 1;
        for (const [file, text] of Object.entries(files)) {
            const next = random(seed++);
            const tokens = [...lexer.tokenize(text).tokens, ...lexer.tokenize(text).hidden].sort((a, b) => a.startOffset - b.startOffset);
            const scrambled = tokens.map((token, index) => {
                const after = index === tokens.length - 1 ? '\n' : blanks[Math.floor(next() * blanks.length)];
                // A `//` comment runs to the end of its line: something else would fall into it.
                return token.image + (token.tokenType.name === 'SL_COMMENT' && !after.includes('\n') ? '\n' : after);
            }).join('');
            await expectSafeAndIdempotent(workspace, file, scrambled);
        }
    });
});
