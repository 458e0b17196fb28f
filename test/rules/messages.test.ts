import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MAX_DOCUMENT_CHARACTERS, MAX_FINDINGS_PER_DOCUMENT, RULES, type FindingData, type Locale } from '@tutorat/language';
import { compareWithExpectations, readExpectations, type Finding } from '../support/expectations.js';
import { filesOf } from '../support/folders.js';
import { buildWorkspace } from '../support/workspace.js';

/**
 * Messages a director can read: every message of the catalogue, in both languages, as the rules
 * really produce it — over every rule fixture, the examples and the message fixtures — has no
 * placeholder left, no empty parentheses, no parenthesis that repeats what comes before it, no
 * doubled word, and the French elides (« d’Inès », not « de Inès »). Every message key of every
 * rule is produced at least once, so that none escapes the checks.
 */

const TEST = new URL('../', import.meta.url).pathname;
const ROOTS = [join(TEST, 'fixtures/rules'), join(TEST, 'fixtures/messages')];
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;


/** Every sample workspace: the folders that hold .tutorat files directly or through subfolders named after places. */
function workspaces(): string[] {
    const found: string[] = [];
    const visit = (folder: string) => {
        const entries = readdirSync(folder);
        if (/^(declenche|silencieux)/.test(folder.split('/').pop()!) || entries.some((entry) => entry.endsWith('.tutorat'))) {
            found.push(folder);
            return;
        }
        entries.map((entry) => join(folder, entry)).filter((path) => statSync(path).isDirectory()).forEach(visit);
    };
    ROOTS.filter(existsSync).forEach(visit);
    return [...found, EXAMPLES];
}

/**
 * The limits' messages need documents no one keeps in the repository: one too large to be read, one
 * with more findings than are shown. They are made here.
 */
const MADE_UP: Record<string, () => Record<string, string>> = {
    'limite/trop-grand': () => ({ 'enorme.tutorat': `institution A { tutrice Ana }\n// ${'x'.repeat(MAX_DOCUMENT_CHARACTERS)}\n` }),
    'limite/trop-de-constats': () => ({ 'doublons.tutorat': `institution A {\n${'    tutrice Élodie « Élodie Martin »\n'.repeat(MAX_FINDINGS_PER_DOCUMENT + 50)}}\n` })
};

interface Rendered {
    readonly where: string;
    readonly key: string;
    readonly text: string;
}

const rendered: Record<Locale, Rendered[]> = { fr: [], en: [] };
/** What the message fixtures announce (« // attendu : … ») and did not get, in French. */
const unmet: string[] = [];

beforeAll(async () => {
    const samples = [
        ...workspaces().map((folder) => ({ folder, files: () => filesOf(folder) })),
        ...Object.entries(MADE_UP).map(([name, files]) => ({ folder: join(TEST, 'made-up', name), files }))
    ];
    for (const { folder, files: read } of samples) {
        for (const locale of ['fr', 'en'] as const) {
            const files = read();
            const workspace = await buildWorkspace(files, { locale });
            if (locale === 'fr' && folder.includes('/fixtures/messages/')) {
                const findings: Finding[] = [...workspace.documents.entries()].flatMap(([file, document]) => (document.diagnostics ?? []).map((diagnostic) => ({ file, diagnostic })));
                const expectations = Object.entries(files).flatMap(([file, text]) => readExpectations(file, text));
                for (const ruleId of new Set(expectations.map((expectation) => expectation.ruleId))) {
                    unmet.push(...compareWithExpectations(ruleId, findings, expectations).map((problem) => `${relative(TEST, folder)}/${problem}`));
                }
            }
            for (const [file, document] of workspace.documents) {
                for (const diagnostic of document.diagnostics ?? []) {
                    const where = `${relative(TEST, folder)}/${file}:${diagnostic.range.start.line + 1}`;
                    const key = keyOf(diagnostic);
                    rendered[locale].push({ where, key, text: textOf(diagnostic.message) });
                    for (const related of diagnostic.relatedInformation ?? []) {
                        rendered[locale].push({ where: `${where} (lieu lié)`, key: `${key} (lieu lié)`, text: related.message });
                    }
                }
            }
        }
    }
}, 300_000);

function keyOf(diagnostic: Diagnostic): string {
    const data = diagnostic.data as Partial<FindingData> | undefined;
    return `${data?.ruleId ?? String(diagnostic.code)}:${data?.messageKey ?? '?'}`;
}

