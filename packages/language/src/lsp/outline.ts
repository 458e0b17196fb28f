import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import {
    isActivity, isCharter, isCharterTemplate, isDuo, isEvaluation, isFramework, isInstitution, isJobFunction, isPartner, isPerson,
    isProgressReview, isService, isToComplete, isTrainingPath,
    type Charter, type CharterTemplate, type Competence, type Document, type Domain, type Duo, type Framework, type Institution,
    type Partner, type Phase, type PhaseItem, type TrainingPath
} from '../generated/ast.js';
import { quote, type Bilingual, type Locale, type LocaleSetting } from '../i18n/locale.js';
import { SECTION_KEYS } from '../model/charter.js';
import { describeRange, validRange } from '../model/path.js';
import { rangeOf } from '../model/time.js';
import type { TutoratServices } from '../tutorat-module.js';
import { elementKind, kindLabel } from './element-kinds.js';
import { itemTitle } from './summaries.js';

const LABELS = {
    services: { fr: 'Services', en: 'Services' },
    functions: { fr: 'Fonctions', en: 'Functions' },
    people: { fr: 'Personnes', en: 'People' },
    partners: { fr: 'Organismes partenaires', en: 'Partner organisations' },
    duos: { fr: 'Duos', en: 'Duos' },
    paths: { fr: 'Parcours', en: 'Paths' },
    charter: { fr: 'Charte', en: 'Charter' },
    toComplete: { fr: '« à compléter »', en: '“à compléter” (to complete)' },
    someToComplete: { fr: '{count} élément(s) « à compléter »', en: '{count} element(s) “à compléter” (to complete)' },
    scale: { fr: 'Échelle', en: 'Scale' },
    placement: { fr: 'Stage avec {partner}', en: 'Placement with {partner}' },
    phase: { fr: 'Phase {kind}', en: 'Phase {kind}' },
    activity: { fr: 'Activité', en: 'Activity' },
    formative: { fr: 'Évaluation formative', en: 'Formative evaluation' },
    final: { fr: 'Évaluation finale', en: 'Final evaluation' },
    review: { fr: 'Bilan avec {person}', en: 'Review with {person}' },
    selfEvaluation: { fr: 'Auto-évaluation', en: 'Self-evaluation' },
    forTutee: { fr: 'pour {tutee}', en: 'for {tutee}' },
    extends: { fr: 'étend {template}', en: 'extends {template}' }
} satisfies Record<string, Bilingual>;

/** Members of an institution shown together, in this order. */
const GROUPS: ReadonlyArray<{ readonly label: Bilingual; readonly accepts: (node: AstNode) => boolean }> = [
    { label: LABELS.services, accepts: isService },
    { label: LABELS.functions, accepts: isJobFunction },
    { label: LABELS.people, accepts: isPerson },
    { label: LABELS.partners, accepts: isPartner },
    { label: LABELS.duos, accepts: isDuo },
    { label: LABELS.paths, accepts: isTrainingPath }
];

/**
 * The outline of a document as its readers think of it: an institution with its charter and its
 * sections, its services, functions and people grouped, its duos (« Élodie → Léa »), its paths with
 * their phases, activities and evaluations; a framework with its domains, competences and criteria;
 * a template with its sections, those left « à compléter » marked.
 */
