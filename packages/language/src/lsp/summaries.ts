import { CstUtils, GrammarAST, type AstNode } from 'langium';
import {
    isCharter, isCharterTemplate, isCompetence, isCriterion, isDomain, isFramework, isInstitution, isJobFunction, isPartner, isPerson, isReferent,
    isService, isTrainingPath,
    type CharterTemplate, type Competence, type Criterion, type Domain, type Framework, type Institution, type JobFunction, type Partner,
    type Period, type Person, type Referent, type Service, type ToComplete, type TrainingPath
} from '../generated/ast.js';
import { quote, type Bilingual, type Locale } from '../i18n/locale.js';
import { EffectiveCharter, SECTION_KEYS, type Sourced } from '../model/charter.js';
import { competencesOf, describeRange, timelineOf } from '../model/path.js';
import { describeQualification } from '../model/qualifications.js';
import { DESIGNATION_WORDS, TUTOR_ABILITIES, tutorAbility } from '../model/vocabulary.js';
import { formatDate, formatSpan, parseDate, rangeOf, spanOf, type Span } from '../model/time.js';
import { frameworkOf, institutionOf } from '../scoping/qualified-names.js';
import type { TutoratServices } from '../tutorat-module.js';
import { kindLabel } from './element-kinds.js';
import { docForType, findKeywordDoc } from './keyword-docs.js';
import { escape, field, heading, lines, paragraphs } from './markdown.js';
import { describeValue } from './values.js';
import { describeLoad, formatLength, pathLength, queriesFor, tutorLoad } from './workload.js';

/**
 * A summary of an element in Markdown, for hovers over its name or a reference to it and for
 * completion: what a reader needs to know without opening the file that declares it.
 */
export class ElementSummaries {
    constructor(private readonly services: TutoratServices) {}

    private get locale(): Locale {
        return this.services.shared.tutorat.Locale.current;
    }

    summarize(node: AstNode): string | undefined {
        if (isPerson(node)) return this.person(node);
        if (isCompetence(node)) return this.competence(node);
        if (isCharterTemplate(node)) return this.template(node);
        if (isPartner(node)) return this.partner(node);
        if (isReferent(node)) return this.referent(node);
        if (isService(node)) return this.service(node);
        if (isJobFunction(node)) return this.jobFunction(node);
        if (isFramework(node)) return this.framework(node);
        if (isDomain(node)) return this.domain(node);
        if (isCriterion(node)) return this.criterion(node);
        if (isTrainingPath(node)) return this.path(node);
        if (isInstitution(node)) return this.institution(node);
        return undefined;
    }

    /** The title a completion shows next to a name: « Élodie Martin », « Accueillir la personne… ». */
    titleOf(node: AstNode): string | undefined {
        const title = (node as { title?: unknown }).title;
        return typeof title === 'string' && title.length > 0 ? title : undefined;
    }

    private person(person: Person): string {
        const locale = this.locale;
        const queries = queriesFor(this.services, person);
        const institution = institutionOf(person);
        const load = tutorLoad(person, queries);
        const isTutor = person.kind === 'tuteur' || person.kind === 'tutrice' || (load?.duos.length ?? 0) > 0;
        const isTutee = person.kind === 'tutoré' || person.kind === 'tutorée' || person.situation !== undefined;
        const tutorDuos = institution && person.name ? queries.duosOfTutee(institution, person.name) : [];
        const paths = institution && person.name ? queries.pathsOfTutee(institution, person.name) : [];
        const situation = person.situation && describeValue('SituationKind', person.situation, locale);
        return paragraphs(
            heading(kindLabel(person, locale), person.name, person.title),
            lines(
                field(T.roles, person.roles.map((role) => describeValue('StaffRole', role, locale)?.label ?? role).join(', '), locale),
                field(T.function, this.named(person.function?.ref), locale),
                field(T.service, this.named(person.service?.ref), locale),
                field(T.superior, this.named(person.superior?.ref), locale),
                field(T.experience, this.span(person.experience && spanOf(person.experience)), locale),
                field(T.seniority, this.span(person.seniority && spanOf(person.seniority)), locale),
                field(T.qualification, person.qualification && escape(describeQualification(person.qualification, locale)), locale),
                field(T.volunteer, person.volunteer && describeValue('VolunteerMode', person.volunteer.mode, locale)?.label, locale),
                field(T.designation, this.designation(person, locale), locale),
                field(T.abilities, [...new Set(person.abilities.map(tutorAbility))].map((ability) => TUTOR_ABILITIES[ability].label[locale]).join(', '), locale),
                field(T.training, this.tutorTraining(person), locale),
                field(T.awareness, person.awareness.map((item) => escape(item.text)).join(' ; '), locale),
                isTutor && load ? field(T.load, describeLoad(load, locale), locale) : undefined,
                field(T.situation, situation && `${situation.label} (${person.situation})`, locale),
                field(T.targetFunction, this.named(person.targetFunction?.ref), locale),
                field(T.targetQualification, person.targetQualification && escape(describeQualification(person.targetQualification, locale)), locale),
                field(T.profiles, person.profiles.map((profile) => profile.custom !== undefined ? escape(profile.custom) : describeValue('KnownProfile', profile.known ?? '', locale)?.label ?? profile.known ?? '').join(', '), locale),
                field(T.partner, this.named(person.partner?.ref), locale),
                field(T.arrival, this.date(person.arrival), locale),
                isTutee ? field(T.tutors, tutorDuos.map((duo) => `${duo.tutor?.$refText ?? '?'}${this.period(duo.period)}`).join(', '), locale) : undefined,
                isTutee ? field(T.paths, paths.map((path) => this.pathLine(path)).join(' ; '), locale) : undefined,
                field(T.email, person.email && escape(person.email), locale)
            )
        );
    }

