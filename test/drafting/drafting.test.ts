import { beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '@tutorat/language';
import { catalogueAbsenceWording, isAbsenceClaim } from './absence-claims.js';
import { CATEGORY_NAMES, MISTAKES, type Category } from './mistakes.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { evaluateMistakes, figuresOf, isErrorOrWarning, loadCleanWorkspace, mutateAll, share, TARGETS, type DraftingFigures, type Finding, type Outcome, type WorkspaceChecker } from './oracle.js';
import { describeFinding, failureTable, figuresText } from './report.js';

/**
 * Issue 9, « Must show »: one slip, one message. Every mistake of the corpus (mistakes.ts) is made
 * alone on the clean workspace (workspace/); the new errors and warnings are compared with what
 * the mistake should give. The figures are the issue's; `npm run drafting` prints them.
 */

/** Each category of the issue is represented by at least this many mistakes. */
const MIN_PER_CATEGORY = 7;

let clean: Finding[];
let outcomes: Outcome[];
let figures: DraftingFigures;
let checker: WorkspaceChecker;

beforeAll(async () => {
    checker = await loadCleanWorkspace();
    ({ clean, outcomes } = await evaluateMistakes(checker));
    figures = figuresOf(outcomes);
}, 120_000);

describe('the drafting corpus', () => {
    test('the clean workspace has no error and no warning', () => {
        expect(clean.filter(isErrorOrWarning).map(describeFinding)).toEqual([]);
    });

    test('it holds at least 150 single mistakes, of every category, each named once', () => {
        expect(MISTAKES.length).toBeGreaterThanOrEqual(150);
        const ids = MISTAKES.map((mistake) => mistake.id);
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
        for (const category of Object.keys(CATEGORY_NAMES) as Category[]) {
            expect(MISTAKES.filter((mistake) => mistake.category === category).length, CATEGORY_NAMES[category]).toBeGreaterThanOrEqual(MIN_PER_CATEGORY);
        }
        // The natural phrasings the issue lists, among others.
        expect(MISTAKES.filter((mistake) => mistake.category === 'natural').length).toBeGreaterThanOrEqual(40);
    });

    test('every catalogue message that speaks of an absence counts as an absence claim', () => {
        const unclassified = catalogueAbsenceWording(RULES)
            .filter(({ ruleId, messageKey }) => !isAbsenceClaim(ruleId, messageKey))
            .map(({ ruleId, messageKey }) => `${ruleId}:${messageKey}`);
        expect(unclassified, 'classez ces messages dans test/drafting/absence-claims.ts').toEqual([]);
    });
});

describe('one slip, one message (issue 9)', () => {
    test(`at least ${TARGETS.exactlyOneShare * 100} % of mistakes give exactly one error or warning, at the mistake, with the expected rule and word`, () => {
        const failing = outcomes.filter((outcome) => outcome.mistake.expect !== 'accepted' && !(outcome.expected && outcome.errorsAndWarnings.length === 1));
        expect(share(figures.exactlyOne, figures.withFinding), `${figuresText(figures, outcomes)}\n\n${failureTable('Erreurs sans exactement leur constat', failing)}`)
            .toBeGreaterThanOrEqual(TARGETS.exactlyOneShare);
    });

    test(`no mistake gives more than ${TARGETS.most} errors or warnings`, () => {
        const failing = outcomes.filter((outcome) => outcome.errorsAndWarnings.length > TARGETS.most);
        expect(figures.most, failureTable(`Erreurs qui donnent plus de ${TARGETS.most} erreurs ou avertissements`, failing)).toBeLessThanOrEqual(TARGETS.most);
    });

    test('no mistake gives an error or warning in a file it was not made in', () => {
        const failing = outcomes.filter((outcome) => outcome.inOtherFiles.length > 0);
        expect(figures.inOtherFiles, failureTable('Erreurs qui donnent des constats dans d’autres fichiers', failing)).toBe(TARGETS.inOtherFiles);
    });

    test('no mistake makes a false « missing » claim', () => {
        const failing = outcomes.filter((outcome) => outcome.falseAbsenceClaims.length > 0);
        expect(figures.falseAbsenceClaims, failureTable('Erreurs qui font dire qu’il manque quelque chose', failing)).toBe(TARGETS.falseAbsenceClaims);
    });

    test('every natural phrasing is accepted with the same meaning', () => {
        const failing = outcomes.filter((outcome) => outcome.mistake.expect === 'accepted' && !outcome.ok);
        expect(share(figures.accepted, figures.naturalPhrasings), failureTable('Tournures naturelles refusées ou comprises autrement', failing))
            .toBeGreaterThanOrEqual(TARGETS.acceptedShare);
    });
});

describe('the quick fixes of syntax mistakes', () => {
    // The fix repairs the mistake it was offered for; what the text then needs (the word « pour » after a
    // title that was left open) is the next finding, as when the user types it.
    test('the first quick fix of each syntax finding writes a text without that mistake', async () => {
        const mutated = mutateAll(checker);
        const unrepaired: string[] = [];
        let fixed = 0;
        for (const outcome of outcomes) {
            const finding = outcome.expected;
            const fix = finding?.rule === 'langage/syntaxe' ? finding.fixes?.[0] : undefined;
            if (!finding || !fix) {
                continue;
            }
            const { file } = outcome.mistake;
            const document = TextDocument.create('file:///x.tutorat', 'tutorat', 0, mutated.get(outcome.mistake)!.text);
            const text = TextDocument.applyEdits(document, fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })));
            const after = (await checker.check({ [file]: text })).filter((found) => found.file === file && found.rule === 'langage/syntaxe' && found.messageKey === finding.messageKey);
            fixed++;
            if (after.length > 0) {
                unrepaired.push(`${outcome.mistake.id} (${fix.fix}) : ${after.map((found) => `ligne ${found.line + 1} ${found.message}`).join(' | ')}`);
            }
        }
        expect(fixed).toBeGreaterThan(100);
        expect(unrepaired).toEqual([]);
    }, 120_000);
});
