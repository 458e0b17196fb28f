import { describeRange, validRange } from '../../model/path.js';
import { formatDate, parseDate } from '../../model/time.js';
import { defineRule, type RelatedPlace } from '../../rules/definition.js';
import { COMPLETE_PLACEMENT, exampleWith, partnerOf } from './shared.js';

export const contactPrealable = defineRule({
    id: 'stage/contact-prealable',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tuteur contacte l’organisme avant le stage', en: 'The tutor contacts the organisation before the placement' },
    description: {
        fr: 'Le stage note le contact pris avec l’organisme partenaire avant son début, et qui l’a pris : « contact préalable le JJ/MM/AAAA par <tuteur> », à une date antérieure au début du parcours.',
        en: 'The placement records the contact made with the partner organisation before it starts, and who made it: « contact préalable le DD/MM/YYYY par <tutor> », at a date before the path starts.'
    },
    guide: {
        section: { fr: 'Établir et entretenir des collaborations', en: 'Building and maintaining collaborations' },
        quote: 'Prendre contact avec l’organisme de formation avant le début du stage.'
    },
    messages: {
        missing: {
            fr: 'Le stage avec {partner} ne note pas de contact avec l’organisme avant son début. Prenez contact avec l’organisme et notez-le : contact préalable le JJ/MM/AAAA « … ».',
            en: 'The placement with {partner} records no contact with the organisation before it starts. Contact the organisation and record it: contact préalable le DD/MM/YYYY « … ».'
        },
        nobody: {
            fr: 'Le contact préalable avec {partner} ne dit pas qui l’a pris : le guide demande au tuteur de prendre contact avec l’organisme avant le stage, et d’être associé aux relations avec lui. Ajoutez « par » et le nom du tuteur (ou de la personne qui a pris contact).',
            en: 'The prior contact with {partner} does not say who made it: the guide asks the tutor to contact the organisation before the placement and to take part in the relations with it. Add « par » and the tutor’s name (or the person who made the contact).'
        },
        afterStart: {
            fr: 'Le contact préalable avec {partner} est daté du {date}, {when} : il a lieu avant le premier jour. Prenez contact avec l’organisme plus tôt, ou corrigez la date.',
            en: 'The prior contact with {partner} is dated {date}, {when}: it takes place before the first day. Contact the organisation earlier, or correct the date.'
        }
    },
    examples: {
        nonCompliant: exampleWith(COMPLETE_PLACEMENT.map((line) => line.replace('contact préalable le 24/06/2026', 'contact préalable le 14/09/2026'))),
        compliant: exampleWith(COMPLETE_PLACEMENT)
    },
    checks: {
        Placement(placement, report, context) {
            const partner = partnerOf(placement, context);
            if (!placement.priorContact) {
                report('missing', { node: placement, property: 'partner' }, { params: { partner } });
                return;
            }
            if (placement.priorContactBy.length === 0) {
                report('nobody', { node: placement, property: 'priorContact' }, { params: { partner } });
            }
            const date = parseDate(placement.priorContact);
            const path = placement.$container;
            const range = validRange(path.period);
            if (!date || !range || date.getTime() < range.start.getTime()) {
                return;
            }
            const related: RelatedPlace[] = [{ node: path, property: 'period', message: { fr: 'Période du parcours : {dates}', en: 'Period of the path: {dates}' }, params: { dates: describeRange(range, context.locale) } }];
            report('afterStart', { node: placement, property: 'priorContact' }, {
                params: {
                    partner,
                    date: formatDate(date, context.locale),
                    when: date.getTime() === range.start.getTime()
                        ? context.text({ fr: 'le jour même du début du stage', en: 'the very day the placement starts' })
                        : context.text({ fr: 'après le début du stage (le {start})', en: 'after the placement starts ({start})' }, { start: formatDate(range.start, context.locale) })
                },
                related
            });
        }
    }
});