export class TutoratDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly locale: LocaleSetting;

    constructor(services: TutoratServices) {
        this.locale = services.shared.tutorat.Locale;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as Document;
        return (root.elements ?? []).flatMap((element) => this.symbolOf(element));
    }

    private get current(): Locale {
        return this.locale.current;
    }

    private symbolOf(node: AstNode): DocumentSymbol[] {
        if (isInstitution(node)) return this.institution(node);
        if (isCharterTemplate(node) || isCharter(node)) return this.charter(node);
        if (isFramework(node)) return this.framework(node);
        return [];
    }

    private institution(institution: Institution): DocumentSymbol[] {
        const charters = institution.members.filter(isCharter).flatMap((charter) => this.charter(charter));
        const groups = GROUPS.flatMap((group) => {
            const members = institution.members.filter(group.accepts);
            const children = members.flatMap((member) => this.member(member));
            return children.length > 0 ? [this.group(group.label[this.current], children)] : [];
        });
        return this.named(institution, [...charters, ...groups]);
    }

    private member(member: AstNode): DocumentSymbol[] {
        if (isDuo(member)) return this.duo(member);
        if (isTrainingPath(member)) return this.path(member);
        if (isPartner(member)) return this.partner(member);
        return this.named(member);
    }

    private charter(charter: Charter | CharterTemplate): DocumentSymbol[] {
        const sections = SECTION_KEYS.flatMap((key) => {
            const section = charter[key];
            return section ? this.section(section) : [];
        });
        if (isCharterTemplate(charter)) {
            return this.named(charter, sections);
        }
        const template = charter.template?.$refText;
        const detail = [charter.title, template && this.text(LABELS.extends, { template })].filter(Boolean).join(' — ');
        return this.symbol(LABELS.charter[this.current], detail, SymbolKind.Module, charter, GrammarUtils.findNodeForKeyword(charter.$cstNode, 'charte')?.range, sections);
    }

    /** A section of a charter or template, its items left « à compléter » listed under it. */
    private section(section: AstNode): DocumentSymbol[] {
        const own = (section as { todo?: AstNode }).todo;
        const openItems = AstUtils.streamContents(section).filter((child) => isToComplete((child as { todo?: unknown }).todo)).toArray();
        const detail = own
            ? LABELS.toComplete[this.current]
            : openItems.length > 0 ? this.text(LABELS.someToComplete, { count: openItems.length }) : '';
        const children = openItems.flatMap((item) => this.symbol(itemTitle(item, this.current), LABELS.toComplete[this.current], SymbolKind.Field, item));
        return this.symbol(itemTitle(section, this.current), detail, SymbolKind.Property, section, undefined, children);
    }

    private framework(framework: Framework): DocumentSymbol[] {
        const scale = framework.scale
            ? this.symbol(LABELS.scale[this.current], framework.scale.levels.map((level) => quote(level, this.current)).join(', '), SymbolKind.EnumMember, framework.scale)
            : [];
        const content = [...framework.domains, ...framework.competences]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
            .flatMap((child) => child.$type === 'Domain' ? this.domain(child as Domain) : this.competence(child as Competence));
        return this.named(framework, [...scale, ...content]);
    }

    private domain(domain: Domain): DocumentSymbol[] {
        return this.named(domain, domain.competences.flatMap((competence) => this.competence(competence)));
    }

    private competence(competence: Competence): DocumentSymbol[] {
        const criteria = competence.criteria.flatMap((criterion) => this.symbol(criterion.title, criterion.name ?? '', SymbolKind.Field, criterion));
        return this.named(competence, criteria);
    }

    private partner(partner: Partner): DocumentSymbol[] {
        return this.named(partner, partner.referents.flatMap((referent) => this.named(referent)));
    }

    private duo(duo: Duo): DocumentSymbol[] {
        const name = `${duo.tutor?.$refText ?? '?'} → ${duo.tutee?.$refText ?? '?'}`;
        const range = rangeOf(duo.period);
        return this.symbol(name, range ? describeRange(range, this.current) : '', elementKind('Duo').symbol, duo, GrammarUtils.findNodeForProperty(duo.$cstNode, 'tutor')?.range);
    }

    private path(path: TrainingPath): DocumentSymbol[] {
        const placement = path.placement
            ? this.symbol(this.text(LABELS.placement, { partner: path.placement.partner?.$refText ?? '?' }), '', SymbolKind.Object, path.placement)
            : [];
        const phases = path.phases.flatMap((phase) => this.phase(phase));
        const detail = [this.text(LABELS.forTutee, { tutee: path.tutee?.$refText ?? '?' }), path.title].filter(Boolean).join(' — ');
        return this.symbol(path.name, detail, elementKind('TrainingPath').symbol, path, this.nameRange(path), [...placement, ...phases]);
    }

    private phase(phase: Phase): DocumentSymbol[] {
        const range = validRange(phase.period);
        const detail = [phase.title, range && describeRange(range, this.current)].filter(Boolean).join(' — ');
        const items = phase.items.flatMap((item) => this.phaseItem(item));
        return this.symbol(this.text(LABELS.phase, { kind: phase.kind ?? '?' }), detail, SymbolKind.Method, phase, undefined, items);
    }

    private phaseItem(item: PhaseItem): DocumentSymbol[] {
        if (isActivity(item)) {
            return this.symbol(`${LABELS.activity[this.current]}${item.title ? ` ${quote(item.title, this.current)}` : ''}`, item.competences.map((competence) => competence.$refText).join(', '), SymbolKind.Event, item);
        }
        if (isEvaluation(item)) {
            const label = item.kind === 'finale' ? LABELS.final : LABELS.formative;
            const title = item.title ? ` ${quote(item.title, this.current)}` : '';
            return this.symbol(`${label[this.current]}${title}`, item.date ?? '', SymbolKind.Event, item);
        }
        if (isProgressReview(item)) {
            return this.symbol(this.text(LABELS.review, { person: item.superior?.$refText ?? '?' }), item.date ?? '', SymbolKind.Event, item);
        }
        return this.symbol(LABELS.selfEvaluation[this.current], item.note ?? '', SymbolKind.Event, item);
    }

    /** A named element: its name, and as detail its kind and title (« tutrice — Élodie Martin »). */
    private named(node: AstNode & { name?: string; title?: string }, children: DocumentSymbol[] = []): DocumentSymbol[] {
        const detail = [kindLabel(node, this.current), node.title].filter(Boolean).join(' — ');
        return this.symbol(node.name ?? '?', detail, elementKind(node.$type).symbol, node, this.nameRange(node), children);
    }

    private group(name: string, children: DocumentSymbol[]): DocumentSymbol {
        const range: Range = { start: children[0].range.start, end: children[children.length - 1].range.end };
        return { name, detail: String(children.length), kind: SymbolKind.Package, range, selectionRange: children[0].selectionRange, children };
    }

    /** Names and details may be missing while the user types (`critère « abc`): the symbol still shows. */
    private symbol(name: string | undefined, detail: string | undefined, kind: SymbolKind, node: AstNode, selection?: Range, children: DocumentSymbol[] = []): DocumentSymbol[] {
        const range = node.$cstNode?.range;
        if (!range) {
            return [];
        }
        // Editors reject an empty name.
        return [{ name: name?.trim() || '?', detail: detail ?? '', kind, range, selectionRange: selection ?? range, children: children.length > 0 ? children : undefined }];
    }

    private nameRange(node: AstNode): Range | undefined {
        return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
    }

    private text(text: Bilingual, params: Record<string, string | number>): string {
        return this.locale.text(text, params);
    }
}
