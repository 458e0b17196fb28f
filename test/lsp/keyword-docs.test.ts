import { readFileSync } from 'node:fs';
import { AstUtils, EmptyFileSystem, GrammarAST, type Grammar } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTutoratServices } from '@tutorat/language';
import { KEYWORD_DOCS, findKeywordDoc, grammarLayout } from '@tutorat/language/lsp';

/**
 * Every keyword of the grammar explains itself on hover: each phrase of keywords, in each kind of
 * element it can be written in, has a documentation entry — so that a keyword added to the grammar
 * without its explanation makes this test fail.
 */

const GUIDE = new URL('../../docs/guide/guide-pour-le-tutorat-2021.txt', import.meta.url).pathname;
const VALUE_RULES = new Set(['KnownStake', 'SituationKind', 'KnownProfile', 'KnownDocument', 'StaffRole', 'PhaseKind', 'PartnerKind', 'Diploma', 'TimeUnit', 'Count', 'NumberWord', 'VolunteerMode', 'FrequencyAdjective', 'Month', 'Weekday', 'Half', 'DateValue']);

const grammar: Grammar = createTutoratServices(EmptyFileSystem).Tutorat.Grammar;
const parserRules = grammar.rules.filter(GrammarAST.isParserRule);

/** What the editor knows of the grammar: the words of an element, the elements a keyword is written in. */
const layout = grammarLayout(grammar);

/** The element of its group a keyword stands in: itself, its assignment, or the choice it is one of. */
function anchorOf(keyword: GrammarAST.Keyword): GrammarAST.AbstractElement {
    let element: GrammarAST.AbstractElement = keyword;
    while (element.$container && (GrammarAST.isAssignment(element.$container) || GrammarAST.isAlternatives(element.$container)) && layout.wordsOf(element.$container)) {
        element = element.$container;
    }
    return element;
}

/** Every phrase the keywords of a group can form around each keyword (`profil du tuteur`, `évaluation finale`). */
function phrases(rule: GrammarAST.ParserRule): Array<{ keyword: GrammarAST.Keyword; phrases: string[][] }> {
    const result: Array<{ keyword: GrammarAST.Keyword; phrases: string[][] }> = [];
    for (const keyword of AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isKeyword)) {
        if (!/\p{L}/u.test(keyword.value)) {
            continue;
        }
        const anchor = anchorOf(keyword);
        const group = anchor.$container;
        if (!GrammarAST.isGroup(group) || !layout.wordsOf(anchor)) {
            result.push({ keyword, phrases: [[keyword.value]] });
            continue;
        }
        let start = group.elements.indexOf(anchor);
        let end = start;
        while (start > 0 && layout.wordsOf(group.elements[start - 1])) start--;
        while (end < group.elements.length - 1 && layout.wordsOf(group.elements[end + 1])) end++;
        // All sub-runs containing the keyword, each expanded over the choices of words.
        const candidates: string[][] = [];
        for (let from = start; from <= group.elements.indexOf(anchor); from++) {
            for (let to = group.elements.indexOf(anchor); to <= end; to++) {
                let expansions: string[][] = [[]];
                for (const element of group.elements.slice(from, to + 1)) {
                    const words = element === anchor && layout.wordsOf(element)!.includes(keyword.value) ? [keyword.value] : layout.wordsOf(element)!;
                    expansions = expansions.flatMap((prefix) => words.map((word) => [...prefix, word]));
                }
                candidates.push(...expansions);
            }
        }
        result.push({ keyword, phrases: candidates });
    }
    return result;
}

describe('keyword documentation', () => {
    test('covers every keyword of the grammar, in every kind of element it is written in', () => {
        const missing: string[] = [];
        let checked = 0;
        for (const rule of parserRules.filter((candidate) => !VALUE_RULES.has(candidate.name))) {
            for (const { keyword, phrases: candidates } of phrases(rule)) {
                for (const type of layout.typesOf(keyword)) {
                    checked++;
                    if (!candidates.some((words) => findKeywordDoc(words.join(' '), type))) {
                        missing.push(`${rule.name}/${type}: ${keyword.value} (${candidates.map((words) => words.join(' ')).join(' | ')})`);
                    }
                }
            }
        }
        expect(missing).toEqual([]);
        expect(checked).toBeGreaterThan(200);
    });

    test('explains in both languages, and quotes the guide with its section where it comes from the guide', () => {
        for (const doc of KEYWORD_DOCS) {
            for (const text of [doc.title, doc.text]) {
                expect(text.fr.length, doc.phrases[0]).toBeGreaterThan(0);
                expect(text.en.length, doc.phrases[0]).toBeGreaterThan(0);
            }
            if (doc.guide) {
                expect(doc.guide.section.fr.length).toBeGreaterThan(0);
                expect(doc.guide.section.en.length).toBeGreaterThan(0);
            }
        }
        // The charter's sections all come from the guide.
        for (const section of ['enjeux', 'ressources', 'modalités', 'profil du tuteur', 'suppléance', 'plan de formation', 'après le tutorat']) {
            expect(findKeywordDoc(section, undefined) ?? KEYWORD_DOCS.find((doc) => doc.phrases.includes(section)), section).toHaveProperty('guide');
        }
    });

    test('every quote is the guide’s own words', () => {
        // The guide's text breaks words at line ends (« apprentis-\nsages »): compare without blanks, hyphens or quote styles.
        const plain = (text: string) => text.normalize('NFC').replace(/[’']/g, '\'').replace(/-\s*\n\s*/g, '').replace(/[\s\u00A0-]+/g, '').replace(/[«»"“”]/g, '');
        const guide = plain(readFileSync(GUIDE, 'utf8'));
        const quoted = KEYWORD_DOCS.filter((doc) => doc.guide);
        expect(quoted.length).toBeGreaterThan(50);
        const misquoted = quoted.flatMap((doc) =>
            doc.guide!.quote.split(/\s*\[…\]\s*/).filter((part) => !guide.includes(plain(part))).map((part) => `${doc.phrases[0]}: ${part}`));
        expect(misquoted).toEqual([]);
    });
});
