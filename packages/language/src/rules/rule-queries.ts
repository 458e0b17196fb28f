import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { ResolvedConfiguration, ThresholdName } from '../config/configuration.js';
import { isCharter, isPerson, type Charter, type Duo, type Institution, type JobFunction, type Person, type Service, type TrainingPath } from '../generated/ast.js';
import { format, type Bilingual, type Locale } from '../i18n/locale.js';
import { EffectiveCharter, type CharterLike } from '../model/charter.js';
import { isDeclaredTutee } from '../model/organisation.js';
import { formatSpan, spanOf, type Span } from '../model/time.js';
import { FactKey, type WorkspaceFacts } from '../workspace/facts.js';
import { ALL, institutionOfTopic, topicOf } from '../workspace/uncertainty.js';

/** Where a threshold's value comes from, so that a finding can say it. */
export type ThresholdSource =
    | { readonly kind: 'charter'; readonly node: AstNode }
    | { readonly kind: 'template'; readonly name: string; readonly node: AstNode }
    | { readonly kind: 'configuration'; readonly file: string }
    | { readonly kind: 'default' };

export interface Threshold<T> {
    readonly value: T;
    readonly source: ThresholdSource;
}

export interface Thresholds {
    readonly minExperience: Threshold<Span>;
    readonly minSeniority: Threshold<Span>;
    readonly maxTutees: Threshold<number>;
    readonly maxTuteesPerService?: Threshold<number>;
}

/** Tutorat's own defaults where neither charter nor configuration says anything (see principles.md). */
export const DEFAULT_THRESHOLDS = {
    minExperience: { value: 2, unit: 'year' },
    minSeniority: { value: 1, unit: 'year' },
    maxTutees: 2
} as const satisfies { minExperience: Span; minSeniority: Span; maxTutees: number };

/**
 * What rules ask of an institution's people, worked out once per state of its organisation (the
 * list is shared until a file changes it): asked for each duo or service, a scan of 20,000 people
 * each time made a large institution quadratic.
 */
interface PeopleOverview {
    readonly people: readonly Person[];
    /** The first person with the role référent-tuteurs. */
    readonly tutorsReferent?: Person;
    /** The declared tutees of each service, by the service's name. */
    readonly tuteesByService: ReadonlyMap<string, readonly Person[]>;
}

const PEOPLE = new WeakMap<ReadonlyArray<Person | Service>, PeopleOverview>();

function overviewOf(members: ReadonlyArray<Person | Service>): PeopleOverview {
    let overview = PEOPLE.get(members);
    if (!overview) {
        const people = members.filter(isPerson);
        const tuteesByService = new Map<string, Person[]>();
        for (const person of people) {
            const service = person.service?.$refText;
            if (service && isDeclaredTutee(person)) {
                const tutees = tuteesByService.get(service);
                if (tutees) {
                    tutees.push(person);
                } else {
                    tuteesByService.set(service, [person]);
                }
            }
        }
        overview = { people, tutorsReferent: people.find((person) => person.roles.includes('référent-tuteurs')), tuteesByService };
        PEOPLE.set(members, overview);
    }
    return overview;
}

/** The reporting block of each list of blocks (lists are shared until an institution's blocks change). */
const REPORTING_BLOCKS = new WeakMap<readonly Institution[], Institution | undefined>();

function firstReportingBlock(blocks: readonly Institution[]): Institution | undefined {
    const place = (block: Institution) => ({ file: AstUtils.getDocument(block).uri.toString(), offset: block.$cstNode?.offset ?? 0 });
    const before = (a: { file: string; offset: number }, b: { file: string; offset: number }) => a.file !== b.file ? a.file < b.file : a.offset < b.offset;
    let first: { block: Institution; at: { file: string; offset: number } } | undefined;
    let titled: typeof first;
    for (const block of blocks) {
        const at = place(block);
        if (!first || before(at, first.at)) {
            first = { block, at };
        }
        if (block.title && (!titled || before(at, titled.at))) {
            titled = { block, at };
        }
    }
    return (titled ?? first)?.block;
}

/**
 * What rules may ask about the rest of the workspace. Every question records that the document
 * being checked depends on the answer, so that it is checked again when another file changes it.
 */
export class RuleQueries {
    constructor(
        private readonly facts: WorkspaceFacts,
        private readonly reader: LangiumDocument | undefined,
        readonly configuration: ResolvedConfiguration
    ) {}

