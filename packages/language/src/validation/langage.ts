import { AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { Duo, Institution, Person } from '../generated/ast.js';
import { isCharterTemplate, isFramework, isPeriod, isPerson } from '../generated/ast.js';
import { MAX_LEVEL, MIN_LEVEL } from '../model/qualifications.js';
import { superiorChain } from '../model/organisation.js';
import { dateProblem, lacksYear, MONTH_NAMES, parseDate, rangeOf } from '../model/time.js';
import { closestMatches } from '../syntax/grammar-knowledge.js';
import { defineRule, type Reporter, type RuleContext } from '../rules/definition.js';
import { agree, personWithKind } from '../i18n/french.js';
import { syntaxe } from './langage/syntaxe.js';
import { limite, MAX_RELATED_PLACES } from './limite.js';

/**
 * The language's own findings: what makes a document wrong whatever the guide says. They cannot
 * be turned off or suppressed; their messages still speak the user's language.
 */

export const reference = defineRule({
    id: 'langage/reference',
    severity: 'error',
    configurable: false,
    crossFile: true,
    title: { fr: 'Chaque nom cité est déclaré', en: 'Every name used is declared' },
    description: {
        fr: 'Une personne, un service, une fonction, un organisme, un référentiel ou un modèle cité doit être déclaré dans l’espace de travail (dans n’importe quel fichier de l’institution).',
        en: 'A person, service, function, organisation, framework or template that is named must be declared in the workspace (in any file of the institution).'
    },
    messages: {
        inInstitution: {
            fr: '« {name} » ne correspond à {none} de l’institution {institution}, dans aucun de ses fichiers.{didYouMean} {howTo}',
            en: '“{name}” matches {none} of the institution {institution}, in any of its files.{didYouMean} {howTo}'
        },
        inWorkspace: {
            fr: '« {name} » ne correspond à {none} de l’espace de travail.{didYouMean} {howTo}',
            en: '“{name}” matches {none} in the workspace.{didYouMean} {howTo}'
        },
        unreadable: {
            fr: 'Les noms cités ici, comme « {name} », ne peuvent pas être vérifiés tant que {file} contient une erreur d’écriture (ligne {line}) : corrigez-la d’abord.',
            en: 'The names used here, such as “{name}”, cannot be checked while {file} contains a writing mistake (line {line}): correct it first.',
            severity: 'info'
        }
    },
    checks: {}
});

/** Node types whose blocks list properties that may be written only once. */
const BLOCK_TYPES = [
    'CharterTemplate', 'Charter', 'TutorProfile', 'ServiceProfile', 'TutoringTime', 'Framework', 'Competence', 'Institution',
    'Service', 'JobFunction', 'Person', 'Partner', 'Referent', 'Duo', 'Mission', 'TrainingPath', 'Placement'
] as const;

export const doublon = defineRule({
    id: 'langage/doublon',
    severity: 'error',
    configurable: false,
    crossFile: true,
    title: { fr: 'Un nom ou une indication n’est écrit qu’une fois', en: 'A name or a property is written only once' },
    description: {
        fr: 'Deux personnes, services, fonctions, organismes ou parcours d’une même institution portent des noms différents, même s’ils sont déclarés dans des fichiers différents ; deux modèles ou référentiels de l’espace de travail aussi. Dans un même fichier, seule la copie est signalée, en renvoyant à la première déclaration. Dans un bloc, une même indication (une période, un suppléant…) n’est écrite qu’une fois.',
        en: 'Two people, services, functions, organisations or paths of one institution have different names, even when declared in different files; so do two templates or frameworks of the workspace. Within one file, only the copy is reported, pointing at the first declaration. Within a block, a property (a period, a substitute…) is written only once.'
    },
    messages: {
        name: {
            fr: 'Le nom « {name} » est déjà utilisé pour {kind} ({where}). Donnez un nom différent à chacun : les références seraient ambiguës.',
            en: 'The name “{name}” is already used for {kind} ({where}). Give each a different name: references would be ambiguous.'
        },
        property: {
            fr: 'Cette indication est déjà donnée plus haut dans ce bloc (ligne {line}) : seule la dernière compterait. Gardez-en une seule.',
            en: 'This property is already given above in this block (line {line}): only the last would count. Keep only one.'
        }
    },
    checks: {
        ...Object.fromEntries(BLOCK_TYPES.map((type) => [type, (node: AstNode, report: Reporter<'property'>) => checkRepeatedProperties(node, report)])),
        // Each declaration reads only the declarations of its own kind and name: a document then
        // depends on the names it declares, not on every name of the institution or workspace.
        Document(document, report, context) {
            for (const element of document.elements) {
                if ((isCharterTemplate(element) || isFramework(element)) && element.name) {
                    const others = context.workspace.globalsNamed(element.$type, element.name).filter((other) => other !== element);
                    reportDuplicateName(element, element.name, others, report, context);
                }
            }
        },
        Institution(institution: Institution, report: Reporter<'name' | 'property'>, context: RuleContext) {
            checkRepeatedProperties(institution, report);
            for (const member of institution.members) {
                if ('name' in member && member.name) {
                    const others = context.workspace.membersNamed(institution.name, member.$type, member.name).filter((other) => other !== member);
                    reportDuplicateName(member, member.name, others, report, context);
                }
            }
        }
    }
});

const KIND_NAMES: Record<string, { fr: string; en: string }> = {
    Person: { fr: 'une autre personne', en: 'another person' },
    Service: { fr: 'un autre service', en: 'another service' },
    JobFunction: { fr: 'une autre fonction', en: 'another job function' },
    Partner: { fr: 'un autre organisme partenaire', en: 'another partner organisation' },
    TrainingPath: { fr: 'un autre parcours', en: 'another training path' },
    CharterTemplate: { fr: 'un autre modèle de charte', en: 'another charter template' },
    Framework: { fr: 'un autre référentiel', en: 'another framework' }
};

/**
 * Within one document only the later copies are reported, pointing at the first (as rustc does): a
 * block pasted twice gives one finding, at the copy. Copies in other files are reported on both
 * sides, since neither file comes "first" for the person editing one of them.
 */
function reportDuplicateName(node: AstNode, name: string, others: AstNode[], report: Reporter<'name'>, context: RuleContext): void {
    const ownDocument = AstUtils.getDocument(node);
    const offset = node.$cstNode?.offset ?? 0;
    const inOwnDocument = (other: AstNode) => AstUtils.getDocument(other) === ownDocument;
    const earlier = others.find((other) => inOwnDocument(other) && (other.$cstNode?.offset ?? 0) < offset);
    const elsewhere = others.find((other) => !inOwnDocument(other));
    const other = earlier ?? elsewhere;
    if (!other) {
        return;
    }
    const otherDocument = AstUtils.getDocument(other);
    const line = (other.$cstNode?.range.start.line ?? 0) + 1;
    const sameFile = otherDocument.uri.toString() === context.document.uri.toString();
    const where = sameFile
        ? context.text({ fr: 'ligne {line}', en: 'line {line}' }, { line })
        : context.text({ fr: '{file}, ligne {line}', en: '{file}, line {line}' }, { file: otherDocument.uri.path.split('/').pop(), line });
    report('name', { node, property: 'name' as never }, {
        params: { name, kind: context.text(KIND_NAMES[node.$type] ?? KIND_NAMES.Person), where },
        related: others.slice(0, MAX_RELATED_PLACES).map((declaration) => ({ node: declaration, property: 'name', message: { fr: 'Autre déclaration de « {name} »', en: 'Other declaration of “{name}”' }, params: { name } }))
    });
}

/** A single-valued property assigned twice in one block: the parser keeps the last one silently. */
/**
 * The CST nodes of a node's own text grouped by the property they assign: what
 * GrammarUtils.findNodesForProperty finds for each property, in one walk instead of one per property.
 */
function nodesByProperty(cst: CstNode): Map<string, CstNode[]> {
    const found = new Map<string, CstNode[]>();
    const element = cst.astNode;
    const visit = (node: CstNode, first: boolean) => {
        const feature = first ? undefined : assignedFeature(node.grammarSource);
        if (feature) {
            const nodes = found.get(feature);
            nodes ? nodes.push(node) : found.set(feature, [node]);
        } else if (isCompositeCstNode(node) && node.astNode === element) {
            node.content.forEach((child) => visit(child, false));
        }
    };
    visit(cst, true);
    return found;
}

/** The property a grammar element assigns, if any; the grammar never changes, so it is remembered. */
const FEATURES = new WeakMap<object, string | null>();

function assignedFeature(source: CstNode['grammarSource']): string | undefined {
    if (!source) {
        return undefined;
    }
    let feature = FEATURES.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        FEATURES.set(source, feature);
    }
    return feature ?? undefined;
}

