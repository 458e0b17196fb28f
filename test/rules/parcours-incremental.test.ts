import { describe, expect, test } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';

/**
 * In the editor, a framework and the paths that use it live in different files: a change in one
 * must update the findings shown in the other, without touching the other file.
 */

const FRAMEWORK = (dep1Criteria: string) => `
référentiel RefPuériculture « Puériculteur / puéricultrice en milieu d'accueil » {
    compétence REP1 « Accompagner le repas de l'enfant » {
        critère « L'enfant mange à son rythme » {
            indicateur « Aucun enfant n'est forcé à finir son assiette »
        }
    }
    compétence SIE1 « Accompagner l'endormissement » {
${dep1Criteria}
    }
}
`;

const SIE1_CRITERIA = `        critère « Le rituel d'endormissement de chaque enfant est respecté » {
            indicateur « Le doudou et la tétine sont donnés comme les parents l'ont indiqué »
        }`;

const PATH = (targets: string) => `
institution PetitsPas {
    tutorée Manon
    parcours StageManon pour Manon {
        référentiel RefPuériculture
        compétences visées ${targets}
    }
}
`;

/** The findings of one rule in one file, as `line: message`. */
function findings(workspace: TestWorkspace, file: string, ruleId: string): string[] {
    return workspace.diagnostics(file)
        .filter((diagnostic) => diagnostic.code === ruleId)
        .map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

describe('a framework and the paths of another file', () => {
    test('referentiel/inutilise disappears from the framework when a path elsewhere starts targeting the competence', async () => {
        const workspace = await buildWorkspace({
            'referentiels/puericulture.tutorat': FRAMEWORK(SIE1_CRITERIA),
            'creche/parcours.tutorat': PATH('REP1')
        });
        const unused = () => findings(workspace, 'referentiels/puericulture.tutorat', 'referentiel/inutilise');
        expect(unused()).toEqual([expect.stringMatching(/^8: .*compétence SIE1 du référentiel RefPuériculture/)]);

        await workspace.edit('creche/parcours.tutorat', PATH('REP1, SIE1'));
        expect(unused()).toEqual([]);

        // Written with the framework's name, without naming the framework in the path.
        await workspace.edit('creche/parcours.tutorat', PATH('REP1').replace('référentiel RefPuériculture\n', '').replace('REP1', 'RefPuériculture.REP1'));
        expect(unused()).toEqual([expect.stringMatching(/^8: .*SIE1/)]);
        await workspace.edit('creche/parcours.tutorat', PATH('RefPuériculture.REP1, RefPuériculture.SIE1').replace('référentiel RefPuériculture\n', ''));
        expect(unused()).toEqual([]);

        await workspace.remove('creche/parcours.tutorat');
        expect(unused().map((line) => line.split(':')[0])).toEqual(['3', '8']);
    });

    test('parcours/criteres follows the criteria written in the framework file', async () => {
        const workspace = await buildWorkspace({
            'referentiels/puericulture.tutorat': FRAMEWORK(''),
            'creche/parcours.tutorat': PATH('REP1, SIE1')
        });
        const criteria = () => findings(workspace, 'creche/parcours.tutorat', 'parcours/criteres');
        expect(criteria()).toEqual([expect.stringMatching(/^6: La compétence SIE1 n’a aucun critère d’évaluation, ni dans le référentiel RefPuériculture/)]);

        // A criterion without indicator: the finding changes, in the path's file.
        await workspace.edit('referentiels/puericulture.tutorat', FRAMEWORK('        critère « Le rituel d\'endormissement est respecté »'));
        expect(criteria()).toEqual([expect.stringMatching(/^6: Les critères de la compétence SIE1 n’ont aucun indicateur observable/)]);

        await workspace.edit('referentiels/puericulture.tutorat', FRAMEWORK(SIE1_CRITERIA));
        expect(criteria()).toEqual([]);
        expect(workspace.summary().filter((line) => line.includes('langage/'))).toEqual([]);
    });

    test('parcours/bilan-encadrement follows the hierarchy written in another file of the institution', async () => {
        const organisation = (head: string) => `
institution PetitsPas {
    service Bébés « Section des bébés » { responsable ${head} }
    personne Nathalie { rôle direction }
    personne Claire { rôle encadrement supérieur hiérarchique Nathalie }
    personne Julie { supérieur hiérarchique Nathalie }
    tutorée Sarah { service Bébés }
}
`;
        const path = `
institution PetitsPas {
    parcours IntégrationSarah pour Sarah {
        phase accompagnement « Accompagner et former » {
            bilan avec Claire le 27/11/2026 en présence du tutoré
        }
    }
}
`;
        const workspace = await buildWorkspace({ 'organisation.tutorat': organisation('Claire'), 'parcours.tutorat': path });
        const review = () => findings(workspace, 'parcours.tutorat', 'parcours/bilan-encadrement');
        expect(review()).toEqual([]);

        await workspace.edit('organisation.tutorat', organisation('Julie'));
        expect(review()).toEqual([expect.stringMatching(/^5: Claire n’est pas dans la ligne hiérarchique de Sarah \(supérieur direct : Julie\)/)]);
    });
});
