import { AstUtils, GrammarAST, type AstNode, type Grammar } from 'langium';

/**
 * What the grammar allows where: the keywords that can start each element of a block. Parser
 * messages use it to tell a user what may be written at the place of a mistake, and to suggest
 * the keyword they probably meant.
 */
export class GrammarKnowledge {
    readonly keywords: ReadonlySet<string>;
    private readonly rules = new Map<string, GrammarAST.AbstractRule>();
    private readonly starters = new Map<string, readonly string[]>();
    private readonly calls = new Map<string, GrammarAST.RuleCall[]>();
    private openers?: ReadonlySet<string>;
    private textFollowers?: ReadonlySet<string>;

    constructor(grammar: Grammar) {
        const keywords = new Set<string>();
        for (const rule of grammar.rules) {
            this.rules.set(rule.name, rule);
            if (GrammarAST.isParserRule(rule)) {
                collectKeywords(rule.definition, keywords);
            }
        }
        this.keywords = keywords;
    }

    /**
     * The keywords that may start one more element inside the repeated part of a rule's block,
     * e.g. for `Charter`: `enjeux`, `ressources`, `modalités`, …
     */
    blockStarters(ruleName: string): readonly string[] {
        let cached = this.starters.get(ruleName);
        if (!cached) {
            const rule = this.rules.get(ruleName);
            const found = new Set<string>();
            if (rule && GrammarAST.isParserRule(rule)) {
                this.collectRepeatedStarters(rule.definition, found, new Set());
            }
            cached = [...found].filter((token) => this.keywords.has(token));
            this.starters.set(ruleName, cached);
        }
        return cached;
    }

    private collectRepeatedStarters(element: GrammarAST.AbstractElement, into: Set<string>, seen: Set<string>): void {
        if (element.cardinality === '*' || element.cardinality === '+') {
            for (const token of this.first(element, new Set())) {
                into.add(token);
            }
        }
        if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            element.elements.forEach((child) => this.collectRepeatedStarters(child, into, seen));
        } else if (GrammarAST.isAssignment(element)) {
            this.collectRepeatedStarters(element.terminal, into, seen);
        } else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            // Fragments are parts of the calling rule's block: look into them too.
            if (GrammarAST.isParserRule(rule) && rule.fragment && !seen.has(rule.name)) {
                seen.add(rule.name);
                this.collectRepeatedStarters(rule.definition, into, seen);
            }
        }
    }

    /**
     * The keywords that begin an element written with a block (`tutrice`, `duo`, `mission`,
     * `phase`…): a line that begins with one of them may be a block's header.
     */
    blockOpeners(): ReadonlySet<string> {
        if (!this.openers) {
            const openers = new Set<string>();
            for (const rule of this.rules.values()) {
                if (GrammarAST.isParserRule(rule) && AstUtils.streamAllContents(rule.definition).some((node) => GrammarAST.isKeyword(node) && node.value === '{')) {
                    this.first(rule.definition, new Set()).forEach((token) => this.keywords.has(token) && openers.add(token));
                }
            }
            this.openers = openers;
        }
        return this.openers;
    }

    /** The keywords that may come right after a text somewhere in the grammar (`le`, `par`, `développe`, `pour`…). */
    afterTexts(): ReadonlySet<string> {
        if (!this.textFollowers) {
            const followers = new Set<string>();
            for (const rule of this.rules.values()) {
                if (GrammarAST.isParserRule(rule)) {
                    for (const node of AstUtils.streamAllContents(rule.definition)) {
                        if (GrammarAST.isRuleCall(node) && node.rule.ref?.name === 'STRING') {
                            this.followOf(node).forEach((token) => this.keywords.has(token) && /^\p{L}/u.test(token) && followers.add(token));
                        }
                    }
                }
            }
            this.textFollowers = followers;
        }
        return this.textFollowers;
    }

    /** The rules whose block may hold an element beginning with a keyword (`situation` → `Person`). */
    rulesWithStarter(keyword: string): string[] {
        return [...this.rules.values()].filter((rule) => GrammarAST.isParserRule(rule) && this.blockStarters(rule.name).includes(keyword)).map((rule) => rule.name);
    }

    /**
     * The keywords that must follow an element in its group (`en présence` → `du tutoré`), so that
     * a message can name the whole missing phrase.
     */
    keywordRunAfter(element: GrammarAST.AbstractElement): string[] {
        const run: string[] = [];
        const container = element.$container;
        if (GrammarAST.isGroup(container)) {
            for (const sibling of container.elements.slice(container.elements.indexOf(element) + 1)) {
                if (!GrammarAST.isKeyword(sibling) || sibling.cardinality !== undefined) {
                    break;
                }
                run.push(sibling.value);
            }
        }
        return run;
    }

    /**
     * What may come after a grammar element, within its rule: the first tokens of the elements that
     * follow it (through optional ones), itself again when it repeats, and — when the rest of the
     * rule may be empty — what may follow the rule where it is called. Added to what chevrotain
     * reports, it names the optional words it skipped: after `phase accueil`, a title, `du`,
     * `pendant` or `{`; after an activity's title, `développe`.
     */
    followOf(element: GrammarAST.AbstractElement): Set<string> {
        const result = new Set<string>();
        this.addFollow(element, result, new Set());
        return result;
    }

    private addFollow(element: GrammarAST.AbstractElement, into: Set<string>, visitedRules: Set<string>): void {
        let current: GrammarAST.AbstractElement = element;
        while (true) {
            if (current.cardinality === '*' || current.cardinality === '+') {
                this.first(current, new Set()).forEach((token) => into.add(token));
            }
            const container: AstNode | undefined = current.$container;
            if (GrammarAST.isGroup(container) || GrammarAST.isUnorderedGroup(container)) {
                const siblings = container.elements;
                let index = siblings.indexOf(current) + 1;
                for (; index < siblings.length; index++) {
                    this.first(siblings[index], new Set()).forEach((token) => into.add(token));
                    if (!this.nullable(siblings[index], new Set())) {
                        return;
                    }
                }
                current = container;
            } else if (GrammarAST.isAlternatives(container) || GrammarAST.isAssignment(container) || GrammarAST.isCrossReference(container)) {
                current = container;
            } else if (GrammarAST.isParserRule(container)) {
                // The end of a rule: what follows its calls (a datatype rule's value, a value inside an element…).
                if (visitedRules.has(container.name)) {
                    return;
                }
                visitedRules.add(container.name);
                for (const call of this.callsOf(container.name)) {
                    this.addFollow(call, into, visitedRules);
                }
                return;
            } else {
                return;
            }
        }
    }

    private callsOf(ruleName: string): GrammarAST.RuleCall[] {
        let calls = this.calls.get(ruleName);
        if (!calls) {
            calls = [];
            for (const rule of this.rules.values()) {
                if (GrammarAST.isParserRule(rule)) {
                    for (const node of AstUtils.streamAllContents(rule)) {
                        if (GrammarAST.isRuleCall(node) && node.rule.ref?.name === ruleName) {
                            calls.push(node);
                        }
                    }
                }
            }
            this.calls.set(ruleName, calls);
        }
        return calls;
    }

    /** First tokens of an element: keyword texts, or terminal names such as `ID` and `STRING`. */
    first(element: GrammarAST.AbstractElement, visiting: Set<string>): Set<string> {
        const result = new Set<string>();
        if (GrammarAST.isKeyword(element)) {
            result.add(element.value);
        } else if (GrammarAST.isGroup(element)) {
            for (const child of element.elements) {
                this.first(child, visiting).forEach((token) => result.add(token));
                if (!this.nullable(child, new Set())) {
                    break;
                }
            }
        } else if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            element.elements.forEach((child) => this.first(child, visiting).forEach((token) => result.add(token)));
        } else if (GrammarAST.isAssignment(element)) {
            return this.first(element.terminal, visiting);
        } else if (GrammarAST.isCrossReference(element)) {
            return element.terminal ? this.first(element.terminal, visiting) : new Set(['ID']);
        } else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isParserRule(rule)) {
                if (!visiting.has(rule.name)) {
                    visiting.add(rule.name);
                    this.first(rule.definition, visiting).forEach((token) => result.add(token));
                    visiting.delete(rule.name);
                }
            } else if (rule) {
                result.add(rule.name);
            }
        }
        return result;
    }

    private nullable(element: GrammarAST.AbstractElement, visiting: Set<string>): boolean {
        if (element.cardinality === '?' || element.cardinality === '*') {
            return true;
        }
        if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
            return element.elements.every((child) => this.nullable(child, visiting));
        }
        if (GrammarAST.isAlternatives(element)) {
            return element.elements.some((child) => this.nullable(child, visiting));
        }
        if (GrammarAST.isAssignment(element)) {
            return this.nullable(element.terminal, visiting);
        }
        if (GrammarAST.isAction(element)) {
            return true;
        }
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isParserRule(rule) && !visiting.has(rule.name)) {
                visiting.add(rule.name);
                const result = this.nullable(rule.definition, visiting);
                visiting.delete(rule.name);
                return result;
            }
        }
        return false;
    }
}

