import { isCharterTemplate, type ToComplete } from '../../generated/ast.js';
import { quote } from '../../i18n/locale.js';
import { SECTION_HEADERS, sectionOf, todosWrittenIn, type CharterLike } from '../../model/charter.js';
import { defineRule, type RuleContext } from '../../rules/definition.js';
import { completeInheritedTodoEdit, fillTodoEdit, profileValues, writtenElement, type ProfileValues } from '../charter-fixes.js';
import { ESTABLISHING_THE_CHARTER } from './shared.js';

type TodoKind = 'Section' | 'Item' | 'Field';

/** Whether a « à compléter » stands for a whole section, an element of a section, or a field of the tutor profile. */
function kindOf(todo: ToComplete): TodoKind {
    const section = sectionOf(todo);
    if (!section || todo.$container === section.node) {
        return 'Section';
    }
    return section.key === 'tutorProfile' ? 'Field' : 'Item';
}

/** The message parameters that describe a « à compléter »: the element, its section, the template's hint. */
function describeTodo(todo: ToComplete, owner: CharterLike, context: RuleContext) {
    return {
        element: writtenElement(todo),
        section: SECTION_HEADERS[sectionOf(todo)?.key ?? 'replacement'],
        template: isCharterTemplate(owner) ? owner.name : '',
        hint: todo.hint ? context.text({ fr: ' (consigne : {hint})', en: ' (hint: {hint})' }, { hint: quote(todo.hint, context.locale) }) : ''
    };
}

const LEFT_BY_TEMPLATE = { fr: 'Laissé à compléter par le modèle {template}', en: 'Left to complete by the template {template}' };

