import { MESSAGES } from '../messages.js';
import { normalizeText, REFERENCE_KINDS, REFERENCE_LABELS, type CompetenceData, type FrameworkData, type ReferenceKind } from '../model.js';
import { fail, ProblemList, sample, type Note } from '../notes.js';
import { frameworkFromTree, type NodeKind, type SourceNode } from '../tree.js';
import { uuidV5 } from '../uuid.js';

/**
 * 1EdTech CASE 1.1 packages (getCFPackage): a CFDocument, its CFItems, and CFAssociations that
 * place each item under its parent (`isChildOf`) and link competences to ESCO (`exactMatchOf`)
 * and to the French and Belgian repositories (`isRelatedTo`). The scale is a CFRubric. Identifiers
 * are name-based UUIDs of the framework's and items' names: exporting twice gives the same package.
 */

/** The item types Tutorat declares (CFDefinitions.CFItemTypes), with the words other tools use for them. */
const ITEM_TYPES: Record<NodeKind, { title: string; code: string; hierarchy: string; description: string; words: string[] }> = {
    domain: { title: 'Domaine', code: 'domaine', hierarchy: '1', description: 'Domaine d’un référentiel de compétences : regroupe des compétences.', words: ['domaine', 'domain'] },
    competence: { title: 'Compétence', code: 'competence', hierarchy: '2', description: 'Compétence attendue, évaluée selon ses critères.', words: ['competence', 'competency'] },
    knowledge: { title: 'Savoir', code: 'savoir', hierarchy: '2.1', description: 'Savoir (connaissance) que mobilise la compétence.', words: ['savoir', 'savoirs', 'knowledge'] },
    skill: { title: 'Savoir-faire', code: 'savoir-faire', hierarchy: '2.2', description: 'Savoir-faire (ou savoir-agir) que mobilise la compétence.', words: ['savoir-faire', 'savoir-agir', 'skill'] },
    attitude: { title: 'Savoir-être', code: 'savoir-etre', hierarchy: '2.3', description: 'Savoir-être (attitude) que mobilise la compétence.', words: ['savoir-etre', 'attitude'] },
    criterion: { title: 'Critère', code: 'critere', hierarchy: '3', description: 'Critère d’évaluation de la compétence.', words: ['critere', 'criterion', 'criteria'] },
    indicator: { title: 'Indicateur', code: 'indicateur', hierarchy: '4', description: 'Indicateur observable d’un critère.', words: ['indicateur', 'indicator'] }
};

export interface CaseWriteOptions {
    /** When the framework last changed (RFC 3339): every record's lastChangeDateTime. */
    readonly lastChange: string;
}

type Json = Record<string, unknown>;

