import { defineRule } from '../../rules/definition.js';
import { PROFIL_QUOTE, PROFIL_RECOMMANDE, minimumChecks } from './shared.js';

export const experience = defineRule({
    id: 'tuteur/experience',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur a l’expérience professionnelle demandée', en: 'The tutor has the required professional experience' },
    description: {
        fr: 'L’expérience professionnelle pertinente du tuteur atteint le minimum fixé par la charte (pour son service s’il y en a un, sinon pour l’institution), par le modèle de charte ou par la configuration du projet ; à défaut, 2 ans. Le constat dit quel minimum s’applique et d’où il vient.',
        en: 'The tutor’s relevant professional experience reaches the minimum set by the charter (for their service if there is one, otherwise for the institution), by the charter template or by the project configuration; otherwise 2 years. The finding says which minimum applies and where it comes from.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: PROFIL_QUOTE },
    messages: {
        missing: {
            absence: { what: { fr: 'l’expérience professionnelle', en: 'the professional experience' }, line: '// à compléter : expérience … ans' },
            fr: 'Pour {name}, l’expérience professionnelle n’est pas indiquée : écrivez-la dans sa déclaration, par exemple « expérience 5 ans ». Le minimum demandé{forService} est de {min}.',
            en: 'The professional experience of {name} is not given: write it in their declaration, e.g. « expérience 5 ans ». The minimum required{forService} is {min}.'
        },
        tooShort: {
            fr: '{name} a {value} d’expérience professionnelle, moins que le minimum demandé{forService} : {min}. Choisissez un tuteur plus expérimenté, ou adaptez le minimum de la charte à la fonction.',
            en: '{name} has {value} of professional experience, less than the minimum required{forService}: {min}. Choose a more experienced tutor, or adapt the charter’s minimum to the function.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { expérience minimale 3 ans } }
    tutrice Élodie { expérience 1 an }
    tuteur François
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { expérience minimale 3 ans } }
    tutrice Élodie { expérience 9 ans }
}
`
        }
    },
    checks: minimumChecks('experience')
});
