import { type Duo, type TutorCertificate, type TutorTraining } from '../../generated/ast.js';
import { agree } from '../../i18n/french.js';
import { type Bilingual } from '../../i18n/locale.js';
import { actsAsTutor } from '../../model/organisation.js';
import { formatDate, parseDate, rangeOf, type DateRange } from '../../model/time.js';
import { defineRule, type RuleContext } from '../../rules/definition.js';
import { institutionOf } from '../../scoping/qualified-names.js';

export const forme = defineRule({
    id: 'tuteur/forme',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est formé au tutorat avant d’exercer', en: 'The tutor is trained for tutoring before acting as one' },
    description: {
        fr: 'Le tuteur a suivi une formation au tutorat avant le début de son premier duo (« formation au tutorat le … » ou « en … »), ou détient le titre de compétences « tuteur en entreprise ». Une formation datée après le début d’un duo est signalée, une formation sans date aussi quand le tuteur a un duo daté (rien ne dit qu’elle l’a précédé) ; une année seule est comptée comme antérieure si elle n’est pas postérieure à celle du début. Un titre détenu, même sans date d’obtention, suffit.',
        en: 'The tutor attended a tutoring training before their first duo starts (« formation au tutorat le … » or « en … »), or holds the “tuteur en entreprise” competence certificate. A training dated after a duo has started is reported, and so is an undated training when the tutor has a dated duo (nothing says it came first); a year alone counts as before unless it is later than the start’s year. A certificate held, even without the date it was obtained, is enough.'
    },
    guide: {
        section: { fr: 'En amont du tutorat — former les tuteurs', en: 'Before tutoring — training the tutors' },
        quote: 'former les tuteurs avant l’exercice de cette fonction […] Inviter les tuteurs à obtenir le titre de compétences de « tuteur en entreprise »',
        enBref: [6, 9]
    },
    messages: {
        untrained: {
            absence: { what: { fr: 'la formation au tutorat', en: 'the tutoring training' }, line: '// à compléter : formation au tutorat « … » le jj/mm/aaaa' },
            fr: 'Pour {name}, aucune formation au tutorat n’est indiquée. Écrivez dans sa déclaration « formation au tutorat le jj/mm/aaaa » (ou « en 2025 »), à suivre avant son premier duo, ou « titre tuteur en entreprise » {ifHolds} ce titre de compétences.',
            en: 'Nothing says that {name} is trained for tutoring. Write in their declaration « formation au tutorat le dd/mm/yyyy » (or « en 2025 »), to be attended before their first duo, or « titre tuteur en entreprise » {ifHolds} that certificate.'
        },
        undated: {
            fr: 'Pour {name}, la formation au tutorat n’est pas datée : rien ne montre qu’elle a précédé le duo avec {tutee} (commencé le {start}). Le guide demande de former les tuteurs avant qu’ils exercent : ajoutez sa date (« le jj/mm/aaaa » ou « en 2025 »).',
            en: 'For {name}, the tutoring training is not dated: nothing shows it came before the duo with {tutee} (started {start}). The guide asks to train tutors before they act as tutors: add its date (« le dd/mm/yyyy » or « en 2025 »).'
        },
        trainedAfterStart: {
            fr: 'Pour {name}, {what} date {when}, après le début du duo avec {tutee} (le {start}). Le guide demande de former les tuteurs avant qu’ils exercent : avancez la formation ou décalez le duo.',
            en: 'For {name}, {what} dates from {when}, after the duo with {tutee} started ({start}). The guide asks to train tutors before they act as tutors: bring the training forward or shift the duo.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie { formation au tutorat le 15/10/2026 }
    tutorée Léa
    duo Élodie accompagne Léa { période du 14/09/2026 au 18/12/2026 }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie { formation au tutorat « Formation de base (3 jours) » en 2023 }
    tuteur François { titre tuteur en entreprise obtenu en 2021 }
}
`
        }
    },
    checks: {
        Person(person, report, context) {
            const institution = institutionOf(person);
            if (!person.name || !institution || !actsAsTutor(person, context.workspace)) {
                return;
            }
            const qualifiers = [person.tutorTraining, person.certificate].filter((node): node is TutorTraining | TutorCertificate => node !== undefined);
            if (qualifiers.length === 0) {
                report('untrained', { node: person, property: 'name' }, { params: { name: person.name, ifHolds: context.locale === 'en' ? 'if they hold' : agree(person.kind, { masculine: 's’il a', feminine: 'si elle a', either: 'si cette personne a' }) } });
                return;
            }
            const started = context.workspace.duosOfTutor(institution, person.name)
                .map((duo) => ({ duo, range: rangeOf(duo.period) }))
                .filter((entry): entry is { duo: Duo; range: DateRange } => entry.range !== undefined)
                .sort((a, b) => a.range.start.getTime() - b.range.start.getTime());
            const first = started[0];
            if (!first || qualifiers.some((qualifier) => isKnownBefore(qualifier, first.range.start))) {
                return;
            }
            // Nothing is known to come first: an undated training is the one to date, else the earliest to bring forward.
            if (person.tutorTraining && isUndated(person.tutorTraining)) {
                report('undated', { node: person, property: 'tutorTraining' }, {
                    params: { name: person.name, tutee: first.duo.tutee?.$refText, start: formatDate(first.range.start, context.locale) }
                });
                return;
            }
            // The earliest qualifier is the one to bring forward.
            const earliest = qualifiers.reduce((a, b) => (datedStart(a) <= datedStart(b) ? a : b));
            const before = started.filter((entry) => isDatedAfter(earliest, entry.range.start));
            const isTraining = earliest === person.tutorTraining;
            report('trainedAfterStart', { node: person, property: isTraining ? 'tutorTraining' : 'certificate' }, {
                params: {
                    name: person.name,
                    what: context.text(isTraining ? WHAT.training : WHAT.certificate),
                    when: describeWhen(earliest, context),
                    tutee: first.duo.tutee?.$refText,
                    start: formatDate(first.range.start, context.locale)
                },
                related: before.map(({ duo }) => ({
                    node: duo,
                    property: 'period',
                    message: { fr: 'Duo {tutor} – {tutee}, commencé avant la formation', en: 'Duo {tutor} – {tutee}, started before the training' },
                    params: { tutor: person.name, tutee: duo.tutee?.$refText }
                }))
            });
        }
    }
});

/** Whether a training or certificate is written without a date or a year. */
function isUndated(qualifier: TutorTraining | TutorCertificate): boolean {
    return qualifier.date === undefined && qualifier.year === undefined;
}

/**
 * Whether a training or certificate is known to come before a date: dated no later (a year alone,
 * within the same year, gets the benefit of the doubt), or a certificate held, even undated.
 */
function isKnownBefore(qualifier: TutorTraining | TutorCertificate, date: Date): boolean {
    return isUndated(qualifier) ? qualifier.$type === 'TutorCertificate' : !isDatedAfter(qualifier, date);
}

/** Whether a training or certificate is dated after a date; an undated one is not. */
function isDatedAfter(qualifier: TutorTraining | TutorCertificate, date: Date): boolean {
    const exact = parseDate(qualifier.date);
    if (exact) {
        return exact.getTime() > date.getTime();
    }
    // A year alone is « after » only when it is a later year: within the same year, the benefit of the doubt.
    return qualifier.year !== undefined && qualifier.year > date.getUTCFullYear();
}

function datedStart(qualifier: TutorTraining | TutorCertificate): number {
    return parseDate(qualifier.date)?.getTime() ?? (qualifier.year !== undefined ? Date.UTC(qualifier.year, 0, 1) : -Infinity);
}

const WHAT = {
    training: { fr: 'la formation au tutorat', en: 'the tutoring training' },
    certificate: { fr: 'le titre « tuteur en entreprise »', en: 'the “tuteur en entreprise” certificate' }
} satisfies Record<string, Bilingual>;

/** « du 15/10/2026 », « de 2027 »: when a training or certificate is dated. */
function describeWhen(qualifier: TutorTraining | TutorCertificate, context: RuleContext): string {
    const date = parseDate(qualifier.date);
    return date
        ? context.text({ fr: 'du {date}', en: '{date}' }, { date: formatDate(date, context.locale) })
        : context.text({ fr: 'de {year}', en: '{year}' }, { year: qualifier.year });
}
