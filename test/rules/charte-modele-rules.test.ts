import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, ruleById, type FindingData } from '@tutorat/language';
import { filesOf } from '../support/folders.js';
import { buildWorkspace, uriOf, type TestWorkspace } from '../support/workspace.js';

/**
 * The `charte/*` and `modele/*` rules beyond their fixtures: catalogue entries as in
 * principles.md, the guide's exact words, documentation examples, information (never errors) in
 * templates, configured severities, quick fixes that really fix, English messages, the examples.
 */

const FAMILY_RULES = RULES.filter((rule) => /^(charte|modele)\//.test(rule.id));
// charte/situations-service reads services, and charte/equipe reads the commitments (their absence is charte/roles's finding).
const SECTION_RULES = FAMILY_RULES.filter((rule) => rule.id.startsWith('charte/') && !['charte/existe', 'charte/situations-service', 'charte/equipe'].includes(rule.id));

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

function findings(workspace: TestWorkspace, file: string, ruleId: string): Diagnostic[] {
    return workspace.diagnostics(file).filter((diagnostic) => diagnostic.code === ruleId);
}

function all(workspace: TestWorkspace): Array<{ file: string; diagnostic: Diagnostic }> {
    return [...workspace.documents.entries()].flatMap(([file, document]) => (document.diagnostics ?? []).map((diagnostic) => ({ file, diagnostic })));
}

/** A template with nothing in it but partner situations, and a charter that extends it and adds nothing. */
const EMPTY = {
    'federation/modele.tutorat': 'modèle de charte Vide « Modèle à peine commencé » {\n    situations stage, nouveau-travailleur\n}\n',
    'institution/charte.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    charte « Charte du tutorat » étend Vide {\n        version « 2026 »\n    }\n}\n'
};


describe('templates and charters', () => {
    test('in a template, every missing section is information; in a charter, it has the rule’s severity', async () => {
        const workspace = await buildWorkspace(EMPTY);
        for (const rule of SECTION_RULES.filter((candidate) => candidate.id !== 'charte/situations')) {
            const inTemplate = findings(workspace, 'federation/modele.tutorat', rule.id);
            const inCharter = findings(workspace, 'institution/charte.tutorat', rule.id);
            expect(inTemplate.map((diagnostic) => diagnostic.severity), rule.id).toEqual([SEVERITY.info]);
            expect(inCharter.map((diagnostic) => diagnostic.severity), rule.id).toEqual([SEVERITY[rule.severity]]);
            expect(inTemplate[0].message, rule.id).toContain('Le modèle Vide');
            expect(inCharter[0].message, rule.id).toContain('ni dans le modèle Vide qu’elle étend');
        }
        expect(findings(workspace, 'institution/charte.tutorat', 'charte/situations')).toEqual([]);
    });

    test('a project configuration changes the charters’ severity, and turning a rule off silences templates too', async () => {
        const configured = await buildWorkspace({ ...EMPTY, 'tutorat.json': '{ "rules": { "charte/suppleance": "error", "charte/enjeux": "off" } }' });
        expect(findings(configured, 'institution/charte.tutorat', 'charte/suppleance').map((diagnostic) => diagnostic.severity)).toEqual([SEVERITY.error]);
        expect(findings(configured, 'federation/modele.tutorat', 'charte/suppleance').map((diagnostic) => diagnostic.severity)).toEqual([SEVERITY.info]);
        expect(all(configured).filter(({ diagnostic }) => diagnostic.code === 'charte/enjeux')).toEqual([]);
    });

    test('a section left « à compléter » is not a charte/* finding but a modele/a-completer one, pointing at the template', async () => {
        const todoLine = '    suppléance à compléter « Précisez qui remplace le tuteur absent. »';
        const workspace = await buildWorkspace({
            'federation/modele.tutorat': `modèle de charte CP319 {\n${todoLine}\n}\n`,
            'institution/charte.tutorat': EMPTY['institution/charte.tutorat'].replace('étend Vide', 'étend CP319')
        });
        expect(findings(workspace, 'institution/charte.tutorat', 'charte/suppleance')).toEqual([]);
        const [open] = findings(workspace, 'institution/charte.tutorat', 'modele/a-completer');
        expect(open.severity).toBe(SEVERITY.error);
        expect(open.range.start).toEqual({ line: 1, character: 39 });
        expect(open.relatedInformation).toEqual([{
            location: { uri: uriOf('federation/modele.tutorat').toString(), range: { start: { line: 1, character: todoLine.indexOf('à compléter') }, end: { line: 1, character: todoLine.length } } },
            message: 'Laissé à compléter par le modèle CP319'
        }]);
        const [info] = findings(workspace, 'federation/modele.tutorat', 'modele/a-completer');
        expect(info.severity).toBe(SEVERITY.info);
    });
});

const FIXTURES = new URL('../fixtures/rules/', import.meta.url).pathname;

/** Every declenche… sample of the two families, with the folder it lives in. */
const SAMPLES = FAMILY_RULES.flatMap((rule) => {
    const folder = join(FIXTURES, rule.id);
    return readdirSync(folder).filter((entry) => entry.startsWith('declenche')).map((entry) => [`${rule.id}/${entry}`, rule.id, join(folder, entry)] as const);
});

/** The text of the files after applying one quick fix of a finding. */
function applyFix(files: Record<string, string>, file: string, fix: NonNullable<FindingData['fixes']>[number]): Record<string, string> {
    const result = { ...files };
    const targets = new Set(fix.edits.map((edit) => edit.uri ?? uriOf(file).toString()));
    for (const target of targets) {
        const name = Object.keys(files).find((candidate) => uriOf(candidate).toString() === target)!;
        const document = TextDocument.create(target, 'tutorat', 0, files[name]);
        result[name] = TextDocument.applyEdits(document, fix.edits.filter((edit) => (edit.uri ?? uriOf(file).toString()) === target));
    }
    return result;
}

describe('quick fixes', () => {
    test.each(SAMPLES)('%s: each fix writes valid text that removes its finding', async (_, ruleId, folder) => {
        const files = filesOf(folder);
        const before = await buildWorkspace(files);
        const fixable = all(before).filter(({ diagnostic }) => diagnostic.code === ruleId && (diagnostic.data as FindingData).fixes?.length);
        // In these samples, only the information given in templates (nothing to fix there) has no fix.
        const withoutFix = all(before).filter(({ diagnostic }) => diagnostic.code === ruleId && !(diagnostic.data as FindingData).fixes?.length);
        expect(withoutFix.every(({ diagnostic }) => diagnostic.severity === SEVERITY.info || ruleId === 'modele/heritage'), withoutFix.map(({ diagnostic }) => diagnostic.message).join('\n')).toBe(true);
        for (const { file, diagnostic } of fixable) {
            const fix = (diagnostic.data as FindingData).fixes![0];
            expect(ruleById(ruleId)?.fixes?.map((declared) => declared.id)).toContain(fix.fix);
            const texts = applyFix(files, file, fix);
            const after = await buildWorkspace(texts);
            const problems = all(after).filter(({ diagnostic: found }) => found.code === 'langage/syntaxe' || found.code === 'langage/reference' || found.code === 'langage/doublon');
            expect(problems.map(({ diagnostic: found }) => found.message), texts[file]).toEqual([]);
            const same = (list: TestWorkspace) => findings(list, file, ruleId).filter((found) => found.message === diagnostic.message).length;
            expect(same(after), `${diagnostic.message}\n---\n${texts[file]}`).toBe(same(before) - 1);
        }
    });

    test('in a charter, a missing section is written with placeholders the institution rewrites', async () => {
        const before = await buildWorkspace(EMPTY);
        const [finding] = findings(before, 'institution/charte.tutorat', 'charte/roles');
        const texts = applyFix(EMPTY, 'institution/charte.tutorat', (finding.data as FindingData).fixes![0]);
        expect(texts['institution/charte.tutorat']).toContain([
            '        version « 2026 »',
            '        engagements {',
            '            direction « Décrivez l’engagement de la direction : donner du sens au tutorat, lui consacrer des moyens, nouer des partenariats. »'
        ].join('\n'));
        // The template plans placements: the partner organisation's role is part of the new section.
        expect(texts['institution/charte.tutorat']).toContain('            organisme partenaire « Décrivez les engagements de l’organisme partenaire');
    });

    test('in a template, a missing section is proposed « à compléter » for the member institutions', async () => {
        const before = await buildWorkspace(EMPTY);
        const [finding] = findings(before, 'federation/modele.tutorat', 'charte/suppleance');
        const texts = applyFix(EMPTY, 'federation/modele.tutorat', (finding.data as FindingData).fixes![0]);
        expect(texts['federation/modele.tutorat']).toBe('modèle de charte Vide « Modèle à peine commencé » {\n    situations stage, nouveau-travailleur\n'
            + '    suppléance à compléter « Précisez qui remplace le tuteur absent et comment il est désigné. »\n}\n');
    });

    test('completing an element of an inherited section copies the section, since the charter’s replaces the template’s', async () => {
        const files = {
            'federation/modele.tutorat': [
                'modèle de charte CP319 {',
                '    ressources {',
                '        temps dédié à compléter « Indiquez le temps consacré au tutorat. »',
                '        formations « Accès au programme sectoriel,',
                '            deux fois par an. »',
                '    }',
                '    profil du tuteur {',
                '        expérience minimale à compléter',
                '    }',
                '}',
                ''
            ].join('\n'),
            'institution/charte.tutorat': 'institution LesLilas {\n    charte étend CP319 {\n        profil du tuteur {\n            tutorés simultanés maximum 1\n        }\n    }\n}\n',
            'tutorat.json': '{ "thresholds": { "minExperience": "3 ans" } }'
        };
        const before = await buildWorkspace(files);
        const [resources, experience] = findings(before, 'institution/charte.tutorat', 'modele/a-completer');
        const withResources = applyFix(files, 'institution/charte.tutorat', (resources.data as FindingData).fixes![0]);
        expect(withResources['institution/charte.tutorat']).toContain([
            '        ressources {',
            '            temps dédié « Indiquez le temps consacré au tutorat. »',
            '            formations « Accès au programme sectoriel,',
            '                deux fois par an. »',
            '        }',
            '    }'
        ].join('\n'));
        // The profile merges field by field: the field goes into the charter's own profile, with the project's value.
        const withExperience = applyFix(files, 'institution/charte.tutorat', (experience.data as FindingData).fixes![0]);
        expect(withExperience['institution/charte.tutorat']).toContain('            tutorés simultanés maximum 1\n            expérience minimale 3 ans\n        }');
    });

    test('charte/existe adds a charter extending the only template of the workspace', async () => {
        const files = {
            'federation/modele.tutorat': 'modèle de charte CP319 {\n    enjeux transmission-culture\n}\n',
            'personnes.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n}\n'
        };
        const before = await buildWorkspace(files);
        const [finding] = findings(before, 'personnes.tutorat', 'charte/existe');
        const texts = applyFix(files, 'personnes.tutorat', (finding.data as FindingData).fixes![0]);
        expect(texts['personnes.tutorat']).toBe('institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n    charte « Charte du tutorat » étend CP319 {\n    }\n}\n');
    });
});

describe('messages in English', () => {
    test('say the same things in the user’s language', async () => {
        const workspace = await buildWorkspace({
            ...EMPTY,
            'institution/personnes.tutorat': 'institution Autre « Autre ASBL » {\n    tuteur Marc\n}\n'
        }, { locale: 'en' });
        expect(findings(workspace, 'institution/charte.tutorat', 'charte/suppleance')[0].message)
            .toBe('The charter plans no replacement when the tutor is absent (neither in the charter nor in the template Vide it extends). Add “suppléance” followed, between « », by who replaces the tutor and how they are designated. (Guide pour le tutorat: Conditions for success; In short 4)');
        expect(findings(workspace, 'federation/modele.tutorat', 'charte/suppleance')[0].message).toContain('The template Vide plans no replacement');
        expect(findings(workspace, 'institution/personnes.tutorat', 'charte/existe')[0].message).toContain('The institution Autre declares tutors, tutees or duos');
    });
});

describe('the bundled examples', () => {
    test('Les Tilleuls’ charter is satisfied through the federation’s template; the template only gets information', async () => {
        const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
        const workspace = await buildWorkspace(filesOf(EXAMPLES));
        const ours = all(workspace).filter(({ diagnostic }) => /^(charte|modele)\//.test(String(diagnostic.code)));
        expect(ours.filter(({ file }) => file.startsWith('les-tilleuls/'))).toEqual([]);
        expect(ours.length).toBeGreaterThan(0);
        expect(ours.every(({ file, diagnostic }) => file === 'federation-cp319/modele-charte-cp319.tutorat' && diagnostic.severity === SEVERITY.info)).toBe(true);
    });
});
