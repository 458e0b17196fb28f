import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isCharter, isCharterTemplate, isCompetence, isDuo, isFramework, isInstitution, isJobFunction, isPerson, isService, isTrainingPath, type Document, type Duo, type Institution, type TrainingPath } from '../generated/ast.js';
import { frameworkOf } from '../scoping/qualified-names.js';
import { damageOf } from '../syntax/recovery/damage.js';
import { uncertainTopics } from './uncertainty.js';

/**
 * Keys of the facts one document contributes for rules that read other documents. A rule never
 * searches the workspace itself: it asks for a key, which also records that its document depends
 * on that key, so the document is checked again when another file changes the key's facts.
 */
export const FactKey = {
    /** The charter(s) of an institution. */
    charter: (institution: string) => `charte:${institution}`,
    /** The blocks `institution X { … }` of an institution, in all files (which one has a title). */
    institution: (institution: string) => `institution:${institution}`,
    /** The duos where a person is the tutor. */
    duosOfTutor: (institution: string, tutor: string) => `duos-tuteur:${institution}.${tutor}`,
    /** The duos where a person is the tutee. */
    duosOfTutee: (institution: string, tutee: string) => `duos-tutoré:${institution}.${tutee}`,
    /** The training paths written for a tutee. */
    pathsOfTutee: (institution: string, tutee: string) => `parcours:${institution}.${tutee}`,
    /** The hierarchy of an institution: who reports to whom, who heads which service. */
    organisation: (institution: string) => `organisation:${institution}`,
    /** The job functions of an institution: which are similar, which qualification they require. */
    functions: (institution: string) => `fonctions:${institution}`,
    /** The names an institution declares (people, services, functions, partners, paths). */
    names: (institution: string) => `noms:${institution}`,
    /** The members of an institution of one kind with one name (normally one: duplicates are found here). */
    memberNamed: (institution: string, type: string, name: string) => `nom:${institution}.${type}:${name}`,
    /** The names of templates and frameworks, which must be unique in the workspace. */
    globalNames: () => 'noms-globaux',
    /** The templates or frameworks with one name (normally one). */
    globalNamed: (type: string, name: string) => `nom-global:${type}:${name}`,
    /** All duos of an institution (loads per service). */
    duosOfInstitution: (institution: string) => `duos:${institution}`,
    /** A charter template, read by the charters and templates extending it. */
    template: (name: string) => `modèle:${name}`,
    /** The paths that target competences of a framework. */
    frameworkUse: (framework: string) => `usage:${framework}`,
    /**
     * The documents with a passage that cannot be read or a name that cannot be found, by the topic
     * of the facts they leave uncertain (see `uncertainty.ts`): other documents draw no conclusion
     * from those facts meanwhile.
     */
    unreadable: (topic: string) => `illisible:${topic}`
} as const;

interface Fact {
    readonly node: AstNode;
    /** What a reader may see of the fact: when it changes, readers are checked again. */
    readonly fingerprint: string;
}

type DocumentFacts = Map<string, Fact[]>;

/**
 * The facts of the whole workspace, grouped by key, and who read which key during validation.
 * Facts are gathered after linking, so each document's contribution is up to date before any
 * document is validated.
 */
export class WorkspaceFacts {
    private readonly byDocument = new Map<string, DocumentFacts>();
    private readonly byKey = new Map<string, Map<string, Fact[]>>();
    private readonly readers = new Map<string, Set<string>>();
    private readonly readsOf = new Map<string, Set<string>>();
    private readonly changedKeys = new Set<string>();
    /** The nodes of each key over all documents, kept until a document changes the key's contributions. */
    private readonly nodesByKey = new Map<string, AstNode[]>();

    /**
     * @param trackReaders whether to remember who read what, to check them again when it changes;
     * a one-off check (the `tutorat` command) builds once and has no use for it.
     */
    constructor(private readonly trackReaders = true) {}

