import type { Duo, KnownDocument, Person } from '../generated/ast.js';
import { joinList, quote, type Bilingual } from '../i18n/locale.js';
import { isDeclaredTutee } from '../model/organisation.js';
import { formatDate, frequencyIntervalInDays, parseDate, rangeOf } from '../model/time.js';
import { BASE_DOCUMENTS } from '../model/vocabulary.js';
import { defineRule, type ExampleWorkspace, type Place, type RuleContext, type RuleDefinition } from '../rules/definition.js';
import { insertAfter, insertBeforeClosingBrace, insertIntoBlock } from '../rules/fix-edits.js';
import { institutionOf } from '../scoping/qualified-names.js';

/** Rules about the tutor and tutee pair (« Conditions de réussite », « Rôle du tutoré »). */

/**
 * A name quick fixes write where only the user can choose (the tutor of a new duo, a
 * substitute): it is valid syntax, and the unknown name is flagged until it is replaced.
 */
export const TO_COMPLETE_NAME = 'À_COMPLÉTER';

/** The first line of a duo, « duo Élodie accompagne Léa »: where findings about the whole duo go. */
export function duoHeader(duo: Duo): Place<Duo> {
    const start = duo.$cstNode?.range.start;
    const end = duo.tutee?.$refNode?.range.end;
    return start && end ? { node: duo, range: { start, end } } : { node: duo, keyword: 'duo' };
}

function duoParams(duo: Duo) {
    return { tutor: duo.tutor?.$refText, tutee: duo.tutee?.$refText };
}

const CONDITIONS = { fr: 'Conditions de réussite', en: 'Conditions for success' } as const;

/** What a duo written with care says, for the documentation pages (documents and mission left out). */
const DUO_LINES = [
    'période du 14/09/2026 au 18/12/2026',
    'suppléant François',
    'entretiens chaque semaine',
    'temps commun 50 %',
    'premier contact le 04/06/2026 « Entretien de présentation avec la Haute École »'
];

/** A documentation example: that duo, without the lines starting with the given words. */
function duoExample(without: readonly string[] = []): ExampleWorkspace {
    const lines = DUO_LINES.filter((line) => !without.some((word) => line.startsWith(word)));
    return {
        'institution.tutorat': `institution Exemple {\n    tutrice Élodie\n    tuteur François\n    tutorée Léa\n    duo Élodie accompagne Léa {\n${lines.map((line) => `        ${line}\n`).join('')}    }\n}\n`
    };
}

export const tuteurDesigne = defineRule({
    id: 'duo/tuteur',
    severity: 'error',
    crossFile: true,
    title: { fr: 'Chaque tutoré a un tuteur désigné', en: 'Every tutee has a designated tutor' },
    description: {
        fr: 'Chaque personne déclarée « tutoré » ou « tutorée » fait partie d’un duo (« duo <tuteur> accompagne <tutoré> »), écrit dans n’importe quel fichier de l’institution.',
        en: 'Every person declared « tutoré » or « tutorée » belongs to a duo (« duo <tutor> accompagne <tutee> »), written in any file of the institution.'
    },
    guide: {
        section: { fr: 'En amont — constituer les duos', en: 'Before — forming the duos' },
        quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos'
    },
    messages: {
        noDuo: {
            fr: 'Aucun duo de l’institution {institution} ne désigne de tuteur pour {name}. Ajoutez « duo <tuteur> accompagne {name} { période du … au … } », dans ce fichier ou dans celui des duos.',
            en: 'No duo of the institution {institution} designates a tutor for {name}. Add « duo <tutor> accompagne {name} { période du … au … } », in this file or in the duos’ file.'
        }
    },
    fixes: [{ id: 'addDuo', title: { fr: 'Ajouter un duo pour ce tutoré (tuteur à compléter)', en: 'Add a duo for this tutee (tutor to complete)' } }],
    examples: {
        nonCompliant: { 'personnes.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n}\n' },
        compliant: {
            'personnes.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n}\n',
            'duos.tutorat': 'institution Exemple {\n    duo Élodie accompagne Léa { période du 14/09/2026 au 18/12/2026 }\n}\n'
        }
    },
    checks: {
        Person(person, report, context) {
            const institution = institutionOf(person);
            if (!person.name || !institution || !isDeclaredTutee(person) || context.workspace.duosOfTutee(institution, person.name).length > 0) {
                return;
            }
            const edit = insertBeforeClosingBrace(person.$container, duoSkeleton(person));
            report('noDuo', { node: person, property: 'name' }, {
                params: { name: person.name, institution },
                fixes: edit ? [{ fix: 'addDuo', edits: [edit] }] : []
            });
        }
    }
});

