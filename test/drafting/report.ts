import { CATEGORY_NAMES, type Category } from './mistakes.js';
import { share, TARGETS, type DraftingFigures, type Finding, type Outcome } from './oracle.js';

/**
 * How the drafting figures and failures are shown: in a failing test, in `npm run drafting` and
 * in the « Rédaction » section of BENCHMARKS.md.
 */

const percent = (value: number) => `${(value * 100).toLocaleString('fr-BE', { maximumFractionDigits: 1 })} %`;

export function describeFinding(finding: Finding): string {
    const message = finding.message.length > 110 ? `${finding.message.slice(0, 110)}…` : finding.message;
    return `${finding.file}:${finding.line + 1} ${finding.severity} ${finding.rule} « ${message} »`;
}

export function describeExpectation(outcome: Outcome): string {
    const expect = outcome.mistake.expect;
    return expect === 'accepted'
        ? 'accepté, constats inchangés'
        : `${expect.rule} ligne ${(outcome.expectedLine ?? 0) + 1} « ${expect.word} »`;
}

/** What the mistake gave, in short: the new errors and warnings, or for a natural phrasing every change. */
export function describeResult(outcome: Outcome, limit = 4): string {
    const shown = outcome.mistake.expect === 'accepted'
        ? [...outcome.added.map((finding) => `+ ${describeFinding(finding)}`), ...outcome.removed.map((finding) => `- ${describeFinding(finding)}`)]
        : [...outcome.errorsAndWarnings, ...outcome.falseAbsenceClaims.filter((finding) => !outcome.errorsAndWarnings.includes(finding))].map(describeFinding);
    if (shown.length === 0) {
        return 'rien';
    }
    const more = shown.length > limit ? [`… et ${shown.length - limit} de plus`] : [];
    return [...shown.slice(0, limit), ...more].join('\n      ');
}

/** A readable table of the outcomes that fail a criterion: id, category, expected, got. */
export function failureTable(title: string, outcomes: readonly Outcome[]): string {
    if (outcomes.length === 0) {
        return `${title} : aucune`;
    }
    const rows = outcomes.map((outcome) => [
        `■ ${outcome.mistake.id} (${outcome.mistake.category}, ${outcome.mistake.file})`,
        `    attendu : ${describeExpectation(outcome)}`,
        `    obtenu  : ${outcome.errorsAndWarnings.length} erreur(s) ou avertissement(s) — ${describeResult(outcome)}`
    ].join('\n'));
    return `${title} (${outcomes.length}) :\n${rows.join('\n')}`;
}

export interface FigureRow {
    readonly name: string;
    readonly target: string;
    readonly value: string;
    readonly met: boolean;
}

export function figureRows(figures: DraftingFigures): FigureRow[] {
    const exactShare = share(figures.exactlyOne, figures.withFinding);
    const acceptedShare = share(figures.accepted, figures.naturalPhrasings);
    return [
        { name: 'Erreurs avec exactement un constat (erreur ou avertissement), à la ligne de l’erreur, de la règle et avec le mot attendus', target: `≥ ${percent(TARGETS.exactlyOneShare)}`, value: `${percent(exactShare)} (${figures.exactlyOne} / ${figures.withFinding})`, met: exactShare >= TARGETS.exactlyOneShare },
        { name: 'Le plus d’erreurs et d’avertissements pour une seule erreur', target: `≤ ${TARGETS.most}`, value: `${figures.most}${figures.most > 0 ? ` (${figures.mostId})` : ''}`, met: figures.most <= TARGETS.most },
        { name: 'Erreurs et avertissements dans d’autres fichiers que celui de l’erreur (total)', target: `${TARGETS.inOtherFiles}`, value: `${figures.inOtherFiles}`, met: figures.inOtherFiles <= TARGETS.inOtherFiles },
        { name: 'Fausses absences (« n’est pas écrit », « aucune évaluation », nom « inconnu »…) (total)', target: `${TARGETS.falseAbsenceClaims}`, value: `${figures.falseAbsenceClaims}`, met: figures.falseAbsenceClaims <= TARGETS.falseAbsenceClaims },
        { name: 'Tournures naturelles acceptées avec le même sens', target: percent(TARGETS.acceptedShare), value: `${percent(acceptedShare)} (${figures.accepted} / ${figures.naturalPhrasings})`, met: acceptedShare >= TARGETS.acceptedShare }
    ];
}

/** The outcomes with the most errors and warnings. */
export function worstOutcomes(outcomes: readonly Outcome[], count = 10): Outcome[] {
    return [...outcomes].sort((a, b) => b.errorsAndWarnings.length - a.errorsAndWarnings.length || b.added.length - a.added.length).slice(0, count);
}

