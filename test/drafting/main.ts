/**
 * The drafting figures of issue 9, bundled by `test/drafting/run.js` (`npm run drafting`) and by
 * `npm run bench`. Run in a process of its own:
 *
 *   drafting.mjs --root=<repository>              prints the figures, the categories, the worst mistakes
 *   drafting.mjs --root=<repository> --write      also replaces the « Rédaction » section of BENCHMARKS.md
 *   drafting.mjs --root=<repository> --record-before   keeps these figures as the « before » column
 *   drafting.mjs --root=<repository> --json       one JSON line: the figures and the section (for the benchmark)
 *   drafting.mjs --root=<repository> --failing    also lists each mistake that does not give what it should
 *   drafting.mjs --root=<repository> --sweep      the systematic sweep instead (sweep.ts): every automatic slip on
 *                                                 every line; with --write, its table in the « Rédaction » section;
 *                                                 --list=N lists N slips out of bounds (30 by default),
 *                                                 --only=TEXT makes only the slips whose id (file:line:kind) holds TEXT
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateMistakes, figuresOf, loadCleanWorkspace, type DraftingFigures } from './oracle.js';
import { draftingSection, figuresText, withDraftingSection } from './report.js';
import { evaluateSweep, sweepMistakes } from './sweep.js';
import { describeSweepOutcome, sweepSection, sweepText, withSweepSection } from './sweep-report.js';

interface Before {
    readonly date: string;
    /** What the figures were measured on, for the column's title. */
    readonly label?: string;
    readonly figures: DraftingFigures;
}

const args = process.argv.slice(2);
const root = args.find((arg) => arg.startsWith('--root='))?.slice('--root='.length) ?? process.cwd();
const beforeFile = join(root, 'test/drafting/before.json');

const checker = await loadCleanWorkspace(join(root, 'test/drafting/workspace'));
if (args.includes('--sweep')) {
    await runSweep();
    process.exit(0);
}
const { outcomes } = await evaluateMistakes(checker);
const figures = figuresOf(outcomes);
const date = new Date().toISOString().slice(0, 10);

if (args.includes('--record-before')) {
    writeFileSync(beforeFile, JSON.stringify({ date, figures } satisfies Before, null, 2) + '\n');
}
const before = existsSync(beforeFile) ? JSON.parse(readFileSync(beforeFile, 'utf8')) as Before : undefined;
const section = draftingSection(figures, outcomes, date, before?.figures, before?.label ?? before?.date);

if (args.includes('--write')) {
    const benchmarks = join(root, 'BENCHMARKS.md');
    writeFileSync(benchmarks, withDraftingSection(readFileSync(benchmarks, 'utf8'), section));
}
if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ figures, section }) + '\n');
} else {
    process.stdout.write(figuresText(figures, outcomes, before?.figures) + '\n');
}
if (args.includes('--failing')) {
    for (const outcome of outcomes.filter((candidate) => !candidate.ok)) {
        const { mistake } = outcome;
        const expected = mistake.expect === 'accepted' ? 'accepted (no new finding)' : `${mistake.expect.rule} « ${mistake.expect.word} »${outcome.expectedLine === undefined ? '' : ` line ${outcome.expectedLine + 1}`}`;
        process.stdout.write(`\n✗ ${mistake.id} (${mistake.file}) — expected ${expected}\n`);
        for (const finding of outcome.added) {
            process.stdout.write(`    ${finding.file}:${finding.line + 1} ${finding.severity} ${finding.rule}: ${finding.message.slice(0, 160)}\n`);
        }
    }
}

async function runSweep(): Promise<void> {
    const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
    const mistakes = sweepMistakes(checker).filter((mistake) => only === undefined || mistake.id.includes(only));
    const outcomes = await evaluateSweep(checker, mistakes, (done) => {
        if (done % 500 === 0) {
            process.stderr.write(`  ${done} / ${mistakes.length}\n`);
        }
    });
    const listed = Number(args.find((arg) => arg.startsWith('--list='))?.slice('--list='.length) ?? 30);
    process.stdout.write(sweepText(outcomes, listed) + '\n');
    if (outcomes.length === 1) {
        // One slip asked for by --only: what it gives, within the bounds or not.
        process.stdout.write(describeSweepOutcome(outcomes[0], Infinity) + '\n');
    }
    if (args.includes('--write')) {
        const benchmarks = join(root, 'BENCHMARKS.md');
        writeFileSync(benchmarks, withSweepSection(readFileSync(benchmarks, 'utf8'), sweepSection(outcomes, new Date().toISOString().slice(0, 10))));
    }
}
