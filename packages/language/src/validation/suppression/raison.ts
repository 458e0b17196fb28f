import { defineRule } from '../../rules/definition.js';

export const raison = defineRule({
    id: 'suppression/raison',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Une suppression donne sa raison', en: 'A suppression gives its reason' },
    description: {
        fr: 'Faire taire une constatation est parfois justifié (une dérogation accordée, une situation transitoire) ; la raison doit alors être écrite après les deux-points, pour que l’équipe et l’auditeur la comprennent : « // tutorat-ignorer tuteur/charge : dérogation accordée par la direction jusqu’au 31/12/2026 ».',
        en: 'Silencing a finding is sometimes justified (a granted exemption, a transitional situation); the reason must then be written after the colon, so that the team and an auditor understand it: "// tutorat-ignorer tuteur/charge : dérogation accordée par la direction jusqu’au 31/12/2026".'
    },
    messages: {
        noReason: {
            fr: 'Cette suppression ({ids}) ne dit pas pourquoi : écrivez la raison après les deux-points, par exemple « // tutorat-ignorer {ids} : dérogation accordée par la direction ». Sans raison, elle ne fait rien taire.',
            en: 'This suppression ({ids}) does not say why: write the reason after the colon, e.g. "// tutorat-ignorer {ids} : exemption granted by the management". Without a reason it silences nothing.'
        }
    },
    checks: {}
});
