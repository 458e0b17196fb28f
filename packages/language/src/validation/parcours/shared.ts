import { GrammarUtils, type AstNode } from 'langium';
import { type Phase, type PhaseKind, type TrainingPath } from '../../generated/ast.js';
import { personWithKind } from '../../i18n/french.js';
import { type CompetenceMention } from '../../model/path.js';
import { PHASE_ORDER, PHASES } from '../../model/vocabulary.js';
import { type FixEdit, type Insertion, type RuleContext } from '../../rules/definition.js';
import { insertLinesAfter } from '../../rules/fix-edits.js';

/** What several rules of the parcours family share. */
export function rank(kind: PhaseKind): number {
    return PHASE_ORDER.indexOf(kind);
}

/** The first line of a phase a quick fix writes: « phase accueil « Accueillir et intégrer » ». */
export function phaseHeader(kind: PhaseKind): string {
    return `phase ${kind} « ${PHASES[kind].label.fr} »`;
}

/**
 * Where lines bound for a phase go: into the path's phase of that kind, or into that phase opened
 * where the guide's order puts it — the very block parcours/phases writes, so that the lines of
 * several rules land in one phase when an unfinished path is completed at once.
 */
export function intoPhase(path: TrainingPath, kind: PhaseKind, lines: readonly string[]): Insertion {
    const phase = path.phases.find((candidate) => candidate.kind === kind);
    if (phase) {
        return { into: phase, lines };
    }
    const block = { open: phaseHeader(kind), lines };
    const next = path.phases.find((candidate) => rank(candidate.kind) > rank(kind));
    return next ? { before: next, lines: [block] } : { into: path, lines: [block] };
}

export const PLANNING_GUIDE = {
    section: { fr: 'Organiser et planifier le parcours', en: 'Organising and planning the path' },
    quote: 'Établir un parcours de formation progressif.'
};

export function mentionPlace(mention: CompetenceMention): { node: AstNode; property: never; index: number } {
    return { node: mention.node, property: mention.property as never, index: mention.index };
}

/**
 * Inserts lines among the path's opening indications: after `compétences visées`, `période` or
 * `référentiel` (the last written of them), else right after the opening brace.
 */
export function insertInPathHeader(path: TrainingPath, lines: readonly string[]): FixEdit | undefined {
    const candidates = [
        path.targets[path.targets.length - 1]?.$refNode,
        path.period?.$cstNode,
        path.frameworks[path.frameworks.length - 1]?.$refNode
    ].filter((cst) => cst !== undefined);
    const last = candidates.sort((a, b) => b.offset - a.offset)[0];
    if (last) {
        return insertLinesAfter(last, lines);
    }
    const brace = path.$cstNode ? GrammarUtils.findNodeForKeyword(path.$cstNode, '{') : undefined;
    return insertLinesAfter(brace, lines, { deeper: true });
}

/** « du tutoré Bastien », « de la tutorée Inès » (English: « of the tutee Inès »): the tutee a path is for. */
export function tuteeOf(path: TrainingPath, context: RuleContext): string | undefined {
    const name = path.tutee?.$refText;
    return name ? personWithKind({ name, kind: path.tutee?.ref?.kind ?? 'tutoré' }, context.locale, 'de') : undefined;
}

/** The first phase of a kind, else the first phase. */
export function firstPhaseOf(path: TrainingPath, kind: PhaseKind): Phase | undefined {
    return path.phases.find((phase) => phase.kind === kind) ?? path.phases[0];
}
