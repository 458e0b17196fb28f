import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { duoExample } from './example.js';
import { duoHeader, duoParams } from './place.js';
import { CONDITIONS } from './shared.js';

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
