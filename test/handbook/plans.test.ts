import { describe, expect, test } from 'vitest';
import { isDuo, isInstitution, type Document, type Duo, type RuleDefinition } from '@tutorat/language';
import { adviceStates, MAX_LOGBOOK_PAGES, plannedInterviews } from '@tutorat/handbook';
import { buildWorkspace } from '../support/workspace.js';
import { handbooksOf, Page } from './support.js';

/** The duo written in a one-line institution, parsed and linked. */
async function duo(body: string): Promise<Duo> {
    const workspace = await buildWorkspace({ 'i.tutorat': `institution I { tuteur A tutoré B duo A accompagne B { ${body} } }` });
    const document = workspace.documents.get('i.tutorat')!;
    return (document.parseResult.value as Document).elements.filter(isInstitution)[0].members.find(isDuo)!;
}

describe('the interviews a duo plans', () => {
    test('every interval from the start of the period to its end', async () => {
        const plan = plannedInterviews(await duo('période du 01/09/2026 au 30/09/2026 entretiens toutes les deux semaines'));
        expect(plan.dates.map((date) => date!.toISOString().slice(0, 10))).toEqual(['2026-09-01', '2026-09-15', '2026-09-29']);
        expect(plan.capped).toBe(false);
    });

    test('twice a week gives twice as many pages', async () => {
        const plan = plannedInterviews(await duo('période du 07/09/2026 au 27/09/2026 entretiens 2 fois par semaine'));
        expect(plan.dates).toHaveLength(6);
    });

    test('are capped for a very frequent rhythm, and the handbook says so', async () => {
        const body = 'période du 01/09/2026 au 31/08/2027 entretiens chaque jour';
        const plan = plannedInterviews(await duo(body));
        expect(plan.planned).toBe(365);
        expect(plan.dates).toHaveLength(MAX_LOGBOOK_PAGES);
        expect(plan.capped).toBe(true);
        const { files } = await handbooksOf({ 'i.tutorat': `institution I { tuteur A tutoré B duo A accompagne B { ${body} } }` });
        const page = new Page(files.find((file) => file.kind === 'duo')!.html);
        expect(page.text()).toContain(`Le calendrier prévoit 365 entretiens : ce carnet contient les ${MAX_LOGBOOK_PAGES} premiers`);
        expect(page.all('section').filter((section) => (section.attrs.find((attr) => attr.name === 'class')?.value ?? '') === 'logbook-page')).toHaveLength(MAX_LOGBOOK_PAGES);
    });

    test('follow the guide’s weekly example when the duo gives no rhythm, and use the mission’s duration when the period has no end', async () => {
        const plan = plannedInterviews(await duo('période à partir du 01/09/2026 mission { durée 4 semaines }'));
        expect(plan.frequencyWritten).toBe(false);
        expect(plan.openEnded).toBe(false);
        expect(plan.dates).toHaveLength(4);
    });

    test('leave undated pages to fill by hand when the duo has no period', async () => {
        const plan = plannedInterviews(await duo('entretiens chaque semaine'));
        expect(plan.undated).toBe(true);
        expect(plan.dates.every((date) => date === undefined)).toBe(true);
        expect(plan.dates.length).toBeGreaterThan(0);
    });
});

describe('where an institution stands on the ten pieces of advice', () => {
    const rule = (id: string, enBref: number[]): RuleDefinition => ({
        id: id as RuleDefinition['id'], severity: 'warning', crossFile: false, title: { fr: id, en: id }, description: { fr: '', en: '' },
        guide: { section: { fr: '', en: '' }, quote: '', enBref }, messages: {}, checks: {}
    });
    const finding = (code: string) => ({ diagnostic: { code, message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, document: undefined as never, file: 'x.tutorat' });

    test('in place when no rule listing it has an open finding, to work on otherwise, to assess when no active rule checks it', () => {
        const rules = [rule('charte/a', [1]), rule('charte/b', [1, 4]), rule('charte/c', [5]), rule('charte/off', [6])];
        const states = adviceStates(rules, [finding('charte/b')], (candidate) => candidate.id !== 'charte/off');
        expect(states.map((state) => state.status)).toEqual(['open', 'unchecked', 'unchecked', 'open', 'done', 'unchecked', 'unchecked', 'unchecked', 'unchecked', 'unchecked']);
        expect(states[0].rules.map((candidate) => candidate.id)).toEqual(['charte/a', 'charte/b']);
        expect(states[0].findings).toHaveLength(1);
    });
});
