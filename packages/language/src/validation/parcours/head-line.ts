import type { TrainingPath } from '../../generated/ast.js';
import type { FixEdit, Insertion } from '../../rules/definition.js';
import { insertIntoBlock, insertLinesBefore } from '../../rules/fix-edits.js';

/**
 * The path's head — référentiel, période, compétences visées, projet professionnel, supports — comes
 * before its criteria, placement and phases. A line missing from the head goes just before the first
 * of those blocks, or into the path when it has none.
 */
function firstBlockOf(path: TrainingPath) {
    return [...path.criteria, ...(path.placement ? [path.placement] : []), ...path.phases]
        .filter((node) => node.$cstNode)
        .sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset)[0];
}

/** Where the unfinished path's quick fix writes a missing head line. */
export function headInsertion(path: TrainingPath, line: string): Insertion {
    const first = firstBlockOf(path);
    return first ? { before: first, lines: [line] } : { into: path, lines: [line] };
}

/** The edit that writes a missing head line, for the rule's own quick fix. */
export function headLineEdit(path: TrainingPath, line: string): FixEdit | undefined {
    const first = firstBlockOf(path);
    return first ? insertLinesBefore(first.$cstNode, [line]) : insertIntoBlock(path, [line]);
}

/**
 * A path for the documentation pages: complete (phases, evaluations, review, self-evaluation), so
 * that the only thing its head lines leave out is what the page is about.
 */
export function completePathExample(headLines: readonly string[]): string {
    return 'référentiel RefSoins « Soins » {\n    compétence SOI1 « Réaliser les soins »\n}\n'
        + 'institution Exemple {\n    personne Nadia { rôle encadrement }\n    tutorée Léa\n    parcours StageLéa « Stage de Léa » pour Léa {\n'
        + '        référentiel RefSoins\n        compétences visées SOI1\n'
        + headLines.map((line) => `        ${line}\n`).join('')
        + '        phase accueil « Accueillir et intégrer » {\n            activité « Visite de l’institution »\n        }\n'
        + '        phase accompagnement « Accompagner et former » {\n            activité « Soins en binôme » développe SOI1\n'
        + '            évaluation formative « Point d’étape » sur SOI1\n            bilan avec Nadia en présence du tutoré\n            auto-évaluation chaque semaine\n        }\n'
        + '        phase évaluation « Évaluer et conclure » {\n            évaluation finale « Bilan de fin de stage » sur SOI1\n        }\n    }\n}\n';
}