function checkRepeatedProperties(node: AstNode, report: Reporter<'property'>): void {
    const cst = node.$cstNode;
    if (!cst) {
        return;
    }
    const assigned = nodesByProperty(cst);
    for (const property of Object.keys(node)) {
        if (property.startsWith('$') || Array.isArray((node as unknown as Record<string, unknown>)[property])) {
            continue;
        }
        const occurrences = assigned.get(property) ?? [];
        if (occurrences.length > 1) {
            const first = occurrences[0];
            const repeated = occurrences[occurrences.length - 1];
            report('property', { node, range: repeated.range }, { params: { line: first.range.start.line + 1 } });
        }
    }
}

/** The elements that hold dates, and the properties that hold them. */
const DATED_TYPES = ['Charter', 'Person', 'TutorTraining', 'TutorCertificate', 'FirstContact', 'Mission', 'Period', 'Placement', 'Activity', 'Evaluation', 'ProgressReview'] as const;
const DATE_PROPERTIES = ['date', 'start', 'end', 'arrival', 'adopted', 'priorContact'] as const;

type DateMessage = 'date' | 'month' | 'year' | 'weekday' | 'unreadableDate';

function checkDates(node: AstNode, report: Reporter<DateMessage>): void {
    for (const property of DATE_PROPERTIES) {
        const value = (node as unknown as Record<string, unknown>)[property];
        if (typeof value !== 'string') {
            continue;
        }
        // « du 5 octobre au 18 décembre 2026 »: the start takes the end's year.
        const endYear = isPeriod(node) && property === 'start' ? parseDate(node.end)?.getUTCFullYear() : undefined;
        const problem = dateProblem(value, endYear);
        const place = { node, property: property as never };
        switch (problem?.kind) {
            case 'impossible':
                report('date', place, { params: { date: value } });
                break;
            case 'unknownMonth':
                report('month', place, { params: { month: problem.month, suggestion: closestMatches(problem.month, MONTH_NAMES, 1)[0] ?? MONTH_NAMES.join(', ') } });
                break;
            case 'noYear':
                report('year', place, { params: { date: value } });
                break;
            case 'weekday':
                report('weekday', place, { params: { date: value.split(/\s+/).slice(1).join(' '), written: problem.written, actual: problem.actual } });
                break;
            case 'unreadable':
                report('unreadableDate', place, { params: { date: value } });
                break;
        }
    }
}

