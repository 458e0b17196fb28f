import { describe, expect, test } from 'vitest';
import { ruleById, type FindingData, type FixEdit } from '@tutorat/language';
import { buildWorkspace } from '../support/workspace.js';

/**
 * The quick fixes of the path, placement and framework rules: applying one gives a document that
 * still parses, and — when the fix carries all the information needed — no longer has the finding.
 * Fixes that insert a skeleton to fill in (« » texts) are only required to parse.
 */

const FRAMEWORK = `
référentiel RefCommis « Commis de cuisine — EFT » {
    compétence HYG1 « Respecter les règles d'hygiène » {
        critère « La chaîne du froid est respectée » {
            indicateur « Les relevés de température sont complets »
        }
    }
    compétence PRE1 « Réaliser les préparations de base »
}
`;

const PEOPLE = `
institution LaMarmite {
    service Cuisine « Cuisine » { responsable Denis }
    personne Denis « Denis Lardinois » { rôle encadrement }
    tutoré Kevin { service Cuisine situation alternance organisme IFAPME }
    organisme partenaire IFAPME « Centre IFAPME de Charleroi » {
        référent Hanse « Luc Hanse »
    }
}
`;

function applyEdits(text: string, edits: readonly FixEdit[]): string {
    const lines = text.split('\n');
    const offset = (position: FixEdit['range']['start']) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

interface Case {
    readonly rule: string;
    readonly fix: string;
    readonly file: 'parcours.tutorat' | 'referentiel.tutorat';
    readonly path?: string;
    readonly framework?: string;
    /** Whether the rule's findings must be gone from the file once the fix is applied. */
    readonly resolves: boolean;
    /** A part of the fixed finding's message that must be gone (when the rule still reports something else). */
    readonly gone?: string;
    /** A text the fixed document must contain. */
    readonly writes: string;
}

const path = (body: string) => `institution LaMarmite {\n    parcours AlternanceKevin pour Kevin {\n${body}\n    }\n}\n`;

const CASES: Case[] = [
    { rule: 'parcours/phases', fix: 'addPhases', file: 'parcours.tutorat', resolves: true, writes: 'phase évaluation « Évaluer et conclure » {',
        path: path('        référentiel RefCommis\n        phase accueil « Accueil » { }\n        phase accompagnement « Accompagnement » { }') },
    { rule: 'parcours/phases', fix: 'addPhases', file: 'parcours.tutorat', resolves: true, writes: 'phase accompagnement « Accompagner et former » {',
        path: path('        phase évaluation « Évaluation » { }') },
    { rule: 'parcours/referentiel', fix: 'addFramework', file: 'parcours.tutorat', resolves: true, writes: 'référentiel RefCommis',
        path: `institution LaMarmite {\n    parcours AlternanceKevin pour Kevin { compétences visées HYG1 }\n}\n` },
    { rule: 'parcours/criteres', fix: 'addPathCriteria', file: 'parcours.tutorat', resolves: false, writes: 'critères pour PRE1 {',
        path: path('        référentiel RefCommis\n        compétences visées HYG1, PRE1') },
    // The evaluations written still say neither when, by whom nor on what: only the user knows.
    { rule: 'parcours/evaluations', fix: 'addFinal', file: 'parcours.tutorat', resolves: false, gone: 'ne prévoit pas d’évaluation finale', writes: 'évaluation finale « Évaluation de fin de parcours »',
        path: path('        phase accompagnement « Accompagnement » {\n            évaluation formative « Mi-parcours »\n        }\n        phase évaluation « Évaluation » { }') },
    { rule: 'parcours/couverture', fix: 'assessInFinal', file: 'parcours.tutorat', resolves: true, writes: 'sur HYG1, PRE1',
        path: path('        référentiel RefCommis\n        compétences visées HYG1, PRE1\n        phase accompagnement « Accompagnement » {\n            activité « Mise en place » développe HYG1, PRE1\n            évaluation finale « Fin de formation » sur HYG1\n        }') },
    { rule: 'parcours/bilan-encadrement', fix: 'addReview', file: 'parcours.tutorat', resolves: true, writes: 'bilan avec Denis en présence du tutoré',
        path: path('        phase accompagnement « Accompagnement » { }') },
    { rule: 'parcours/bilan-encadrement', fix: 'withTutee', file: 'parcours.tutorat', resolves: true, writes: 'bilan avec Denis le 13/11/2026 en présence du tutoré',
        path: path('        phase accompagnement « Accompagnement » {\n            bilan avec Denis le 13/11/2026\n        }') },
    { rule: 'parcours/autoevaluation', fix: 'addSelfEvaluation', file: 'parcours.tutorat', resolves: true, writes: 'auto-évaluation chaque semaine',
        path: path('        phase accompagnement « Accompagnement » {\n            activité « Mise en place »\n        }') },
    { rule: 'parcours/autoevaluation', fix: 'weekly', file: 'parcours.tutorat', resolves: true, writes: 'auto-évaluation chaque semaine « Carnet »',
        path: path('        phase accompagnement « Accompagnement » {\n            auto-évaluation « Carnet »\n        }') },
    // The project and the supports go in the path's head, before its first block; the user fills the quotes.
    { rule: 'parcours/projet-professionnel', fix: 'addProject', file: 'parcours.tutorat', resolves: false, gone: 'ne dit pas le projet professionnel',
        writes: '        compétences visées HYG1\n        projet professionnel « »\n        phase accueil « Accueil » { }',
        path: path('        référentiel RefCommis\n        compétences visées HYG1\n        phase accueil « Accueil » { }') },
    { rule: 'parcours/supports', fix: 'addSupports', file: 'parcours.tutorat', resolves: false, gone: 'ne nomme aucun support', writes: '        référentiel RefCommis\n        supports « »\n    }',
        path: path('        référentiel RefCommis') },
    { rule: 'stage/convention', fix: 'addPlacement', file: 'parcours.tutorat', resolves: false, gone: 'ne décrit pas son stage', writes: 'stage avec IFAPME {',
        path: path('        référentiel RefCommis\n        période du 01/09/2026 au 30/06/2027\n        compétences visées HYG1') },
    { rule: 'stage/convention', fix: 'completeConvention', file: 'parcours.tutorat', resolves: false, writes: 'durée 43 semaines',
        path: path('        période du 01/09/2026 au 30/06/2027\n        stage avec IFAPME') },
    { rule: 'stage/assurance', fix: 'addInsurance', file: 'parcours.tutorat', resolves: false, writes: 'assurance « »',
        path: path('        stage avec IFAPME { durée 40 semaines }') },
    { rule: 'stage/suivi', fix: 'monthly', file: 'parcours.tutorat', resolves: true, writes: 'suivi chaque mois',
        path: path('        stage avec IFAPME {\n            durée 40 semaines\n        }') },
    { rule: 'referentiel/criteres', fix: 'addCriterion', file: 'referentiel.tutorat', resolves: false, writes: 'compétence PRE1 « Réaliser les préparations de base » {',
        framework: FRAMEWORK },
    { rule: 'referentiel/criteres', fix: 'addIndicator', file: 'referentiel.tutorat', resolves: false, writes: 'indicateur « »',
        framework: 'référentiel RefCommis {\n    compétence HYG1 « Hygiène » {\n        critère « La chaîne du froid est respectée »\n    }\n}\n' },
    { rule: 'referentiel/taxonomie', fix: 'tidy', file: 'referentiel.tutorat', resolves: true, writes: 'rncp « RNCP34827BC02 »',
        framework: 'référentiel RefCommis {\n    compétence HYG1 « Hygiène » {\n        rncp « rncp 34827 bc02 »\n    }\n}\n' }
];

describe('quick fixes of the path, placement and framework rules', () => {
    test.each(CASES.map((fixCase) => [`${fixCase.rule} ${fixCase.fix}`, fixCase]))('%s', async (_, fixCase) => {
        // Each case looks at its rule alone: the short paths below would otherwise be unfinished, and
        // their absences gathered into one finding (see unfinished.test.ts).
        const isolated = JSON.stringify({ rules: { parcours: 'off', stage: 'off', [fixCase.rule]: ruleById(fixCase.rule)!.severity } });
        const files = (path: string, framework: string) => ({ 'referentiel.tutorat': framework, 'organisation.tutorat': PEOPLE, 'parcours.tutorat': path, 'tutorat.json': isolated });
        const before = await buildWorkspace(files(fixCase.path ?? path(''), fixCase.framework ?? FRAMEWORK));
        const finding = before.diagnostics(fixCase.file).find((diagnostic) =>
            diagnostic.code === fixCase.rule && (diagnostic.data as FindingData).fixes?.some((proposed) => proposed.fix === fixCase.fix));
        expect(finding, `${fixCase.rule} propose « ${fixCase.fix} »`).toBeDefined();
        const edits = (finding!.data as FindingData).fixes!.find((proposed) => proposed.fix === fixCase.fix)!.edits;
        const fixed = applyEdits(before.documents.get(fixCase.file)!.textDocument.getText(), edits);
        expect(fixed).toContain(fixCase.writes);

        const after = await buildWorkspace(fixCase.file === 'parcours.tutorat'
            ? files(fixed, fixCase.framework ?? FRAMEWORK)
            : files(fixCase.path ?? path(''), fixed));
        expect(after.summary().filter((line) => line.endsWith('langage/syntaxe')), fixed).toEqual([]);
        const remaining = after.diagnostics(fixCase.file).filter((diagnostic) => diagnostic.code === fixCase.rule).map((diagnostic) => diagnostic.message);
        if (fixCase.resolves) {
            expect(remaining, fixed).toEqual([]);
        }
        if (fixCase.gone) {
            expect(remaining.filter((message) => String(message).includes(fixCase.gone!)), fixed).toEqual([]);
        }
    });
});