/** A duo to complete, starting when the tutee arrives if that is known. */
function duoSkeleton(tutee: Person): string[] {
    const period = parseDate(tutee.arrival) ? [`    période à partir du ${tutee.arrival}`] : [];
    return [
        `// À compléter : le tuteur désigné (à la place de ${TO_COMPLETE_NAME}) et la période du duo.`,
        `duo ${TO_COMPLETE_NAME} accompagne ${tutee.name} {`,
        ...period,
        '}'
    ];
}

export const suppleant = defineRule({
    id: 'duo/suppleant',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Un suppléant remplace le tuteur absent', en: 'A substitute replaces the absent tutor' },
    description: {
        fr: 'Chaque duo nomme un suppléant (« suppléant … »), sauf si la charte de l’institution (ou le modèle qu’elle étend) organise la suppléance dans sa section « suppléance ».',
        en: 'Each duo names a substitute (« suppléant … »), unless the institution’s charter (or the template it extends) organises replacement in its « suppléance » section.'
    },
    guide: {
        section: CONDITIONS,
        quote: 'impliquer dans le tutorat l’ensemble de l’équipe de travail où va évoluer le tutoré et organiser une suppléance en cas d’absence du tuteur désigné',
        enBref: [4]
    },
    messages: {
        missing: {
            absence: { what: { fr: 'un suppléant', en: 'a substitute' }, line: `suppléant ${TO_COMPLETE_NAME}` },
            fr: 'Personne n’est prévu pour remplacer {tutor} auprès de {tutee} en cas d’absence : nommez un suppléant dans le duo (« suppléant … »), ou décrivez la suppléance dans la charte (« suppléance « … » »).',
            en: 'Nobody is planned to replace {tutor} with {tutee} in case of absence: name a substitute in the duo (« suppléant … »), or describe replacement in the charter (« suppléance « … » »).'
        },
        charterToComplete: {
            absence: { what: { fr: 'un suppléant', en: 'a substitute' }, line: `suppléant ${TO_COMPLETE_NAME}` },
            fr: 'Personne n’est prévu pour remplacer {tutor} auprès de {tutee} en cas d’absence, et la suppléance de la charte est encore « à compléter » : nommez un suppléant dans le duo (« suppléant … ») ou complétez la suppléance de la charte.',
            en: 'Nobody is planned to replace {tutor} with {tutee} in case of absence, and the charter’s replacement is still « à compléter »: name a substitute in the duo (« suppléant … ») or complete the charter’s replacement.'
        }
    },
    fixes: [{ id: 'addSubstitute', title: { fr: 'Nommer un suppléant dans le duo (nom à compléter)', en: 'Name a substitute in the duo (name to complete)' } }],
    examples: { nonCompliant: duoExample(['suppléant']), compliant: duoExample() },
    checks: {
        Duo(duo, report, context) {
            if (duo.substitute) {
                return;
            }
            const charter = context.workspace.charterOf(institutionOf(duo));
            const replacement = charter ? context.workspace.effectiveCharter(charter).section('replacement') : undefined;
            if (replacement && !replacement.node.todo) {
                return;
            }
            const edit = insertIntoBlock(duo, [`suppléant ${TO_COMPLETE_NAME}`]);
            report(replacement ? 'charterToComplete' : 'missing', duoHeader(duo), {
                params: duoParams(duo),
                related: replacement ? [{ node: replacement.node, message: { fr: 'Suppléance laissée « à compléter »', en: 'Replacement left « à compléter »' } }] : [],
                fixes: edit ? [{ fix: 'addSubstitute', edits: [edit] }] : []
            });
        }
    }
});

/** The guide's example: « une fois par semaine ». */
const WEEK_IN_DAYS = 7;

