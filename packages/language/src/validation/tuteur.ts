import type { Duo } from '../generated/ast.js';
import { formatDate, rangeOf, type DateRange } from '../model/time.js';
import { defineRule, type RuleDefinition } from '../rules/definition.js';
import { describeThreshold } from '../rules/rule-queries.js';
import { institutionOf } from '../scoping/qualified-names.js';

/** Rules from « Le choix du tuteur » and « Rôle de l'encadrement ». */

export const charge = defineRule({
    id: 'tuteur/charge',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Un tuteur n’accompagne pas trop de tutorés à la fois', en: 'A tutor does not accompany too many tutees at once' },
    description: {
        fr: 'Le nombre de tutorés qu’un tuteur accompagne en même temps ne dépasse pas le maximum de la charte (2 par défaut). Les duos sont comptés dans tous les fichiers de l’institution, sur les périodes qui se chevauchent.',
        en: 'The number of tutees a tutor accompanies at the same time does not exceed the charter’s maximum (2 by default). Duos are counted in all files of the institution, over overlapping periods.'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement — limiter le nombre de tutorés', en: 'Role of the supervisors — limiting the number of tutees' },
        quote: 'l’accompagner et le soutenir, dégager les moyens nécessaires à sa mission en facilitant la conciliation entre l’exercice de son propre travail et son action formatrice (ex. : limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service)'
    },
    messages: {
        overloaded: {
            fr: 'Avec ce duo, {tutor} accompagne {count} tutorés en même temps à partir du {date} ({tutees}), pour un maximum de {max}. Confiez ce duo à un autre tuteur ou décalez les périodes.',
            en: 'With this duo, {tutor} accompanies {count} tutees at the same time from {date} ({tutees}), for a maximum of {max}. Give this duo to another tutor or shift the periods.'
        }
    },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.ref;
            const institution = institutionOf(duo);
            if (!tutor || !institution) {
                return;
            }
            const range = rangeOf(duo.period);
            const all = context.workspace.duosOfTutor(institution, tutor.name);
            const ordered = [...all].sort(byStart);
            const position = ordered.indexOf(duo);
            // Duos that started before this one (or with it, earlier in the list) and still run when it starts.
            const running = ordered.slice(0, position).filter((other) => isRunningAt(rangeOf(other.period), range?.start));
            const count = running.length + 1;
            const max = context.workspace.thresholds(institution, tutor.service?.$refText).maxTutees;
            if (count <= max.value) {
                return;
            }
            report('overloaded', { node: duo, property: 'tutor' }, {
                params: {
                    tutor: tutor.name,
                    count,
                    date: range ? formatDate(range.start, context.locale) : context.text({ fr: 'début', en: 'start' }),
                    tutees: [...running, duo].map((other) => other.tutee?.$refText).join(', '),
                    max: describeThreshold(max, context.locale)
                },
                related: running.map((other) => ({
                    node: other,
                    property: 'tutee',
                    message: { fr: 'Autre duo de {tutor} en cours à cette date (avec {tutee})', en: 'Other duo of {tutor} running at that date (with {tutee})' },
                    params: { tutor: tutor.name, tutee: other.tutee?.$refText ?? '' }
                }))
            });
        }
    }
});

function byStart(a: Duo, b: Duo): number {
    const start = (duo: Duo) => rangeOf(duo.period)?.start.getTime() ?? -Infinity;
    return start(a) - start(b);
}

/** Whether a duo's period includes a date; a duo without dates is taken as always running. */
function isRunningAt(range: DateRange | undefined, date: Date | undefined): boolean {
    if (!range || !date) {
        return true;
    }
    return range.start.getTime() <= date.getTime() && (range.end === undefined || date.getTime() <= range.end.getTime());
}

export const tuteurRules: readonly RuleDefinition[] = [charge as RuleDefinition];