    private tutorTraining(person: Person): string | undefined {
        const locale = this.locale;
        const parts: string[] = [];
        const training = person.tutorTraining;
        if (training) {
            const when = training.date ? this.date(training.date) : training.year !== undefined ? `${locale === 'fr' ? 'en' : 'in'} ${training.year}` : undefined;
            parts.push([training.text ? quote(escape(training.text), locale) : T.tutorTraining[locale], when].filter(Boolean).join(', '));
        }
        if (person.certificate) {
            const when = person.certificate.date ? this.date(person.certificate.date) : person.certificate.year;
            parts.push(`${T.certificate[locale]}${when !== undefined ? ` (${when})` : ''}`);
        }
        return parts.join(' ; ');
    }

    private competence(competence: Competence): string {
        const locale = this.locale;
        const framework = frameworkOf(competence);
        const domain = isDomain(competence.$container) ? competence.$container : undefined;
        return paragraphs(
            heading(kindLabel(competence, locale), competence.name, competence.title),
            lines(
                field(T.framework, this.named(framework), locale),
                field(T.domain, this.named(domain), locale),
                field(T.description, competence.description && escape(competence.description), locale),
                field(T.knowledge, this.list(competence.knowledge), locale),
                field(T.skills, this.list(competence.skills), locale),
                field(T.attitudes, this.list(competence.attitudes), locale),
                field(T.references, [competence.esco && `ESCO ${competence.esco}`, competence.rncp && `RNCP ${competence.rncp}`, competence.rs && `RS ${competence.rs}`, competence.sfmq && `SFMQ ${competence.sfmq}`].filter(Boolean).map((text) => escape(text as string)).join(', '), locale)
            ),
            this.criteria(competence.criteria)
        );
    }

    private criteria(criteria: readonly Criterion[]): string | undefined {
        if (criteria.length === 0) {
            return `*${T.noCriteria[this.locale]}*`;
        }
        const indicator = T.indicator[this.locale];
        return lines(
            `**${T.criteria[this.locale]}**${this.locale === 'fr' ? ' :' : ':'}`,
            ...criteria.flatMap((criterion) => [
                `- ${escape(criterion.title)}`,
                ...criterion.indicators.map((item) => `  - ${indicator} ${escape(item.text)}`)
            ])
        );
    }

    private criterion(criterion: Criterion): string {
        return paragraphs(heading(kindLabel(criterion, this.locale), criterion.name, criterion.title), this.criteria([criterion]));
    }

