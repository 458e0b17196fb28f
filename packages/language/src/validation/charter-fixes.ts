import { AstUtils } from 'langium';
import { isCharter, isCharterTemplate, isToComplete, type ToComplete } from '../generated/ast.js';
import { SECTION_HEADERS, isLeftToComplete, sectionOf, type CharterLike, type ProfileField, type Section, type SectionKey, type Sourced } from '../model/charter.js';
import { formatSpan } from '../model/time.js';
import { SITUATIONS, STAKES } from '../model/vocabulary.js';
import type { FixEdit, RuleContext } from '../rules/definition.js';
import { indentationOf, insertBeforeClosingBrace, replaceNode } from '../rules/fix-edits.js';
import { institutionOf } from '../scoping/qualified-names.js';

/**
 * What the quick fixes of the charte/* and modele/* rules write: a missing section, a missing
 * element of a section, a template's « à compléter » filled in. Placeholders are French document
 * content (the language's keywords are French), phrased as what the author should write there.
 */

/**
 * In a charter, a placeholder is a text the institution rewrites (nothing would complete an
 * « à compléter » there); in a template, it is « à compléter » for the member institutions.
 */
export type PlaceholderStyle = 'text' | 'todo';

/** The values a charter's tutor profile gets when a fix writes it: those the project applies today. */
export type ProfileValues = Readonly<Record<ProfileField, string>>;

/** One element of a section, as a fix writes it. */
export interface ElementForm {
    /** The words that start the element: `formation initiale`, `expérience minimale`. */
    readonly written: string;
    /** What the author should write there. */
    readonly hint: string;
    /**
     * `text` (default): followed by a text or « à compléter »; `textOnly`: a text, the grammar
     * allows no « à compléter » there; `flag`: the words alone; a profile field: a value.
     */
    readonly kind?: 'text' | 'textOnly' | 'flag' | ProfileField;
}

const element = (written: string, hint: string): ElementForm => ({ written, hint });