/** A number written in words that is not one (« dix-et-dix »): the value converter gives NaN. */
function checkCount(node: AstNode, property: string, report: Reporter<'number'>): void {
    const value = (node as unknown as Record<string, unknown>)[property];
    if (typeof value === 'number' && Number.isNaN(value)) {
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        report('number', { node, property: property as never }, { params: { words: cst?.text ?? '' } });
    }
}

export const valeur = defineRule({
    id: 'langage/valeur',
    severity: 'error',
    configurable: false,
    crossFile: false,
    title: { fr: 'Les dates, niveaux et pourcentages existent', en: 'Dates, levels and percentages exist' },
    description: {
        fr: 'Une date existe au calendrier (pas de 31/02), un niveau de qualification va de 1 à 8 (Cadre francophone des certifications), une part de temps de 1 à 100 %, une fréquence ou une durée n’est pas nulle, une période ne se termine pas avant de commencer.',
        en: 'A date exists in the calendar (no 31/02), a qualification level goes from 1 to 8 (French-speaking qualifications framework), a share of time from 1 to 100 %, a frequency or duration is not zero, a period does not end before it starts.'
    },
    messages: {
        date: { fr: 'La date {date} n’existe pas au calendrier (ce mois n’a pas autant de jours). Écrivez une date réelle.', en: 'The date {date} does not exist in the calendar (the month has fewer days). Write a real date.' },
        month: { fr: '« {month} » n’est pas un mois. Écrivez le mois en toutes lettres, par exemple « {suggestion} ».', en: '“{month}” is not a month. Write the month in full, for example “{suggestion}”.' },
        year: { fr: 'La date {date} n’a pas d’année : écrivez-la, par exemple « {date} 2026 ».', en: 'The date {date} has no year: write it, for example “{date} 2026”.' },
        weekday: { fr: 'Le {date} est un {actual}, pas un {written} : corrigez le jour ou la date.', en: '{date} is a {actual}, not a {written}: correct the day or the date.' },
        unreadableDate: { fr: '« {date} » n’est pas une date : écrivez par exemple 15/09/2026 ou 15 septembre 2026.', en: '“{date}” is not a date: write for example 15/09/2026 or 15 septembre 2026.' },
        number: { fr: '« {words} » n’est pas un nombre : écrivez-le en chiffres (17) ou en lettres (dix-sept).', en: '“{words}” is not a number: write it in figures (17) or in words (dix-sept).' },
        level: { fr: 'Le niveau {level} n’existe pas : le Cadre francophone des certifications compte les niveaux 1 à 8.', en: 'Level {level} does not exist: the French-speaking qualifications framework has levels 1 to 8.' },
        percent: { fr: 'Une part du temps de travail va de 1 à 100 % ; {value} % n’est pas possible.', en: 'A share of working time goes from 1 to 100 %; {value} % is not possible.' },
        zero: { fr: 'Une durée ou une fréquence de zéro ne veut rien dire : écrivez au moins 1.', en: 'A duration or frequency of zero means nothing: write at least 1.' },
        periodOrder: { fr: 'Cette période se termine ({end}) avant de commencer ({start}) : vérifiez l’ordre des dates.', en: 'This period ends ({end}) before it starts ({start}): check the order of the dates.' }
    },
    checks: {
        // Every kind of element that holds a date, so that the validator's own walk through the tree is enough.
        ...Object.fromEntries(DATED_TYPES.map((type) => [type, checkDates])),
        Qualification(qualification, report) {
            if (qualification.level !== undefined && (qualification.level < MIN_LEVEL || qualification.level > MAX_LEVEL || !Number.isInteger(qualification.level))) {
                report('level', { node: qualification, property: 'level' }, { params: { level: qualification.level } });
            }
        },
        Share(share, report) {
            checkCount(share, 'percent', report);
            if (share.percent <= 0 || share.percent > 100) {
                report('percent', { node: share, property: 'percent' }, { params: { value: share.percent } });
            }
        },
        Duration(duration, report) {
            checkCount(duration, 'value', report);
            if (duration.value === 0) {
                report('zero', { node: duration });
            }
        },
        Frequency(frequency, report) {
            ['every', 'times', 'among'].forEach((property) => checkCount(frequency, property, report));
            if (frequency.every === 0 || frequency.times === 0 || frequency.among === 0) {
                report('zero', { node: frequency });
            }
        },
        MaxTutees(maximum, report) {
            checkCount(maximum, 'value', report);
        },
        MaxTuteesPerService(maximum, report) {
            checkCount(maximum, 'value', report);
        },
        Period(period, report) {
            // The dates of a period are checked here: this check replaces the one given to every dated element above.
            checkDates(period, report);
            const range = rangeOf(period);
            if (range?.end && parseDate(period.end) && range.end < range.start && !lacksYear(period.start)) {
                report('periodOrder', { node: period }, { params: { start: period.start, end: period.end ?? '' } });
            }
        }
    }
});

