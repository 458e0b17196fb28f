import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

/** Three overlapping duos: tuteur/charge fires on the third with the project default (2). */
const OVERLOAD = `institution T {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo Élodie accompagne Karim { période du 15/09/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }
}
`;

const findingsOf = (workspace: Awaited<ReturnType<typeof buildWorkspace>>, rule: string) =>
    workspace.diagnostics('institution/duos.tutorat').filter((diagnostic) => diagnostic.code === rule);

describe('project configuration (tutorat.json)', () => {
    test('without configuration the rule applies with its default severity and the project default threshold', async () => {
        const workspace = await buildWorkspace({ 'institution/duos.tutorat': OVERLOAD });
        const [finding] = findingsOf(workspace, 'tuteur/charge');
        expect(finding.severity).toBe(2);
        expect(finding.message).toContain('alors que le maximum est de 2 (valeur par défaut du projet');
    });

    test('a rule can be turned off, or given another severity, by its ID or by its family', async () => {
        const off = await buildWorkspace({ 'tutorat.json': '{ "rules": { "tuteur/charge": "off" } }', 'institution/duos.tutorat': OVERLOAD });
        expect(findingsOf(off, 'tuteur/charge')).toEqual([]);
        const error = await buildWorkspace({ 'tutorat.json': '{ "rules": { "tuteur/charge": "error" } }', 'institution/duos.tutorat': OVERLOAD });
        expect(findingsOf(error, 'tuteur/charge')[0].severity).toBe(1);
        const family = await buildWorkspace({ 'tutorat.json': '{ "rules": { "tuteur": "info" } }', 'institution/duos.tutorat': OVERLOAD });
        expect(findingsOf(family, 'tuteur/charge')[0].severity).toBe(3);
        const ruleBeatsFamily = await buildWorkspace({ 'tutorat.json': '{ "rules": { "tuteur": "off", "tuteur/charge": "hint" } }', 'institution/duos.tutorat': OVERLOAD });
        expect(findingsOf(ruleBeatsFamily, 'tuteur/charge')[0].severity).toBe(4);
    });

    test('a project extends a federation’s preset; its own settings win; thresholds say where they come from', async () => {
        const files = {
            'federation/preset.json': '{\n  // Le préréglage de la fédération\n  "rules": { "tuteur/charge": "error" },\n  "thresholds": { "maxTutees": 2 }\n}\n',
            'tutorat.json': '{ "extends": "./federation/preset.json" }',
            'institution/duos.tutorat': OVERLOAD
        };
        const inherited = await buildWorkspace(files);
        const [finding] = findingsOf(inherited, 'tuteur/charge');
        expect(finding.severity).toBe(1);
        expect(finding.message).toMatch(/maximum est de 2 \(valeur par défaut du projet, fixée dans .*federation\/preset\.json\)/);
        const overridden = await buildWorkspace({ ...files, 'tutorat.json': '{ "extends": "./federation/preset.json", "thresholds": { "maxTutees": 3 } }' });
        expect(findingsOf(overridden, 'tuteur/charge')).toEqual([]);
    });

    test('the nearest configuration file applies: a member folder may differ from the federation', async () => {
        const workspace = await buildWorkspace({
            'tutorat.json': '{ "rules": { "tuteur/charge": "error" } }',
            'institution/tutorat.json': '{ "rules": { "tuteur/charge": "info" } }',
            'institution/duos.tutorat': OVERLOAD
        });
        expect(findingsOf(workspace, 'tuteur/charge')[0].severity).toBe(3);
    });

    test('mistakes in a configuration file are reported in French, and the defaults apply meanwhile', async () => {
        const workspace = await buildWorkspace({
            'tutorat.json': '{ "rules": { "tuteur/charges": "off", "duo": "fort" }, "seuils": {} }',
            'institution/duos.tutorat': OVERLOAD
        });
        expect(findingsOf(workspace, 'tuteur/charge')).toHaveLength(1);
        const [resolved] = workspace.shared.tutorat.Configuration.loaded();
        const messages = resolved.problems.map((problem) => problem.message.fr.replace(/\{(\w+)\}/g, (_, key: string) => problem.params?.[key] ?? ''));
        expect(messages).toEqual(expect.arrayContaining([
            'La clé « seuils » n’est pas connue. Clés possibles : extends, rules, handbook, thresholds, ignore.',
            'La règle « tuteur/charges » n’existe pas. Vouliez-vous écrire « tuteur/charge » ?',
            'La sévérité « fort » donnée à « duo » n’est pas connue : écrivez off, hint, info, warning ou error.'
        ]));
        const broken = await buildWorkspace({ 'tutorat.json': '{ "rules": { ', 'institution/duos.tutorat': OVERLOAD });
        expect(findingsOf(broken, 'tuteur/charge')).toHaveLength(1);
        expect(broken.shared.tutorat.Configuration.loaded()[0].problems[0].message.fr).toContain('n’est pas un JSON valide');
    });

    test('a preset that cannot be found, or presets that extend each other in a loop, are reported', async () => {
        const missing = await buildWorkspace({ 'tutorat.json': '{ "extends": "./absent.json" }', 'a.tutorat': OVERLOAD });
        expect(missing.shared.tutorat.Configuration.loaded()[0].problems[0].message.fr).toContain('est introuvable');
        const loop = await buildWorkspace({ 'tutorat.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./tutorat.json" }', 'a.tutorat': OVERLOAD });
        expect(loop.shared.tutorat.Configuration.loaded()[0].problems[0].message.fr).toContain('s’étendent en boucle');
    });
});