/** The elements of the sections that have some, as the charte/* rules require them. */
export const ELEMENTS = {
    resources: {
        time: element('temps dédié', 'Indiquez le temps de travail consacré au tutorat, par tuteur et par tutoré.'),
        training: element('formations', 'Indiquez les formations au tutorat accessibles aux tuteurs.'),
        equipment: element('équipement pédagogique', 'Indiquez les outils mis à la disposition des tuteurs (carnet de bord, grilles d’évaluation…).'),
        legitimacy: element('légitimité', 'Indiquez comment la mission du tuteur est annoncée à l’équipe.'),
        recognition: element('reconnaissance', 'Indiquez comment l’institution reconnaît la fonction de tuteur.')
    },
    modalities: {
        designation: element('désignation des tuteurs', 'Décrivez comment les tuteurs sont désignés (appel à candidatures, volontaires).'),
        tutees: element('choix des tutorés', 'Décrivez quelles personnes bénéficient d’un tutorat.'),
        duos: element('constitution des duos', 'Décrivez qui forme les duos et selon quels critères.'),
        planning: element('planification du tutorat', 'Décrivez comment les temps de tutorat sont planifiés.')
    },
    tutorProfile: {
        minExperience: { written: 'expérience minimale', hint: 'Indiquez l’expérience professionnelle minimale du tuteur, par exemple 2 ans.', kind: 'minExperience' },
        minSeniority: { written: 'ancienneté minimale', hint: 'Indiquez l’ancienneté minimale du tuteur dans l’institution, par exemple 1 an.', kind: 'minSeniority' },
        maxTutees: { written: 'tutorés simultanés maximum', hint: 'Indiquez combien de tutorés un tuteur accompagne au plus en même temps, par exemple 2.', kind: 'maxTutees' },
        maxTuteesPerService: { written: 'tutorés par service maximum', hint: 'Indiquez combien de tutorés un même service accueille au plus en même temps.', kind: 'maxTuteesPerService' }
    },
    commitments: {
        direction: element('direction', 'Décrivez l’engagement de la direction : donner du sens au tutorat, lui consacrer des moyens, nouer des partenariats.'),
        supervision: element('encadrement', 'Décrivez l’engagement de l’encadrement : choisir les tuteurs, limiter le nombre de tutorés, formaliser leur mission.'),
        tutor: element('tuteur', 'Décrivez le rôle du tuteur : accueillir, accompagner, former et évaluer le tutoré.'),
        tutee: element('tutoré', 'Décrivez le rôle du tutoré : s’impliquer, s’auto-évaluer, solliciter son tuteur.'),
        partner: element('organisme partenaire', 'Décrivez les engagements de l’organisme partenaire : durée, objectifs et évaluation du stage, référent, assurance.'),
        team: element('équipe', 'Décrivez le rôle de l’équipe : comment elle est mobilisée et comment les rôles liés au tutorat s’y répartissent au quotidien.')
    },
    tutoringTime: {
        formalisation: { written: 'formalisé par', hint: 'Précisez la formalisation, par exemple un avenant au contrat de travail.', kind: 'textOnly' },
        workload: { written: 'compté dans la charge de travail', hint: '', kind: 'flag' }
    },
    trainingPlan: {
        initial: element('formation initiale', 'Décrivez la formation de base au tutorat suivie avant d’exercer la fonction.'),
        complementary: element('formation complémentaire', 'Décrivez les formations complémentaires selon le profil des tutorés ou les thèmes abordés.')
    },
    partnerships: {
        convention: element('convention', 'Citez les conventions de partenariat avec les écoles et organismes de formation.'),
        concertation: element('concertation', 'Décrivez comment les tuteurs, l’encadrement et les enseignants ou formateurs se concertent pendant les stages.')
    },
    recognition: {
        interviews: element('entretiens', 'Précisez comment la mission de tuteur est abordée dans les entretiens de fonctionnement et d’évolution.'),
        testimonies: element('témoignages', 'Précisez comment le tutorat est rendu visible, par exemple en diffusant des témoignages de tuteurs et de tutorés.')
    },
    after: {
        analysis: element('analyse des résultats', 'Décrivez comment les résultats et les effets du tutorat sont analysés à la fin de chaque cycle.'),
        improvements: element('améliorations', 'Décrivez comment les pistes d’amélioration sont retenues pour le cycle suivant.'),
        cycle: element('bilan de fin de cycle chaque année', 'Précisez quand le tutorat est évalué : au terme d’un ensemble de tutorats, par exemple à la fin de l’année scolaire.'),
        partners: element('échanges avec les partenaires', 'Décrivez quand et comment les résultats du tutorat et la collaboration sont discutés avec les organismes partenaires.')
    },
    priorExchanges: {
        internal: element('internes', 'Décrivez les moments d’échanges avec les acteurs internes (responsable de la formation, équipe) avant l’accueil des tutorés.'),
        external: element('avec les partenaires', 'Décrivez les moments d’échanges avec les organismes partenaires (écoles, centres de formation) avant l’accueil des tutorés.')
    },
    competenceManagement: {
        recruitment: element('recrutement', 'Décrivez comment le tutorat est pris en compte dans le recrutement.'),
        training: element('formation', 'Décrivez comment le tutorat s’articule au plan de formation du personnel.'),
        appraisal: element('évaluation', 'Décrivez comment le tutorat est pris en compte dans l’évaluation du personnel.'),
        wellBeing: element('bien-être au travail', 'Décrivez comment le tutorat contribue au bien-être au travail et à la prévention des risques.')
    }
} as const;

interface SectionForm {
    readonly shape: 'block' | 'text' | 'list';
    readonly hint: string;
    /** The elements a new block starts with. */
    readonly elements?: readonly ElementForm[];
    /** The words a list section offers to choose from. */
    readonly values?: readonly string[];
}

