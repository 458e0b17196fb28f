import { AstUtils, type AstNode, type ParseResult } from 'langium';
import { syntaxReportOf } from './recovering-parser.js';

/**
 * Where a document could not be read as written, in terms of its elements: what rules must not
 * make claims about while the mistake stands.
 *
 * - `elements`: every element whose text holds a mistake (a tutor with a misspelt field, the
 *   charter around it, the institution around both). A rule stays silent about these: a field it
 *   finds missing may sit in the part that could not be read.
 * - `unreadNames` and `anonymous`: names that may be declared in the unreadable part, and kinds of
 *   elements whose name could not be read at all — a reference to them is not an error.
 */
export interface Damage {
    readonly elements: ReadonlySet<AstNode>;
    /**
     * For each mistake, the outermost element it is in below the document's top level: the member
     * of an institution (a tutor, a duo…), or the top-level element itself (a framework, a template,
     * an institution when the mistake is in its own block), or the document.
     */
    readonly places: ReadonlySet<AstNode>;
    readonly unreadNames: ReadonlySet<string>;
    readonly anonymous: ReadonlySet<string>;
    /** The first line (0-based) with a mistake, for messages that send the user there. */
    readonly firstLine: number;
}

/** Elements known by a name, which references use. */
const NAMED_TYPES: ReadonlySet<string> = new Set(['CharterTemplate', 'Framework', 'Domain', 'Competence', 'Institution', 'Service', 'JobFunction', 'Person', 'Partner', 'Referent', 'TrainingPath']);

const DAMAGES = new WeakMap<ParseResult, Damage | null>();

/** The damage of a parsed document, or undefined when it was read as written. */
export function damageOf(parseResult: ParseResult): Damage | undefined {
    let damage = DAMAGES.get(parseResult);
    if (damage === undefined) {
        damage = computeDamage(parseResult) ?? null;
        DAMAGES.set(parseResult, damage);
    }
    return damage ?? undefined;
}

function computeDamage(parseResult: ParseResult): Damage | undefined {
    const report = syntaxReportOf(parseResult);
    const root = parseResult.value;
    if (!report || report.damage.length === 0 || !root?.$cstNode) {
        return undefined;
    }
    const elements = new Set<AstNode>();
    const places = new Set<AstNode>();
    const anonymous = new Set<string>();
    for (const offset of report.damage) {
        const chain = nodesAt(root, offset);
        chain.forEach((node) => elements.add(node));
        places.add(chain[2] ?? chain[1] ?? chain[0]);
        const deepest = chain[chain.length - 1];
        if (deepest && NAMED_TYPES.has(deepest.$type) && !(deepest as { name?: string }).name) {
            anonymous.add(deepest.$type);
        }
    }
    // A loop, not Math.min(...notes): a document may hold more notes than a call has room for arguments.
    const firstLine = report.notes.reduce((first, note) => Math.min(first, note.range?.start.line ?? 0), Number.MAX_SAFE_INTEGER);
    return { elements, places, unreadNames: report.unreadNames, anonymous, firstLine: firstLine === Number.MAX_SAFE_INTEGER ? 0 : firstLine };
}

/** The nodes whose text contains an offset, from the document down to the deepest. */
function nodesAt(root: AstNode, offset: number): AstNode[] {
    const chain: AstNode[] = [root];
    let current: AstNode | undefined = root;
    while (current) {
        const inside: AstNode | undefined = AstUtils.streamContents(current).find((child) => contains(child, offset));
        if (inside) {
            chain.push(inside);
        }
        current = inside;
    }
    return chain;
}

function contains(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    return cst !== undefined && cst.offset <= offset && offset <= cst.end;
}
