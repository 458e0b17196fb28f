import {
    isCharterTemplate,
    type Commitments
} from '../../generated/ast.js';
import { joinList, quote, type Bilingual, type MessageParams } from '../../i18n/locale.js';
import { SECTION_HEADERS, isLeftToComplete, type CharterLike, type EffectiveCharter, type Section, type SectionKey, type Sourced } from '../../model/charter.js';
import { defineRule, type ExampleWorkspace, type FixDeclaration, type GuideReference, type Place, type ProposedFix, type Reporter, type RuleContext, type RuleDefinition, type RuleMessage, type Severity } from '../../rules/definition.js';
import { existe } from './existe.js';
import { SECTION_RULES, forgottenTemplate } from './forgotten-template.js';
import { addElementsEdit, addProfileFieldsEdit, addSectionEdit, profileValues, type ElementForm, type ProfileValues, type ValuesOf } from '../charter-fixes.js';

/**
 * How a charte/* rule reads one section of charters and templates: the EFFECTIVE charter (the
 * charter and the templates it extends), a section inherited from a template satisfies it, a
 * section left « à compléter » is modele/a-completer's business; in a template, what is missing is
 * information for the federation, which may leave it « à compléter » for its member institutions.
 */
/** What every check needs to know about the charter or template it reads. */
interface Subject {
    readonly owner: CharterLike;
    readonly effective: EffectiveCharter;
    readonly inTemplate: boolean;
    readonly place: Place;
    readonly params: MessageParams;
    readonly values: ValuesOf;
}

function subjectOf(owner: CharterLike, context: RuleContext): Subject {
    const effective = context.workspace.effectiveCharter(owner);
    const inTemplate = isCharterTemplate(owner);
    let values: ProfileValues | undefined;
    return {
        owner,
        effective,
        inTemplate,
        place: inTemplate ? { node: owner, property: 'name' } : { node: owner, keyword: 'charte' },
        params: { template: inTemplate ? owner.name : '', scope: scopeOf(owner, effective, context) },
        values: () => (values ??= profileValues(owner, context))
    };
}

const SCOPES: Readonly<Record<'charterOne' | 'charterMany' | 'templateOne' | 'templateMany', Bilingual>> = {
    charterOne: { fr: ' (ni dans la charte, ni dans le modèle {names} qu’elle étend)', en: ' (neither in the charter nor in the template {names} it extends)' },
    charterMany: { fr: ' (ni dans la charte, ni dans les modèles {names} dont elle hérite)', en: ' (neither in the charter nor in the templates {names} it inherits from)' },
    templateOne: { fr: ' (ni dans ce modèle, ni dans le modèle {names} qu’il étend)', en: ' (neither in this template nor in the template {names} it extends)' },
    templateMany: { fr: ' (ni dans ce modèle, ni dans les modèles {names} dont il hérite)', en: ' (neither in this template nor in the templates {names} it inherits from)' }
};

/** « (ni dans la charte, ni dans le modèle CP319 qu’elle étend) »: where the section was looked for. */
function scopeOf(owner: CharterLike, effective: EffectiveCharter, context: RuleContext): string {
    const names = effective.templates.map((template) => template.name);
    if (names.length === 0) {
        return '';
    }
    const scope = isCharterTemplate(owner) ? (names.length === 1 ? SCOPES.templateOne : SCOPES.templateMany) : names.length === 1 ? SCOPES.charterOne : SCOPES.charterMany;
    return context.text(scope, { names: joinList(names, context.locale) });
}

/** « (section du modèle CP319) » when the section read comes from a template up the chain. */
function fromOf(subject: Subject, found: Sourced<Section>, context: RuleContext): string {
    return found.owner === subject.owner || !isCharterTemplate(found.owner)
        ? ''
        : context.text({ fr: ' (section du modèle {name})', en: ' (section of the template {name})' }, { name: found.owner.name });
}

/** An element a section must contain, and how to name it in a message. */
export interface ElementCheck<S> {
    readonly form: ElementForm;
    readonly label: Bilingual;
    /** Whether the section (or the effective charter, for the merged tutor profile) has it; « à compléter » counts. */
    readonly present: (section: S, effective: EffectiveCharter) => boolean;
}

/** Elements reported together under one message when some (or all) are missing. */
export interface Requirement<S> {
    readonly message: string;
    readonly elements: ReadonlyArray<ElementCheck<S>>;
    /** Report only when none of the elements is there (« the section names no resource »). */
    readonly whenAllMissing?: boolean;
    readonly appliesTo?: (effective: EffectiveCharter) => boolean;
}

export interface SectionSpec<K extends SectionKey> {
    readonly key: K;
    /** Whether the rule concerns this charter at all (partnerships: only with a partner organisation). */
    readonly appliesTo?: (effective: EffectiveCharter) => boolean;
    /**
     * Whether a missing section is this rule's to report (default). A rule that reads a section other
     * rules already require — the `engagements` — says nothing until the section is written.
     */
    readonly reportsMissing?: boolean;
    readonly requirements?: ReadonlyArray<Requirement<NonNullable<CharterLike[K]>>>;
    /** The tutor profile merges field by field: missing fields are added to the charter's own profile. */
    readonly mergedFields?: boolean;
    /** The elements a new section starts with, when they depend on the charter. */
    readonly skeleton?: (effective: EffectiveCharter) => readonly ElementForm[];
    readonly params?: (effective: EffectiveCharter, context: RuleContext) => MessageParams;
}

/**
 * The messages of a section rule: for a charter at the rule's severity, for a template as
 * information (the template may leave the element « à compléter » for its members).
 */
export type SectionMessages<M extends string> = Readonly<Record<M | `${M}InTemplate`, RuleMessage>>;