export const aCompleter = defineRule({
    id: 'modele/a-completer',
    severity: 'error',
    crossFile: true,
    title: { fr: 'La charte complète ce que son modèle laisse « à compléter »', en: 'The charter fills in what its template leaves “à compléter”' },
    description: {
        fr: 'Un modèle de charte peut laisser des éléments « à compléter » par chaque institution membre. La charte qui étend ce modèle (directement ou par un autre modèle) doit les compléter : elle écrit la section concernée, qui remplace celle du modèle, ou le champ du profil du tuteur. Dans une charte, « à compléter » est une erreur : rien ne viendra le compléter. Dans le modèle lui-même, ces éléments sont signalés pour information. Tant que des modèles s’étendent en boucle (modele/heritage), rien n’est dit de ce qui reste à compléter.',
        en: 'A charter template may leave elements “à compléter” (to complete) for each member institution. The charter that extends the template (directly or through another template) must complete them: it writes the section, which replaces the template’s, or the tutor profile field. In a charter, “à compléter” is an error: nothing will ever complete it. In the template itself, these elements are information. As long as templates extend each other in a loop (modele/heritage), nothing is said of what remains to complete.'
    },
    guide: ESTABLISHING_THE_CHARTER,
    messages: {
        inheritedSection: {
            fr: 'Le modèle {template} laisse la section « {section} » à compléter{hint}, et la charte ne l’a pas encore écrite. Écrivez la section « {section} » dans la charte, avec ce que l’institution a décidé.',
            en: 'The template {template} leaves the “{section}” section to complete{hint}, and the charter has not written it yet. Write the “{section}” section in the charter, with what the institution decided.'
        },
        inheritedItem: {
            fr: 'Le modèle {template} laisse « {element} » à compléter dans la section « {section} »{hint}, et la charte ne l’a pas encore fait. Écrivez la section « {section} » dans la charte avec « {element} » complété ; elle remplace celle du modèle : reprenez-en les autres éléments.',
            en: 'The template {template} leaves “{element}” to complete in the “{section}” section{hint}, and the charter has not done it yet. Write the “{section}” section in the charter with “{element}” completed; it replaces the template’s: copy its other elements.'
        },
        inheritedField: {
            fr: 'Le modèle {template} laisse « {element} » du profil du tuteur à compléter{hint}, et la charte ne le fixe pas. Ajoutez « {element} » au profil du tuteur de la charte, avec la valeur retenue par l’institution.',
            en: 'The template {template} leaves “{element}” of the tutor profile to complete{hint}, and the charter does not set it. Add “{element}” to the charter’s tutor profile, with the value the institution chose.'
        },
        own: {
            fr: 'La charte laisse « {element} » à compléter{hint} : dans une charte, rien ne viendra le compléter. Remplacez « à compléter » par ce que l’institution a décidé.',
            en: 'The charter leaves “{element}” to complete{hint}: in a charter, nothing will ever complete it. Replace “à compléter” with what the institution decided.'
        },
        templateOwn: {
            severity: 'info',
            fr: '« {element} » est laissé à compléter pour les institutions membres{hint}. Chaque charte qui étend le modèle {template} devra le compléter.{advice}',
            en: '“{element}” is left to complete for the member institutions{hint}. Every charter extending the template {template} will have to complete it.{advice}'
        },
        templateInherited: {
            severity: 'info',
            fr: 'Le modèle {template} laisse « {element} »{inSection} à compléter{hint}, et ce modèle ne le complète pas : chaque charte qui étend {child} devra le compléter.',
            en: 'The template {template} leaves “{element}”{inSection} to complete{hint}, and this template does not complete it: every charter extending {child} will have to complete it.'
        }
    },
    fixes: [
        { id: 'completer-dans-la-charte', title: { fr: 'Écrire l’élément dans la charte, avec la consigne du modèle à réécrire', en: 'Write the element in the charter, with the template’s hint to rewrite' } },
        { id: 'remplacer-a-completer', title: { fr: 'Remplacer « à compléter » par un texte à réécrire', en: 'Replace “à compléter” with a text to rewrite' } }
    ],
    examples: {
        nonCompliant: {
            'federation/modele.tutorat': 'modèle de charte CP319 « Modèle de charte — CP 319.02 » {\n    suppléance à compléter « Précisez qui remplace le tuteur absent. »\n}\n',
            'les-lilas/charte.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    charte « Charte du tutorat » étend CP319 {\n        version « 2026 »\n    }\n}\n'
        },
        compliant: {
            'federation/modele.tutorat': 'modèle de charte CP319 « Modèle de charte — CP 319.02 » {\n    suppléance à compléter « Précisez qui remplace le tuteur absent. »\n}\n',
            'les-lilas/charte.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    charte « Charte du tutorat » étend CP319 {\n        suppléance « La coordinatrice désigne un suppléant parmi les tuteurs formés. »\n    }\n}\n'
        }
    },
    checks: {
        Charter(charter, report, context) {
            const effective = context.workspace.effectiveCharter(charter);
            // Templates that extend each other in a loop cannot be assembled: modele/heritage says so, once.
            if (effective.cycle) {
                return;
            }
            let values: ProfileValues | undefined;
            const valuesOf = () => (values ??= profileValues(charter, context));
            for (const todo of todosWrittenIn(charter)) {
                const edit = fillTodoEdit(todo, valuesOf);
                report('own', { node: todo }, {
                    params: describeTodo(todo, charter, context),
                    fixes: edit ? [{ fix: 'remplacer-a-completer', edits: [edit] }] : []
                });
            }
            for (const open of effective.openTodos().filter((todo) => todo.owner !== charter)) {
                const params = describeTodo(open.node, open.owner, context);
                const edit = completeInheritedTodoEdit(charter, open.node, valuesOf);
                report(`inherited${kindOf(open.node)}`, { node: charter, property: 'template' }, {
                    params,
                    related: [{ node: open.node, message: LEFT_BY_TEMPLATE, params: { template: params.template } }],
                    fixes: edit ? [{ fix: 'completer-dans-la-charte', edits: [edit] }] : []
                });
            }
        },
        CharterTemplate(template, report, context) {
            const effective = context.workspace.effectiveCharter(template);
            if (effective.cycle) {
                return;
            }
            for (const todo of todosWrittenIn(template)) {
                report('templateOwn', { node: todo }, { params: { ...describeTodo(todo, template, context), advice: todo.hint ? '' : context.text(HINT_ADVICE) } });
            }
            for (const open of effective.openTodos().filter((todo) => todo.owner !== template)) {
                const params = describeTodo(open.node, open.owner, context);
                report('templateInherited', { node: template, property: 'parent' }, {
                    params: {
                        ...params,
                        child: template.name,
                        inSection: params.element === params.section ? '' : context.text({ fr: ' dans la section « {section} »', en: ' in the “{section}” section' }, params)
                    },
                    related: [{ node: open.node, message: LEFT_BY_TEMPLATE, params: { template: params.template } }]
                });
            }
        }
    }
});

const HINT_ADVICE = {
    fr: ' Ajoutez une consigne entre « » après « à compléter » pour guider les institutions.',
    en: ' Add a hint between « » after “à compléter” to guide the institutions.'
};