function collectKeywords(element: GrammarAST.AbstractElement, into: Set<string>): void {
    if (GrammarAST.isKeyword(element)) {
        into.add(element.value);
    } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach((child) => collectKeywords(child, into));
    } else if (GrammarAST.isAssignment(element)) {
        collectKeywords(element.terminal, into);
    }
}

/** Edit distance, to suggest the keyword or name a user probably meant. */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}

/** The closest candidates to a misspelt word, ignoring case and accents (« modele » → « modèle »). */
export function closestMatches(word: string, candidates: Iterable<string>, max = 3): string[] {
    const plain = simplify(word);
    const limit = Math.max(1, Math.min(3, Math.floor(plain.length / 3)));
    const scored: Array<[string, number]> = [];
    for (const candidate of candidates) {
        const other = simplified(candidate);
        // Two words whose lengths differ by more than the limit are further apart than it: no need to measure.
        if (Math.abs(other.length - plain.length) > limit) {
            continue;
        }
        const distance = editDistance(plain, other);
        if (distance <= limit) {
            scored.push([candidate, distance]);
        }
    }
    return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([candidate]) => candidate);
}

/**
 * The simplified form of the names suggestions are looked for among: each unknown name of a document is compared with
 * every name in scope, and normalizing them each time cost more than comparing them. Bounded: emptied when full.
 */
const SIMPLIFIED = new Map<string, string>();
const MAX_SIMPLIFIED = 20_000;

function simplified(name: string): string {
    let plain = SIMPLIFIED.get(name);
    if (plain === undefined) {
        if (SIMPLIFIED.size >= MAX_SIMPLIFIED) {
            SIMPLIFIED.clear();
        }
        plain = simplify(name);
        SIMPLIFIED.set(name, plain);
    }
    return plain;
}

/** Lower case without accents: « Élodie » and « elodie » compare equal. */
export function simplify(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
