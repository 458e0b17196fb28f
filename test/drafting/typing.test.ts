import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { pathsUnder } from '../support/folders.js';
import { startLanguageServer, type LanguageClient } from '../support/lsp-client.js';
import { CLEAN_WORKSPACE } from './oracle.js';

/**
 * Issue 9, « Must show »: someone types a complete tutor, a tutee, their duo and the tutee's path,
 * character by character, into a file of the clean drafting workspace open in the language server
 * (the bundled server, as the extension runs it). After each keystroke's diagnostics:
 * - the typed document has at most 2 errors and warnings more than before typing started;
 * - no other file shows a diagnostic it had neither before typing nor once everything is typed
 *   (a claim about a file the user did not touch, true of no finished text).
 * A new line and its indentation count as one keystroke, as an editor indents by itself.
 */

const FILE = 'bien-chez-soi/duos.tutorat';
/**
 * The new text goes at the top of the institution, before the duos already written: what is
 * still unfinished must not swallow them.
 */
const AFTER = 'institution BienChezSoi {\n';
const TYPED = `
    tutrice Karima « Karima Lambert » {
        fonction AideFamiliale
        expérience 8 ans
        ancienneté 3 ans
        qualification CESS
        volontaire spontanément
        formation au tutorat en 2025
    }
    tutoré Yanis « Yanis Peeters » { situation nouveau-travailleur fonction visée AideFamiliale }
    duo Karima accompagne Yanis {
        période du 04/01/2027 au 30/04/2027
        suppléante Anne-Sophie
        entretiens chaque semaine
        temps commun 50 %
        premier contact le 14/12/2026
        documents remis projet-institutionnel, règlement-ordre-intérieur, description-de-fonction, référentiel-de-compétences
        mission {
            formalisée le 14/12/2026 par « avenant »
            durée 4 mois
            horaire « Tournées du matin »
            activités « Visites en duo »
            aménagement du temps « Deux heures par semaine »
        }
    }
    parcours IntégrationYanis pour Yanis {
        référentiel AideÀDomicile
        période du 04/01/2027 au 30/04/2027
        compétences visées REL1, QUO1
        phase accueil pendant 2 semaines {
            activité « Tournée avec Karima » développe REL1, QUO1
        }
        phase accompagnement pendant 12 semaines {
            évaluation formative « Point » le 12/03/2027 par Karima sur REL1, QUO1
        }
        phase évaluation pendant 2 semaines {
            évaluation finale « Fin d'essai » le 23/04/2027 par Karima sur REL1, QUO1
        }
    }
`;

const MAX_NEW_IN_DOCUMENT = 2;
const isErrorOrWarning = (diagnostic: Diagnostic) => diagnostic.severity === 1 || diagnostic.severity === 2;
const messageOf = (diagnostic: Diagnostic) => typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message);
const keyOf = (diagnostic: Diagnostic, line = diagnostic.range.start.line) =>
    `${line}\u0000${diagnostic.code}\u0000${diagnostic.severity}\u0000${messageOf(diagnostic).replace(/\b(lignes?) \d+/g, '$1 #')}`;
const show = (file: string, diagnostic: Diagnostic) => `${file}:${diagnostic.range.start.line + 1} ${diagnostic.code} « ${messageOf(diagnostic).slice(0, 100)} »`;

/** The keystrokes that type a text: one character at a time, a new line with its indentation. */
function keystrokes(text: string): string[] {
    return text.match(/\n[ ]*|[^\n]/gu) ?? [];
}

/** What `from` has more of than `than`, as multisets of keys. */
function surplus(from: readonly string[], than: readonly string[]): string[] {
    const available = new Map<string, number>();
    than.forEach((key) => available.set(key, (available.get(key) ?? 0) + 1));
    return from.filter((key) => {
        const count = available.get(key) ?? 0;
        available.set(key, count - 1);
        return count <= 0;
    });
}

interface Keystroke {
    readonly index: number;
    /** The line being typed, up to the cursor. */
    readonly typing: string;
    readonly newInDocument: string[];
    /** Diagnostics of other files at that moment, as `file\0key`. */
    readonly others: string[];
    readonly othersShown: Map<string, string>;
}

let client: LanguageClient;
let files: string[];