const SECTION_FORMS: Readonly<Record<SectionKey, SectionForm>> = {
    stakes: { shape: 'list', hint: 'Gardez les enjeux qui concernent l’institution ; ajoutez les vôtres entre « ».', values: Object.keys(STAKES) },
    resources: { shape: 'block', hint: 'Indiquez les moyens donnés aux tuteurs.', elements: Object.values(ELEMENTS.resources) },
    modalities: { shape: 'block', hint: 'Décrivez comment le tutorat est mis en œuvre.', elements: Object.values(ELEMENTS.modalities) },
    tutorProfile: { shape: 'block', hint: 'Fixez le profil de fonction du tuteur.', elements: [ELEMENTS.tutorProfile.minExperience, ELEMENTS.tutorProfile.minSeniority, ELEMENTS.tutorProfile.maxTutees] },
    institutionalProject: { shape: 'text', hint: 'Citez le chapitre du projet institutionnel qui inscrit le tutorat.' },
    commitments: { shape: 'block', hint: 'Décrivez l’engagement et le rôle de chaque acteur du tutorat.', elements: [ELEMENTS.commitments.direction, ELEMENTS.commitments.supervision, ELEMENTS.commitments.tutor, ELEMENTS.commitments.tutee] },
    situations: { shape: 'list', hint: 'Gardez les situations de tutorat que l’institution rencontre.', values: Object.keys(SITUATIONS) },
    tutoringTime: { shape: 'block', hint: 'Précisez le temps consacré au tutorat.', elements: Object.values(ELEMENTS.tutoringTime) },
    replacement: { shape: 'text', hint: 'Précisez qui remplace le tuteur absent et comment il est désigné.' },
    trainingPlan: { shape: 'block', hint: 'Décrivez la formation des tuteurs.', elements: Object.values(ELEMENTS.trainingPlan) },
    teamAwareness: { shape: 'text', hint: 'Décrivez comment les équipes sont informées et consultées sur le tutorat.' },
    partnerships: { shape: 'block', hint: 'Citez vos partenariats avec les écoles et organismes de formation.', elements: Object.values(ELEMENTS.partnerships) },
    recognition: { shape: 'block', hint: 'Précisez comment la mission de tuteur est reconnue et rendue visible.', elements: Object.values(ELEMENTS.recognition) },
    tutorCommunity: { shape: 'text', hint: 'Précisez comment les tuteurs échangent sur leurs pratiques (intervisions, rencontres entre institutions).' },
    priorExchanges: { shape: 'block', hint: 'Décrivez les moments d’échanges organisés avant l’accueil des tutorés.', elements: Object.values(ELEMENTS.priorExchanges) },
    competenceManagement: { shape: 'block', hint: 'Décrivez comment le tutorat s’articule à la gestion des compétences et au bien-être au travail.', elements: Object.values(ELEMENTS.competenceManagement) },
    after: { shape: 'block', hint: 'Décrivez comment le tutorat est évalué à la fin de chaque cycle.', elements: [ELEMENTS.after.cycle, ELEMENTS.after.analysis, ELEMENTS.after.improvements] }
};

/** The values the project applies today, written as a charter's tutor profile would state them. */
export function profileValues(owner: CharterLike, context: RuleContext): ProfileValues {
    const thresholds = context.workspace.thresholds(isCharter(owner) ? institutionOf(owner) : undefined);
    return {
        minExperience: formatSpan(thresholds.minExperience.value, 'fr'),
        minSeniority: formatSpan(thresholds.minSeniority.value, 'fr'),
        maxTutees: String(thresholds.maxTutees.value),
        maxTuteesPerService: String(thresholds.maxTuteesPerService?.value ?? thresholds.maxTutees.value)
    };
}

/** Placeholder lines need values only for a tutor profile: they are computed when asked. */
export type ValuesOf = () => ProfileValues;

/** The style a fix writes in a charter or in a template. */
export function styleOf(owner: CharterLike): PlaceholderStyle {
    return isCharterTemplate(owner) ? 'todo' : 'text';
}

