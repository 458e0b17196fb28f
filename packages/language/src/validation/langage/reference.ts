import { defineRule } from '../../rules/definition.js';

export const reference = defineRule({
    id: 'langage/reference',
    severity: 'error',
    configurable: false,
    crossFile: true,
    title: { fr: 'Chaque nom cité est déclaré', en: 'Every name used is declared' },
    description: {
        fr: 'Une personne, un service, une fonction, un organisme, un référentiel ou un modèle cité doit être déclaré dans l’espace de travail (dans n’importe quel fichier de l’institution).',
        en: 'A person, service, function, organisation, framework or template that is named must be declared in the workspace (in any file of the institution).'
    },
    messages: {
        inInstitution: {
            fr: '« {name} » ne correspond à {none} de l’institution {institution}, dans aucun de ses fichiers.{didYouMean} {howTo}',
            en: '“{name}” matches {none} of the institution {institution}, in any of its files.{didYouMean} {howTo}'
        },
        inWorkspace: {
            fr: '« {name} » ne correspond à {none} de l’espace de travail.{didYouMean} {howTo}',
            en: '“{name}” matches {none} in the workspace.{didYouMean} {howTo}'
        },
        unreadable: {
            fr: 'Les noms cités ici, comme « {name} », ne peuvent pas être vérifiés tant que {file} contient une erreur d’écriture (ligne {line}) : corrigez-la d’abord.',
            en: 'The names used here, such as “{name}”, cannot be checked while {file} contains a writing mistake (line {line}): correct it first.',
            severity: 'info'
        }
    },
    checks: {}
});