export function messages<M extends string>(charter: Readonly<Record<M, Bilingual>>, template: Readonly<Record<M, Bilingual>>): SectionMessages<M> {
    const all: Record<string, RuleMessage> = {};
    for (const key of Object.keys(charter) as M[]) {
        all[key] = charter[key];
        all[`${key}InTemplate`] = { ...template[key], severity: 'info' };
    }
    return all as SectionMessages<M>;
}

function fixesFor(key: SectionKey): FixDeclaration[] {
    const header = SECTION_HEADERS[key];
    return [
        { id: 'ajouter-section', title: { fr: `Ajouter la section « ${header} »`, en: `Add the “${header}” section` } },
        { id: 'completer-section', title: { fr: `Compléter la section « ${header} »`, en: `Complete the “${header}” section` } }
    ];
}

function proposed(fix: string, edit: ProposedFix['edits'][number] | undefined): ProposedFix[] {
    return edit ? [{ fix, edits: [edit] }] : [];
}

function checkSection<K extends SectionKey>(spec: SectionSpec<K>, owner: CharterLike, report: Reporter<string>, context: RuleContext): void {
    const subject = subjectOf(owner, context);
    const { effective } = subject;
    // A template that cannot be found (reported by langage/reference) may hold any section, and templates
    // extending each other in a loop cannot be assembled (modele/heritage): say nothing until it is fixed.
    if (effective.missingParent || effective.cycle || (spec.appliesTo && !spec.appliesTo(effective))) {
        return;
    }
    // A charter that seems to have lost its « étend »: charte/existe says so once, for every section it lacks.
    if (!effective.section(spec.key) && spec.reportsMissing !== false && context.workspace.configuration.severityOf(existe) !== 'off' && forgottenTemplate(owner, effective, context)) {
        return;
    }
    const suffix = subject.inTemplate ? 'InTemplate' : '';
    const params = { ...subject.params, ...spec.params?.(effective, context) };
    const found = effective.section(spec.key);
    if (!found) {
        if (spec.reportsMissing === false) {
            return;
        }
        const edit = addSectionEdit(owner, spec.key, subject.values, spec.skeleton?.(effective));
        report(`missing${suffix}`, subject.place, { params, fixes: proposed('ajouter-section', edit) });
        return;
    }
    if (isLeftToComplete(found.node)) {
        return;
    }
    const section = found.node as NonNullable<CharterLike[K]>;
    for (const requirement of spec.requirements ?? []) {
        if (requirement.appliesTo && !requirement.appliesTo(effective)) {
            continue;
        }
        const missing = requirement.elements.filter((element) => !element.present(section, effective));
        if (missing.length === 0 || (requirement.whenAllMissing && missing.length < requirement.elements.length)) {
            continue;
        }
        const forms = missing.map((element) => element.form);
        const edit = spec.mergedFields ? addProfileFieldsEdit(owner, forms, subject.values) : addElementsEdit(owner, found as Sourced<Section>, forms, subject.values);
        report(`${requirement.message}${suffix}`, subject.place, {
            params: {
                ...params,
                from: fromOf(subject, found as Sourced<Section>, context),
                elements: joinList(missing.map((element) => context.text(element.label)), context.locale),
                write: joinList(forms.map((form) => quote(form.written, context.locale)), context.locale)
            },
            fixes: proposed('completer-section', edit)
        });
    }
}

export interface SectionRule<K extends SectionKey, M extends string> {
    readonly id: `charte/${string}`;
    readonly severity: Severity;
    readonly title: Bilingual;
    readonly description: Bilingual;
    readonly guide: GuideReference;
    readonly messages: SectionMessages<M>;
    readonly examples: { readonly nonCompliant: ExampleWorkspace; readonly compliant: ExampleWorkspace };
    readonly spec: SectionSpec<K>;
}

/** A charte/* rule that reads one section of charters and templates. */
export function sectionRule<K extends SectionKey, M extends string>(rule: SectionRule<K, M>): RuleDefinition {
    const { spec, ...definition } = rule;
    const defined = defineRule<string>({
        ...definition,
        // The effective charter reads the templates it extends, wherever they are written.
        crossFile: true,
        fixes: fixesFor(spec.key),
        checks: {
            Charter: (charter, report, context) => checkSection(spec, charter, report, context),
            CharterTemplate: (template, report, context) => checkSection(spec, template, report, context)
        }
    });
    SECTION_RULES.push({ spec: spec as unknown as SectionSpec<SectionKey>, rule: defined });
    return defined;
}

/** Whether a block section has an item of some kind; an item « à compléter » counts. */
export function hasKind<S extends { items: ReadonlyArray<{ kind: string }> }>(...kinds: string[]): (section: S) => boolean {
    return (section) => section.items.some((item) => kinds.includes(item.kind));
}

export function hasRole(...roles: string[]): (section: Commitments) => boolean {
    return (section) => section.items.some((item) => roles.includes(item.role));
}

/** A small charter (and possibly other files) for the documentation pages. */
export function charterExample(lines: readonly string[], others: ExampleWorkspace = {}): ExampleWorkspace {
    return {
        'les-lilas/charte.tutorat': [
            'institution LesLilas « ASBL Les Lilas — maison d’accueil pour adultes » {',
            '    charte « Charte du tutorat des Lilas » {',
            ...lines.map((line) => `        ${line}`),
            '    }',
            '}',
            ''
        ].join('\n'),
        ...others
    };
}

/** « (stage, alternance) »: the charter's situations that bring in a partner organisation. */
export function partnerSituationsParam(effective: EffectiveCharter, context: RuleContext): MessageParams {
    return { situations: joinList(effective.partnerSituations(), context.locale) };
}

export const involvesPartner = (effective: EffectiveCharter) => effective.partnerSituations().length > 0;
