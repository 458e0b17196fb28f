import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
    durationInDays, formatDate, frequencyIntervalInDays, isDuo, isInstitution, isPerson, isTrainingPath, rangeOf, spanOf,
    type Document, type Duo, type Person, type TrainingPath
} from '@tutorat/language';
import { buildWorkspace } from '../support/workspace.js';

/**
 * Everyday French is the language: dates in words, durations with « et demi », number words up to
 * a hundred (Belgian ones too), frequencies as adjectives, « pour cent », « et » before the last item
 * of a list, « » inside « ». Each is read with the meaning of its written-in-figures twin.
 */
const EVERYDAY = readFileSync(new URL('./corpus/francais-courant.tutorat', import.meta.url), 'utf8');

async function everyday() {
    const workspace = await buildWorkspace({ 'francais-courant.tutorat': EVERYDAY });
    const document = workspace.documents.get('francais-courant.tutorat')!;
    const root = document.parseResult.value as Document;
    const institution = root.elements.filter(isInstitution).find((element) => element.name === 'Courant')!;
    const duo = (tutee: string) => institution.members.filter(isDuo).find((candidate: Duo) => candidate.tutee?.$refText === tutee)!;
    const person = (name: string) => root.elements.filter(isInstitution).flatMap((element) => element.members).filter(isPerson).find((candidate: Person) => candidate.name === name)!;
    return { workspace, root, institution, duo, person };
}

const day = (date: Date | undefined) => date ? formatDate(date, 'fr') : undefined;

describe('everyday French', () => {
    test('is read without any syntax or value finding', async () => {
        const { workspace } = await everyday();
        const findings = workspace.diagnostics('francais-courant.tutorat').filter((diagnostic) => ['langage/syntaxe', 'langage/valeur', 'langage/reference'].includes(String(diagnostic.code)));
        expect(findings.map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([]);
    });

    test('dates in words, with or without weekday, and periods that write the year once', async () => {
        const { duo, institution } = await everyday();
        const range = (tutee: string) => rangeOf(duo(tutee).period);
        expect([day(range('Léa')?.start), day(range('Léa')?.end)]).toEqual(['14/09/2026', '18/12/2026']);
        expect([day(range('Karim')?.start), day(range('Karim')?.end)]).toEqual(['01/09/2026', '26/02/2027']);
        expect([day(range('Zoé')?.start), day(range('Zoé')?.end)]).toEqual(['05/10/2026', '18/12/2026']);
        // A period over the new year: the start, written without year, is in the year before the end.
        expect([day(range('Tom')?.start), day(range('Tom')?.end)]).toEqual(['15/12/2026', '10/01/2027']);
        expect([day(range('Inès')?.start), day(range('Inès')?.end)]).toEqual(['05/01/2026', '27/02/2026']);
        expect(duo('Léa').firstContact?.date).toBe('jeudi 4 juin 2026');
        const charter = institution.members.find((member) => member.$type === 'Charter') as { adopted?: string };
        expect(charter.adopted).toBe('lundi 1er juin 2026');
    });

    test('durations with « et demi », number words up to a hundred, and units people use', async () => {
        const { duo, person } = await everyday();
        expect(spanOf(person('Élodie').experience)).toEqual({ value: 15, unit: 'year' });
        expect(spanOf(person('Élodie').seniority)).toEqual({ value: 6.5, unit: 'year' });
        expect(spanOf(person('François').experience)).toEqual({ value: 21, unit: 'year' });
        expect(spanOf(person('François').seniority)).toEqual({ value: 17, unit: 'year' });
        expect(spanOf(duo('Léa').mission?.duration)).toEqual({ value: 3.5, unit: 'month' });
        expect(spanOf(duo('Karim').mission?.duration)).toEqual({ value: 1, unit: 'semester' });
        expect(durationInDays(duo('Karim').mission?.duration)).toBeCloseTo(182.6, 1);
        expect(spanOf(duo('Nora').mission?.duration)).toEqual({ value: 1.5, unit: 'hour' });
        expect(spanOf(person('R').experience)).toEqual({ value: 80, unit: 'day' });
        expect(durationInDays(person('S').seniority)).toBeCloseTo(9 * 365.25, 1);
    });

    test('a tutor’s designation and abilities as the guide writes them: « de formalisation », « pédagogiques », the date at the end', async () => {
        const { person } = await everyday();
        expect(person('Élodie').designation).toMatchObject({ recognised: true, authority: 'hiérarchie', peers: true });
        expect(person('Élodie').abilities).toEqual(['formalisation', 'réflexivité', 'pédagogiques']);
        expect(person('François').designation).toMatchObject({ peers: true, date: '24 juin 2025' });
        expect(person('François').designation?.by?.ref?.name).toBe('Nadia');
    });

    test('frequencies as adjectives, « toutes les semaines », « tous les quinze jours », « une semaine sur deux »', async () => {
        const { duo } = await everyday();
        const every = (tutee: string) => frequencyIntervalInDays(duo(tutee).interviews);
        expect(every('Léa')).toBe(7);
        expect(every('Karim')).toBe(15);
        expect(every('Zoé')).toBe(7);
        expect(every('Tom')).toBe(14);
        expect(every('Inès')).toBe(1);
        expect(every('Hugo')).toBeCloseTo(30.4, 1);
        expect(every('Lina')).toBeCloseTo(15.2, 1);
        expect(every('Yanis')).toBeCloseTo(91.3, 1);
    });

    test('shares written « pour cent », in figures or in words, Belgian numbers included', async () => {
        const { duo } = await everyday();
        const share = (tutee: string) => duo(tutee).sharedTime?.percent;
        expect(['Léa', 'Karim', 'Zoé', 'Tom', 'Hugo', 'Lina', 'Yanis', 'Ana', 'Max', 'Nora'].map(share)).toEqual([60, 80, 50, 100, 70, 90, 80, 50, 70, 90]);
    });

    test('« et » before the last item of a list, and « » inside « »', async () => {
        const { root } = await everyday();
        const path = root.elements.filter(isInstitution).flatMap((institution) => institution.members).find(isTrainingPath) as TrainingPath;
        expect(path.targets.map((target) => target.$refText)).toEqual(['C1', 'C2']);
        const framework = root.elements.find((element) => element.$type === 'Framework') as unknown as { scale: { levels: string[] }; competences: Array<{ title: string; knowledge: string[] }> };
        expect(framework.scale.levels).toEqual(['Non vu', 'En cours', 'Acquis']);
        expect(framework.competences[0].title).toBe('Accueillir « Bien chez soi » et ses proches');
        expect(framework.competences[0].knowledge).toEqual(['Procédure d\'admission', 'Projet « Bien chez soi »']);
    });
});
