import { frequencyIntervalInDays } from '../../model/time.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { duoExample } from './example.js';
import { duoHeader, duoParams } from './place.js';
import { CONDITIONS } from './shared.js';

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
