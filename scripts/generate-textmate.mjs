// Writes the TextMate grammar (syntaxes/tutorat.tmLanguage.json) from the Langium grammar: its keywords
// and its ID terminal. langium-cli's own TextMate output delimits keywords with `\b`, which fails on keywords
// that begin or end with an accented letter (`tutoré`, `échelle`); this one delimits them with lookarounds on
// the identifier characters of the ID terminal, so that a keyword inside an identifier (`tutorés2`,
// `sous-tuteur`) is not highlighted either.
// Usage: node scripts/generate-textmate.mjs [--check]  (--check: exit 1 when the file on disk is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

export const TEXTMATE_FILE = fileURLToPath(new URL('../syntaxes/tutorat.tmLanguage.json', import.meta.url));

/** The TextMate grammar of a Langium grammar (its `Grammar` AST), as a JSON-ready object. */
export function textMateGrammar(grammar) {
    const { start, part } = identifierClasses(grammar);
    // Not preceded by an identifier character, nor by an inner hyphen of an identifier (`formation-des-…`);
    // not followed by one either.
    const before = `(?<![${part}])(?<![${part}]-)`;
    const after = `(?![${part}]|-[${part}])`;
    const words = wordKeywords(grammar);
    return {
        $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
        name: 'Tutorat',
        scopeName: 'source.tutorat',
        fileTypes: ['tutorat'],
        patterns: [
            { include: '#comments' },
            { include: '#strings' },
            { include: '#values' },
            { include: '#keywords' },
            { include: '#identifiers' },
            { include: '#punctuation' }
        ],
        repository: {
            comments: {
                patterns: [
                    { name: 'comment.block.tutorat', begin: '/\\*', end: '\\*/', beginCaptures: { 0: { name: 'punctuation.definition.comment.tutorat' } }, endCaptures: { 0: { name: 'punctuation.definition.comment.tutorat' } } },
                    { name: 'comment.line.double-slash.tutorat', begin: '//', end: '$', beginCaptures: { 0: { name: 'punctuation.definition.comment.tutorat' } } },
                    // Comments the way other tools write them: read as comments, reported by the checker.
                    { name: 'comment.line.number-sign.tutorat', begin: '#|--', end: '$', beginCaptures: { 0: { name: 'invalid.deprecated.comment.tutorat' } } }
                ]
            },
            strings: {
                patterns: [
                    // « » texts may hold other, balanced, « » (« Projet « Bien chez soi » »).
                    { include: '#guillemets' },
                    quoted('string.quoted.other.curly.tutorat', '“', '”'),
                    {
                        ...quoted('string.quoted.double.tutorat', '"', '"'),
                        patterns: [{ name: 'constant.character.escape.tutorat', match: '\\\\.' }]
                    }
                ]
            },
            guillemets: {
                ...quoted('string.quoted.other.guillemets.tutorat', '«', '»'),
                patterns: [{ include: '#guillemets' }]
            },
            values: {
                patterns: [
                    { name: 'constant.numeric.date.tutorat', match: `(?<![${part}])(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{4}-\\d{2}-\\d{2})(?![${part}])` },
                    { name: 'constant.numeric.tutorat', match: `(?<![${part}])1er(?![${part}])` },
                    { name: 'constant.numeric.percentage.tutorat', match: `(?<![${part}])\\d+(?:[.,]\\d+)?\\s*(?:%|pour\\s+cent|pour-cent|pourcent)(?![${part}])` },
                    { name: 'constant.numeric.tutorat', match: `(?<![${part}])\\d+(?:[.,]\\d+)?(?![${part}])` }
                ]
            },
            keywords: {
                patterns: [{ name: 'keyword.other.tutorat', match: `${before}(?:${words.map(escapeRegex).join('|')})${after}` }]
            },
            identifiers: {
                patterns: [{ name: 'variable.other.tutorat', match: `${before}[${start}][${part}]*(?:-[${part}]+)*` }]
            },
            punctuation: {
                patterns: [
                    { name: 'punctuation.section.block.begin.tutorat', match: '\\{' },
                    { name: 'punctuation.section.block.end.tutorat', match: '\\}' },
                    { name: 'punctuation.separator.comma.tutorat', match: ',' },
                    { name: 'punctuation.accessor.tutorat', match: '\\.' }
                ]
            }
        }
    };
}

/** The grammar's keywords made of letters (not `{`, `,`, `%`), longest first so that `tutorée` wins over `tutoré`. */
export function wordKeywords(grammar) {
    const keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((keyword) => keyword.value).filter((value) => /^\p{L}/u.test(value)));
    return [...keywords].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * The start and part character classes of the ID terminal (`[_a-zA-Z\u00C0-…][\w\u00C0-…]*…`), in Oniguruma
 * syntax: `\w` spelt out as ASCII (as in JavaScript, where the language server matches it) and `\uXXXX` as `\x{XXXX}`.
 */
export function identifierClasses(grammar) {
    const id = grammar.rules.find((rule) => GrammarAST.isTerminalRule(rule) && rule.name === 'ID');
    const classes = [...GrammarUtils.terminalRegex(id).source.matchAll(/\[((?:\\.|[^\]\\])*)\]/g)].map((match) => toOniguruma(match[1]));
    if (classes.length < 2) {
        throw new Error(`The ID terminal no longer has a start class and a part class: ${GrammarUtils.terminalRegex(id).source}`);
    }
    return { start: classes[0], part: classes[1] };
}

function toOniguruma(characterClass) {
    return characterClass.replaceAll('\\w', 'a-zA-Z0-9_').replace(/\\u([0-9a-fA-F]{4})/g, '\\x{$1}');
}

function quoted(name, open, close) {
    return {
        name,
        begin: escapeRegex(open),
        end: escapeRegex(close),
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.tutorat' } },
        endCaptures: { 0: { name: 'punctuation.definition.string.end.tutorat' } }
    };
}

function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');
}

export function serialise(textMate) {
    return JSON.stringify(textMate, null, 2) + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const { TutoratGrammar } = await import('../packages/language/out/generated/grammar.js');
    const text = serialise(textMateGrammar(TutoratGrammar()));
    if (process.argv.includes('--check')) {
        const current = readFileSync(TEXTMATE_FILE, 'utf8');
        if (current !== text) {
            console.error('syntaxes/tutorat.tmLanguage.json is stale: run node scripts/generate-textmate.mjs');
            process.exitCode = 1;
        }
    } else {
        writeFileSync(TEXTMATE_FILE, text);
    }
}
