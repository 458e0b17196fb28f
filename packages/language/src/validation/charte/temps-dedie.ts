import { type TutoringTime } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, messages, sectionRule } from './section-rule.js';

export const tempsDedie = sectionRule({
    id: 'charte/temps-dedie',
    severity: 'warning',
    title: { fr: 'Du temps de travail est dédié au tutorat', en: 'Working time is dedicated to tutoring' },
    description: {
        fr: 'La section « temps de tutorat » dit combien de temps est dédié au tutorat ou comment ce temps est formalisé (par exemple un avenant au contrat de travail), et le compte dans la charge de travail du tuteur.',
        en: 'The “temps de tutorat” section says how much time is dedicated to tutoring or how that time is formalised (e.g. an amendment to the employment contract), and counts it in the tutor’s workload.'
    },
    guide: {
        section: { fr: 'Conditions de réussite; En bref 4', en: 'Conditions for success; In short 4' },
        quote: 'Dédier du temps de travail aux actions de tutorat (via par exemple un avenant au contrat de travail)',
        enBref: [4]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne dédie pas de temps de travail au tutorat{scope}. Ajoutez une section « temps de tutorat » avec le volume (« volume 3 heures par semaine ») ou sa formalisation (« formalisé par » un avenant au contrat de travail), et « compté dans la charge de travail ».',
            en: 'The charter dedicates no working time to tutoring{scope}. Add a “temps de tutorat” section with the amount (“volume 3 heures par semaine”) or its formalisation (“formalisé par” an amendment to the employment contract), and “compté dans la charge de travail”.'
        },
        noDedicatedTime: {
            fr: 'Le temps de tutorat{from} ne dit ni combien de temps est dédié au tutorat, ni comment ce temps est formalisé. Ajoutez « volume » (par exemple 3 heures par semaine) ou « formalisé par » suivi, entre « », de la formalisation, par exemple un avenant au contrat de travail.',
            en: 'The tutoring time{from} says neither how much time is dedicated to tutoring nor how that time is formalised. Add “volume” (e.g. 3 heures par semaine) or “formalisé par” followed, between « », by the formalisation, e.g. an amendment to the employment contract.'
        },
        notWorkload: {
            fr: 'Le temps de tutorat{from} n’est pas compté dans la charge de travail du tuteur : le tutorat s’ajouterait à son travail habituel. Ajoutez « compté dans la charge de travail ».',
            en: 'The tutoring time{from} is not counted in the tutor’s workload: tutoring would come on top of their usual work. Add “compté dans la charge de travail”.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne dédie pas de temps de travail au tutorat{scope}. Proposez une section « temps de tutorat » aux institutions membres, ou écrivez « temps de tutorat à compléter ».',
            en: 'The template {template} dedicates no working time to tutoring{scope}. Offer a “temps de tutorat” section to the member institutions, or write “temps de tutorat à compléter”.'
        },
        noDedicatedTime: {
            fr: 'Dans le modèle {template}, le temps de tutorat{from} ne dit ni son volume ni sa formalisation. Ajoutez « volume » ou « formalisé par », ou laissez toute la section « à compléter ».',
            en: 'In the template {template}, the tutoring time{from} gives neither its amount nor its formalisation. Add “volume” or “formalisé par”, or leave the whole section “à compléter”.'
        },
        notWorkload: {
            fr: 'Dans le modèle {template}, le temps de tutorat{from} n’est pas compté dans la charge de travail. Ajoutez « compté dans la charge de travail », ou laissez toute la section « à compléter ».',
            en: 'In the template {template}, the tutoring time{from} is not counted in the workload. Add “compté dans la charge de travail”, or leave the whole section “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['temps de tutorat {', '    volume 2 heures par semaine', '}']),
        compliant: charterExample([
            'temps de tutorat {',
            '    volume 2 heures par semaine',
            '    formalisé par « un avenant au contrat de travail du tuteur »',
            '    compté dans la charge de travail',
            '}'
        ])
    },
    spec: {
        key: 'tutoringTime',
        requirements: [{
            message: 'noDedicatedTime',
            elements: [{
                form: ELEMENTS.tutoringTime.formalisation,
                label: { fr: 'le temps dédié', en: 'the dedicated time' },
                present: (section: TutoringTime) => section.volume !== undefined || section.formalisation !== undefined
            }]
        }, {
            message: 'notWorkload',
            elements: [{ form: ELEMENTS.tutoringTime.workload, label: { fr: 'la charge de travail', en: 'the workload' }, present: (section: TutoringTime) => section.countsAsWorkload }]
        }]
    }
});