export const entretiens = defineRule({
    id: 'duo/entretiens',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Des entretiens réguliers sont prévus', en: 'Regular interviews are planned' },
    description: {
        fr: 'Chaque duo prévoit des entretiens réguliers entre le tuteur et le tutoré, sans la présence des bénéficiaires (« entretiens chaque semaine »). Un rythme moins fréquent que l’exemple du guide (une fois par semaine) est signalé comme une simple suggestion.',
        en: 'Each duo plans regular interviews between tutor and tutee, without the beneficiaries (« entretiens chaque semaine »). A rhythm less frequent than the guide’s example (once a week) is pointed out as a mere suggestion.'
    },
    guide: {
        section: CONDITIONS,
        quote: 'avec des moments réguliers d’entretien sans la présence des bénéficiaires (ex. : une fois par semaine)'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'des entretiens réguliers', en: 'regular interviews' }, line: 'entretiens chaque semaine' },
            fr: 'Aucun entretien régulier n’est prévu entre {tutor} et {tutee}. Le guide recommande des moments d’entretien sans la présence des bénéficiaires, par exemple une fois par semaine : écrivez « entretiens chaque semaine ».',
            en: 'No regular interview is planned between {tutor} and {tutee}. The guide recommends interviews without the beneficiaries, for example once a week: write « entretiens chaque semaine ».'
        },
        lessThanWeekly: {
            severity: 'hint',
            fr: 'Les entretiens sont prévus « {frequency} », moins souvent que l’exemple du guide (une fois par semaine). Si ce rythme est voulu, gardez-le ; sinon écrivez « entretiens chaque semaine ».',
            en: 'Interviews are planned « {frequency} », less often than the guide’s example (once a week). If this rhythm is intended, keep it; otherwise write « entretiens chaque semaine ».'
        }
    },
    fixes: [
        { id: 'addWeekly', title: { fr: 'Prévoir des entretiens chaque semaine', en: 'Plan interviews every week' } },
        { id: 'makeWeekly', title: { fr: 'Passer à des entretiens chaque semaine', en: 'Switch to interviews every week' } }
    ],
    examples: { nonCompliant: duoExample(['entretiens']), compliant: duoExample() },
    checks: {
        Duo(duo, report) {
            const interviews = duo.interviews;
            if (!interviews) {
                const edit = insertIntoBlock(duo, ['entretiens chaque semaine']);
                report('missing', duoHeader(duo), { params: duoParams(duo), fixes: edit ? [{ fix: 'addWeekly', edits: [edit] }] : [] });
                return;
            }
            const interval = frequencyIntervalInDays(interviews);
            const written = interviews.$cstNode;
            if (interval !== undefined && interval > WEEK_IN_DAYS && written) {
                report('lessThanWeekly', { node: duo, property: 'interviews' }, {
                    params: { frequency: written.text },
                    fixes: [{ fix: 'makeWeekly', edits: [{ range: written.range, newText: 'chaque semaine' }] }]
                });
            }
        }
    }
});

export const tempsCommun = defineRule({
    id: 'duo/temps-commun',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Du temps de travail en commun est prévu', en: 'Time working together is planned' },
    description: {
        fr: 'Chaque duo prévoit la part du temps où le tuteur et le tutoré travaillent ensemble (« temps commun 50 % ») ; le guide donne l’exemple de la moitié du temps.',
        en: 'Each duo plans the share of time tutor and tutee work together (« temps commun 50 % »); the guide’s example is half of the time.'
    },
    guide: {
        section: CONDITIONS,
        quote: 'organiser le travail de façon à permettre au tuteur et au tutoré de travailler ensemble (ex. : la moitié du temps)'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le temps de travail en commun', en: 'the time worked together' }, line: 'temps commun 50 %' },
            fr: 'Le temps où {tutor} et {tutee} travaillent ensemble n’est pas prévu. Le guide donne l’exemple de la moitié du temps : écrivez « temps commun 50 % » (ou la part retenue).',
            en: 'The time {tutor} and {tutee} work together is not planned. The guide’s example is half of the time: write « temps commun 50 % » (or the share chosen).'
        }
    },
    fixes: [{ id: 'addHalfTime', title: { fr: 'Prévoir la moitié du temps en commun (« temps commun 50 % »)', en: 'Plan half of the time together (« temps commun 50 % »)' } }],
    examples: { nonCompliant: duoExample(['temps commun']), compliant: duoExample() },
    checks: {
        Duo(duo, report) {
            if (!duo.sharedTime) {
                const edit = insertIntoBlock(duo, ['temps commun 50 %']);
                report('missing', duoHeader(duo), { params: duoParams(duo), fixes: edit ? [{ fix: 'addHalfTime', edits: [edit] }] : [] });
            }
        }
    }
});

export const premierContact = defineRule({
    id: 'duo/premier-contact',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tuteur participe dès le premier contact', en: 'The tutor takes part from the first contact' },
    description: {
        fr: 'Le tuteur est associé dès le premier contact entre le tutoré et l’institution (« premier contact le … »), avant le début du duo.',
        en: 'The tutor takes part from the tutee’s first contact with the institution (« premier contact le … »), before the duo starts.'
    },
    guide: {
        section: CONDITIONS,
        quote: 'intégrer le tuteur dès le premier contact entre le tutoré et l’institution afin qu’il se sente d’emblée concerné, saisisse rapidement les enjeux de sa mission et s’y prépare'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le premier contact', en: 'the first contact' }, line: '// à compléter : premier contact le jj/mm/aaaa « … »' },
            fr: 'Le duo ne dit pas quand {tutor} a rencontré {tutee} pour la première fois : le guide demande d’associer le tuteur dès le premier contact du tutoré avec l’institution. Écrivez-le dans le duo : « premier contact le jj/mm/aaaa « … » ».',
            en: 'The duo does not say when {tutor} first met {tutee}: the guide asks to involve the tutor from the tutee’s first contact with the institution. Write it in the duo: « premier contact le dd/mm/yyyy « … » ».'
        },
        late: {
            fr: 'Le premier contact est daté du {date}, après le début du duo (le {start}) : le tuteur doit être associé dès le premier contact du tutoré avec l’institution. Vérifiez la date.',
            en: 'The first contact is dated {date}, after the duo started ({start}): the tutor should take part from the tutee’s first contact with the institution. Check the date.'
        }
    },
    examples: { nonCompliant: duoExample(['premier contact']), compliant: duoExample() },
    checks: {
        Duo(duo, report, context) {
            const contact = duo.firstContact;
            if (!contact) {
                report('missing', duoHeader(duo), { params: duoParams(duo) });
                return;
            }
            const date = parseDate(contact.date);
            const start = rangeOf(duo.period)?.start;
            if (date && start && date.getTime() > start.getTime()) {
                report('late', { node: contact, property: 'date' }, { params: { date: formatDate(date, context.locale), start: formatDate(start, context.locale) } });
            }
        }
    }
});