    private template(template: CharterTemplate): string {
        const locale = this.locale;
        const effective = new EffectiveCharter(template);
        const sections = SECTION_KEYS.filter((key) => effective.section(key)).map((key) => this.sectionTitle(effective.section(key)!.node.$type));
        const todos = effective.openTodos();
        return paragraphs(
            heading(kindLabel(template, locale), template.name, template.title),
            lines(
                field(T.federation, template.federation && escape(template.federation), locale),
                field(T.committees, template.jointCommittees.map(escape).join(', '), locale),
                field(T.version, template.version && escape(template.version), locale),
                field(T.extends, template.parent?.$refText, locale),
                field(T.sections, sections.join(', '), locale)
            ),
            todos.length > 0
                ? lines(`**${T.leftToComplete[locale]}**${locale === 'fr' ? ' :' : ':'}`, ...todos.map((todo) => `- ${this.todoLine(todo)}`))
                : `*${T.nothingToComplete[locale]}*`
        );
    }

    /** « Ressources — temps dédié : « Indiquez le temps… » (modèle CP319) ». */
    todoLine(todo: Sourced<ToComplete>): string {
        const locale = this.locale;
        const where = describeTodoPlace(todo.node, locale);
        const hint = todo.node.hint ? ` : ${quote(escape(todo.node.hint), locale)}` : '';
        return `${where}${hint}`;
    }

    private partner(partner: Partner): string {
        const locale = this.locale;
        return paragraphs(
            heading(kindLabel(partner, locale), partner.name, partner.title),
            lines(
                field(T.kind, partner.kind && describeValue('PartnerKind', partner.kind, locale)?.label, locale),
                field(T.address, partner.address && escape(partner.address), locale)
            ),
            partner.referents.length > 0
                ? lines(`**${T.referents[locale]}**${locale === 'fr' ? ' :' : ':'}`, ...partner.referents.map((referent) => `- ${this.referentLine(referent)}`))
                : `*${T.noReferent[locale]}*`
        );
    }

    private referentLine(referent: Referent): string {
        return [referent.name, referent.title, referent.role, referent.email, referent.phone].filter((part) => part).map((part) => escape(part!)).join(' — ');
    }

    private referent(referent: Referent): string {
        const locale = this.locale;
        return paragraphs(
            heading(kindLabel(referent, locale), referent.name, referent.title),
            lines(
                field(T.partner, this.named(referent.$container), locale),
                field(T.role, referent.role && escape(referent.role), locale),
                field(T.email, referent.email && escape(referent.email), locale),
                field(T.phone, referent.phone && escape(referent.phone), locale)
            )
        );
    }

    private service(service: Service): string {
        const locale = this.locale;
        return paragraphs(
            heading(kindLabel(service, locale), service.name, service.title),
            lines(
                field(T.head, this.named(service.head?.ref), locale),
                field(T.description, service.description && escape(service.description), locale)
            )
        );
    }

    private jobFunction(fn: JobFunction): string {
        const locale = this.locale;
        return paragraphs(
            heading(kindLabel(fn, locale), fn.name, fn.title),
            lines(
                field(T.requiredQualification, fn.qualification && escape(describeQualification(fn.qualification, locale)), locale),
                field(T.similar, fn.similar.map((similar) => similar.$refText).join(', '), locale),
                field(T.description, fn.description && escape(fn.description), locale)
            )
        );
    }

    private framework(framework: Framework): string {
        const locale = this.locale;
        const competences = competencesOf(framework);
        return paragraphs(
            heading(kindLabel(framework, locale), framework.name, framework.title),
            lines(
                field(T.author, framework.author && escape(framework.author), locale),
                field(T.version, framework.version && escape(framework.version), locale),
                field(T.targetFunction, framework.targetFunction && escape(framework.targetFunction), locale),
                field(T.scale, framework.scale?.levels.map((level) => quote(escape(level), locale)).join(', '), locale),
                field(T.domains, framework.domains.map((domain) => domain.name).join(', '), locale),
                field(T.competences, competences.map((competence) => competence.name).join(', '), locale)
            )
        );
    }

    private domain(domain: Domain): string {
        const locale = this.locale;
        return paragraphs(
            heading(kindLabel(domain, locale), domain.name, domain.title),
            lines(field(T.competences, domain.competences.map((competence) => `${competence.name} (${escape(competence.title)})`).join(', '), locale))
        );
    }

