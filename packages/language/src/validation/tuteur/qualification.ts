import { titleOrName } from '../../i18n/french.js';
import { aimedQualification, describeQualification, levelOf } from '../../model/qualifications.js';
import { defineRule } from '../../rules/definition.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { comparedPair, PROFIL_RECOMMANDE } from './shared.js';

export const qualification = defineRule({
    id: 'tuteur/qualification',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est au moins aussi qualifié que le niveau visé par le tutoré', en: 'The tutor is at least as qualified as the level the tutee aims at' },
    description: {
        fr: 'La qualification du tuteur atteint au moins le niveau visé par le tutoré, sur les 8 niveaux du Cadre francophone des certifications (les diplômes courants y sont rattachés : CESS niveau 4, bachelier 6, master 7…). Le niveau visé est la « qualification visée » du tutoré, sinon la « qualification requise » de la fonction qu’il apprend.',
        en: 'The tutor’s qualification reaches at least the level the tutee aims at, on the 8 levels of the French-speaking qualifications framework (common diplomas are mapped onto it: CESS level 4, bachelier 6, master 7…). The aimed level is the tutee’s « qualification visée », else the « qualification requise » of the function they learn.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: 'posséder une qualification (concernant la fonction) au minimum équivalente à celle visée par le tutoré' },
    messages: {
        tooLow: {
            fr: '{tutor} a une qualification ({tutorQualification}) inférieure à celle que vise {tutee} ({aimed}). Confiez ce duo à un tuteur au moins aussi qualifié.',
            en: '{tutor} has a qualification ({tutorQualification}) below the one {tutee} aims at ({aimed}). Give this duo to a tutor who is at least as qualified.'
        },
        tutorMissing: {
            fr: 'Pour {tutor}, la qualification n’est pas indiquée : écrivez-la dans sa déclaration (« qualification bachelier » ou « qualification niveau 6 ») pour la comparer au niveau que vise {tutee}{aimed}.',
            en: 'The qualification of {tutor} is not given: write it in their declaration (« qualification bachelier » or « qualification niveau 6 ») so that it can be compared with the level {tutee} aims at{aimed}.'
        },
        aimedMissing: {
            fr: 'Le niveau de qualification que vise {tutee} n’est pas indiqué : écrivez « qualification visée … » dans sa déclaration, ou « qualification requise … » dans la fonction apprise, pour le comparer à la qualification détenue par {tutor}.',
            en: 'The qualification level {tutee} aims at is not given: write « qualification visée … » in their declaration, or « qualification requise … » in the function they learn, so that it can be compared with that of {tutor}.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tuteur François { qualification CQ7 }
    tutorée Léa { qualification visée bachelier }
    duo François accompagne Léa
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    fonction Éducateur { qualification requise bachelier }
    tutrice Élodie { qualification master }
    tutorée Léa { fonction visée Éducateur }
    duo Élodie accompagne Léa
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const pair = comparedPair(duo);
            const institution = institutionOf(duo);
            if (!pair || !institution) {
                return;
            }
            const { tutor, tutee } = pair;
            // The required qualification may come from a function declared in a third file.
            context.workspace.functions(institution);
            const aimed = aimedQualification(tutee);
            const aimedLevel = levelOf(aimed?.qualification);
            const tutorLevel = levelOf(tutor.qualification);
            const params = { tutor: tutor.name, tutee: tutee.name };
            if (!aimed || aimedLevel === undefined) {
                report('aimedMissing', { node: duo, property: 'tutee' }, { params });
            }
            if (!tutor.qualification || tutorLevel === undefined) {
                const aimedText = aimed ? context.text({ fr: ', soit {level}', en: ', that is {level}' }, { level: describeQualification(aimed.qualification, context.locale) }) : '';
                report('tutorMissing', { node: duo, property: 'tutor' }, { params: { ...params, aimed: aimedText } });
                return;
            }
            if (!aimed || aimedLevel === undefined || tutorLevel >= aimedLevel) {
                return;
            }
            report('tooLow', { node: duo, property: 'tutor' }, {
                params: { ...params, tutorQualification: describeQualification(tutor.qualification, context.locale), aimed: describeQualification(aimed.qualification, context.locale) },
                related: [
                    { node: tutor, property: 'qualification', message: { fr: 'Qualification détenue par {tutor}', en: 'Qualification of {tutor}' }, params },
                    aimed.from === 'tutee'
                        ? { node: aimed.node, property: 'targetQualification', message: { fr: 'Qualification visée par {tutee}', en: 'Qualification {tutee} aims at' }, params }
                        : { node: aimed.node, property: 'qualification', message: { fr: 'Qualification requise par la fonction {function}', en: 'Qualification required by the function {function}' }, params: { function: titleOrName(aimed.node, context.locale) } }
                ]
            });
        }
    }
});
