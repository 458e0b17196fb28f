import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    isCharter, isCharterTemplate, isDuo, isFramework, isInstitution, isJobFunction, isPartner, isPerson, isService, isTrainingPath,
    type Charter, type CharterTemplate, type Document, type Duo, type Framework, type Institution, type JobFunction, type Partner,
    type Person, type Service, type TrainingPath, type TutoratSharedServices
} from '@tutorat/language';

/**
 * What the handbooks are made from: the workspace's documents read once, in a stable order
 * (documents by URI, elements in the order they are written), so that the same documents always
 * give the same handbooks.
 */
export interface WorkspaceModel {
    readonly institutions: readonly InstitutionModel[];
    readonly templates: readonly CharterTemplate[];
    readonly frameworks: readonly Framework[];
    /** The folder that holds every document (a URI path, `/` separators): locations in the handbooks are relative to it. */
    readonly root: string;
}

/** An institution over all the files that describe it. */
export interface InstitutionModel {
    readonly name: string;
    readonly title?: string;
    readonly address?: string;
    readonly jointCommittees: readonly string[];
    readonly blocks: readonly Institution[];
    readonly charter?: Charter;
    readonly services: readonly Service[];
    readonly functions: readonly JobFunction[];
    readonly people: readonly Person[];
    readonly partners: readonly Partner[];
    readonly duos: readonly Duo[];
    readonly paths: readonly TrainingPath[];
    /** The findings located inside the institution's blocks, in document order. */
    readonly findings: readonly LocatedFinding[];
    /** A document of the institution (its charter's, else the first): where its configuration is read. */
    readonly mainDocument: LangiumDocument;
}

export interface LocatedFinding {
    readonly diagnostic: Diagnostic;
    readonly document: LangiumDocument;
    /** The file, relative to the workspace root, with `/` separators. */
    readonly file: string;
}

/** The rule a finding belongs to (its diagnostic code). */
export function ruleIdOf(finding: LocatedFinding): string {
    const code = finding.diagnostic.code;
    return typeof code === 'string' ? code : '';
}

export function readWorkspace(shared: TutoratSharedServices): WorkspaceModel {
    const documents = shared.workspace.LangiumDocuments.all.toArray()
        .filter((document) => document.uri.path.endsWith('.tutorat'))
        .sort((a, b) => compareText(a.uri.toString(), b.uri.toString()));
    const root = commonFolder(documents.map((document) => document.uri.path));
    const blocks = new Map<string, Array<{ block: Institution; document: LangiumDocument }>>();
    const templates: CharterTemplate[] = [];
    const frameworks: Framework[] = [];
    for (const document of documents) {
        for (const element of (document.parseResult.value as Document).elements ?? []) {
            if (isInstitution(element) && element.name) {
                const list = blocks.get(element.name) ?? [];
                list.push({ block: element, document });
                blocks.set(element.name, list);
            } else if (isCharterTemplate(element) && element.name) {
                templates.push(element);
            } else if (isFramework(element) && element.name) {
                frameworks.push(element);
            }
        }
    }
    const institutions = [...blocks.keys()].sort(compareText).map((name) => institutionModel(name, blocks.get(name)!, root));
    return {
        institutions,
        templates: stableByName(templates),
        frameworks: stableByName(frameworks),
        root
    };
}

function institutionModel(name: string, blocks: ReadonlyArray<{ block: Institution; document: LangiumDocument }>, root: string): InstitutionModel {
    const members = blocks.flatMap(({ block }) => block.members);
    const charter = members.find(isCharter);
    const charterBlock = blocks.find(({ block }) => block.members.some(isCharter));
    return {
        name,
        title: blocks.map(({ block }) => block.title).find(isWritten),
        address: blocks.map(({ block }) => block.address).find(isWritten),
        jointCommittees: [...new Set(blocks.flatMap(({ block }) => block.jointCommittees))],
        blocks: blocks.map(({ block }) => block),
        charter,
        services: members.filter(isService),
        functions: members.filter(isJobFunction),
        people: members.filter(isPerson),
        partners: members.filter(isPartner),
        duos: members.filter(isDuo),
        paths: members.filter(isTrainingPath),
        findings: blocks.flatMap(({ block, document }) => findingsInside(block, document, root)),
        mainDocument: (charterBlock ?? blocks[0]).document
    };
}

/** The findings of a document whose start lies inside the block (a file may hold several institutions). */
function findingsInside(block: Institution, document: LangiumDocument, root: string): LocatedFinding[] {
    const range = block.$cstNode?.range;
    if (!range) {
        return [];
    }
    const file = relativePath(root, document.uri.path);
    return (document.diagnostics ?? [])
        .filter((diagnostic) => isWithin(diagnostic.range.start, range))
        .map((diagnostic) => ({ diagnostic, document, file }));
}

type Position = { readonly line: number; readonly character: number };

function isWithin(position: Position, range: { readonly start: Position; readonly end: Position }): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}

/** Templates and frameworks by name; a duplicate name keeps document order (already stable). */
function stableByName<T extends { readonly name: string }>(elements: readonly T[]): T[] {
    return elements.map((element, index) => ({ element, index }))
        .sort((a, b) => compareText(a.element.name, b.element.name) || a.index - b.index)
        .map(({ element }) => element);
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function isWritten(text: string | undefined): text is string {
    return text !== undefined && text.trim().length > 0;
}

// URI paths always use `/`, on every system and in a browser: plain string work, no Node `path`.

function commonFolder(paths: readonly string[]): string {
    if (paths.length === 0) {
        return '';
    }
    let common = parentOf(paths[0]);
    for (const path of paths.slice(1)) {
        while (common !== '/' && !path.startsWith(common + '/')) {
            common = parentOf(common);
        }
    }
    return common;
}

function parentOf(path: string): string {
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? '/' : path.slice(0, slash);
}

function relativePath(root: string, path: string): string {
    const prefix = root.endsWith('/') ? root : root + '/';
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
