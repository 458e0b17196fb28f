import { defineRule } from '../rules/definition.js';

/**
 * Findings about inline suppressions (`// tutorat-ignorer règle : raison`). The suppressions
 * themselves are applied by the document validator, after every other rule has run.
 */

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

export const inutile = defineRule({
    id: 'suppression/inutile',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Une suppression fait taire une constatation', en: 'A suppression silences a finding' },
    description: {
        fr: 'Une suppression qui ne fait rien taire (la constatation a disparu, la règle est mal orthographiée, la ligne visée a changé) doit être retirée : elle donnerait l’impression qu’un écart est connu et accepté.',
        en: 'A suppression that silences nothing (the finding has gone, the rule is misspelt, the target line changed) must be removed: it would suggest that a known gap is accepted.'
    },
    messages: {
        unused: {
            fr: 'Cette suppression de « {id} » ne fait rien taire à la ligne {line} : la constatation a disparu ou la ligne a changé. Retirez-la ou placez-la juste au-dessus de la ligne concernée.',
            en: 'This suppression of “{id}” silences nothing on line {line}: the finding has gone or the line has changed. Remove it or place it right above the line concerned.'
        },
        unknownRule: {
            fr: 'La règle « {id} » n’existe pas : vérifiez son identifiant (liste complète avec « tutorat rules »).',
            en: 'The rule “{id}” does not exist: check its identifier (full list with "tutorat rules").'
        },
        notSuppressible: {
            fr: '« {id} » ne peut pas être ignorée : corrigez le document.',
            en: '“{id}” cannot be ignored: correct the document.'
        },
        noRule: {
            fr: 'Cette suppression ne nomme aucune règle : écrivez « // tutorat-ignorer famille/règle : raison ».',
            en: 'This suppression names no rule: write "// tutorat-ignorer family/rule : reason".'
        }
    },
    checks: {}
});

export const suppressionRules = [raison, inutile];