export function writeCase(framework: FrameworkData, options: CaseWriteOptions): string {
    const when = options.lastChange;
    const id = (key: string) => uuidV5(`${framework.name}/${key}`);
    const link = (title: string, identifier: string) => ({ title, identifier, uri: `urn:uuid:${identifier}` });
    const typeId = (kind: NodeKind) => uuidV5(`type/${ITEM_TYPES[kind].code}`);
    const documentId = id('');
    const document: Json = {
        identifier: documentId,
        uri: `urn:uuid:${documentId}`,
        creator: framework.author ?? '',
        title: framework.title ?? framework.name,
        lastChangeDateTime: when,
        ...framework.description ? { description: framework.description } : {},
        language: 'fr',
        ...framework.version ? { version: framework.version } : {},
        ...framework.targetFunction ? { notes: `${TARGET_FUNCTION} : ${framework.targetFunction}` } : {},
        caseVersion: '1.1',
        extensions: { tutorat: { name: framework.name, ...framework.targetFunction ? { targetFunction: framework.targetFunction } : {} } }
    };
    const items: Json[] = [];
    const associations: Json[] = [];
    const usedTypes = new Set<NodeKind>();
    const item = (key: string, kind: NodeKind, statement: string, extra: Json = {}) => {
        usedTypes.add(kind);
        const identifier = id(key);
        items.push({
            identifier,
            uri: `urn:uuid:${identifier}`,
            fullStatement: statement,
            ...extra,
            CFItemType: ITEM_TYPES[kind].title,
            CFItemTypeURI: link(ITEM_TYPES[kind].title, typeId(kind)),
            language: 'fr',
            lastChangeDateTime: when
        });
        return { identifier, title: statement };
    };
    const associate = (type: string, origin: { identifier: string; title: string }, destination: { identifier: string; title: string; uri?: string }, sequence?: number) => {
        const identifier = uuidV5(`${origin.identifier}|${type}|${destination.identifier}`);
        associations.push({
            identifier,
            associationType: type,
            ...sequence === undefined ? {} : { sequenceNumber: sequence },
            uri: `urn:uuid:${identifier}`,
            originNodeURI: link(origin.title, origin.identifier),
            destinationNodeURI: { title: destination.title, identifier: destination.identifier, uri: destination.uri ?? `urn:uuid:${destination.identifier}` },
            lastChangeDateTime: when
        });
    };
    const root = { identifier: documentId, title: String(document.title) };
    const writeCompetence = (competence: CompetenceData, parent: { identifier: string; title: string }, sequence: number) => {
        const key = `compétence/${competence.name}`;
        // The guide's transversal dimensions as CASE's concept keywords of the competence.
        const node = item(key, 'competence', competence.title, {
            humanCodingScheme: competence.name,
            ...competence.description ? { notes: competence.description } : {},
            ...competence.dimensions?.length ? { conceptKeywords: [...competence.dimensions] } : {}
        });
        associate('isChildOf', node, parent, sequence);
        let position = 0;
        for (const [kind, values] of [['knowledge', competence.knowledge], ['skill', competence.skills], ['attitude', competence.attitudes]] as const) {
            values.forEach((value, index) => associate('isChildOf', item(`${key}/${ITEM_TYPES[kind].code}/${index + 1}`, kind, value), node, ++position));
        }
        competence.criteria.forEach((criterion, index) => {
            const criterionKey = `${key}/critère/${criterion.name ?? index + 1}`;
            const child = item(criterionKey, 'criterion', criterion.title, criterion.name ? { humanCodingScheme: criterion.name } : {});
            associate('isChildOf', child, node, ++position);
            criterion.indicators.forEach((indicator, rank) => associate('isChildOf', item(`${criterionKey}/indicateur/${rank + 1}`, 'indicator', indicator), child, rank + 1));
        });
        for (const kind of REFERENCE_KINDS) {
            const value = competence.references[kind];
            if (value) {
                associate(kind === 'esco' ? 'exactMatchOf' : 'isRelatedTo', node, referenceNode(kind, value));
            }
        }
    };
    let sequence = 0;
    for (const competence of framework.competences) {
        writeCompetence(competence, root, ++sequence);
    }
    framework.domains.forEach((domain) => {
        // A domain without a title shows its code; the extension says the title was not written.
        const node = item(`domaine/${domain.name}`, 'domain', domain.title ?? domain.name, { humanCodingScheme: domain.name, ...domain.title === undefined ? { extensions: { tutorat: { untitled: true } } } : {} });
        associate('isChildOf', node, root, ++sequence);
        domain.competences.forEach((competence, index) => writeCompetence(competence, node, index + 1));
    });
    const itemTypes = (Object.keys(ITEM_TYPES) as NodeKind[]).filter((kind) => usedTypes.has(kind)).map((kind) => ({
        identifier: typeId(kind),
        uri: `urn:uuid:${typeId(kind)}`,
        title: ITEM_TYPES[kind].title,
        description: ITEM_TYPES[kind].description,
        hierarchyCode: ITEM_TYPES[kind].hierarchy,
        typeCode: ITEM_TYPES[kind].code,
        lastChangeDateTime: when
    }));
    const pack: Json = {
        CFDocument: document,
        CFItems: items,
        CFAssociations: associations,
        CFDefinitions: { CFItemTypes: itemTypes },
        ...framework.scale.length > 0 ? { CFRubrics: [scaleRubric(framework, id, when)] } : {}
    };
    return JSON.stringify(pack, null, 2) + '\n';
}

const TARGET_FUNCTION = 'Fonction visée';

