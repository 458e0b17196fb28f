import { defineRule } from '../../rules/definition.js';
import { PROFIL_QUOTE, PROFIL_RECOMMANDE, minimumChecks } from './shared.js';

export const anciennete = defineRule({
    id: 'tuteur/anciennete',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur a l’ancienneté demandée dans l’institution', en: 'The tutor has the required seniority in the institution' },
    description: {
        fr: 'L’ancienneté du tuteur au sein de l’institution atteint le minimum fixé par la charte (pour son service s’il y en a un), par le modèle de charte ou par la configuration du projet ; à défaut, 1 an. Le constat dit quel minimum s’applique et d’où il vient.',
        en: 'The tutor’s seniority in the institution reaches the minimum set by the charter (for their service if there is one), by the charter template or by the project configuration; otherwise 1 year. The finding says which minimum applies and where it comes from.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: PROFIL_QUOTE },
    messages: {
        missing: {
            absence: { what: { fr: 'l’ancienneté dans l’institution', en: 'the seniority in the institution' }, line: '// à compléter : ancienneté … ans' },
            fr: 'Pour {name}, l’ancienneté dans l’institution n’est pas indiquée : écrivez-la dans sa déclaration, par exemple « ancienneté 3 ans ». Le minimum demandé{forService} est de {min}.',
            en: 'The seniority of {name} in the institution is not given: write it in their declaration, e.g. « ancienneté 3 ans ». The minimum required{forService} is {min}.'
        },
        tooShort: {
            fr: '{name} a {value} d’ancienneté dans l’institution, moins que le minimum demandé{forService} : {min}. Choisissez un tuteur qui connaît mieux l’institution, ou adaptez le minimum de la charte.',
            en: '{name} has {value} of seniority in the institution, less than the minimum required{forService}: {min}. Choose a tutor who knows the institution better, or adapt the charter’s minimum.'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { ancienneté 6 mois }\n}\n' },
        compliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { ancienneté 6 ans }\n}\n' }
    },
    checks: minimumChecks('seniority')
});
