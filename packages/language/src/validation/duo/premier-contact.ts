import { formatDate, parseDate, rangeOf } from '../../model/time.js';
import { defineRule } from '../../rules/definition.js';
import { duoExample } from './example.js';
import { duoHeader, duoParams } from './place.js';
import { CONDITIONS } from './shared.js';

export const premierContact = defineRule({
    id: 'duo/premier-contact',
    severity: 'info',
    // The tutee's arrival is written on the tutee, possibly in another file.
    crossFile: true,
    title: { fr: 'Le tuteur participe dès le premier contact', en: 'The tutor takes part from the first contact' },
    description: {
        fr: 'Le tuteur est associé dès le premier contact entre le tutoré et l’institution (« premier contact le … ») : un premier contact daté, au plus tard le jour où le tutoré arrive (« arrivée le … » dans sa déclaration, lue dans n’importe quel fichier) ou, si son arrivée n’est pas écrite, le jour où le duo commence.',
        en: 'The tutor takes part from the tutee’s first contact with the institution (« premier contact le … »): a dated first contact, no later than the day the tutee arrives (« arrivée le … » in their declaration, read in any file) or, when their arrival is not written, the day the duo starts.'
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
        },
        afterArrival: {
            fr: 'Le premier contact est daté du {date}, après l’arrivée de {tutee} dans l’institution (le {arrival}) : {tutor} n’a donc pas été associé dès son premier contact avec l’institution. Associez le tuteur avant l’arrivée, ou corrigez la date.',
            en: 'The first contact is dated {date}, after {tutee} arrived in the institution ({arrival}): {tutor} was therefore not involved from their first contact with the institution. Involve the tutor before the arrival, or correct the date.'
        },
        undated: {
            fr: 'Le premier contact ne dit pas quand il a eu lieu : sans date, rien ne montre que {tutor} a été associé avant l’arrivée de {tutee}. Ajoutez la date : « premier contact le jj/mm/aaaa ».',
            en: 'The first contact does not say when it took place: without a date, nothing shows that {tutor} was involved before {tutee} arrived. Add the date: « premier contact le dd/mm/yyyy ».'
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
            if (contact.date === undefined) {
                report('undated', { node: contact, keyword: 'premier' }, { params: duoParams(duo) });
                return;
            }
            const date = parseDate(contact.date);
            const arrival = parseDate(duo.tutee?.ref?.arrival);
            const start = rangeOf(duo.period)?.start;
            if (date && arrival && date.getTime() > arrival.getTime()) {
                report('afterArrival', { node: contact, property: 'date' }, {
                    params: { ...duoParams(duo), date: formatDate(date, context.locale), arrival: formatDate(arrival, context.locale) },
                    related: [{ node: duo.tutee!.ref!, property: 'arrival', message: { fr: 'Arrivée de {tutee}', en: '{tutee}’s arrival' }, params: duoParams(duo) }]
                });
            } else if (date && !arrival && start && date.getTime() > start.getTime()) {
                report('late', { node: contact, property: 'date' }, { params: { date: formatDate(date, context.locale), start: formatDate(start, context.locale) } });
            }
        }
    }
});