    /** Recomputes the facts of a document that was just linked; remembers which keys changed. */
    update(document: LangiumDocument): void {
        const uri = document.uri.toString();
        const next = collectFacts(document);
        const previous = this.byDocument.get(uri) ?? new Map<string, Fact[]>();
        for (const key of new Set([...previous.keys(), ...next.keys()])) {
            if (fingerprintOf(previous.get(key)) !== fingerprintOf(next.get(key))) {
                this.changedKeys.add(key);
            }
        }
        this.replace(uri, next);
    }

    /** Forgets a deleted document: its facts are gone, and whoever read them must be checked again. */
    remove(uri: string): void {
        const previous = this.byDocument.get(uri);
        previous?.forEach((_, key) => this.changedKeys.add(key));
        this.replace(uri, new Map());
        this.forgetReads(uri);
    }

    /** The nodes contributed under a key by all documents; records that `reader` depends on it. */
    read<T extends AstNode>(key: string, reader: LangiumDocument | undefined): readonly T[] {
        if (reader && this.trackReaders) {
            const uri = reader.uri.toString();
            let reads = this.readsOf.get(uri);
            if (!reads) {
                reads = new Set();
                this.readsOf.set(uri, reads);
            }
            // A document reads the same keys many times (one per rule and element): recorded once.
            if (!reads.has(key)) {
                reads.add(key);
                let readers = this.readers.get(key);
                if (!readers) {
                    readers = new Set();
                    this.readers.set(key, readers);
                }
                readers.add(uri);
            }
        }
        let nodes = this.nodesByKey.get(key);
        if (!nodes) {
            const contributions = this.byKey.get(key);
            if (!contributions) {
                // Not kept: names looked up and never declared (each prefix of a name being typed) would pile up.
                return NO_NODES as readonly T[];
            }
            nodes = Object.freeze([...contributions.values()].flatMap((facts) => facts.map((fact) => fact.node))) as AstNode[];
            this.nodesByKey.set(key, nodes);
        }
        // The same array for every reader until the key changes: reading costs nothing, however many nodes it holds.
        return nodes as readonly AstNode[] as readonly T[];
    }

    /** Called before a document is validated again: its reads are recorded afresh. */
    forgetReads(uri: string): void {
        for (const key of this.readsOf.get(uri) ?? []) {
            const readers = this.readers.get(key);
            readers?.delete(uri);
            if (readers?.size === 0) {
                this.readers.delete(key);
            }
        }
        this.readsOf.delete(uri);
    }

    /** The documents that read a key whose facts changed since the last call; clears the changes. */
    takeReadersOfChangedFacts(): Set<string> {
        const uris = new Set<string>();
        for (const key of this.changedKeys) {
            this.readers.get(key)?.forEach((uri) => uris.add(uri));
        }
        this.changedKeys.clear();
        return uris;
    }

    private replace(uri: string, next: DocumentFacts): void {
        for (const key of this.byDocument.get(uri)?.keys() ?? []) {
            const contributions = this.byKey.get(key);
            contributions?.delete(uri);
            if (contributions?.size === 0) {
                this.byKey.delete(key);
            }
            this.nodesByKey.delete(key);
        }
        for (const [key, facts] of next) {
            this.nodesByKey.delete(key);
            let contributions = this.byKey.get(key);
            if (!contributions) {
                contributions = new Map();
                this.byKey.set(key, contributions);
            }
            contributions.set(uri, facts);
        }
        if (next.size > 0) {
            this.byDocument.set(uri, next);
        } else {
            this.byDocument.delete(uri);
        }
    }
}

const NO_NODES: readonly AstNode[] = Object.freeze([]);

function fingerprintOf(facts: Fact[] | undefined): string {
    return facts ? facts.map((fact) => fact.fingerprint).join('\u0000') : '';
}

