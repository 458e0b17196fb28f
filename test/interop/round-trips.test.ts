import { describe, expect, test } from 'vitest';
import { canonicalFramework, exportFramework, FORMATS, importFramework, type FrameworkData } from '@tutorat/interop';
import { bytes, sampleFrameworks } from './support.js';

// Tutorat → format → Tutorat gives the same framework: domains, codes, titles, scale, criteria,
// indicators and outside references, for the examples and for a framework with every construct.

const LAST_CHANGE = new Date('2026-03-01T09:30:00Z');

/**
 * A Moodle competency always has a short name: a domain written without a title goes there under its
 * code, and comes back with its code as title (`domaine X` becomes `domaine X « X »`, which reads the same).
 */
function withDomainTitles(framework: FrameworkData): FrameworkData {
    return { ...framework, domains: framework.domains.map((domain) => ({ ...domain, title: domain.title ?? domain.name })) };
}

describe.each(sampleFrameworks())('round trips of %s', (_, framework) => {
    test.each(FORMATS)('through %s', async (format) => {
        const exported = exportFramework(framework, { format, lastChange: LAST_CHANGE });
        const imported = await importFramework(bytes(exported.content), { fileName: exported.fileName, format });
        expect(canonicalFramework(imported.framework)).toBe(canonicalFramework(format === 'moodle' ? withDomainTitles(framework) : framework));
        // Found again without being told the format.
        const detected = await importFramework(bytes(exported.content), { fileName: exported.fileName });
        expect(detected.format).toBe(format);
    });
});

test('the framework with every construct really has every construct (so that the round trips test them)', () => {
    const framework = sampleFrameworks().at(-1)![1];
    const competences = [...framework.competences, ...framework.domains.flatMap((domain) => domain.competences)];
    expect(framework.competences.length).toBeGreaterThan(0);
    expect(framework.domains.some((domain) => domain.title === undefined)).toBe(true);
    expect(framework.domains.some((domain) => domain.competences.length === 0)).toBe(true);
    expect(competences.some((competence) => competence.title.length > 100)).toBe(true);
    const c1 = competences.find((competence) => competence.name === 'C1')!;
    expect(Object.keys(c1.references).sort()).toEqual(['esco', 'rncp', 'rs', 'sfmq']);
    expect(c1.skills).toEqual(['Mener un entretien', 'Réagir à l\'imprévu']);
    expect(c1.criteria.map((criterion) => criterion.name)).toEqual(['Accueil-a', undefined]);
    expect(c1.dimensions).toEqual(['déontologie', 'sécurité', 'identité-professionnelle']);
    expect(c1.description).toContain('\n\n');
    expect(framework.targetFunction).toBe('Éducateur spécialisé');
});
