import type { Diagnostic } from 'vscode-languageserver-types';
import { ruleIdsOf } from '@tutorat/language';

/**
 * Expectations written inside sample files, so that a domain expert can read and extend them:
 *
 *     // attendu : tuteur/charge « 3 tutorés »
 *     duo Élodie accompagne Zoé { … }
 *
 * The finding of the named rule must start on the next line that is not blank or a comment (or
 * on the comment's own line when it ends a line of text). `// attendu juste dessous : …` targets
 * the very next line, even a comment (to expect findings about suppression comments). The text
 * between « » is optional: the message must then contain it (it cannot itself contain »).
 */
export interface Expectation {
    readonly file: string;
    readonly ruleId: string;
    readonly fragment?: string;
    /** 0-based line the finding must start on. */
    readonly line: number;
    /** 1-based line of the marker, for failure messages. */
    readonly markerLine: number;
}

const MARKER = /\/\/\s*attendu(\s+juste\s+dessous)?\s*:\s*([\w-]+\/[\w-]+)(?:\s+«\s*([^»]*?)\s*»)?/u;

export function readExpectations(file: string, text: string): Expectation[] {
    const lines = text.split(/\r?\n/);
    const expectations: Expectation[] = [];
    lines.forEach((content, index) => {
        const match = MARKER.exec(content);
        if (!match) {
            return;
        }
        const trailing = content.slice(0, match.index).trim().length > 0;
        const justBelow = match[1] !== undefined;
        expectations.push({
            file,
            ruleId: match[2],
            fragment: match[3],
            line: trailing ? index : justBelow ? index + 1 : nextContentLine(lines, index + 1),
            markerLine: index + 1
        });
    });
    return expectations;
}

function nextContentLine(lines: readonly string[], from: number): number {
    for (let line = from; line < lines.length; line++) {
        const text = lines[line].trim();
        if (text.length > 0 && !text.startsWith('//')) {
            return line;
        }
    }
    return from;
}

export interface Finding {
    readonly file: string;
    readonly diagnostic: Diagnostic;
}

/**
 * Compares the findings of one rule with the expectations: every expectation must be met by a
 * finding, and every finding of the rule must be expected. Returns readable problems (empty if all is well).
 */
export function compareWithExpectations(ruleId: string, findings: readonly Finding[], expectations: readonly Expectation[]): string[] {
    const problems: string[] = [];
    // A finding that gathers an unfinished element's absences is a finding of each rule it speaks for.
    const ofRule = findings.filter((finding) => ruleIdsOf(finding.diagnostic).includes(ruleId));
    const unmatched = new Set(ofRule);
    for (const expectation of expectations.filter((candidate) => candidate.ruleId === ruleId)) {
        const match = ofRule.find((finding) => unmatched.has(finding) && finding.file === expectation.file
            && finding.diagnostic.range.start.line === expectation.line
            && (!expectation.fragment || String(finding.diagnostic.message).includes(expectation.fragment)));
        if (match) {
            unmatched.delete(match);
        } else {
            const near = ofRule.filter((finding) => finding.file === expectation.file).map((finding) => `ligne ${finding.diagnostic.range.start.line + 1} : ${finding.diagnostic.message}`);
            problems.push(`${expectation.file}:${expectation.markerLine} attendu ${ruleId}${expectation.fragment ? ` « ${expectation.fragment} »` : ''} ligne ${expectation.line + 1}, non trouvé.${near.length ? ' Trouvé : ' + near.join(' | ') : ''}`);
        }
    }
    for (const finding of unmatched) {
        problems.push(`${finding.file}:${finding.diagnostic.range.start.line + 1} constat inattendu ${ruleId} : ${finding.diagnostic.message}`);
    }
    return problems;
}
