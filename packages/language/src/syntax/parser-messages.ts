import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider } from 'langium';
import { joinList, quote, type Bilingual, type Locale, type LocaleSetting } from '../i18n/locale.js';
import { closestMatches, type GrammarKnowledge } from './grammar-knowledge.js';
import { RULE_LABELS, TOKEN_LABELS } from './rule-labels.js';

const MAX_LISTED = 12;
const TERMINALS = new Set(['ID', 'STRING', 'NUMBER', 'DATE', 'EOF']);

/**
 * Syntax errors in the user's words. Chevrotain's (and Langium's) messages speak of tokens and
 * rules; these say where the mistake is in terms of the document (« dans la charte »), what may be
 * written there, and which keyword was probably meant.
 */
export class TutoratParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    constructor(private readonly locale: LocaleSetting, private readonly grammar: GrammarKnowledge) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const locale = this.locale.current;
        const rule = ruleOf(options.ruleName);
        const context = this.context(rule);
        const actual = describeActual(options.actual, locale);
        if (isEof(options.actual)) {
            return this.locale.text(T.endTooEarly, { context, expected: describeExpected(options.expected.name, locale) });
        }
        if (options.expected.name === '}') {
            const starters = this.grammar.blockStarters(rule);
            if (starters.length > 0) {
                return this.locale.text(T.unknownInBlock, { actual, context })
                    + this.suggestion(options.actual, starters)
                    + this.locale.text(T.allowedInBlock, { allowed: listKeywords(starters, locale) });
            }
        }
        return this.locale.text(T.expectedInstead, { context, expected: describeExpected(options.expected.name, locale), actual })
            + this.suggestion(options.actual, [options.expected.name]);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const token = options.firstRedundant;
        if (token.image === '}') {
            return this.locale.text(T.extraBrace);
        }
        return this.locale.text(T.notATopLevel, { actual: describeActual(token, this.locale.current) })
            + this.suggestion(token, ['modèle', 'référentiel', 'institution']);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap((alternative) => alternative.map((path) => path[0]?.name)).filter(isDefined);
        return this.expectationMessage(options.ruleName, options.actual[0], firsts);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map((path) => path[0]?.name).filter(isDefined);
        return this.expectationMessage(options.ruleName, options.actual[0], firsts);
    }

    private expectationMessage(ruleName: string, actualToken: IToken | undefined, expectedTokens: string[]): string {
        const locale = this.locale.current;
        const rule = ruleOf(ruleName);
        const context = this.context(rule);
        const expected = describeAlternatives([...new Set(expectedTokens)], locale);
        if (!actualToken || isEof(actualToken)) {
            return this.locale.text(T.endTooEarly, { context, expected });
        }
        const actual = describeActual(actualToken, locale);
        return this.locale.text(T.expectedInstead, { context, expected, actual })
            + this.suggestion(actualToken, expectedTokens.filter((token) => !TERMINALS.has(token)));
    }

    private context(rule: string): string {
        const label = RULE_LABELS[rule];
        return label ? this.locale.text(label) : this.locale.text(T.here);
    }

    private suggestion(actual: IToken, candidates: readonly string[]): string {
        const keywords = candidates.filter((candidate) => this.grammar.keywords.has(candidate));
        const [best] = closestMatches(actual.image, keywords.length > 0 ? keywords : this.grammar.keywords, 1);
        return best && best !== actual.image ? this.locale.text(T.didYouMean, { keyword: quote(best, this.locale.current) }) : '';
    }
}

/** Characters the lexer does not understand: usually a text written without its quotes. */
export class TutoratLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly locale: LocaleSetting) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const characters = fullText.substring(startOffset, startOffset + length);
        const first = characters.charAt(0);
        const closing: Record<string, string> = { '"': '"', '«': '»', '“': '”' };
        if (closing[first]) {
            return this.locale.text(T.unclosedText, { closing: closing[first] });
        }
        if (first === '\'' || first === '’') {
            return this.locale.text(T.apostrophe);
        }
        if (first === '\uFFFD' || first === '\u0000') {
            return this.locale.text(T.notText);
        }
        return this.locale.text(T.unexpectedCharacters, { characters: quote(characters.length > 20 ? characters.slice(0, 20) + '…' : characters, this.locale.current) });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return this.locale.text(T.unexpectedCharacters, { characters: quote(token.image, this.locale.current) });
    }
}