/** ESCO skills are linked by their URI; RNCP, RS and SFMQ codes by a URN that says their kind. */
function referenceNode(kind: ReferenceKind, value: string): { identifier: string; title: string; uri: string } {
    const isUri = /^https?:\/\/\S+$/.test(value);
    return { identifier: value, title: `${REFERENCE_LABELS[kind]} ${value}`, uri: isUri ? value : `urn:tutorat:${kind}:${encodeURIComponent(value)}` };
}

function scaleRubric(framework: FrameworkData, id: (key: string) => string, when: string): Json {
    const rubricId = id('échelle');
    const criterionId = id('échelle/niveaux');
    return {
        identifier: rubricId,
        uri: `urn:uuid:${rubricId}`,
        title: 'Échelle d’évaluation',
        description: `Niveaux d’évaluation des compétences du référentiel ${framework.title ?? framework.name}, du plus bas au plus haut.`,
        lastChangeDateTime: when,
        CFRubricCriteria: [{
            identifier: criterionId,
            uri: `urn:uuid:${criterionId}`,
            category: 'Échelle',
            description: 'Niveaux de l’échelle',
            position: 1,
            rubricId,
            lastChangeDateTime: when,
            CFRubricCriterionLevels: framework.scale.map((level, index) => {
                const levelId = id(`échelle/niveau/${index + 1}`);
                return { identifier: levelId, uri: `urn:uuid:${levelId}`, quality: level, score: index, position: index + 1, rubricCriterionId: criterionId, lastChangeDateTime: when };
            })
        }]
    };
}

// ------------------------------------------------------------------------------------------------
// Reading
// ------------------------------------------------------------------------------------------------

interface CaseItem {
    readonly key: string;
    readonly raw: Json;
}