function textOf(message: Diagnostic['message']): string {
    return typeof message === 'string' ? message : String(message);
}

/** What is wrong with a message, in words; empty when it reads well. */
export function problemsOf(text: string, locale: Locale): string[] {
    const problems: string[] = [];
    const placeholder = /\{\w+\}/.exec(text);
    if (placeholder) {
        problems.push(`paramètre non rempli ${placeholder[0]}`);
    }
    if (/\(\s*\)|«\s*»\s*\)|\(\s*«\s*»/.test(text)) {
        problems.push('parenthèses vides');
    }
    for (const match of text.matchAll(/\(([^()]+)\)/g)) {
        const inside = match[1].trim();
        if (inside.length >= 10 && text.slice(0, match.index).includes(inside)) {
            problems.push(`la parenthèse répète ce qui précède : « ${inside} »`);
        }
    }
    const doubled = /(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/iu.exec(text);
    if (doubled) {
        problems.push(`mot répété « ${doubled[0]} »`);
    }
    if (/\s{2,}|\s[,.](?!\d)|,,|\.\.(?!\.)|^\s|\s$/.test(text)) {
        problems.push('espaces ou ponctuation en double');
    }
    if (/\b(undefined|null|NaN|\[object Object\])\b/.test(text)) {
        problems.push('valeur technique');
    }
    if (locale === 'fr') {
        // Outside the user's quoted words: « de Inès », « que Amina » must elide.
        const prose = text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '« »');
        const elision = /(?<![\p{L}’'])(de|que|jusque|lorsque|puisque)\s+(?!onze)[aeiouàâäéèêëîïôöùûüœæ]/iu.exec(prose);
        if (elision) {
            problems.push(`élision manquante « ${elision[0]}… »`);
        }
    }
    return problems;
}

describe('the catalogue’s messages, as the rules produce them', () => {
    test.each(['fr', 'en'] as const)('read well in %s', (locale) => {
        expect(rendered[locale].length).toBeGreaterThan(1000);
        const problems = rendered[locale].flatMap(({ where, key, text }) => problemsOf(text, locale).map((problem) => `${where} ${key} — ${problem} :\n    ${text}`));
        expect([...new Set(problems)]).toEqual([]);
    });

    test('the message fixtures get the findings they announce, worded as announced', () => {
        expect(unmet).toEqual([]);
    });

    test('inside a loop of templates, nothing speaks of charters that will complete them', () => {
        const inLoop = rendered.fr.filter(({ where }) => where.includes('boucle-de-modeles'));
        expect(inLoop.map(({ key }) => key).filter((key) => !key.includes('(lieu lié)')).sort()).toEqual(['modele/heritage:cycle', 'modele/heritage:cycle']);
        expect([...rendered.fr, ...rendered.en].filter(({ where, text }) => where.includes('boucle-de-modeles') && /devra le compléter|will have to complete/.test(text))).toEqual([]);
    });

    test('every message key of every rule is produced, in both languages', () => {
        const keys = RULES.flatMap((rule) => Object.keys(rule.messages).map((key) => `${rule.id}:${key}`));
        for (const locale of ['fr', 'en'] as const) {
            const produced = new Set(rendered[locale].map(({ key }) => key));
            expect(keys.filter((key) => !produced.has(key)), `clés jamais produites (${locale}) : ajoutez un exemple dans test/fixtures/messages/`).toEqual([]);
        }
    });

    test('the checks themselves catch what they look for', () => {
        expect(problemsOf('Pour {name}, rien.', 'fr')).toEqual(['paramètre non rempli {name}']);
        expect(problemsOf('Le parcours ne prévoit rien du tutoré ().', 'fr')).toEqual(['parenthèses vides']);
        expect(problemsOf('Kevin rend compte à Nadia (Kevin rend compte à Nadia) : un tuteur est un pair.', 'fr')).toEqual(['la parenthèse répète ce qui précède : « Kevin rend compte à Nadia »']);
        expect(problemsOf('La fonction de Inès n’est pas indiquée.', 'fr')).toEqual(['élision manquante « de I… »']);
        expect(problemsOf('La fonction d’Inès, de « Inès » et de onze jours.', 'fr')).toEqual([]);
        expect(problemsOf('Le le duo.', 'fr')).toEqual(['mot répété « Le le »']);
    });
});
