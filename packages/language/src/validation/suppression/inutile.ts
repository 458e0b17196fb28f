import { defineRule } from '../../rules/definition.js';

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
