import { joinList } from '../../i18n/locale.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { duoExample } from './example.js';
import { duoHeader, duoParams } from './place.js';

/**
 * duo/alerte — the tutee knows whom to turn to, and to alert, when in difficulty: their tutor first
 * (« alerter Élodie ou Nadia en cas de difficulté »).
 */
export const alerte = defineRule({
    id: 'duo/alerte',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tutoré sait qui alerter en cas de difficulté', en: 'The tutee knows whom to alert in case of difficulty' },
    description: {
        fr: 'Le duo dit qui le tutoré sollicite et alerte en cas de difficulté : son tuteur, et qui d’autre quand le tuteur est absent (« alerter Élodie ou François en cas de difficulté »).',
        en: 'The duo says whom the tutee turns to and alerts in case of difficulty: their tutor, and whom else when the tutor is away (« alerter Élodie ou François en cas de difficulté »).'
    },
    guide: {
        section: { fr: 'Rôle du tutoré', en: 'Role of the tutee' },
        quote: 'le solliciter si nécessaire, l’alerter en cas de difficulté'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'qui alerter en cas de difficulté', en: 'whom to alert in case of difficulty' }, line: '{line}' },
            fr: 'Le duo ne dit pas qui {tutee} prévient en cas de difficulté : le guide demande au tutoré de solliciter son tuteur et de l’alerter en cas de difficulté. Écrivez par exemple « {line} ».',
            en: 'The duo does not say whom {tutee} tells in case of difficulty: the guide asks the tutee to turn to their tutor and alert them in case of difficulty. Write for example « {line} ».'
        },
        withoutTutor: {
            fr: 'En cas de difficulté, {tutee} alerte {contacts}, mais pas {tutor} : le guide demande au tutoré de solliciter son tuteur et de l’alerter. Ajoutez {tutor}.',
            en: 'In case of difficulty, {tutee} alerts {contacts}, but not {tutor}: the guide asks the tutee to turn to their tutor and alert them. Add {tutor}.'
        }
    },
    fixes: [{ id: 'addAlert', title: { fr: 'Dire qui alerter en cas de difficulté (le tuteur, puis le suppléant)', en: 'Say whom to alert in case of difficulty (the tutor, then the substitute)' } }],
    examples: { nonCompliant: duoExample(['alerter']), compliant: duoExample() },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.$refText;
            if (!duo.alert) {
                if (!tutor) {
                    return;
                }
                // A substitute whose name cannot be found is left out of the suggestion.
                const substitute = duo.substitute?.ref ? duo.substitute.$refText : undefined;
                const line = `alerter ${tutor}${substitute ? ` ou ${substitute}` : ''} en cas de difficulté`;
                const edit = insertIntoBlock(duo, [line]);
                report('missing', duoHeader(duo), { params: { ...duoParams(duo), line }, fixes: edit ? [{ fix: 'addAlert', edits: [edit] }] : undefined });
                return;
            }
            const contacts = duo.alert.contacts.map((contact) => contact.$refText).filter((name) => name);
            if (tutor && contacts.length > 0 && !contacts.includes(tutor)) {
                report('withoutTutor', { node: duo.alert, property: 'contacts', index: 0 }, {
                    params: { ...duoParams(duo), contacts: joinList(contacts, context.locale, 'or') }
                });
            }
        }
    }
});
