import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';
import { VALUE_RULES } from './values.js';

/**
 * What the editor features learn from the grammar itself, so that they follow it when it grows:
 * - which grammar elements begin one item of a block (the formatter puts each on its own line);
 * - which keywords are enumerated values (`stage`, `bachelier`, `semaines`) rather than structure;
 * - the keyword phrases (`profil du tuteur`, `tutorés simultanés maximum`) completion inserts whole.
 */
export class GrammarLayout {
    /** Elements (keywords, rule calls, cross-references) whose text starts an item of a block. */
    readonly itemStarts = new Set<GrammarAST.AbstractElement>();

    constructor(grammar: Grammar) {
        for (const rule of grammar.rules) {
            if (GrammarAST.isParserRule(rule)) {
                if (rule.entry) {
                    this.addBlockItems(rule.definition, new Set());
                }
                this.findBlocks(rule.definition);
            }
        }
    }

    /** The rule a keyword belongs to when it is a value (`KnownStake`, `TimeUnit`…). */
    valueRuleOf(keyword: GrammarAST.Keyword): string | undefined {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        return rule && VALUE_RULES.has(rule.name) ? rule.name : undefined;
    }

    /**
     * The kinds of element a keyword is written in. A keyword of a shared rule belongs to the
     * elements that call it, through the property being written: `tuteur` is the kind of a person
     * (`kind=PersonKind`) or the role of a commitment (`role=TutorWord`).
     */
    typesOf(keyword: GrammarAST.Keyword, property?: string): string[] {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        return rule ? this.ruleTypes(rule, property, new Set()) : [];
    }

    private ruleTypes(rule: GrammarAST.ParserRule, property: string | undefined, seen: Set<GrammarAST.ParserRule>): string[] {
        if (!rule.fragment && !GrammarUtils.isDataTypeRule(rule)) {
            return [GrammarUtils.getRuleType(rule)];
        }
        seen.add(rule);
        return this.callsOf(rule).flatMap((call) => {
            const caller = AstUtils.getContainerOfType(call, GrammarAST.isParserRule);
            if (!caller || seen.has(caller)) {
                return [];
            }
            if (caller.fragment || GrammarUtils.isDataTypeRule(caller)) {
                return this.ruleTypes(caller, property, seen);
            }
            const assignment = AstUtils.getContainerOfType(call, GrammarAST.isAssignment);
            return property === undefined || assignment?.feature === property ? [GrammarUtils.getRuleType(caller)] : [];
        });
    }

    private callsOf(rule: GrammarAST.ParserRule): GrammarAST.RuleCall[] {
        const grammar = AstUtils.getContainerOfType(rule, GrammarAST.isGrammar);
        return (grammar?.rules ?? []).filter(GrammarAST.isParserRule)
            .flatMap((candidate) => AstUtils.streamAllContents(candidate.definition).filter(GrammarAST.isRuleCall).filter((call) => call.rule.ref === rule).toArray());
    }

    /** Whether a keyword is structure (not a value, not punctuation). */
    isStructuralKeyword(keyword: GrammarAST.Keyword): boolean {
        return /\p{L}/u.test(keyword.value) && !this.valueRuleOf(keyword);
    }

    /**
     * The keyword phrases a user may write from this keyword on, each as its words:
     * `profil` → `profil du tuteur`; `évaluation` → `évaluation formative`, `évaluation finale`.
     */
    phrasesFrom(keyword: GrammarAST.Keyword): string[][] {
        let element: GrammarAST.AbstractElement = keyword;
        // The keyword may be one choice among others (`'toutes' | 'tous'`), or assigned (`kind='temps'`).
        while (element.$container && (GrammarAST.isAssignment(element.$container) || GrammarAST.isAlternatives(element.$container)) && this.wordsOf(element.$container)) {
            element = element.$container;
        }
        const group = element.$container;
        let phrases: string[][] = [[keyword.value]];
        if (element.cardinality || !GrammarAST.isGroup(group)) {
            return phrases;
        }
        for (const next of group.elements.slice(group.elements.indexOf(element) + 1)) {
            const words = this.wordsOf(next);
            if (!words) {
                break;
            }
            phrases = phrases.flatMap((phrase) => words.map((word) => [...phrase, word]));
        }
        return phrases;
    }

