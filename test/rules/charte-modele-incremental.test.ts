import { describe, expect, test } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * In the editor, a charter is checked against templates written in other files (often another
 * folder, published by the federation). When a template changes, the charters and templates that
 * extend it — directly or through other templates — must be checked again, without the user
 * touching their files.
 */

const TEMPLATE = 'federation/modele-cp319.tutorat';
const CHARTER = 'les-lilas/charte.tutorat';

const templateWith = (replacement: string) => `
modèle de charte CP319 « Modèle de charte du tutorat — CP 319.02 » {
    enjeux intégration-nouveaux-travailleurs, transmission-culture
    ${replacement}
}
`;

const charter = `
institution LesLilas « ASBL Les Lilas » {
    charte « Charte du tutorat des Lilas » étend CP319 {
        version « 2026 »
    }
}
`;

/** Les Lilas' charter and the federation's template, with one line of the template to vary. */
function lilasWith(templateLine: string): Promise<TestWorkspace> {
    return buildWorkspace({ [TEMPLATE]: templateWith(templateLine), [CHARTER]: charter });
}

function findings(workspace: TestWorkspace, file: string, rule: string): string[] {
    return workspace.diagnostics(file).filter((diagnostic) => diagnostic.code === rule).map((diagnostic) => String(diagnostic.message));
}

describe('a charter is checked again when the template it extends changes in another file', () => {
    test('modele/a-completer appears and disappears with the template’s « à compléter »', async () => {
        const workspace = await lilasWith('suppléance « Le chef éducateur désigne un suppléant parmi les tuteurs formés. »');
        expect(findings(workspace, CHARTER, 'modele/a-completer')).toEqual([]);

        await workspace.edit(TEMPLATE, templateWith('suppléance à compléter « Précisez qui remplace le tuteur absent. »'));
        const open = findings(workspace, CHARTER, 'modele/a-completer');
        expect(open).toHaveLength(1);
        expect(open[0]).toContain('Le modèle CP319 laisse la section « suppléance » à compléter');
        expect(open[0]).toContain('Précisez qui remplace le tuteur absent.');

        await workspace.edit(TEMPLATE, templateWith('suppléance « La coordinatrice désigne une suppléante. »'));
        expect(findings(workspace, CHARTER, 'modele/a-completer')).toEqual([]);
    });

    test('a charte/* finding satisfied through the template follows the template', async () => {
        const workspace = await lilasWith('suppléance « Le chef éducateur désigne un suppléant. »');
        expect(findings(workspace, CHARTER, 'charte/suppleance')).toEqual([]);

        await workspace.edit(TEMPLATE, templateWith(''));
        expect(findings(workspace, CHARTER, 'charte/suppleance')).toEqual([
            expect.stringContaining('ni dans le modèle CP319 qu’elle étend')
        ]);
    });

    test('a change two levels up the template chain reaches the charter', async () => {
        const region = `
modèle de charte Namur « Modèle de la coordination namuroise » étend CP319 {
    situations nouveau-travailleur, réintégration
}
`;
        const charterOfNamur = charter.replace('étend CP319', 'étend Namur');
        const workspace = await buildWorkspace({
            [TEMPLATE]: templateWith('suppléance « Le chef éducateur désigne un suppléant. »'),
            'region/modele-namur.tutorat': region,
            [CHARTER]: charterOfNamur
        });
        expect(findings(workspace, CHARTER, 'modele/a-completer')).toEqual([]);

        await workspace.edit(TEMPLATE, templateWith('suppléance à compléter'));
        expect(findings(workspace, CHARTER, 'modele/a-completer')).toEqual([expect.stringContaining('Le modèle CP319 laisse la section « suppléance »')]);
        expect(findings(workspace, 'region/modele-namur.tutorat', 'modele/a-completer')).toEqual([expect.stringContaining('chaque charte qui étend Namur')]);

        await workspace.edit(TEMPLATE, templateWith('suppléance « Le chef éducateur désigne un suppléant. »'));
        expect(findings(workspace, CHARTER, 'modele/a-completer')).toEqual([]);
        expect(findings(workspace, 'region/modele-namur.tutorat', 'modele/a-completer')).toEqual([]);
    });

    test('a loop between templates of two files is reported in both, and cleared in both', async () => {
        const region = (parent: string) => `modèle de charte Namur « Modèle namurois » étend ${parent} { }\n`;
        const workspace = await buildWorkspace({
            [TEMPLATE]: 'modèle de charte CP319 « Modèle sectoriel » { }\n',
            'region/modele-namur.tutorat': region('CP319')
        });
        expect(workspace.summary().filter((line) => line.endsWith('modele/heritage'))).toEqual([]);

        await workspace.edit(TEMPLATE, 'modèle de charte CP319 « Modèle sectoriel » étend Namur { }\n');
        expect(findings(workspace, TEMPLATE, 'modele/heritage')).toEqual([expect.stringContaining('CP319 → Namur → CP319')]);
        expect(findings(workspace, 'region/modele-namur.tutorat', 'modele/heritage')).toEqual([expect.stringContaining('Namur → CP319 → Namur')]);

        await workspace.edit(TEMPLATE, 'modèle de charte CP319 « Modèle sectoriel » { }\n');
        expect(workspace.summary().filter((line) => line.endsWith('modele/heritage'))).toEqual([]);
    });

    test('charte/existe follows the charter written in another file of the institution', async () => {
        const people = 'institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n    tutoré Yanis\n    duo Amina accompagne Yanis\n}\n';
        const workspace = await buildWorkspace({ 'les-lilas/personnes.tutorat': people, [CHARTER]: charter });
        expect(findings(workspace, 'les-lilas/personnes.tutorat', 'charte/existe')).toEqual([]);

        await workspace.remove(CHARTER);
        expect(findings(workspace, 'les-lilas/personnes.tutorat', 'charte/existe')).toEqual([expect.stringContaining('aucun de ses fichiers ne contient de charte')]);

        await workspace.edit(CHARTER, charter);
        expect(findings(workspace, 'les-lilas/personnes.tutorat', 'charte/existe')).toEqual([]);
    });
});