export function elementLine(form: ElementForm, style: PlaceholderStyle, values: ValuesOf): string {
    const kind = form.kind ?? 'text';
    if (kind === 'flag') {
        return form.written;
    }
    if (kind === 'text' || kind === 'textOnly') {
        return style === 'todo' && kind === 'text' ? `${form.written} à compléter ${quoted(form.hint)}` : `${form.written} ${quoted(form.hint)}`;
    }
    return style === 'todo' ? `${form.written} à compléter ${quoted(form.hint)}` : `${form.written} ${values()[kind]}`;
}

/** A new section: in a template, « à compléter »; in a charter, a skeleton with placeholders. */
export function sectionLines(key: SectionKey, style: PlaceholderStyle, values: ValuesOf, options: { elements?: readonly ElementForm[]; hint?: string } = {}): string[] {
    const form = SECTION_FORMS[key];
    const header = SECTION_HEADERS[key];
    if (style === 'todo') {
        return [`${header} à compléter ${quoted(options.hint ?? form.hint)}`];
    }
    const [first, ...rest] = bodyLines(key, values, options);
    return [`${header} ${first}`, ...rest];
}

/** What follows a section's header in a charter: a text, a list, or a block. */
function bodyLines(key: SectionKey, values: ValuesOf, options: { elements?: readonly ElementForm[]; hint?: string }): string[] {
    const form = SECTION_FORMS[key];
    if (form.shape === 'text') {
        return [quoted(options.hint ?? form.hint)];
    }
    if (form.shape === 'list') {
        const words = form.values ?? [];
        const rows = Array.from({ length: Math.ceil(words.length / 4) }, (_, row) => words.slice(row * 4, row * 4 + 4).join(', '));
        return [`// ${oneLine(options.hint ?? form.hint)}`, ...rows.map((row, index) => `    ${row}${index < rows.length - 1 ? ',' : ''}`)];
    }
    const comment = options.hint ? [`    // ${oneLine(options.hint)}`] : [];
    const elements = options.elements ?? form.elements ?? [];
    return ['{', ...comment, ...elements.map((item) => `    ${elementLine(item, 'text', values)}`), '}'];
}

/** What replaces a « à compléter » in a charter: the template's hint as a text, a value, or a block. */
export function fillLines(todo: ToComplete, values: ValuesOf): string[] {
    const container = todo.$container;
    const section = sectionOf(todo);
    if (section && container === section.node) {
        return bodyLines(section.key, values, { hint: todo.hint });
    }
    const field = container.$containerProperty as ProfileField;
    if (field in ELEMENTS.tutorProfile) {
        return [values()[field]];
    }
    return [quoted(todo.hint ?? formOf(todo)?.hint ?? SECTION_FORMS[section?.key ?? 'replacement'].hint)];
}

/** The form of the element a « à compléter » stands for, to reuse its hint when the template gives none. */
function formOf(todo: ToComplete): ElementForm | undefined {
    const key = sectionOf(todo)?.key;
    const forms: Readonly<Record<string, ElementForm>> = key && key in ELEMENTS ? ELEMENTS[key as keyof typeof ELEMENTS] : {};
    const written = writtenElement(todo);
    return Object.values(forms).find((form) => form.written === written);
}

/**
 * A section inherited from a template, copied into the charter or template being fixed (a section
 * written there replaces the inherited one): its « à compléter » are filled in a charter, and the
 * extra elements are added before its closing brace.
 */
export function copiedSectionLines(section: Section, style: PlaceholderStyle, values: ValuesOf, extra: readonly string[] = []): string[] {
    const cst = section.$cstNode;
    if (!cst) {
        return [];
    }
    let text = cst.text;
    if (style === 'text') {
        const todos = AstUtils.streamAst(section).filter(isToComplete).toArray().sort((a, b) => (b.$cstNode?.offset ?? 0) - (a.$cstNode?.offset ?? 0));
        for (const todo of todos) {
            const at = todo.$cstNode;
            if (at) {
                const filled = fillLines(todo, values).join(`\n${indentationOf(todo)}`);
                text = text.slice(0, at.offset - cst.offset) + filled + text.slice(at.end - cst.offset);
            }
        }
    }
    const base = indentationOf(section);
    const lines = text.split(/\r?\n/).map((line, index) => (index === 0 ? line : line.startsWith(base) ? line.slice(base.length) : line.trimStart()));
    if (extra.length === 0) {
        return lines;
    }
    const last = lines.pop() ?? '';
    const brace = last.lastIndexOf('}');
    const before = brace >= 0 ? last.slice(0, brace).trimEnd() : last;
    return [...lines, ...(before.trim() ? [before] : []), ...extra.map((line) => `    ${line}`), brace >= 0 ? last.slice(brace) : ''];
}

