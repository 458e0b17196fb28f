import { describe, expect, test } from 'vitest';
import { ruleById, type FindingData, type FixEdit } from '@tutorat/language';
import { buildWorkspace } from '../support/workspace.js';

/**
 * The quick fixes of the whole guide's constructs — the supervision review, whom to alert, the
 * tutor's reflection, the tutor's designation, the partner's duties, the sharing of roles: applied, each gives a document
 * that parses and writes the construct; when the fix carries all the information the rule needs,
 * the finding is gone. A fix that writes « … » or « à compléter » leaves the user what only they know.
 */

const PEOPLE = [
    '    personne Nadia « Nadia Lambert » { rôle référent-tuteurs }',
    '    tutrice Élodie',
    '    tuteur François',
    '    tutorée Léa { situation alternance organisme CEFA }',
    '    organisme partenaire CEFA « CEFA de Namur » { type enseignement secondaire en alternance }'
].join('\n');

const institution = (body: string) => `institution Tilleuls {\n${PEOPLE}\n${body}\n}\n`;

interface Case {
    readonly rule: string;
    readonly fix: string;
    readonly text: string;
    /** Whether the fix leaves the rule nothing new to say (else it writes « … » for the user to fill). */
    readonly resolves: boolean;
    /** A text the fixed document must contain. */
    readonly writes: string;
}

const CASES: Case[] = [
    { rule: 'duo/point-encadrement', fix: 'addReview', resolves: true, writes: 'point avec Nadia chaque mois',
        text: institution('    duo Élodie accompagne Léa {\n        suppléant François\n    }') },
    { rule: 'duo/point-encadrement', fix: 'monthly', resolves: true, writes: 'point avec Nadia chaque mois « Mission et progression »',
        text: institution('    duo Élodie accompagne Léa {\n        point avec Nadia « Mission et progression »\n    }') },
    { rule: 'duo/alerte', fix: 'addAlert', resolves: true, writes: 'alerter Élodie ou François en cas de difficulté',
        text: institution('    duo Élodie accompagne Léa {\n        suppléant François\n    }') },
    { rule: 'tuteur/reflexion-fonction', fix: 'quarterly', resolves: true, writes: 'supervision chaque trimestre « Supervision collective »',
        text: institution('    tutrice Aïcha {\n        réflexion sur la fonction {\n            supervision « Supervision collective »\n        }\n    }\n    duo Aïcha accompagne Léa') },
    { rule: 'tuteur/designation', fix: 'team-consulted', resolves: true, writes: 'désignée par Nadia le 01/06/2024, équipe consultée',
        text: institution('    tutrice Aïcha {\n        désignée par Nadia le 01/06/2024\n    }\n    duo Aïcha accompagne Léa') },
    { rule: 'stage/engagements-organisme', fix: 'addDuties', resolves: false, writes: 'engagements {',
        text: institution('    parcours AlternanceLéa pour Léa {\n        stage avec CEFA\n    }') },
    { rule: 'stage/repartition-roles', fix: 'addRoleSharing', resolves: false, writes: 'répartition des rôles {',
        text: institution('    parcours AlternanceLéa pour Léa {\n        stage avec CEFA { durée 40 semaines }\n    }') }
];

function applyEdits(text: string, edits: readonly FixEdit[]): string {
    const lines = text.split('\n');
    const offset = (position: FixEdit['range']['start']) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

describe('quick fixes of the whole guide’s constructs', () => {
    test.each(CASES.map((fixCase) => [`${fixCase.rule} ${fixCase.fix}`, fixCase]))('%s', async (_, fixCase) => {
        // Each case looks at its rule alone: the short duos and paths would otherwise be unfinished.
        const isolated = JSON.stringify({ rules: { duo: 'off', tuteur: 'off', parcours: 'off', stage: 'off', [fixCase.rule]: ruleById(fixCase.rule)!.severity } });
        const before = await buildWorkspace({ 'institution.tutorat': fixCase.text, 'tutorat.json': isolated });
        const finding = before.diagnostics('institution.tutorat').find((diagnostic) =>
            diagnostic.code === fixCase.rule && (diagnostic.data as FindingData).fixes?.some((proposed) => proposed.fix === fixCase.fix));
        expect(finding, `${fixCase.rule} propose « ${fixCase.fix} » : ${before.summary().join(' | ')}`).toBeDefined();
        const edits = (finding!.data as FindingData).fixes!.find((proposed) => proposed.fix === fixCase.fix)!.edits;
        const fixed = applyEdits(fixCase.text, edits);
        expect(fixed).toContain(fixCase.writes);

        const after = await buildWorkspace({ 'institution.tutorat': fixed, 'tutorat.json': isolated });
        expect(after.summary().filter((line) => line.endsWith('langage/syntaxe')), fixed).toEqual([]);
        const ofRule = (workspace: typeof before) => workspace.diagnostics('institution.tutorat').filter((diagnostic) => diagnostic.code === fixCase.rule).map((diagnostic) => String(diagnostic.message));
        const [was, is] = [ofRule(before), ofRule(after)];
        // The finding fixed is gone; what the rule says of the other elements is unchanged.
        expect(is, fixed).not.toContain(finding!.message);
        if (fixCase.resolves) {
            expect(is.filter((message) => !was.includes(message)), fixed).toEqual([]);
        }
    });
});
