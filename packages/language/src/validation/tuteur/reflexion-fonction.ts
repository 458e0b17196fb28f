import { GrammarUtils } from 'langium';
import { actsAsTutor } from '../../model/organisation.js';
import type { ReflectionItem } from '../../generated/ast.js';
import { defineRule, type FixEdit } from '../../rules/definition.js';

/**
 * tuteur/reflexion-fonction — the tutor reflects regularly on the function: by self-evaluation,
 * a career interview with their superior or the tutors' referent, supervision or exchanges with
 * other tutors; the declaration says how, with whom and how often.
 */
export const reflexionFonction = defineRule({
    id: 'tuteur/reflexion-fonction',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Le tuteur réfléchit régulièrement à sa fonction', en: 'The tutor regularly reflects on the function' },
    description: {
        fr: 'La déclaration du tuteur dit comment il fait régulièrement le point sur sa fonction, dans un bloc « réflexion sur la fonction { … } » : auto-évaluation, entretien (avec son supérieur ou le référent des tuteurs), supervision ou échanges entre tuteurs, chacun avec son rythme (« supervision chaque trimestre », « entretien avec Nadia chaque année »). Un entretien dit avec qui il a lieu.',
        en: 'The tutor’s declaration says how they regularly take stock of the function, in a « réflexion sur la fonction { … } » block: self-evaluation, interview (with their superior or the tutors’ referent), supervision or exchanges between tutors, each with its rhythm (« supervision chaque trimestre », « entretien avec Nadia chaque année »). An interview says with whom it takes place.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur', en: 'Role of the tutor' },
        quote: 'Réfléchir régulièrement à sa fonction de tuteur (faire le point sous forme d’auto-évaluation, d’entretien d’évolution avec le supérieur ou le référent-tuteur, au moyen de supervisions/échanges avec d’autres tuteurs de l’entreprise ou du secteur d’activités…).'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'la réflexion sur la fonction', en: 'the reflection on the function' }, line: '// à compléter : réflexion sur la fonction { supervision chaque trimestre }' },
            fr: 'Rien ne dit comment {name} fait régulièrement le point sur sa fonction de tuteur. Ajoutez à sa déclaration « réflexion sur la fonction { … } » : auto-évaluation, entretien avec son supérieur ou le référent des tuteurs, supervision ou échanges entre tuteurs, avec leur rythme.',
            en: 'Nothing says how {name} regularly takes stock of the tutor function. Add « réflexion sur la fonction { … } » to their declaration: self-evaluation, interview with their superior or the tutors’ referent, supervision or exchanges between tutors, with their rhythm.'
        },
        noFrequency: {
            fr: '« {kind} » ne dit pas à quel rythme {name} fait le point : le guide demande d’y réfléchir régulièrement. Ajoutez le rythme, par exemple « chaque trimestre ».',
            en: '« {kind} » does not say how often {name} takes stock: the guide asks to reflect on the function regularly. Add the rhythm, for example « chaque trimestre ».'
        },
        interviewWithNobody: {
            fr: 'L’entretien de {name} sur sa fonction ne dit pas avec qui il a lieu : le guide le prévoit avec le supérieur ou le référent des tuteurs. Ajoutez « avec … ».',
            en: '{name}’s interview on the function does not say with whom it takes place: the guide plans it with the superior or the tutors’ referent. Add « avec … ».'
        }
    },
    fixes: [{ id: 'quarterly', title: { fr: 'Ajouter « chaque trimestre »', en: 'Add « chaque trimestre »' } }],
    examples: {
        nonCompliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie {\n        réflexion sur la fonction {\n            supervision « Supervision collective des tuteurs »\n        }\n    }\n}\n' },
        compliant: {
            'institution.tutorat': 'institution Exemple {\n    personne Nadia { rôle référent-tuteurs }\n    tutrice Élodie {\n        réflexion sur la fonction {\n            supervision chaque trimestre « Supervision collective des tuteurs »\n            entretien avec Nadia chaque année\n        }\n    }\n}\n'
        }
    },
    checks: {
        Person(person, report, context) {
            if (!person.name || !actsAsTutor(person, context.workspace)) {
                return;
            }
            const items = person.reflection?.items ?? [];
            if (items.length === 0) {
                report('missing', { node: person, property: 'name' }, { params: { name: person.name } });
                return;
            }
            for (const item of items) {
                if (!item.frequency) {
                    const edit = frequencyEdit(item);
                    report('noFrequency', { node: item, property: 'kind' }, {
                        params: { name: person.name, kind: item.kind === 'échanges' ? 'échanges entre tuteurs' : item.kind },
                        fixes: edit ? [{ fix: 'quarterly', edits: [edit] }] : undefined
                    });
                }
                if (item.kind === 'entretien' && item.with.length === 0) {
                    report('interviewWithNobody', { node: item, property: 'kind' }, { params: { name: person.name } });
                }
            }
        }
    }
});

/** « supervision » → « supervision chaque trimestre »: the rhythm goes after the kind, or after the people met. */
function frequencyEdit(item: ReflectionItem): FixEdit | undefined {
    const cst = item.$cstNode;
    if (!cst) {
        return undefined;
    }
    const anchor = GrammarUtils.findNodesForProperty(cst, 'with').pop() ?? GrammarUtils.findNodeForKeyword(cst, item.kind === 'échanges' ? 'tuteurs' : item.kind);
    return anchor ? { range: { start: anchor.range.end, end: anchor.range.end }, newText: ' chaque trimestre' } : undefined;
}