    chartersOf(institution: string): Charter[] {
        return this.read<Charter>(FactKey.charter(institution)).filter(isCharter);
    }

    /** The blocks of an institution in all files of the workspace, in no particular order. */
    institutionBlocks(institution: string): readonly Institution[] {
        return this.read<Institution>(FactKey.institution(institution));
    }

    /**
     * The one block of an institution that carries an institution-wide finding: the first block with
     * a title, else the first block, ordering blocks by file then by position so that every file
     * agrees whichever is checked first. Found once per state of the blocks (20,000 files of one
     * institution ask it 20,000 times).
     */
    reportingBlock(institution: string): Institution | undefined {
        const blocks = this.institutionBlocks(institution);
        if (!REPORTING_BLOCKS.has(blocks)) {
            REPORTING_BLOCKS.set(blocks, firstReportingBlock(blocks));
        }
        return REPORTING_BLOCKS.get(blocks);
    }

    charterOf(institution: string | undefined): Charter | undefined {
        return institution ? this.chartersOf(institution)[0] : undefined;
    }

    /** A charter or template with its templates; a change to any template of the chain re-checks the reader. */
    effectiveCharter(owner: CharterLike): EffectiveCharter {
        const effective = new EffectiveCharter(owner);
        for (const template of effective.templates) {
            this.read(FactKey.template(template.name));
        }
        if (effective.missingParent) {
            this.read(FactKey.template(effective.missingParent.name));
        }
        return effective;
    }

    duosOfTutor(institution: string, tutor: string): readonly Duo[] {
        return this.read<Duo>(FactKey.duosOfTutor(institution, tutor));
    }

    duosOfTutee(institution: string, tutee: string): readonly Duo[] {
        return this.read<Duo>(FactKey.duosOfTutee(institution, tutee));
    }

    duosOfInstitution(institution: string): readonly Duo[] {
        return this.read<Duo>(FactKey.duosOfInstitution(institution));
    }

    pathsOfTutee(institution: string, tutee: string): readonly TrainingPath[] {
        return this.read<TrainingPath>(FactKey.pathsOfTutee(institution, tutee));
    }

    /** The people and services of an institution, over all its files (hierarchy lines, service heads). */
    organisation(institution: string): ReadonlyArray<Person | Service> {
        return this.read<Person | Service>(FactKey.organisation(institution));
    }

    /** The people of an institution, over all its files, and what rules ask of them (see {@link PeopleOverview}). */
    people(institution: string): PeopleOverview {
        return overviewOf(this.organisation(institution));
    }

    /** The job functions of an institution, over all its files (similar functions, required qualifications). */
    functions(institution: string): readonly JobFunction[] {
        return this.read<JobFunction>(FactKey.functions(institution));
    }

    /** The members an institution declares, in all its files, by name. */
    namedMembers(institution: string): readonly AstNode[] {
        return this.read(FactKey.names(institution));
    }

    /** The members of an institution of one kind (`Person`, `Service`…) with one name, in all its files. */
    membersNamed(institution: string, type: string, name: string): readonly AstNode[] {
        return this.read(FactKey.memberNamed(institution, type, name));
    }

    /** The templates and frameworks of the workspace. */
    globalNamed(): readonly AstNode[] {
        return this.read(FactKey.globalNames());
    }

    /** The templates (`CharterTemplate`) or frameworks (`Framework`) with one name. */
    globalsNamed(type: string, name: string): readonly AstNode[] {
        return this.read(FactKey.globalNamed(type, name));
    }

    /**
     * The documents that leave a topic uncertain (see `workspace/uncertainty.ts`), including those
     * that leave their whole institution, or everything, uncertain.
     */
    uncertainSources(topic: string): AstNode[] {
        const institution = institutionOfTopic(topic);
        const topics = [topic, ALL, ...(institution ? [`${ALL}:${institution}`] : [])];
        return topics.flatMap((candidate) => this.facts.read(FactKey.unreadable(candidate), this.reader));
    }

    /**
     * Whether a fact read since `beginCheck` is uncertain: a cross-file rule then makes no claim
     * (`rules/unreadable.ts`).
     */
    get readUncertain(): boolean {
        return this.uncertain;
    }

    beginCheck(): void {
        this.uncertain = false;
    }

    private uncertain = false;

