import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import textMate from '../../../../syntaxes/tutorat.tmLanguage.json' with { type: 'json' };

// Highlighting from the TextMate grammar that VS Code uses (syntaxes/, generated from the Langium grammar): the same
// keywords, values and identifiers, read by a CodeMirror stream tokenizer. Only its regular expressions are taken;
// Oniguruma's `\x{…}` becomes JavaScript's `\u{…}`.

interface Pattern { readonly match: string }
const repository = textMate.repository as unknown as Record<string, { patterns: Pattern[] }>;
// In Unicode mode JavaScript refuses `\-`: the hyphen is written `\x2D` instead.
const sticky = (pattern: Pattern) => new RegExp(pattern.match.replace(/\\x\{/g, '\\u{').replace(/\\-/g, '\\x2D'), 'uy');

const TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
    ...repository.values.patterns.map((pattern) => [sticky(pattern), 'number'] as const),
    ...repository.keywords.patterns.map((pattern) => [sticky(pattern), 'keyword'] as const),
    ...repository.identifiers.patterns.map((pattern) => [sticky(pattern), 'variableName'] as const),
    ...repository.punctuation.patterns.map((pattern) => [sticky(pattern), 'punctuation'] as const)
];

const QUOTES: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"' };

interface State { comment: boolean; closing: string | null }

export const tutoratLanguage = StreamLanguage.define<State>({
    name: 'tutorat',
    startState: () => ({ comment: false, closing: null }),
    copyState: (state) => ({ ...state }),
    token(stream: StringStream, state: State): string | null {
        if (state.comment) {
            const end = stream.string.indexOf('*/', stream.pos);
            stream.pos = end < 0 ? stream.string.length : end + 2;
            state.comment = end < 0;
            return 'comment';
        }
        if (state.closing) {
            while (!stream.eol()) {
                const character = stream.next();
                if (character === '\\' && state.closing === '"') {
                    stream.next();
                } else if (character === state.closing) {
                    state.closing = null;
                    break;
                }
            }
            return 'string';
        }
        if (stream.eatSpace()) {
            return null;
        }
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.comment = true;
            return 'comment';
        }
        const quote = stream.peek();
        if (quote && QUOTES[quote]) {
            stream.next();
            state.closing = QUOTES[quote];
            return 'string';
        }
        for (const [pattern, token] of TOKENS) {
            pattern.lastIndex = stream.pos;
            if (pattern.test(stream.string) && pattern.lastIndex > stream.pos) {
                stream.pos = pattern.lastIndex;
                return token;
            }
        }
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } }, closeBrackets: { brackets: ['{', '«', '“', '"'] } }
});

/** Colours with at least 4.5:1 contrast on white (WCAG AA); meaning never rests on colour alone. */
export const tutoratHighlighting = syntaxHighlighting(HighlightStyle.define([
    { tag: tags.keyword, color: '#7a2e0e', fontWeight: '600' },
    { tag: tags.string, color: '#1d5c2c' },
    { tag: tags.number, color: '#0b4f8a' },
    { tag: tags.comment, color: '#555b61', fontStyle: 'italic' },
    { tag: tags.variableName, color: '#1d1f21' },
    { tag: tags.punctuation, color: '#3b3f44' }
]));
