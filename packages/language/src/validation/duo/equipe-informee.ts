import { parseDate, formatDate, rangeOf } from '../../model/time.js';
import { defineRule } from '../../rules/definition.js';
import { duoExample } from './example.js';
import { duoHeader, duoParams } from './place.js';

/**
 * duo/equipe-informee — the tutor prepares the tutee's integration by informing the team, before
 * the tutee arrives (their « arrivée le … », or else the start of the duo).
 */
export const equipeInformee = defineRule({
    id: 'duo/equipe-informee',
    severity: 'info',
    // The tutee's arrival is written on the tutee, possibly in another file.
    crossFile: true,
    title: { fr: 'L’équipe est informée avant l’arrivée du tutoré', en: 'The team is informed before the tutee arrives' },
    description: {
        fr: 'Le duo note quand l’équipe où va évoluer le tutoré a été informée de son arrivée (« équipe informée le … »), au plus tard le jour où le tutoré arrive (« arrivée le … » dans sa déclaration) ou, si son arrivée n’est pas écrite, le jour où le duo commence.',
        en: 'The duo records when the team the tutee joins was told of their arrival (« équipe informée le … »), no later than the day the tutee arrives (« arrivée le … » in their declaration) or, when their arrival is not written, the day the duo starts.'
    },
    guide: {
        section: { fr: 'Accueillir et intégrer le tutoré ; Conditions de réussite', en: 'Welcoming and integrating the tutee; Conditions for success' },
        quote: 'Préparer son intégration : informer l’équipe […] impliquer dans le tutorat l’ensemble de l’équipe de travail où va évoluer le tutoré'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'l’information de l’équipe', en: 'informing the team' }, line: '// à compléter : équipe informée le jj/mm/aaaa « … »' },
            fr: 'Le duo ne dit pas quand l’équipe a été informée de l’arrivée de {tutee} : le guide demande au tuteur de préparer l’intégration du tutoré en informant l’équipe. Écrivez « équipe informée le jj/mm/aaaa « … » ».',
            en: 'The duo does not say when the team was told that {tutee} is coming: the guide asks the tutor to prepare the tutee’s integration by informing the team. Write « équipe informée le dd/mm/yyyy « … » ».'
        },
        undated: {
            fr: 'L’équipe est informée, mais le duo ne dit pas quand : sans date, rien ne montre qu’elle l’a été avant l’arrivée de {tutee}. Ajoutez « le jj/mm/aaaa ».',
            en: 'The team is informed, but the duo does not say when: without a date, nothing shows it was before {tutee} arrived. Add « le dd/mm/yyyy ».'
        },
        late: {
            fr: 'L’équipe est informée le {date}, après {when} (le {start}) : informez l’équipe avant que le tutoré n’arrive, ou corrigez la date.',
            en: 'The team is informed on {date}, after {when} ({start}): inform the team before the tutee arrives, or correct the date.'
        }
    },
    examples: { nonCompliant: duoExample(['équipe informée']), compliant: duoExample() },
    checks: {
        Duo(duo, report, context) {
            const briefing = duo.teamBriefing;
            if (!briefing) {
                report('missing', duoHeader(duo), { params: duoParams(duo) });
                return;
            }
            if (briefing.date === undefined) {
                report('undated', { node: briefing, keyword: 'informée' }, { params: duoParams(duo) });
                return;
            }
            const date = parseDate(briefing.date);
            const arrival = parseDate(duo.tutee?.ref?.arrival);
            const start = arrival ?? rangeOf(duo.period)?.start;
            if (!date || !start || date.getTime() <= start.getTime()) {
                return;
            }
            const when = arrival
                ? context.text({ fr: 'l’arrivée de {tutee}', en: '{tutee}’s arrival' }, duoParams(duo))
                : context.text({ fr: 'le début du duo', en: 'the start of the duo' });
            report('late', { node: briefing, property: 'date' }, { params: { date: formatDate(date, context.locale), start: formatDate(start, context.locale), when } });
        }
    }
});