const KNOWN_DOCUMENTS = Object.keys(BASE_DOCUMENTS) as KnownDocument[];

export const documentsAccueil = defineRule({
    id: 'duo/documents-accueil',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tutoré reçoit les documents de base', en: 'The tutee receives the base documents' },
    description: {
        fr: 'Le duo indique les documents remis au tutoré ; parmi eux, les quatre documents de base que cite le guide : projet institutionnel, règlement d’ordre intérieur, description de fonction et référentiel de compétences. D’autres documents peuvent s’y ajouter.',
        en: 'The duo states the documents given to the tutee; among them the four base documents the guide names: institutional project, internal rules, job description and competence framework. Other documents may be added.'
    },
    guide: {
        section: { fr: 'Rôle du tutoré ; Accueillir et intégrer', en: 'Role of the tutee; Welcoming and integrating' },
        quote: 's’informer des règles et des attentes de l’institution en s’appuyant sur les documents transmis (ex. : projet institutionnel, règlement d’ordre intérieur, description de fonction, référentiel de compétences)'
    },
    messages: {
        none: {
            absence: { what: { fr: 'les documents remis', en: 'the documents given' }, line: 'documents remis {all}' },
            fr: 'Les documents remis à {tutee} ne sont pas indiqués. Le guide cite quatre documents de base : écrivez « documents remis {all} ».',
            en: 'The documents given to {tutee} are not stated. The guide names four base documents: write « documents remis {all} ».'
        },
        some: {
            fr: 'Parmi les documents de base, {tutee} ne reçoit pas : {missing}. Ajoutez-les à « documents remis » ({keywords}).',
            en: 'Among the base documents, {tutee} does not receive: {missing}. Add them to « documents remis » ({keywords}).'
        }
    },
    fixes: [{ id: 'addDocuments', title: { fr: 'Ajouter les documents de base manquants à « documents remis »', en: 'Add the missing base documents to « documents remis »' } }],
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa {\n        documents remis projet-institutionnel, description-de-fonction\n    }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa {\n        documents remis projet-institutionnel, règlement-ordre-intérieur, description-de-fonction,\n            référentiel-de-compétences, « Protocoles de soins »\n    }\n}\n'
        }
    },
    checks: {
        Duo(duo, report, context) {
            const given = new Set(duo.documents.map((document) => document.known));
            const missing = KNOWN_DOCUMENTS.filter((known) => !given.has(known));
            if (missing.length === 0) {
                return;
            }
            const last = duo.documents[duo.documents.length - 1];
            if (!last) {
                const edit = insertIntoBlock(duo, [`documents remis ${KNOWN_DOCUMENTS.join(', ')}`]);
                report('none', duoHeader(duo), {
                    params: { ...duoParams(duo), all: KNOWN_DOCUMENTS.join(', ') },
                    fixes: edit ? [{ fix: 'addDocuments', edits: [edit] }] : []
                });
                return;
            }
            const edit = insertAfter(last, `, ${missing.join(', ')}`);
            report('some', { node: duo, keyword: 'documents' }, {
                params: {
                    ...duoParams(duo),
                    missing: joinList(missing.map((known) => documentLabel(BASE_DOCUMENTS[known].label, context)), context.locale),
                    keywords: missing.map((known) => quote(known, context.locale)).join(', ')
                },
                fixes: edit ? [{ fix: 'addDocuments', edits: [edit] }] : []
            });
        }
    }
});

/** « le règlement d’ordre intérieur »: a label in the middle of a sentence. */
function documentLabel(label: Bilingual, context: RuleContext): string {
    const text = context.text(label);
    return text.charAt(0).toLocaleLowerCase(context.locale) + text.slice(1);
}

export const duoRules: readonly RuleDefinition[] = [tuteurDesigne, suppleant, entretiens, tempsCommun, premierContact, documentsAccueil] as RuleDefinition[];
