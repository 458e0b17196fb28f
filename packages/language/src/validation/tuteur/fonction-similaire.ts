import { AstUtils } from 'langium';
import { titleOrName } from '../../i18n/french.js';
import { aimedFunction, areSimilarFunctions } from '../../model/organisation.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { comparedPair, PROFIL_RECOMMANDE } from './shared.js';

export const fonctionSimilaire = defineRule({
    id: 'tuteur/fonction-similaire',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur exerce une fonction similaire à celle qu’apprend le tutoré', en: 'The tutor holds a function similar to the one the tutee learns' },
    description: {
        fr: 'La fonction du tuteur est celle qu’apprend le tutoré (sa « fonction visée », sinon sa « fonction »), ou une fonction déclarée « similaire à » celle-ci (dans un sens ou dans l’autre). Les fonctions peuvent être déclarées dans n’importe quel fichier de l’institution.',
        en: 'The tutor’s function is the one the tutee learns (their « fonction visée », else their « fonction »), or a function declared « similaire à » it (either way). Functions may be declared in any file of the institution.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: 'exercer une fonction similaire à celle qui est apprise par le tutoré' },
    messages: {
        different: {
            fr: '{tutor} exerce la fonction {tutorFunction}, qui n’est pas celle qu’apprend {tutee} ({learnt}) ni déclarée similaire. Confiez ce duo à un tuteur qui exerce la fonction {learnt} ou, si les deux fonctions sont proches, écrivez « similaire à {learntName} » dans la déclaration « fonction {tutorFunctionName} ».',
            en: '{tutor} holds the function {tutorFunction}, which is neither the one {tutee} learns ({learnt}) nor declared similar. Give this duo to a tutor who holds the function {learnt} or, if both functions are close, write « similaire à {learntName} » in the declaration « fonction {tutorFunctionName} ».'
        },
        tutorFunctionMissing: {
            fr: 'Pour {tutor}, la fonction exercée n’est pas indiquée : écrivez « fonction … » dans sa déclaration, pour la comparer à celle qu’apprend {tutee}.',
            en: 'The function of {tutor} is not given: write « fonction … » in their declaration, so that it can be compared with the one {tutee} learns.'
        },
        learntFunctionMissing: {
            fr: 'La fonction qu’apprend {tutee} n’est pas indiquée : écrivez « fonction visée … » dans sa déclaration, pour la comparer à la fonction exercée par {tutor}.',
            en: 'The function {tutee} learns is not given: write « fonction visée … » in their declaration, so that it can be compared with the function of {tutor}.'
        }
    },
    fixes: [{ id: 'declareSimilar', title: { fr: 'Déclarer la fonction du tuteur similaire à celle qu’apprend le tutoré', en: 'Declare the tutor’s function similar to the one the tutee learns' } }],
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    fonction Éducateur
    fonction Infirmier
    tutrice Amina { fonction Infirmier }
    tutorée Léa { fonction visée Éducateur }
    duo Amina accompagne Léa
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    fonction Éducateur { similaire à AideSoignant }
    fonction AideSoignant
    tuteur François { fonction AideSoignant }
    tutorée Léa { fonction visée Éducateur }
    duo François accompagne Léa
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
            // Similar functions may be declared in a third file: depend on them explicitly.
            context.workspace.functions(institution);
            const params = { tutor: tutor.name, tutee: tutee.name };
            const tutorFunction = tutor.function?.ref;
            const learnt = aimedFunction(tutee);
            if (!tutorFunction && !tutor.function) {
                report('tutorFunctionMissing', { node: duo, property: 'tutor' }, { params });
            }
            if (!learnt && !tutee.targetFunction && !tutee.function) {
                report('learntFunctionMissing', { node: duo, property: 'tutee' }, { params });
            }
            if (!tutorFunction || !learnt || areSimilarFunctions(tutorFunction, learnt.function)) {
                return;
            }
            const fix = insertIntoBlock(tutorFunction, [`similaire à ${learnt.function.name}`]);
            report('different', { node: duo, property: 'tutor' }, {
                params: {
                    ...params,
                    tutorFunction: titleOrName(tutorFunction, context.locale),
                    learnt: titleOrName(learnt.function, context.locale),
                    tutorFunctionName: tutorFunction.name,
                    learntName: learnt.function.name
                },
                related: [
                    { node: tutor, property: 'function', message: { fr: 'Fonction exercée par {tutor}', en: 'Function of {tutor}' }, params },
                    { node: tutee, property: learnt.property, message: { fr: 'Fonction qu’apprend {tutee}', en: 'Function {tutee} learns' }, params }
                ],
                fixes: fix ? [{ fix: 'declareSimilar', edits: [{ ...fix, uri: AstUtils.getDocument(tutorFunction).uri.toString() }] }] : []
            });
        }
    }
});
