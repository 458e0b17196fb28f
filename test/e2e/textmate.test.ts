import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { TutoratGrammar } from '../../packages/language/src/generated/grammar.js';
// @ts-expect-error the generator is a plain ESM script without types
import { serialise, textMateGrammar, TEXTMATE_FILE, wordKeywords } from '../../scripts/generate-textmate.mjs';

// The TextMate grammar on disk, tokenised by the same engine as VS Code (vscode-textmate + Oniguruma).

let grammar: textmate.IGrammar;

beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
        loadGrammar: async (scopeName) => scopeName === 'source.tutorat' ? textmate.parseRawGrammar(readFileSync(TEXTMATE_FILE, 'utf8'), TEXTMATE_FILE) : null
    });
    grammar = (await registry.loadGrammar('source.tutorat'))!;
});

interface Token { text: string; scopes: string[] }

function tokenise(text: string): Token[] {
    let state = textmate.INITIAL;
    const tokens: Token[] = [];
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
        }
        state = result.ruleStack;
    }
    return tokens;
}

/** The innermost scope of the token whose text is exactly `word`. */
function scopeOf(text: string, word: string): string {
    const token = tokenise(text).find((candidate) => candidate.text === word);
    expect(token, `no token "${word}" in ${JSON.stringify(tokenise(text).map((t) => t.text))}`).toBeDefined();
    return token!.scopes.at(-1)!;
}

describe('TextMate grammar', () => {
    test('the file on disk is generated from the current Langium grammar', () => {
        expect(readFileSync(TEXTMATE_FILE, 'utf8'), 'run: node scripts/generate-textmate.mjs').toBe(serialise(textMateGrammar(TutoratGrammar())));
    });

    test('every word keyword of the grammar is in the keyword pattern', () => {
        const keywords: string[] = wordKeywords(TutoratGrammar());
        expect(keywords).toEqual(expect.arrayContaining(['tutoré', 'tutorée', 'référentiel', 'échelle', 'modèle', 'à', 'compléter', 'étend']));
        for (const keyword of keywords) {
            expect(scopeOf(`${keyword} `, keyword), keyword).toBe('keyword.other.tutorat');
        }
    });

    test.each([
        ['tutoré Karim « Karim »', 'tutoré'],
        ['tutorée Léa', 'tutorée'],
        ['référentiel AccompagnementAdultes {', 'référentiel'],
        ['situations stage, réintégration', 'réintégration'],
        ['    projet institutionnel à compléter « … »', 'à'],
        ['    projet institutionnel à compléter « … »', 'compléter'],
        ['charte « Charte » étend CP319 {', 'étend'],
        ['    échelle « Non vu », « Autonome »', 'échelle'],
        ['modèle de charte CP319 {', 'modèle'],
        ['enjeux formation-des-stagiaires, réintégration-après-absence', 'réintégration-après-absence'],
        ['auto-évaluation chaque semaine', 'auto-évaluation']
    ])('in « %s », %s is a keyword', (line, word) => {
        expect(scopeOf(line, word)).toBe('keyword.other.tutorat');
    });

    test.each([
        ['duo Élodie accompagne Léa', 'Élodie'],
        ['tutoré tutorés2', 'tutorés2'],
        ['personne Réel', 'Réel'],
        ['personne tuteurX', 'tuteurX'],
        ['personne sous-tuteur', 'sous-tuteur'],
        ['personne Jean-François', 'Jean-François'],
        ['personne étendue', 'étendue'],
        ['personne modèles', 'modèles']
    ])('in « %s », %s is one identifier, not a keyword', (line, word) => {
        expect(scopeOf(line, word)).toBe('variable.other.tutorat');
    });

    test('texts between « », " " and “ ” are strings, keywords inside them are not keywords', () => {
        const tokens = tokenise('description « le tuteur accompagne » "le tutoré" “la charte”');
        const inside = (word: string) => tokens.find((token) => token.text.includes(word))!.scopes;
        expect(inside('le tuteur accompagne')).toContain('string.quoted.other.guillemets.tutorat');
        expect(inside('le tutoré')).toContain('string.quoted.double.tutorat');
        expect(inside('la charte')).toContain('string.quoted.other.curly.tutorat');
        expect(tokens.filter((token) => token.scopes.includes('keyword.other.tutorat')).map((token) => token.text)).toEqual(['description']);
    });

    test('a « text » may span several lines', () => {
        const tokens = tokenise('description « première ligne\n    tuteur sur la deuxième » version');
        expect(tokens.find((token) => token.text.includes('tuteur sur'))!.scopes).toContain('string.quoted.other.guillemets.tutorat');
        expect(scopeOf('description « a\nb » version', 'version')).toBe('keyword.other.tutorat');
    });

    test('line and block comments are comments, keywords inside them too', () => {
        const line = tokenise('duo A accompagne B // le tuteur et le tutoré');
        expect(line.find((token) => token.text.includes('le tuteur'))!.scopes).toContain('comment.line.double-slash.tutorat');
        const block = tokenise('/* tuteur\n tutoré */ charte');
        expect(block.find((token) => token.text.includes('tutoré'))!.scopes).toContain('comment.block.tutorat');
        expect(scopeOf('/* tuteur\n tutoré */ charte', 'charte')).toBe('keyword.other.tutorat');
    });

    test('dates, percentages and numbers have their own scopes', () => {
        expect(scopeOf('période du 14/09/2026 au 2026-12-18', '14/09/2026')).toBe('constant.numeric.date.tutorat');
        expect(scopeOf('période du 14/09/2026 au 2026-12-18', '2026-12-18')).toBe('constant.numeric.date.tutorat');
        expect(scopeOf('temps commun 60 %', '60 %')).toBe('constant.numeric.percentage.tutorat');
        expect(scopeOf('expérience 1,5 an', '1,5')).toBe('constant.numeric.tutorat');
        expect(scopeOf('compétence C1-2 « x »', 'C1-2')).toBe('variable.other.tutorat');
    });

    test('everyday French: texts inside texts, dates in words, « pour cent », comments in other styles', () => {
        const nested = tokenise('savoirs « Projet « Bien chez soi » » version');
        expect(nested.find((token) => token.text.includes('Bien chez soi'))!.scopes).toContain('string.quoted.other.guillemets.tutorat');
        expect(scopeOf('savoirs « Projet « Bien chez soi » » version', 'version')).toBe('keyword.other.tutorat');
        expect(scopeOf('le 24 juin 2026', 'juin')).toBe('keyword.other.tutorat');
        expect(scopeOf('le mardi 1er septembre 2026', '1er')).toBe('constant.numeric.tutorat');
        expect(scopeOf('arrivée le 14.09.2026', '14.09.2026')).toBe('constant.numeric.date.tutorat');
        expect(scopeOf('temps commun 80 pour cent', '80 pour cent')).toBe('constant.numeric.percentage.tutorat');
        expect(scopeOf('entretiens hebdomadaires', 'hebdomadaires')).toBe('keyword.other.tutorat');
        const hash = tokenise('# le tuteur');
        expect(hash.find((token) => token.text.includes('le tuteur'))!.scopes).toContain('comment.line.number-sign.tutorat');
    });
});