export const coherence = defineRule({
    id: 'langage/coherence',
    severity: 'error',
    configurable: false,
    crossFile: true,
    title: { fr: 'Les personnes et les duos sont cohérents', en: 'People and duos are consistent' },
    description: {
        fr: 'Personne n’est son propre supérieur, la ligne hiérarchique ne tourne pas en rond, un tuteur n’est pas son propre tutoré, un duo associe une personne déclarée tuteur (ou tutrice) et une personne déclarée tutoré (ou tutorée), et le suppléant n’est pas le tuteur lui-même.',
        en: 'Nobody is their own superior, the hierarchy does not go round in a loop, a tutor is not their own tutee, a duo pairs a person declared as tuteur (or tutrice) with a person declared as tutoré (or tutorée), and the substitute is not the tutor.'
    },
    messages: {
        ownSuperior: {
            fr: 'Dans la déclaration de {name}, « supérieur hiérarchique » nomme {name} : personne n’est son propre supérieur. Indiquez la personne à qui {name} rend compte.',
            en: 'The declaration of {name} names {name} as “supérieur hiérarchique”: nobody is their own superior. Name the person {name} reports to.'
        },
        hierarchyCycle: { fr: 'La ligne hiérarchique tourne en rond : {cycle}. Corrigez un des « supérieur hiérarchique ».', en: 'The hierarchy goes round in a loop: {cycle}. Correct one of the “supérieur hiérarchique”.' },
        ownTutee: {
            fr: 'Dans ce duo, {name} accompagnerait {name} : une personne ne peut pas être sa propre tutrice ou son propre tuteur. Désignez une autre personne pour l’accompagner.',
            en: 'In this duo, {name} would accompany {name}: nobody can be their own tutor. Designate someone else to accompany them.'
        },
        notATutor: {
            fr: '{name} {isDeclared} « {kind} » : pour accompagner un duo, {declare} « tuteur » ou « tutrice ».',
            en: '{name} {isDeclared} “{kind}”: to accompany a duo, {declare} “tuteur” or “tutrice”.'
        },
        notATutee: {
            fr: '{name} {isDeclared} « {kind} » : pour avoir un tuteur dans un duo, {declare} « tutoré » ou « tutorée ».',
            en: '{name} {isDeclared} “{kind}”: to have a tutor in a duo, {declare} “tutoré” or “tutorée”.'
        },
        substituteIsTutor: {
            fr: 'La suppléance doit revenir à une autre personne que {tutor}, qui accompagne déjà ce duo.',
            en: 'The substitute must be someone other than {tutor}, who already accompanies this duo.'
        }
    },
    checks: {
        Person(person: Person, report, context) {
            if (person.superior?.$refText === person.name) {
                report('ownSuperior', { node: person, property: 'superior' }, { params: { name: person.name } });
                return;
            }
            const chain = superiorChain(person, context.workspace);
            if (chain.cycle && chain.cycle[0] === person) {
                report('hierarchyCycle', { node: person, property: 'superior' }, { params: { cycle: [...chain.cycle, person].map((p) => p.name).join(' → ') } });
            }
        },
        Duo(duo: Duo, report, context) {
            const tutor = duo.tutor?.ref;
            const tutee = duo.tutee?.ref;
            if (tutor && tutee && tutor === tutee) {
                report('ownTutee', { node: duo, property: 'tutee' }, { params: { name: tutor.name } });
                return;
            }
            if (tutor && isPerson(tutor) && tutor.kind !== 'tuteur' && tutor.kind !== 'tutrice') {
                report('notATutor', { node: duo, property: 'tutor' }, { params: { name: tutor.name, kind: tutor.kind, ...declaredAs(tutor.kind, context) } });
            }
            if (tutee && tutee.kind !== 'tutoré' && tutee.kind !== 'tutorée') {
                report('notATutee', { node: duo, property: 'tutee' }, { params: { name: tutee.name, kind: tutee.kind, ...declaredAs(tutee.kind, context) } });
            }
            if (tutor && duo.substitute?.ref === tutor) {
                report('substituteIsTutor', { node: duo, property: 'substitute' }, { params: { tutor: personWithKind(tutor, context.locale) } });
            }
        }
    }
});

/** « est déclarée comme » / « déclarez-la », agreed with how the person is declared (« personne » says nothing of it). */
function declaredAs(kind: string, context: RuleContext) {
    return context.locale === 'en' ? { isDeclared: 'is declared as', declare: 'declare them as' } : {
        isDeclared: agree(kind, { masculine: 'est déclaré comme', feminine: 'est déclarée comme', either: 'figure comme' }),
        declare: agree(kind, { masculine: 'déclarez-le', feminine: 'déclarez-la', either: 'déclarez cette personne' })
    };
}

export const langageRules = [syntaxe, reference, doublon, valeur, coherence, limite];
