import { joinList, quote } from '../../i18n/locale.js';
import { hasText } from '../../model/path.js';
import { formatDate, parseDate, rangeOf } from '../../model/time.js';
import { defineRule } from '../../rules/definition.js';
import { duoHeader } from '../duo/place.js';

const MISSION_PARTS = [
    { property: 'date', write: 'formalisée le jj/mm/aaaa' },
    { property: 'duration', write: 'durée …' },
    { property: 'schedule', write: 'horaire « … »' },
    { property: 'activities', write: 'activités « … »' },
    { property: 'timeArrangement', write: 'aménagement du temps « … »' },
    { property: 'objectives', write: 'objectifs « … »' },
    { property: 'evaluation', write: 'évaluation « … »' }
] as const;

/** The lines of a mission block to fill in: texts left empty, values only the user knows as comments. */
const MISSION_LINES = [
    '// à compléter : formalisée le jj/mm/aaaa par « avenant au contrat de travail »',
    '// à compléter : durée … semaines',
    'horaire « »',
    'activités « »',
    'aménagement du temps « »',
    'objectifs « »',
    'évaluation « »'
];

/** A mission part counts when it is written: a text left empty (« ») does not. */
function isWritten(value: unknown): boolean {
    return typeof value === 'string' ? hasText(value) : value !== undefined;
}

export const missionFormalisee = defineRule({
    id: 'tuteur/mission-formalisee',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'La mission du tuteur est formalisée avant de commencer', en: 'The tutor’s mission is formalised before it starts' },
    description: {
        fr: 'Chaque duo décrit la mission du tuteur dans un bloc « mission » : sa durée, son horaire, ses activités, l’aménagement du temps de travail, ses objectifs (les compétences à faire acquérir, d’après le référentiel) et la manière dont elle est évaluée, formalisés (par exemple par un avenant au contrat de travail) au plus tard le jour où le duo commence. Un texte laissé vide (« ») ne compte pas.',
        en: 'Each duo describes the tutor’s mission in a « mission » block: its duration, schedule, activities, working-time arrangement, objectives (the competences to pass on, from the framework) and how it is evaluated, formalised (e.g. by an amendment to the employment contract) no later than the day the duo starts. A text left empty (« ») does not count.'
    },
    guide: {
        section: { fr: 'Conditions de réussite ; Rôle de l’encadrement', en: 'Conditions for success; Role of the supervisors' },
        quote: 'prévoir une formalisation (ex. : avenant au contrat de travail) concernant la mission de tutorat, établie avant sa mise en œuvre et précisant ses conditions (durée, horaire, activités…) […] formaliser la mission du tuteur : objectifs (via le référentiel des compétences à acquérir), organisation, évaluation, aménagement du temps de travail',
        enBref: [4]
    },
    messages: {
        missing: {
            absence: { what: { fr: 'la mission formalisée', en: 'the formalised mission' } },
            fr: 'La mission de tutorat confiée à {tutor} auprès de {tutee} n’est pas formalisée. Ajoutez au duo un bloc « mission { formalisée le jj/mm/aaaa par « avenant au contrat de travail » durée … horaire « … » activités « … » aménagement du temps « … » objectifs « … » évaluation « … » } », établi avant le début du duo.',
            en: 'The mission of {tutor} with {tutee} is not formalised. Add a « mission { formalisée le dd/mm/yyyy par « avenant au contrat de travail » durée … horaire « … » activités « … » aménagement du temps « … » objectifs « … » évaluation « … » } » block to the duo, drawn up before the duo starts.'
        },
        incomplete: {
            fr: 'La mission de tutorat confiée à {tutor} auprès de {tutee} ne précise pas encore : {missing}. Complétez le bloc « mission » : le guide demande de formaliser la durée, l’horaire, les activités, l’aménagement du temps de travail, les objectifs et l’évaluation de la mission.',
            en: 'The mission of {tutor} with {tutee} does not state yet: {missing}. Complete the « mission » block: the guide asks to formalise the duration, schedule, activities, working-time arrangement, objectives and evaluation of the mission.'
        },
        late: {
            fr: 'La mission est formalisée le {date}, après le début du duo (le {start}). Le guide demande une formalisation établie avant la mise en œuvre : datez-la au plus tard du {start}.',
            en: 'The mission is formalised on {date}, after the duo started ({start}). The guide asks for a formalisation drawn up before it is put into practice: date it no later than {start}.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    duo Élodie accompagne Léa {
        période du 14/09/2026 au 18/12/2026
        mission {
            formalisée le 01/10/2026
            durée 14 semaines
        }
    }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    duo Élodie accompagne Léa {
        période du 14/09/2026 au 18/12/2026
        mission {
            formalisée le 01/09/2026 par « avenant au contrat de travail »
            durée 14 semaines
            horaire « Lundi, mardi et jeudi »
            activités « Accueil, accompagnement au quotidien, entretiens hebdomadaires »
            aménagement du temps « 3 heures par semaine dégagées du planning »
            objectifs « Les compétences REL1 et REL2 du référentiel, acquises en fin de stage »
            évaluation « Bilan de la mission avec la cheffe de service en fin de stage »
        }
    }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const params = { tutor: duo.tutor?.$refText, tutee: duo.tutee?.$refText };
            const mission = duo.mission;
            if (!mission) {
                report('missing', duoHeader(duo), { params, insert: [{ lines: [{ open: 'mission', lines: MISSION_LINES }] }] });
                return;
            }
            const missing = MISSION_PARTS.filter((part) => !isWritten(mission[part.property])).map((part) => quote(part.write, context.locale));
            if (missing.length > 0) {
                report('incomplete', { node: mission, keyword: 'mission' }, { params: { ...params, missing: joinList(missing, context.locale) } });
            }
            const formalised = parseDate(mission.date);
            const start = rangeOf(duo.period)?.start;
            if (formalised && start && formalised.getTime() > start.getTime()) {
                report('late', { node: mission, property: 'date' }, { params: { date: formatDate(formalised, context.locale), start: formatDate(start, context.locale) } });
            }
        }
    }
});
