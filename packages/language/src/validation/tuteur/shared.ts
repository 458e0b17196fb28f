import { AstUtils } from 'langium';
import { isServiceProfile, type Duo, type Person } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { actsAsTutor } from '../../model/organisation.js';
import { formatDate, formatSpan, rangeOf, spanInDays, spanOf, type DateRange } from '../../model/time.js';
import { type ExampleWorkspace, type RelatedPlace, type Reporter, type RuleChecks, type RuleContext } from '../../rules/definition.js';
import { describeThreshold, type Threshold } from '../../rules/rule-queries.js';
import { institutionOf } from '../../scoping/qualified-names.js';

/** What several rules of the tuteur family share. */

export const PROFIL_RECOMMANDE = { fr: 'Le choix du tuteur — profil recommandé', en: 'Choosing the tutor — recommended profile' } as const;

export const PROFIL_QUOTE = 'justifier d’une expérience professionnelle pertinente et d’une ancienneté au sein de l’institution. Il faut pouvoir s’appuyer sur une expérience de plusieurs années. Sa durée minimale est variable selon la fonction visée et les secteurs d’activités';

export const RECONNU = { fr: 'Le choix du tuteur — Un acteur reconnu', en: 'Choosing the tutor — A recognised actor' } as const;

export const RECONNU_QUOTE = 'Le tuteur est un travailleur reconnu par sa hiérarchie et ses pairs pour ses diverses compétences';

/** A tutor's declaration for the documentation pages, as an institution writes it, with extra lines. */
export function tutorExample(extra: readonly string[] = []): ExampleWorkspace {
    const lines = ['expérience 9 ans', 'ancienneté 6 ans', 'volontaire après appel à candidatures', 'formation au tutorat « Formation de base » en 2023', ...extra];
    return { 'institution.tutorat': `institution Exemple {\n    tutrice Élodie {\n${lines.map((line) => `        ${line}\n`).join('')}    }\n}\n` };
}

export type MinimumField = 'experience' | 'seniority';

export const THRESHOLD_OF = { experience: 'minExperience', seniority: 'minSeniority' } as const;

/** The checks of `tuteur/experience` and `tuteur/anciennete`, which differ only by the field they read. */
export function minimumChecks(field: MinimumField): RuleChecks<'missing' | 'tooShort'> {
    return { Person: (person, report, context) => checkMinimum(field, person, report, context) };
}

/**
 * Compares a tutor's experience or seniority with the minimum that applies to their service:
 * missing, or shorter than the minimum, is a finding that names the minimum and where it is set.
 */
export function checkMinimum(field: MinimumField, person: Person, report: Reporter<'missing' | 'tooShort'>, context: RuleContext): void {
    const institution = institutionOf(person);
    if (!person.name || !institution || !actsAsTutor(person, context.workspace)) {
        return;
    }
    const threshold = context.workspace.thresholds(institution, person.service?.$refText)[THRESHOLD_OF[field]];
    const params = { name: person.name, min: describeThreshold(threshold, context.locale), forService: forService(threshold, context) };
    const related = thresholdRelated(threshold);
    const value = spanOf(person[field]);
    if (!value) {
        report('missing', { node: person, property: 'name' }, { params, related });
    } else if (spanInDays(value) < spanInDays(threshold.value)) {
        report('tooShort', { node: person, property: field }, { params: { ...params, value: formatSpan(value, context.locale) }, related });
    }
}

/** « pour le service CentreDeJour » when the charter sets the threshold for the tutor's service. */
export function forService(threshold: Threshold<unknown>, context: RuleContext): string {
    const node = 'node' in threshold.source ? threshold.source.node : undefined;
    const profile = node && AstUtils.getContainerOfType(node, isServiceProfile);
    return profile?.service ? context.text({ fr: ' pour le service {service}', en: ' for the {service} service' }, { service: titleOrName(profile.service.ref, context.locale) ?? profile.service.$refText }) : '';
}

/** The charter or template line that sets a threshold, when one does. */
export function thresholdRelated(threshold: Threshold<unknown>): RelatedPlace[] {
    const { source } = threshold;
    if (source.kind === 'charter') {
        return [{ node: source.node, message: { fr: 'Seuil fixé ici par la charte', en: 'Threshold set here by the charter' } }];
    }
    if (source.kind === 'template') {
        return [{ node: source.node, message: { fr: 'Seuil fixé ici par le modèle de charte {name}', en: 'Threshold set here by the charter template {name}' }, params: { name: source.name } }];
    }
    return [];
}

/**
 * The duos of a list that started before the given one (or with it, earlier in the list) and still
 * run when it starts: with it, they make the load the duo adds to.
 */
export function runningBefore(duo: Duo, duos: readonly Duo[]): Duo[] {
    const start = rangeOf(duo.period)?.start;
    const ordered = [...duos].sort(byStart);
    return ordered.slice(0, ordered.indexOf(duo)).filter((other) => isRunningAt(rangeOf(other.period), start));
}

export function loadParams(duo: Duo, running: readonly Duo[], max: Threshold<number>, context: RuleContext) {
    const range = rangeOf(duo.period);
    return {
        count: running.length + 1,
        date: range ? formatDate(range.start, context.locale) : context.text({ fr: 'début', en: 'start' }),
        tutees: [...running, duo].map((other) => other.tutee?.$refText).join(', '),
        max: describeThreshold(max, context.locale)
    };
}

export function byStart(a: Duo, b: Duo): number {
    const start = (duo: Duo) => rangeOf(duo.period)?.start.getTime() ?? -Infinity;
    return start(a) - start(b);
}

/** Whether a duo's period includes a date; a duo without dates is taken as always running. */
export function isRunningAt(range: DateRange | undefined, date: Date | undefined): boolean {
    if (!range || !date) {
        return true;
    }
    return range.start.getTime() <= date.getTime() && (range.end === undefined || date.getTime() <= range.end.getTime());
}

/** The tutor and tutee a duo compares, once both are known and distinct (one person with themselves is langage/coherence's finding). */
export function comparedPair(duo: Duo): { tutor: Person; tutee: Person } | undefined {
    const tutor = duo.tutor?.ref;
    const tutee = duo.tutee?.ref;
    return tutor && tutee && tutor !== tutee ? { tutor, tutee } : undefined;
}