    /**
     * Whether each topic read during this check of the document is uncertain. The rules of one
     * document read the same few topics thousands of times; the facts do not change meanwhile (a
     * change checks the document again, with new queries), and the first read recorded the dependency.
     */
    private readonly uncertainTopics = new Map<string, boolean>();

    /** Every fact a rule reads comes through here: it records the dependency and whether the fact is uncertain. */
    private read<T extends AstNode>(key: string): readonly T[] {
        if (!this.uncertain && this.isUncertain(topicOf(key))) {
            this.uncertain = true;
        }
        return this.facts.read<T>(key, this.reader);
    }

    private isUncertain(topic: string): boolean {
        let uncertain = this.uncertainTopics.get(topic);
        if (uncertain === undefined) {
            uncertain = this.uncertainSources(topic).length > 0;
            this.uncertainTopics.set(topic, uncertain);
        }
        return uncertain;
    }

    pathsUsing(framework: string): readonly TrainingPath[] {
        return this.read<TrainingPath>(FactKey.frameworkUse(framework));
    }

    /**
     * The thresholds that apply to a tutor of an institution (and service): the institution's charter
     * (its profile for the service first), the templates it extends, the project configuration,
     * then Tutorat's defaults.
     */
    thresholds(institution: string | undefined, service?: string): Thresholds {
        const charter = this.charterOf(institution);
        const effective = charter ? this.effectiveCharter(charter) : undefined;
        const fromCharter = <F extends ThresholdName>(field: F) => {
            const found = effective?.profileField(field, service);
            return found && found.node.value !== undefined && !found.node.todo ? found : undefined;
        };
        const source = (owner: CharterLike, node: AstNode): ThresholdSource =>
            isCharter(owner) ? { kind: 'charter', node } : { kind: 'template', name: owner.name, node };
        const configured = this.configuration.thresholds;
        const span = (field: 'minExperience' | 'minSeniority'): Threshold<Span> => {
            const found = fromCharter(field);
            const value = found && spanOf(found.node.value);
            if (found && value) {
                return { value, source: source(found.owner, found.node) };
            }
            const fromConfiguration = configured[field];
            return fromConfiguration
                ? { value: fromConfiguration.value, source: { kind: 'configuration', file: fromConfiguration.file } }
                : { value: DEFAULT_THRESHOLDS[field], source: { kind: 'default' } };
        };
        const count = (field: 'maxTutees' | 'maxTuteesPerService'): Threshold<number> | undefined => {
            const found = fromCharter(field);
            if (found && found.node.value !== undefined) {
                return { value: found.node.value, source: source(found.owner, found.node) };
            }
            const fromConfiguration = configured[field];
            if (fromConfiguration) {
                return { value: fromConfiguration.value, source: { kind: 'configuration', file: fromConfiguration.file } };
            }
            return field === 'maxTutees' ? { value: DEFAULT_THRESHOLDS.maxTutees, source: { kind: 'default' } } : undefined;
        };
        return {
            minExperience: span('minExperience'),
            minSeniority: span('minSeniority'),
            maxTutees: count('maxTutees')!,
            maxTuteesPerService: count('maxTuteesPerService')
        };
    }
}

/** « fixée par la charte de l'institution », « valeur par défaut du projet »… */
export function describeThresholdSource(source: ThresholdSource, locale: Locale): string {
    const texts: Record<ThresholdSource['kind'], Bilingual> = {
        charter: { fr: 'fixé par la charte de l’institution', en: 'set by the institution’s charter' },
        template: { fr: 'fixé par le modèle de charte {name}', en: 'set by the charter template {name}' },
        configuration: { fr: 'valeur par défaut du projet, fixée dans {file}', en: 'project default, set in {file}' },
        default: { fr: 'valeur par défaut du projet : la charte ne fixe pas ce seuil', en: 'project default: the charter does not set this threshold' }
    };
    const params = source.kind === 'template' ? { name: source.name } : source.kind === 'configuration' ? { file: shortPath(source.file) } : {};
    return format(texts[source.kind][locale], params);
}

/** The last folder and the file name — `federation-cp319/tutorat-cp319.json` — enough to find it, short enough to read. */
function shortPath(file: string): string {
    return file.split(/[\\/]/).slice(-2).join('/');
}

export function describeThreshold(threshold: Threshold<Span | number>, locale: Locale): string {
    const value = typeof threshold.value === 'number' ? String(threshold.value) : formatSpan(threshold.value, locale);
    return `${value} (${describeThresholdSource(threshold.source, locale)})`;
}
