import { ruleById } from '../rules/catalogue.js';
import { PRESCRIPTIONS, type Prescription } from '../rules/coverage.js';

/** Where the coverage page goes, from the repository's root. */
export const COVERAGE_PAGE = 'docs/guide/couverture.md';

/** The share of checkable prescriptions (not attitudes) that a rule checks. */
export function coverageFigures(): { readonly total: number; readonly checkable: number; readonly covered: number; readonly percent: number } {
    const checkable = PRESCRIPTIONS.filter((prescription) => !prescription.attitude);
    const covered = checkable.filter((prescription) => prescription.rules.length > 0);
    return { total: PRESCRIPTIONS.length, checkable: checkable.length, covered: covered.length, percent: Math.round((1000 * covered.length) / checkable.length) / 10 };
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|');
}

function rulesCell(prescription: Prescription): string {
    if (prescription.attitude) {
        return '— (attitude)';
    }
    if (prescription.rules.length === 0) {
        return `non vérifié : ${cell(prescription.leftOut ?? '')}`;
    }
    return prescription.rules.map((id) => (ruleById(id) ? `[\`${id}\`](../rules/${id}.md)` : `\`${id}\``)).join(', ');
}

/** docs/guide/couverture.md: every prescription of the guide and the rules that check it. */
export function renderCoveragePage(): string {
    const figures = coverageFigures();
    return [
        '# Couverture du Guide pour le tutorat',
        '',
        '<!-- Page générée par « npm run docs » depuis packages/language/src/rules/coverage.ts : ne pas modifier à la main. -->',
        '',
        `Le guide demande ${figures.total} choses. ${figures.total - figures.checkable} sont des attitudes qu’aucun document ne peut montrer ; `
            + `des ${figures.checkable} autres, ${figures.covered} sont vérifiées par au moins une règle (${String(figures.percent).replace('.', ',')} %).`
            + (figures.covered < figures.checkable ? ' Pour chacune des autres, une phrase dit pourquoi elle ne l’est pas encore.' : ''),
        '',
        '| # | Section | Ce que demande le guide | Règles |',
        '|---|---|---|---|',
        ...PRESCRIPTIONS.map((prescription) => `| ${prescription.id} | ${cell(prescription.section)} | ${cell(prescription.statement)} | ${rulesCell(prescription)} |`),
        ''
    ].join('\n');
}