export function readCase(text: string, notes: Note[], fallbackName: string): FrameworkData {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        const where = /line (\d+) column (\d+)/.exec(error instanceof Error ? error.message : '');
        fail(where ? MESSAGES.case.badJsonAt : MESSAGES.case.badJson, { line: where?.[1], column: where?.[2] });
    }
    const pack = isObject(parsed) && isObject(parsed.CFPackage) ? parsed.CFPackage : parsed;
    if (!isObject(pack) || !isObject(pack.CFDocument)) {
        fail(MESSAGES.case.noDocument);
    }
    const document = pack.CFDocument;
    const documentKeys = new Set([string(document.identifier), string(document.uri)].filter((key): key is string => key !== undefined));
    const problems = new ProblemList();
    const items = new Map<string, CaseItem>();
    const byUri = new Map<string, string>();
    arrayOf(pack.CFItems).forEach((raw, index) => {
        const key = string(raw.identifier) ?? string(raw.uri);
        if (!key) {
            problems.add({ text: MESSAGES.case.itemWithoutIdentifier, params: { index: index + 1 } });
            return;
        }
        if (items.has(key)) {
            problems.add({ text: MESSAGES.case.duplicateItem, params: { identifier: key } });
            return;
        }
        items.set(key, { key, raw });
        const uri = string(raw.uri);
        if (uri) {
            byUri.set(uri, key);
        }
        if (statementOf(raw) === '') {
            problems.add({ text: MESSAGES.case.emptyStatement, params: { item: string(raw.humanCodingScheme) ?? key } });
        }
    });
    problems.throwIfAny();
    const resolve = (node: unknown): string | undefined => {
        if (!isObject(node)) {
            return undefined;
        }
        const identifier = string(node.identifier);
        const uri = string(node.uri);
        if (identifier && (items.has(identifier) || documentKeys.has(identifier))) {
            return identifier;
        }
        if (uri && documentKeys.has(uri)) {
            return uri;
        }
        return uri ? byUri.get(uri) : undefined;
    };
    const children = new Map<string, Array<{ key: string; sequence: number; order: number }>>();
    const parentOf = new Map<string, string>();
    const references = new Map<string, Partial<Record<ReferenceKind, string>>>();
    const ignored = new Map<string, number>();
    const multipleParents: string[] = [];
    arrayOf(pack.CFAssociations).forEach((association, order) => {
        const type = string(association.associationType) ?? '';
        const origin = resolve(association.originNodeURI);
        if (type === 'isChildOf' && origin && items.has(origin)) {
            const parent = resolve(association.destinationNodeURI);
            if (parent === undefined) {
                ignored.set('isChildOf', (ignored.get('isChildOf') ?? 0) + 1);
                return;
            }
            if (parentOf.has(origin)) {
                multipleParents.push(codeOf(items.get(origin)!));
                return;
            }
            parentOf.set(origin, documentKeys.has(parent) ? '' : parent);
            const siblings = children.get(parentOf.get(origin)!) ?? [];
            siblings.push({ key: origin, sequence: Number(association.sequenceNumber ?? Number.MAX_SAFE_INTEGER), order });
            children.set(parentOf.get(origin)!, siblings);
            return;
        }
        const kind = (type === 'exactMatchOf' || type === 'isRelatedTo') && origin ? referenceKindOf(association.destinationNodeURI) : undefined;
        if (kind && origin) {
            const destination = association.destinationNodeURI as Json;
            references.set(origin, { ...references.get(origin), [kind]: referenceValue(kind, destination) });
        } else {
            ignored.set(type || '?', (ignored.get(type || '?') ?? 0) + 1);
        }
    });
    const placed = new Set<string>();
    const nodeOf = (key: string): SourceNode => {
        placed.add(key);
        const raw = items.get(key)!.raw;
        const ordered = (children.get(key) ?? []).filter((child) => !placed.has(child.key)).sort((a, b) => a.sequence - b.sequence || a.order - b.order);
        const untitled = isObject(raw.extensions) && isObject(raw.extensions.tutorat) && raw.extensions.tutorat.untitled === true;
        return {
            code: string(raw.humanCodingScheme)?.trim() || undefined,
            title: untitled ? '' : normalizeText(statementOf(raw)),
            description: string(raw.notes) ? normalizeText(string(raw.notes)!) || undefined : undefined,
            kind: kindOf(raw),
            children: ordered.map((child) => nodeOf(child.key)),
            extra: { references: references.get(key) ?? {}, dimensions: (kindOf(raw) ?? 'competence') === 'competence' && Array.isArray(raw.conceptKeywords) ? raw.conceptKeywords.filter((word): word is string => typeof word === 'string') : [] }
        };
    };
    const roots = (children.get('') ?? []).sort((a, b) => a.sequence - b.sequence || a.order - b.order).map((child) => nodeOf(child.key));
    const orphans = [...items.values()].filter((item) => !placed.has(item.key));
    if (orphans.length > 0) {
        notes.push({ text: MESSAGES.case.orphans, params: { count: orphans.length, items: sample(orphans.map(codeOf)) } });
    }
    if (multipleParents.length > 0) {
        notes.push({ text: MESSAGES.case.multipleParents, params: { count: multipleParents.length, items: sample(multipleParents) } });
    }
    if (ignored.size > 0) {
        notes.push({ text: MESSAGES.case.ignoredAssociations, params: { items: [...ignored].map(([type, count]) => `${type} (${count})`).join(', ') } });
    }
    noteIgnoredFields([...items.values()], notes);
    const extensions = isObject(document.extensions) && isObject(document.extensions.tutorat) ? document.extensions.tutorat : {};
    const documentNotes = string(document.notes)?.trim() ?? '';
    const targetMatch = new RegExp(`^${TARGET_FUNCTION}\\s*:\\s*(.+)$`).exec(documentNotes);
    const title = normalizeText(string(document.title) ?? '');
    const description = [string(document.description) ?? '', targetMatch ? '' : documentNotes].map(normalizeText).filter((part) => part !== '').join('\n\n');
    return frameworkFromTree({
        code: string(extensions.name) ?? (title || undefined),
        title: title && title !== string(extensions.name) ? title : undefined,
        author: normalizeText(string(document.creator) ?? '') || undefined,
        version: normalizeText(string(document.version) ?? '') || undefined,
        description: description || undefined,
        targetFunction: string(extensions.targetFunction) ?? targetMatch?.[1].trim(),
        scale: scaleOf(pack, notes)
    }, roots, notes, fallbackName);
}