/** Adds a missing section at the end of a charter or template. */
export function addSectionEdit(owner: CharterLike, key: SectionKey, values: ValuesOf, elements?: readonly ElementForm[]): FixEdit | undefined {
    return insertBeforeClosingBrace(owner, sectionLines(key, styleOf(owner), values, { elements }));
}

/**
 * Adds missing elements to a section: in the section itself when the charter (or template) wrote
 * it, otherwise in a copy of the inherited section, since a section written there replaces it.
 */
export function addElementsEdit(owner: CharterLike, found: Sourced<Section>, forms: readonly ElementForm[], values: ValuesOf): FixEdit | undefined {
    const style = styleOf(owner);
    const lines = forms.map((form) => elementLine(form, style, values));
    return found.owner === owner ? insertBeforeClosingBrace(found.node, lines) : insertBeforeClosingBrace(owner, copiedSectionLines(found.node, style, values, lines));
}

/** Adds fields to the tutor profile, which merges field by field with the templates' profiles. */
export function addProfileFieldsEdit(owner: CharterLike, forms: readonly ElementForm[], values: ValuesOf, comment?: string): FixEdit | undefined {
    const lines = [...(comment ? [`// ${oneLine(comment)}`] : []), ...forms.map((form) => elementLine(form, styleOf(owner), values))];
    const profile = owner.tutorProfile;
    const block = [`${SECTION_HEADERS.tutorProfile} {`, ...lines.map((line) => `    ${line}`), '}'];
    if (!profile) {
        return insertBeforeClosingBrace(owner, block);
    }
    // A profile written « à compléter » as a whole becomes the block; one already written gets the fields.
    return isLeftToComplete(profile) ? replaceNode(profile, block) : insertBeforeClosingBrace(profile, lines);
}

/** Replaces a « à compléter » written in a charter by the template's hint (or a value) to rewrite. */
export function fillTodoEdit(todo: ToComplete, values: ValuesOf): FixEdit | undefined {
    return replaceNode(todo, fillLines(todo, values));
}

/** Completes, in a charter, an element a template of its chain leaves « à compléter ». */
export function completeInheritedTodoEdit(charter: CharterLike, todo: ToComplete, values: ValuesOf): FixEdit | undefined {
    const section = sectionOf(todo);
    if (!section) {
        return undefined;
    }
    if (section.key === 'tutorProfile') {
        const field = todo.$container.$containerProperty as ProfileField;
        const forms = field in ELEMENTS.tutorProfile ? [ELEMENTS.tutorProfile[field]] : SECTION_FORMS.tutorProfile.elements ?? [];
        return addProfileFieldsEdit(charter, forms, values, todo.hint);
    }
    return insertBeforeClosingBrace(charter, copiedSectionLines(section.node, 'text', values));
}

/** The written words of the element a « à compléter » belongs to: `temps dédié`, `suppléance`. */
export function writtenElement(todo: ToComplete): string {
    const container = todo.$container.$cstNode;
    const own = todo.$cstNode;
    const words = container && own ? container.text.slice(0, own.offset - container.offset) : '';
    return oneLine(words) || SECTION_HEADERS[sectionOf(todo)?.key ?? 'replacement'];
}

function quoted(text: string): string {
    // « » cannot hold a closing guillemet: a hint that has one keeps its meaning with ”.
    return `« ${oneLine(text).replace(/»/g, '”')} »`;
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
