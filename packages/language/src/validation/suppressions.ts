import { CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';

/**
 * An inline suppression, written as a comment before the line it concerns (or at its end):
 *
 *     // tutorat-ignorer tuteur/charge : dérogation accordée par la direction jusqu'au 31/12/2026
 *
 * It names one or more rule IDs and must give a reason after the colon. (`tutorat-ignore` works too.)
 */
export interface Suppression {
    readonly ruleIds: readonly string[];
    readonly reason: string;
    /** The comment itself. */
    readonly range: Range;
    /** The 0-based line whose findings it silences. */
    readonly targetLine: number;
}

const SUPPRESSION = /^\/\/\s*tutorat-ignorer?\b(.*)$/u;
/** A reason must say something: at least a few letters. */
const MEANINGFUL_REASON = /\p{L}.*\p{L}.*\p{L}/u;

export function findSuppressions(document: LangiumDocument): Suppression[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    const lines = document.textDocument.getText().split(/\r?\n/);
    const suppressions: Suppression[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !node.hidden || node.tokenType.name !== 'SL_COMMENT') {
            continue;
        }
        const match = SUPPRESSION.exec(node.text);
        if (!match) {
            continue;
        }
        const [ids, ...reasonParts] = match[1].split(':');
        const line = node.range.start.line;
        const trailing = lines[line]?.slice(0, node.range.start.character).trim().length > 0;
        suppressions.push({
            ruleIds: ids.split(/[\s,]+/).filter((id) => id.length > 0),
            reason: reasonParts.join(':').trim(),
            range: node.range,
            targetLine: trailing ? line : nextContentLine(lines, line + 1)
        });
    }
    return suppressions;
}

export function hasMeaningfulReason(suppression: Suppression): boolean {
    return MEANINGFUL_REASON.test(suppression.reason);
}

/** The next line with something other than blanks and comments. */
function nextContentLine(lines: readonly string[], from: number): number {
    for (let line = from; line < lines.length; line++) {
        const text = lines[line].trim();
        if (text.length > 0 && !text.startsWith('//')) {
            return line;
        }
    }
    return from;
}

/** Splits findings into those a suppression silences (with their suppression) and the others. */
export function matchSuppressions(
    diagnostics: readonly Diagnostic[],
    suppressions: readonly Suppression[],
    isSuppressible: (ruleId: string) => boolean
): { kept: Diagnostic[]; used: Map<Suppression, Set<string>> } {
    const used = new Map<Suppression, Set<string>>();
    const kept: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        const suppression = ruleId && isSuppressible(ruleId)
            ? suppressions.find((candidate) => candidate.targetLine === diagnostic.range.start.line && candidate.ruleIds.includes(ruleId) && hasMeaningfulReason(candidate))
            : undefined;
        if (suppression && ruleId) {
            let ids = used.get(suppression);
            if (!ids) {
                ids = new Set();
                used.set(suppression, ids);
            }
            ids.add(ruleId);
        } else {
            kept.push(diagnostic);
        }
    }
    return { kept, used };
}
