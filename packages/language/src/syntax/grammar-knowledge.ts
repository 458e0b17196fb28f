import { GrammarAST, type Grammar } from 'langium';

/**
 * What the grammar allows where: the keywords that can start each element of a block. Parser
 * messages use it to tell a user what may be written at the place of a mistake, and to suggest
 * the keyword they probably meant.
 */
export class GrammarKnowledge {
    readonly keywords: ReadonlySet<string>;
    private readonly rules = new Map<string, GrammarAST.AbstractRule>();
    private readonly starters = new Map<string, readonly string[]>();

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
        const distance = editDistance(plain, simplify(candidate));
        if (distance <= limit) {
            scored.push([candidate, distance]);
        }
    }
    return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([candidate]) => candidate);
}

/** Lower case without accents: « Élodie » and « elodie » compare equal. */
export function simplify(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