beforeAll(async () => {
    client = await startLanguageServer({ fixture: CLEAN_WORKSPACE, locale: 'fr-BE' });
    await client.open(FILE);
    // Opening a document checks the whole workspace: every file gets its diagnostics.
    files = pathsUnder(CLEAN_WORKSPACE).filter((path) => path.endsWith('.tutorat')).map((path) => path.slice(CLEAN_WORKSPACE.length));
    await Promise.all(files.map((file) => client.diagnostics(file)));
}, 120_000);

afterAll(async () => {
    await client?.stop();
});

test('typing a tutor, a duo and a path character by character never floods the document nor speaks of other files', async () => {
    const start = client.text(FILE);
    expect(start).toContain(AFTER);
    const insertAt = start.indexOf(AFTER) + AFTER.length;
    const insertLine = start.slice(0, insertAt).split('\n').length - 1;
    const snapshot = async () => {
        const all = await Promise.all(files.map(async (file) => [file, await client.diagnostics(file)] as const));
        return new Map(all);
    };
    const otherKeys = (state: Map<string, Diagnostic[]>) => {
        const shown = new Map<string, string>();
        for (const [file, diagnostics] of state) {
            if (file !== FILE) {
                diagnostics.forEach((diagnostic) => shown.set(`${file}\u0000${keyOf(diagnostic)}`, show(file, diagnostic)));
            }
        }
        return shown;
    };
    const initial = await snapshot();
    const initialInDocument = initial.get(FILE)!.filter(isErrorOrWarning);
    const initialOthers = otherKeys(initial);

    const strokes = keystrokes(TYPED);
    const seen: Keystroke[] = [];
    let typed = '';
    for (const [index, stroke] of strokes.entries()) {
        typed += stroke;
        const refreshes = client.inlayHintRefreshes();
        await client.change(FILE, start.slice(0, insertAt) + typed + start.slice(insertAt));
        // The server asks for fresh inlay hints once a build has checked every document it touched.
        await client.until(() => client.inlayHintRefreshes() > refreshes, `les constats de la frappe n° ${index + 1}`, 20_000);
        const state = await snapshot();
        const shift = typed.split('\n').length - 1;
        const before = initialInDocument.map((diagnostic) => keyOf(diagnostic, diagnostic.range.start.line >= insertLine ? diagnostic.range.start.line + shift : diagnostic.range.start.line));
        const now = state.get(FILE)!.filter(isErrorOrWarning);
        const newKeys = surplus(now.map((diagnostic) => keyOf(diagnostic)), before);
        const others = otherKeys(state);
        seen.push({
            index: index + 1,
            typing: typed.slice(typed.lastIndexOf('\n') + 1),
            newInDocument: now.filter((diagnostic) => newKeys.includes(keyOf(diagnostic))).map((diagnostic) => show(FILE, diagnostic)),
            others: [...others.keys()],
            othersShown: others
        });
    }

    const final = otherKeys(await snapshot());
    const transient = seen.map((keystroke) => ({
        keystroke,
        claims: keystroke.others.filter((key) => !initialOthers.has(key) && !final.has(key)).map((key) => keystroke.othersShown.get(key)!)
    }));
    const flooded = seen.filter((keystroke) => keystroke.newInDocument.length > MAX_NEW_IN_DOCUMENT);
    const worst = [...seen].sort((a, b) => b.newInDocument.length - a.newInDocument.length).slice(0, 5);
    const withClaims = transient.filter((entry) => entry.claims.length > 0);
    const report = [
        `${strokes.length} frappes ; ${flooded.length} donnent plus de ${MAX_NEW_IN_DOCUMENT} erreurs ou avertissements nouveaux dans ${FILE} ; ${withClaims.length} font apparaître dans d’autres fichiers un constat qui n’y est ni avant ni après.`,
        'Les pires frappes dans le document :',
        ...worst.map((keystroke) => `  n° ${keystroke.index} « ${keystroke.typing} » : ${keystroke.newInDocument.length}\n      ${keystroke.newInDocument.slice(0, 4).join('\n      ')}`),
        'Les pires frappes pour les autres fichiers :',
        ...[...withClaims].sort((a, b) => b.claims.length - a.claims.length).slice(0, 5)
            .map((entry) => `  n° ${entry.keystroke.index} « ${entry.keystroke.typing} » : ${entry.claims.length}\n      ${entry.claims.slice(0, 4).join('\n      ')}`)
    ].join('\n');
    expect.soft(flooded.length, report).toBe(0);
    expect.soft(withClaims.length, report).toBe(0);
}, 180_000);