    /** The words an element stands for: a keyword, an assigned keyword, a sequence or a choice of them. */
    wordsOf(element: GrammarAST.AbstractElement): string[] | undefined {
        if (element.cardinality) {
            return undefined;
        }
        const inner = GrammarAST.isAssignment(element) ? element.terminal : element;
        if (GrammarAST.isKeyword(inner)) {
            return /\p{L}/u.test(inner.value) ? [inner.value] : undefined;
        }
        if (GrammarAST.isAlternatives(inner)) {
            const choices = inner.elements.map((choice) => this.wordsOf(choice));
            return choices.every((words) => words !== undefined) ? choices.flat() as string[] : undefined;
        }
        if (GrammarAST.isGroup(inner)) {
            let sequences: string[] = [''];
            for (const part of inner.elements) {
                const words = this.wordsOf(part);
                if (!words) {
                    return undefined;
                }
                sequences = sequences.flatMap((sequence) => words.map((word) => sequence ? `${sequence} ${word}` : word));
            }
            return sequences;
        }
        return undefined;
    }

    /** Groups `… '{' items '}' …`: what stands between the braces is a list of items. */
    private findBlocks(element: GrammarAST.AbstractElement): void {
        if (GrammarAST.isGroup(element)) {
            let open = -1;
            element.elements.forEach((child, index) => {
                if (GrammarAST.isKeyword(child) && child.value === '{') {
                    open = index;
                } else if (GrammarAST.isKeyword(child) && child.value === '}' && open >= 0) {
                    element.elements.slice(open + 1, index).forEach((item) => this.addBlockItems(item, new Set()));
                    open = -1;
                }
            });
        }
        if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            element.elements.forEach((child) => this.findBlocks(child));
        } else if (GrammarAST.isAssignment(element)) {
            this.findBlocks(element.terminal);
        }
    }

    /** Each alternative of a repeated choice is one item; fragments are read as if written in place. */
    private addBlockItems(element: GrammarAST.AbstractElement, fragments: Set<string>): void {
        if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            element.elements.forEach((alternative) => this.addBlockItems(alternative, fragments));
            return;
        }
        if (GrammarAST.isGroup(element) && element.cardinality && element.elements.length === 1) {
            this.addBlockItems(element.elements[0], fragments);
            return;
        }
        const rule = GrammarAST.isRuleCall(element) ? element.rule.ref : undefined;
        if (GrammarAST.isParserRule(rule) && rule.fragment) {
            if (!fragments.has(rule.name)) {
                fragments.add(rule.name);
                this.addBlockItems(rule.definition, fragments);
            }
            return;
        }
        firstElements(element).forEach((first) => this.itemStarts.add(first));
    }
}

/** The elements that can match the first token of an element. */
function firstElements(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    if (GrammarAST.isKeyword(element) || GrammarAST.isRuleCall(element) || GrammarAST.isCrossReference(element)) {
        return [element];
    }
    if (GrammarAST.isAssignment(element)) {
        return firstElements(element.terminal);
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap(firstElements);
    }
    if (GrammarAST.isGroup(element)) {
        const result: GrammarAST.AbstractElement[] = [];
        for (const child of element.elements) {
            result.push(...firstElements(child));
            if (!GrammarUtils.isOptionalCardinality(child.cardinality, child) && !GrammarAST.isAction(child)) {
                break;
            }
        }
        return result;
    }
    return [];
}

const LAYOUTS = new WeakMap<Grammar, GrammarLayout>();

export function grammarLayout(grammar: Grammar): GrammarLayout {
    let layout = LAYOUTS.get(grammar);
    if (!layout) {
        layout = new GrammarLayout(grammar);
        LAYOUTS.set(grammar, layout);
    }
    return layout;
}
