import { describeFinding, SWEEP_HEADING } from './report.js';
import { isMisplaced, sweepFigures, sweepProblems, SWEEP_KINDS, SWEEP_TARGETS, type SweepFigures, type SweepKind, type SweepOutcome } from './sweep.js';

/** How the sweep is shown: in `npm run drafting -- --sweep`, in a failing test and in BENCHMARKS.md. */

interface KindRow {
    readonly kind: SweepKind;
    readonly figures: SweepFigures;
}

function kindRows(outcomes: readonly SweepOutcome[]): KindRow[] {
    return (Object.keys(SWEEP_KINDS) as SweepKind[])
        .map((kind) => ({ kind, figures: sweepFigures(outcomes.filter((outcome) => outcome.mistake.kind === kind)) }))
        .filter((row) => row.figures.mistakes > 0);
}

const COLUMNS = ['Erreurs', '0', '1', '2', '3+', 'Autres fichiers', 'Fausses absences', 'Aucun constat', 'Pas à la ligne', 'Jargon'];
const cells = (figures: SweepFigures) => [figures.mistakes, ...figures.distribution, figures.inOtherFiles, figures.falseAbsences, figures.silent, figures.misplaced, figures.jargon];

/** One slip and what it gave. */
export function describeSweepOutcome(outcome: SweepOutcome, limit = 4): string {
    const { mistake } = outcome;
    const shown = [...new Set([...outcome.errorsAndWarnings, ...outcome.falseAbsenceClaims])].map(describeFinding);
    return [
        `■ ${mistake.id} — ${sweepProblems(outcome).join(', ') || 'bien'}`,
        `    avant : ${mistake.before.trim()}`,
        `    après : ${mistake.after.trim() || '(ligne effacée)'}`,
        ...shown.slice(0, limit).map((line) => `    ${line}`),
        ...(shown.length > limit ? [`    … et ${shown.length - limit} de plus`] : [])
    ].join('\n');
}

/** The slips that break a bound, the worst first. */
export function offendingOutcomes(outcomes: readonly SweepOutcome[]): SweepOutcome[] {
    return outcomes.filter((outcome) => sweepProblems(outcome).length > 0)
        .sort((a, b) => b.errorsAndWarnings.length - a.errorsAndWarnings.length || b.inOtherFiles.length - a.inOtherFiles.length);
}

export function sweepText(outcomes: readonly SweepOutcome[], listed = 30): string {
    const figures = sweepFigures(outcomes);
    const lines = [
        `Balayage : ${figures.mistakes} erreurs automatiques, une à la fois, sur chaque ligne de l’espace propre (test/drafting/sweep.ts)`,
        '',
        `Erreurs et avertissements par erreur : 0 → ${figures.distribution[0]} · 1 → ${figures.distribution[1]} · 2 → ${figures.distribution[2]} · 3 et plus → ${figures.distribution[3]} (au plus ${figures.most} ; objectif ≤ ${SWEEP_TARGETS.most})`,
        `Avec des constats dans d’autres fichiers : ${figures.inOtherFiles} · avec une fausse absence : ${figures.falseAbsences}`,
        `Sans aucun constat alors qu’il en faut un : ${figures.silent} · constats, mais aucun à la ligne de l’erreur : ${figures.misplaced} · jargon : ${figures.jargon}`,
        '',
        `Par sorte d’erreur (${COLUMNS.join(' | ')}) :`,
        ...kindRows(outcomes).map((row) => `  ${SWEEP_KINDS[row.kind]} : ${cells(row.figures).join(' | ')}`)
    ];
    const offending = offendingOutcomes(outcomes);
    if (offending.length > 0) {
        // The worst first, then a few of each kind of problem so that no class hides behind another.
        const shown = new Set(offending.slice(0, Math.ceil(listed / 2)));
        for (const test of [(o: SweepOutcome) => o.silent, isMisplaced, (o: SweepOutcome) => o.falseAbsenceClaims.length > 0, (o: SweepOutcome) => o.inOtherFiles.length > 0, (o: SweepOutcome) => o.jargon.length > 0]) {
            offending.filter(test).slice(0, 4).forEach((outcome) => shown.add(outcome));
        }
        lines.push('', `Erreurs hors des bornes (${offending.length}), les pires d’abord :`, ...[...shown].slice(0, listed).map((outcome) => describeSweepOutcome(outcome, outcomes.length === 1 ? Infinity : 4)));
    }
    return lines.join('\n');
}

/** The sweep's table in the « Rédaction » section of BENCHMARKS.md. */
export function sweepSection(outcomes: readonly SweepOutcome[], measuredOn: string): string {
    const figures = sweepFigures(outcomes);
    return [
        SWEEP_HEADING,
        '',
        `Au-delà du corpus écrit à la main : ${figures.mistakes} erreurs faites automatiquement, une à la fois, sur chaque ligne de chaque document`,
        'de l’espace propre (mot-clé mal écrit, ligne à moitié tapée, effacée ou doublée, accolade ou guillemet oublié, mot égaré, valeur vide,',
        'majuscule, article, nom mal écrit). Aucune règle attendue : on compte les cascades, les constats dans d’autres fichiers, les fausses',
        `absences, les erreurs sans constat et celles dont aucun constat n’est à la bonne ligne. Mesuré le ${measuredOn} par`,
        '`npm run drafting -- --sweep` ; un échantillon est vérifié par `test/drafting/sweep.test.ts`.',
        '',
        `| Sorte d’erreur | ${COLUMNS.join(' | ')} |`,
        `|---|${COLUMNS.map(() => '---').join('|')}|`,
        ...kindRows(outcomes).map((row) => `| ${SWEEP_KINDS[row.kind]} | ${cells(row.figures).join(' | ')} |`),
        `| **Total** | ${cells(figures).map((cell) => `**${cell}**`).join(' | ')} |`,
        ''
    ].join('\n');
}

/** Replaces the sweep's table of the « Rédaction » section (or adds it at the section's end). */
export function withSweepSection(markdown: string, section: string): string {
    const lines = markdown.split('\n');
    const drafting = lines.findIndex((line) => line === '## Rédaction');
    if (drafting < 0) {
        throw new Error('BENCHMARKS.md n’a pas de section « Rédaction » : lancez d’abord `npm run drafting -- --write`.');
    }
    const end = lines.findIndex((line, index) => index > drafting && line.startsWith('## '));
    const sectionEnd = end < 0 ? lines.length : end;
    const start = lines.findIndex((line, index) => index > drafting && index < sectionEnd && line === SWEEP_HEADING);
    if (start >= 0) {
        const next = lines.findIndex((line, index) => index > start && /^##+ /.test(line));
        lines.splice(start, (next < 0 ? lines.length : next) - start, ...section.split('\n'));
    } else {
        lines.splice(sectionEnd, 0, ...section.split('\n'));
    }
    return lines.join('\n');
}