    private path(path: TrainingPath): string {
        const locale = this.locale;
        const timeline = timelineOf(path);
        const length = pathLength(path);
        return paragraphs(
            heading(kindLabel(path, locale), path.name, path.title),
            lines(
                field(T.tutee, this.named(path.tutee?.ref), locale),
                field(T.period, timeline.range && describeRange(timeline.range, locale), locale),
                field(T.length, length !== undefined ? formatLength(length, locale) : undefined, locale),
                field(T.frameworks, path.frameworks.map((framework) => framework.$refText).join(', '), locale),
                field(T.targets, path.targets.map((target) => target.$refText).join(', '), locale),
                field(T.placement, path.placement?.partner?.$refText, locale),
                field(T.phases, path.phases.map((phase) => phase.kind).join(' → '), locale)
            )
        );
    }

    private institution(institution: Institution): string {
        const locale = this.locale;
        return paragraphs(
            heading(kindLabel(institution, locale), institution.name, institution.title),
            lines(
                field(T.committees, institution.jointCommittees.map(escape).join(', '), locale),
                field(T.address, institution.address && escape(institution.address), locale)
            )
        );
    }

    private pathLine(path: TrainingPath): string {
        const range = timelineOf(path).range;
        const length = pathLength(path);
        const details = [range && describeRange(range, this.locale), length !== undefined ? formatLength(length, this.locale) : undefined].filter(Boolean).join(', ');
        return `${path.name}${path.title ? ` — ${escape(path.title)}` : ''}${details ? ` (${details})` : ''}`;
    }

    /** « Éducateur (Éducateur spécialisé / éducatrice spécialisée) ». */
    /** « Nadia (Nadia Lambert), avec l’avis de ses pairs »: who designated the tutor, as written. */
    private designation(person: Person, locale: Locale): string | undefined {
        const written = person.designation;
        if (!written) {
            return undefined;
        }
        const by = written.by ? this.named(written.by.ref) ?? escape(written.by.$refText) : DESIGNATION_WORDS[written.authority ?? 'direction'][locale];
        return written.peers ? `${by}, ${DESIGNATION_WORDS.peers[locale]}` : by;
    }

    private named(node: (AstNode & { name?: string; title?: string }) | undefined): string | undefined {
        if (!node?.name) {
            return undefined;
        }
        return node.title ? `${escape(node.name)} (${escape(node.title)})` : escape(node.name);
    }

    private list(items: readonly string[]): string | undefined {
        return items.length > 0 ? items.map(escape).join(' ; ') : undefined;
    }

    private span(span: Span | undefined): string | undefined {
        return span && formatSpan(span, this.locale);
    }

    private date(text: string | undefined): string | undefined {
        const date = parseDate(text);
        return date ? formatDate(date, this.locale) : text;
    }

    private period(period: Period | undefined): string {
        const range = rangeOf(period);
        return range ? ` (${describeRange(range, this.locale)})` : '';
    }

    private sectionTitle(type: string): string {
        return docForType(type)?.title[this.locale] ?? type;
    }
}

/** Where an element « à compléter » sits: « Ressources données au tutorat — Temps dédié au tutorat ». */
export function describeTodoPlace(todo: ToComplete, locale: Locale): string {
    const owner = todo.$container;
    const parent = owner.$container;
    if (!parent || isCharter(parent) || isCharterTemplate(parent)) {
        return itemTitle(owner, locale);
    }
    const parentTitle = docForType(parent.$type)?.title[locale];
    return parentTitle ? `${parentTitle} — ${itemTitle(owner, locale)}` : itemTitle(owner, locale);
}

/** The title of a section or of an item of a section, from the keywords it is written with. */
export function itemTitle(node: AstNode, locale: Locale): string {
    const words = ownerKeywords(node);
    for (let length = words.length; length > 0; length--) {
        const doc = findKeywordDoc(words.slice(0, length).join(' '), node.$type);
        if (doc) {
            return doc.title[locale];
        }
    }
    return docForType(node.$type)?.title[locale] ?? (words.join(' ') || node.$type);
}

/** The keywords an item starts with (`temps dédié`, `désignation des tuteurs`), read from the document. */
function ownerKeywords(node: AstNode): string[] {
    const words: string[] = [];
    for (const leaf of node.$cstNode ? CstUtils.flattenCst(node.$cstNode) : []) {
        if (leaf.hidden) {
            continue;
        }
        if (leaf.astNode !== node || !GrammarAST.isKeyword(leaf.grammarSource) || !/\p{L}/u.test(leaf.text)) {
            break;
        }
        words.push(leaf.text);
    }
    return words;
}