function ruleOf(chevrotainRuleName: string): string {
    return chevrotainRuleName.replace(/\u200B$/, '');
}

function isEof(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

function describeExpected(tokenName: string, locale: Locale): string {
    const label = TOKEN_LABELS[tokenName];
    return label ? label[locale] : `${locale === 'fr' ? 'le mot' : 'the word'} ${quote(tokenName, locale)}`;
}

function describeAlternatives(tokenNames: string[], locale: Locale): string {
    const terminals = tokenNames.filter((name) => TOKEN_LABELS[name]).map((name) => TOKEN_LABELS[name][locale]);
    const keywords = tokenNames.filter((name) => !TOKEN_LABELS[name]);
    const parts = [...terminals];
    if (keywords.length > 0) {
        parts.push(`${locale === 'fr' ? (keywords.length > 1 ? 'un des mots' : 'le mot') : (keywords.length > 1 ? 'one of the words' : 'the word')} ${listKeywords(keywords, locale)}`);
    }
    return joinList(parts, locale, 'or');
}

function listKeywords(keywords: readonly string[], locale: Locale): string {
    const shown = keywords.slice(0, MAX_LISTED).map((keyword) => TOKEN_LABELS[keyword] ? TOKEN_LABELS[keyword][locale] : quote(keyword, locale));
    return shown.join(', ') + (keywords.length > MAX_LISTED ? ', …' : '');
}

function describeActual(token: IToken, locale: Locale): string {
    const type = token.tokenType?.name;
    if (type === 'EOF') {
        return TOKEN_LABELS.EOF[locale];
    }
    const image = token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image;
    if (type === 'STRING') {
        return locale === 'fr' ? `le texte ${image}` : `the text ${image}`;
    }
    return quote(image, locale);
}

const T = {
    here: { fr: 'ce passage', en: 'this passage' },
    endTooEarly: {
        fr: 'Le fichier se termine trop tôt : dans {context}, il manque {expected}. Vérifiez que chaque accolade « { » est refermée par « } ».',
        en: 'The file ends too early: in {context}, {expected} is missing. Check that every "{" is closed by "}".'
    },
    unknownInBlock: {
        fr: '{actual} n’est pas compris dans {context}.',
        en: '{actual} is not understood in {context}.'
    },
    allowedInBlock: {
        fr: ' On peut écrire ici : {allowed} ; ou fermer le bloc avec « } ».',
        en: ' You can write here: {allowed}; or close the block with "}".'
    },
    expectedInstead: {
        fr: 'Dans {context}, on attend {expected}, mais on trouve {actual}.',
        en: 'In {context}, {expected} is expected, but {actual} was found.'
    },
    didYouMean: { fr: ' Vouliez-vous écrire {keyword} ?', en: ' Did you mean {keyword}?' },
    extraBrace: {
        fr: 'Cette accolade fermante « } » est en trop : aucun bloc ouvert ne lui correspond.',
        en: 'This closing brace "}" is one too many: no open block matches it.'
    },
    notATopLevel: {
        fr: '{actual} n’est pas compris ici. Un document Tutorat se compose de blocs « modèle de charte », « référentiel » ou « institution ».',
        en: '{actual} is not understood here. A Tutorat document is made of "modèle de charte", "référentiel" or "institution" blocks.'
    },
    unclosedText: {
        fr: 'Ce texte n’est pas fermé : il manque le guillemet fermant {closing}.',
        en: 'This text is not closed: the closing quote {closing} is missing.'
    },
    apostrophe: {
        fr: 'Une apostrophe n’est comprise qu’à l’intérieur d’un texte entre guillemets « … ».',
        en: 'An apostrophe is only understood inside a text between quotes « … ».'
    },
    notText: {
        fr: 'Ce fichier contient des caractères illisibles : ce n’est pas un texte enregistré en UTF-8. Enregistrez-le en UTF-8 depuis votre éditeur.',
        en: 'This file contains unreadable characters: it is not a text saved as UTF-8. Save it as UTF-8 from your editor.'
    },
    unexpectedCharacters: {
        fr: 'Les caractères {characters} ne sont pas compris ici. Écrivez les textes libres entre guillemets « … ».',
        en: 'The characters {characters} are not understood here. Write free texts between quotes « … ».'
    }
} satisfies Record<string, Bilingual>;
