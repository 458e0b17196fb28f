import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COVERAGE_PAGE, PRESCRIPTIONS, coverageFigures, renderCoveragePage, ruleById } from '@tutorat/language';
import { quotedPassagesMissing } from '../support/guide-text.js';

/**
 * docs/guide/couverture.md lists the guide's 130 prescriptions with the rules that check them: every
 * rule it names exists and quotes the guide word for word, every checkable prescription is checked
 * or says why not, and the page is the one generated from the catalogue.
 */
describe('the guide’s coverage', () => {
    test('130 prescriptions, each with its own ID', () => {
        expect(PRESCRIPTIONS).toHaveLength(130);
        expect(new Set(PRESCRIPTIONS.map((prescription) => prescription.id)).size).toBe(130);
    });

    test.each(PRESCRIPTIONS.filter((prescription) => prescription.rules.length > 0).map((prescription) => [prescription.id, prescription]))(
        '%s names rules that exist and quote the guide', (_, prescription) => {
            for (const id of prescription.rules) {
                const rule = ruleById(id);
                expect(rule, `${prescription.id} : la règle ${id} n’existe pas`).toBeDefined();
                expect(rule!.guide, `${id} ne cite pas le guide`).toBeDefined();
                expect(quotedPassagesMissing(rule!.guide!.quote), id).toEqual([]);
            }
        });

    test('a checkable prescription left out says why, an attitude names no rule', () => {
        for (const prescription of PRESCRIPTIONS) {
            if (prescription.attitude) {
                expect(prescription.rules, prescription.id).toEqual([]);
            } else if (prescription.rules.length === 0) {
                expect(prescription.leftOut?.trim(), prescription.id).toBeTruthy();
            }
        }
        const figures = coverageFigures();
        expect(figures.covered).toBeLessThanOrEqual(figures.checkable);
    });

    test('docs/guide/couverture.md is the page generated from the catalogue', () => {
        const page = readFileSync(new URL(`../../${COVERAGE_PAGE}`, import.meta.url), 'utf8');
        expect(page, 'la page de couverture n’est plus à jour : lancez « npm run docs »').toBe(renderCoveragePage());
        for (const prescription of PRESCRIPTIONS) {
            expect(page).toContain(`| ${prescription.id} |`);
        }
    });
});