function statementOf(raw: Json): string {
    // « fullStatment »: the spelling of older CASS exports.
    return string(raw.fullStatement) ?? string(raw.fullStatment) ?? string(raw.abbreviatedStatement) ?? string(raw.alternativeLabel) ?? string(raw.title) ?? '';
}

function codeOf(item: CaseItem): string {
    return string(item.raw.humanCodingScheme) ?? `« ${statementOf(item.raw).slice(0, 30)} »`;
}

function kindOf(raw: Json): NodeKind | undefined {
    const type = simplify(string(raw.CFItemType) ?? (isObject(raw.CFItemTypeURI) ? string(raw.CFItemTypeURI.title) : undefined) ?? '');
    return (Object.keys(ITEM_TYPES) as NodeKind[]).find((kind) => ITEM_TYPES[kind].words.includes(type));
}

function referenceKindOf(node: unknown): ReferenceKind | undefined {
    if (!isObject(node)) {
        return undefined;
    }
    const uri = string(node.uri) ?? '';
    const urn = /^urn:tutorat:([a-z]+):/.exec(uri)?.[1];
    if (urn && (REFERENCE_KINDS as readonly string[]).includes(urn)) {
        return urn as ReferenceKind;
    }
    if (/data\.europa\.eu\/esco\//.test(uri)) {
        return 'esco';
    }
    const title = (string(node.title) ?? '').trim().split(/\s+/)[0]?.toUpperCase();
    return REFERENCE_KINDS.find((kind) => REFERENCE_LABELS[kind] === title);
}

function referenceValue(kind: ReferenceKind, node: Json): string {
    const uri = string(node.uri) ?? '';
    if (/^https?:\/\//.test(uri)) {
        return uri;
    }
    const urn = /^urn:tutorat:[a-z]+:(.+)$/.exec(uri);
    if (urn) {
        return decodeURIComponent(urn[1]);
    }
    return string(node.identifier) ?? (string(node.title) ?? '').replace(new RegExp(`^${REFERENCE_LABELS[kind]}\\s*`, 'i'), '');
}

/** The levels of the first rubric criterion, by position: the scale. */
function scaleOf(pack: Json, notes: Note[]): string[] {
    const criteria = arrayOf(pack.CFRubrics).flatMap((rubric) => arrayOf(rubric.CFRubricCriteria));
    const scales = criteria.map((criterion) => arrayOf(criterion.CFRubricCriterionLevels)
        .map((level, order) => ({ text: normalizeText(string(level.quality) ?? string(level.description) ?? ''), position: Number(level.position ?? order), order }))
        .sort((a, b) => a.position - b.position || a.order - b.order)
        .map((level) => level.text)
        .filter((text) => text !== ''));
    const distinct = [...new Set(scales.map((scale) => JSON.stringify(scale)))];
    if (distinct.length > 1) {
        notes.push({ text: MESSAGES.case.severalScales, params: { count: distinct.length } });
    }
    return scales[0] ?? [];
}

/** Fields of CASE items that Tutorat has no place for, counted once for the whole package. */
function noteIgnoredFields(items: readonly CaseItem[], notes: Note[]): void {
    const fields = ['educationLevel', 'conceptKeywords', 'listEnumeration', 'subject', 'licenseURI', 'statusStartDate', 'statusEndDate'];
    const counts = fields.map((field) => [field, items.filter((item) => {
        const value = item.raw[field];
        return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
    }).length] as const).filter(([, count]) => count > 0);
    const abbreviated = items.filter((item) => string(item.raw.abbreviatedStatement) && string(item.raw.fullStatement) && string(item.raw.abbreviatedStatement) !== string(item.raw.fullStatement)).length;
    const all = [...counts, ...abbreviated > 0 ? [['abbreviatedStatement', abbreviated] as const] : []];
    if (all.length > 0) {
        notes.push({ text: MESSAGES.case.ignoredFields, params: { items: all.map(([field, count]) => `${field} (${count})`).join(', ') } });
    }
}

function isObject(value: unknown): value is Json {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown): Json[] {
    return Array.isArray(value) ? value.filter(isObject) : [];
}

function string(value: unknown): string | undefined {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function simplify(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, '-');
}