/** The facts one document contributes. References are read by their written names, not resolved. */
function collectFacts(document: LangiumDocument): DocumentFacts {
    const facts: DocumentFacts = new Map();
    const add = (key: string, node: AstNode, fingerprint = node.$cstNode?.text ?? '') => {
        const fact = { node, fingerprint };
        const list = facts.get(key);
        if (list) {
            list.push(fact);
        } else {
            facts.set(key, [fact]);
        }
    };
    const root = document.parseResult.value as Document;
    // What other documents cannot rely on while this one has an unreadable passage or an unknown name.
    const uncertain = uncertainTopics(document);
    if (uncertain.size > 0) {
        const fingerprint = uncertaintyFingerprint(document);
        uncertain.forEach((topic) => add(FactKey.unreadable(topic), root, fingerprint));
    }
    for (const element of root.elements ?? []) {
        if (isCharterTemplate(element) && element.name) {
            add(FactKey.template(element.name), element);
            add(FactKey.globalNames(), element, `${element.$type}:${element.name}`);
            add(FactKey.globalNamed(element.$type, element.name), element, element.name);
        } else if (isFramework(element) && element.name) {
            add(FactKey.globalNames(), element, `${element.$type}:${element.name}`);
            add(FactKey.globalNamed(element.$type, element.name), element, element.name);
        } else if (isInstitution(element) && element.name) {
            collectInstitutionFacts(element, add);
        }
    }
    return facts;
}

type AddFact = (key: string, node: AstNode, fingerprint?: string) => void;

/** What a reader may see of an uncertain document: where its mistakes are, which names it may hide, which it cannot find. */
function uncertaintyFingerprint(document: LangiumDocument): string {
    const damage = damageOf(document.parseResult);
    const unresolved = document.references.filter((reference) => reference.error).map((reference) => reference.$refText);
    return `${damage?.firstLine ?? ''}|${[...damage?.unreadNames ?? []].join(',')}|${[...damage?.anonymous ?? []].join(',')}|${unresolved.join(',')}`;
}

function collectInstitutionFacts(institution: Institution, add: AddFact): void {
    const name = institution.name;
    add(FactKey.institution(name), institution, `titre:${institution.title ?? ''}`);
    for (const member of institution.members) {
        if ('name' in member && member.name) {
            add(FactKey.names(name), member, `${member.$type}:${member.name}`);
            add(FactKey.memberNamed(name, member.$type, member.name), member, member.name);
        }
        if (isCharter(member)) {
            add(FactKey.charter(name), member);
        } else if (isPerson(member)) {
            add(FactKey.organisation(name), member, `${member.name}:${member.kind}>${member.superior?.$refText ?? ''}|${member.service?.$refText ?? ''}`);
        } else if (isService(member)) {
            add(FactKey.organisation(name), member, `${member.name}>${member.head?.$refText ?? ''}`);
        } else if (isJobFunction(member)) {
            add(FactKey.functions(name), member);
        } else if (isDuo(member)) {
            addDuo(name, member, add);
        } else if (isTrainingPath(member)) {
            addPath(name, member, add);
        }
    }
}

function addDuo(institution: string, duo: Duo, add: AddFact): void {
    add(FactKey.duosOfInstitution(institution), duo);
    if (duo.tutor?.$refText) {
        add(FactKey.duosOfTutor(institution, duo.tutor.$refText), duo);
    }
    if (duo.tutee?.$refText) {
        add(FactKey.duosOfTutee(institution, duo.tutee.$refText), duo);
    }
}

function addPath(institution: string, path: TrainingPath, add: AddFact): void {
    if (path.tutee?.$refText) {
        add(FactKey.pathsOfTutee(institution, path.tutee.$refText), path);
    }
    const frameworks = new Set<string>();
    for (const node of AstUtils.streamAst(path)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = 'ref' in reference ? reference.ref : undefined;
            const framework = target && isCompetence(target) ? frameworkOf(target) : undefined;
            if (framework?.name) {
                frameworks.add(framework.name);
            }
        }
    }
    path.frameworks.forEach((framework) => framework.$refText && frameworks.add(framework.$refText));
    frameworks.forEach((framework) => add(FactKey.frameworkUse(framework), path));
}