const T = {
    roles: { fr: 'Rôle', en: 'Role' },
    function: { fr: 'Fonction', en: 'Function' },
    service: { fr: 'Service', en: 'Service' },
    superior: { fr: 'Supérieur hiérarchique', en: 'Line manager' },
    experience: { fr: 'Expérience', en: 'Experience' },
    seniority: { fr: 'Ancienneté', en: 'Seniority' },
    qualification: { fr: 'Qualification', en: 'Qualification' },
    volunteer: { fr: 'Volontaire', en: 'Volunteer' },
    designation: { fr: 'Désignation', en: 'Designation' },
    abilities: { fr: 'Capacités reconnues', en: 'Abilities recognised' },
    training: { fr: 'Formation au tutorat', en: 'Tutor training' },
    tutorTraining: { fr: 'formation au tutorat', en: 'tutor training' },
    certificate: { fr: 'titre de tuteur en entreprise', en: '“tuteur en entreprise” certificate' },
    awareness: { fr: 'Formations complémentaires', en: 'Complementary training' },
    load: { fr: 'Tutorés', en: 'Tutees' },
    situation: { fr: 'Situation', en: 'Situation' },
    targetFunction: { fr: 'Fonction visée', en: 'Target function' },
    targetQualification: { fr: 'Qualification visée', en: 'Target qualification' },
    profiles: { fr: 'Profil spécifique', en: 'Specific profile' },
    partner: { fr: 'Organisme', en: 'Organisation' },
    arrival: { fr: 'Arrivée', en: 'Arrival' },
    tutors: { fr: 'Tuteur', en: 'Tutor' },
    paths: { fr: 'Parcours', en: 'Paths' },
    email: { fr: 'Courriel', en: 'Email' },
    phone: { fr: 'Téléphone', en: 'Phone' },
    framework: { fr: 'Référentiel', en: 'Framework' },
    domain: { fr: 'Domaine', en: 'Domain' },
    description: { fr: 'Description', en: 'Description' },
    knowledge: { fr: 'Savoirs', en: 'Knowledge' },
    skills: { fr: 'Savoir-faire', en: 'Know-how' },
    attitudes: { fr: 'Savoir-être', en: 'Attitudes' },
    references: { fr: 'Références', en: 'References' },
    criteria: { fr: 'Critères et indicateurs', en: 'Criteria and indicators' },
    noCriteria: { fr: 'Aucun critère d’évaluation n’est encore écrit.', en: 'No evaluation criterion is written yet.' },
    indicator: { fr: 'indicateur :', en: 'indicator:' },
    federation: { fr: 'Fédération', en: 'Federation' },
    committees: { fr: 'Commission paritaire', en: 'Joint committee' },
    version: { fr: 'Version', en: 'Version' },
    extends: { fr: 'Étend', en: 'Extends' },
    sections: { fr: 'Sections', en: 'Sections' },
    leftToComplete: { fr: 'À compléter par chaque institution', en: 'To be completed by each institution' },
    nothingToComplete: { fr: 'Ce modèle ne laisse rien à compléter.', en: 'This template leaves nothing to complete.' },
    kind: { fr: 'Type', en: 'Kind' },
    address: { fr: 'Adresse', en: 'Address' },
    referents: { fr: 'Référents', en: 'Referents' },
    noReferent: { fr: 'Aucun référent n’est encore nommé.', en: 'No referent is named yet.' },
    role: { fr: 'Fonction', en: 'Function' },
    head: { fr: 'Responsable', en: 'Head' },
    requiredQualification: { fr: 'Qualification requise', en: 'Required qualification' },
    similar: { fr: 'Fonctions similaires', en: 'Similar functions' },
    author: { fr: 'Auteur', en: 'Author' },
    scale: { fr: 'Échelle', en: 'Scale' },
    domains: { fr: 'Domaines', en: 'Domains' },
    competences: { fr: 'Compétences', en: 'Competences' },
    tutee: { fr: 'Tutoré', en: 'Tutee' },
    period: { fr: 'Période', en: 'Period' },
    length: { fr: 'Durée', en: 'Length' },
    frameworks: { fr: 'Référentiels', en: 'Frameworks' },
    targets: { fr: 'Compétences visées', en: 'Targeted competences' },
    placement: { fr: 'Stage avec', en: 'Placement with' },
    phases: { fr: 'Phases', en: 'Phases' }
} satisfies Record<string, Bilingual>;
