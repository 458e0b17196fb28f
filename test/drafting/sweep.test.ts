import { beforeAll, describe, expect, test } from 'vitest';
import { loadCleanWorkspace } from './oracle.js';
import { describeSweepOutcome } from './sweep-report.js';
import { evaluateSweep, isMisplaced, sampleOf, sweepMistakes, SWEEP_KINDS, SWEEP_TARGETS, type SweepKind, type SweepMistake, type SweepOutcome } from './sweep.js';

/**
 * A deterministic sample of the systematic sweep (sweep.ts): about 20 automatic slips of each kind,
 * spread over every file of the clean workspace, each made alone. The whole sweep (≈ 6 300 slips,
 * over a minute) is `npm run drafting -- --sweep`; the sample keeps the suite's cost to seconds.
 */

const PER_KIND = 20;

/**
 * The kinds the whole sweep holds within every bound. The others still have a few slips out of
 * bounds, listed by `npm run drafting -- --sweep` (a line half typed that is still a valid shorter
 * line, a deleted line whose consequences in other files are true); every kind is held here to the
 * bounds the whole sweep meets for it.
 */
const HELD: ReadonlySet<SweepKind> = new Set([
    'keyword-letter-dropped', 'keyword-letters-swapped', 'keyword-accent', 'keyword-capital', 'article', 'name-misspelt',
    'opening-quote-dropped', 'closing-quote-dropped', 'opening-brace-dropped', 'closing-brace-dropped', 'line-duplicated'
]);

let all: SweepMistake[];
let outcomes: SweepOutcome[];

beforeAll(async () => {
    const checker = await loadCleanWorkspace();
    all = sweepMistakes(checker);
    outcomes = await evaluateSweep(checker, sampleOf(all, PER_KIND));
}, 120_000);

const listing = (failing: readonly SweepOutcome[]) => failing.map((outcome) => describeSweepOutcome(outcome)).join('\n');

describe('the systematic sweep of drafting slips (sample)', () => {
    test('makes every kind of slip on lines of every file', () => {
        expect(all.length).toBeGreaterThan(5000);
        for (const kind of Object.keys(SWEEP_KINDS) as SweepKind[]) {
            expect(outcomes.filter((outcome) => outcome.mistake.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
        }
        expect(new Set(outcomes.map((outcome) => outcome.mistake.file)).size).toBe(new Set(all.map((mistake) => mistake.file)).size);
    });

    test(`slips of the held kinds give at most ${SWEEP_TARGETS.most} errors or warnings, at the slip, none elsewhere, no false absence`, () => {
        const failing = outcomes.filter((outcome) => HELD.has(outcome.mistake.kind) && (outcome.errorsAndWarnings.length > SWEEP_TARGETS.most
            || outcome.inOtherFiles.length > 0 || outcome.falseAbsenceClaims.length > 0 || outcome.silent || isMisplaced(outcome)));
        expect(failing.length, listing(failing)).toBe(0);
    });

    test('no slip gives a finding in another file, except a deleted line (what it declared is truly gone there)', () => {
        const failing = outcomes.filter((outcome) => outcome.mistake.kind !== 'line-deleted' && outcome.inOtherFiles.length > 0);
        expect(failing.length, listing(failing)).toBe(0);
    });

    test('no slip makes a false claim of absence', () => {
        const failing = outcomes.filter((outcome) => outcome.falseAbsenceClaims.length > 0);
        expect(failing.length, listing(failing)).toBe(0);
    });

    test(`no slip but a deleted line gives more than ${SWEEP_TARGETS.most} errors or warnings`, () => {
        const failing = outcomes.filter((outcome) => outcome.mistake.kind !== 'line-deleted' && outcome.errorsAndWarnings.length > SWEEP_TARGETS.most);
        expect(failing.length, listing(failing)).toBe(0);
    });

    test('no message speaks the parser’s language', () => {
        const failing = outcomes.filter((outcome) => outcome.jargon.length > 0);
        expect(failing.length, listing(failing)).toBe(0);
    });
});