/** The figures as text, for a terminal. */
export function figuresText(figures: DraftingFigures, outcomes: readonly Outcome[], before?: DraftingFigures): string {
    const beforeRows = before ? figureRows(before) : undefined;
    const lines = [`Rédaction : ${figures.mistakes} erreurs isolées sur un espace de travail propre (test/drafting/)`, ''];
    figureRows(figures).forEach((row, index) => {
        lines.push(`${row.met ? 'oui' : 'NON'}  ${row.name}`);
        lines.push(`     objectif ${row.target} · mesuré ${row.value}${beforeRows ? ` · avant ${beforeRows[index].value}` : ''}`);
    });
    lines.push('', 'Par catégorie (erreurs qui donnent ce qu’il faut) :');
    for (const [category, entry] of Object.entries(figures.byCategory)) {
        lines.push(`  ${CATEGORY_NAMES[category as Category] ?? category} : ${entry.ok} / ${entry.mistakes}`);
    }
    lines.push('', 'Les 10 erreurs qui donnent le plus de constats :');
    for (const outcome of worstOutcomes(outcomes)) {
        lines.push(`  ${outcome.errorsAndWarnings.length} (dont ${outcome.inOtherFiles.length} dans d’autres fichiers) — ${outcome.mistake.id} (${outcome.mistake.file})`);
    }
    return lines.join('\n');
}

/** The « Rédaction » section of BENCHMARKS.md. */
export function draftingSection(figures: DraftingFigures, outcomes: readonly Outcome[], measuredOn: string, before?: DraftingFigures, beforeDate?: string): string {
    const beforeRows = before ? figureRows(before) : undefined;
    const lines = [
        '## Rédaction',
        '',
        `Chaque erreur du corpus de \`test/drafting/mistakes.ts\` (${figures.mistakes} erreurs isolées que font des non-programmeurs) est faite seule`,
        'sur l’espace de travail propre de `test/drafting/workspace/` (un modèle de fédération, deux institutions réparties sur plusieurs',
        'fichiers, deux référentiels), vérifié comme le fait `tutorat check` ; on compare ses constats à ceux de l’espace propre.',
        `Mesuré le ${measuredOn} ; aussi par \`npm run drafting\`, et vérifié par \`test/drafting/drafting.test.ts\`.`,
        '',
        `| Mesure | Objectif | Mesuré |${beforeRows ? ` Avant (${beforeDate ?? 'référence'}) |` : ''}`,
        `|---|---|---|${beforeRows ? '---|' : ''}`,
        ...figureRows(figures).map((row, index) => `| ${row.name} | ${row.target} | ${row.met ? '' : '**'}${row.value}${row.met ? '' : '**'} |${beforeRows ? ` ${beforeRows[index].value} |` : ''}`),
        '',
        `| Catégorie | Erreurs | Donnent ce qu’il faut |${before ? ' Avant |' : ''}`,
        `|---|---|---|${before ? '---|' : ''}`,
        ...Object.entries(figures.byCategory).map(([category, entry]) =>
            `| ${CATEGORY_NAMES[category as Category] ?? category} | ${entry.mistakes} | ${entry.ok} |${before ? ` ${before.byCategory[category]?.ok ?? '—'} |` : ''}`),
        '',
        'Les erreurs qui donnent le plus d’erreurs et d’avertissements :',
        '',
        '| Erreur | Fichier | Erreurs et avertissements | dont dans d’autres fichiers |',
        '|---|---|---|---|',
        ...worstOutcomes(outcomes).map((outcome) => `| \`${outcome.mistake.id}\` | ${outcome.mistake.file} | ${outcome.errorsAndWarnings.length} | ${outcome.inOtherFiles.length} |`),
        ''
    ];
    return lines.join('\n');
}

/** The heading of the sweep's table, which `npm run drafting -- --sweep --write` keeps up to date inside the section. */
export const SWEEP_HEADING = '### Balayage automatique';

/**
 * Replaces the « Rédaction » section of a BENCHMARKS.md text (or adds it before the analysis),
 * keeping the sweep's table that the section holds (the sweep is measured apart, less often).
 */
export function withDraftingSection(markdown: string, section: string): string {
    const lines = markdown.split('\n');
    const start = lines.findIndex((line) => line === '## Rédaction');
    if (start >= 0) {
        const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
        const end = next < 0 ? lines.length : next;
        const sweep = lines.findIndex((line, index) => index > start && index < end && line === SWEEP_HEADING);
        const kept = sweep < 0 ? [] : lines.slice(sweep, end);
        lines.splice(start, end - start, ...section.split('\n'), ...kept);
        return lines.join('\n');
    }
    const analysis = lines.findIndex((line) => line.startsWith('## Remarques de cette exécution') || line === '## Analyse');
    lines.splice(analysis < 0 ? lines.length : analysis, 0, ...section.split('\n'));
    return lines.join('\n');
}
