import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { duoExample } from './example.js';
import { TO_COMPLETE_NAME, duoHeader, duoParams } from './place.js';
import { CONDITIONS } from './shared.js';

export const suppleant = defineRule({
    id: 'duo/suppleant',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Un suppléant remplace le tuteur absent', en: 'A substitute replaces the absent tutor' },
    description: {
        fr: 'Chaque duo nomme un suppléant (« suppléant … »), sauf si la charte de l’institution (ou le modèle qu’elle étend) organise la suppléance dans sa section « suppléance ».',
        en: 'Each duo names a substitute (« suppléant … »), unless the institution’s charter (or the template it extends) organises replacement in its « suppléance » section.'
    },
    guide: {
        section: CONDITIONS,
        quote: 'impliquer dans le tutorat l’ensemble de l’équipe de travail où va évoluer le tutoré et organiser une suppléance en cas d’absence du tuteur désigné',
        enBref: [4]
    },
    messages: {
        missing: {
            absence: { what: { fr: 'un suppléant', en: 'a substitute' }, line: `suppléant ${TO_COMPLETE_NAME}` },
            fr: 'Personne n’est prévu pour remplacer {tutor} auprès de {tutee} en cas d’absence : nommez un suppléant dans le duo (« suppléant … »), ou décrivez la suppléance dans la charte (« suppléance « … » »).',
            en: 'Nobody is planned to replace {tutor} with {tutee} in case of absence: name a substitute in the duo (« suppléant … »), or describe replacement in the charter (« suppléance « … » »).'
        },
        charterToComplete: {
            absence: { what: { fr: 'un suppléant', en: 'a substitute' }, line: `suppléant ${TO_COMPLETE_NAME}` },
            fr: 'Personne n’est prévu pour remplacer {tutor} auprès de {tutee} en cas d’absence, et la suppléance de la charte est encore « à compléter » : nommez un suppléant dans le duo (« suppléant … ») ou complétez la suppléance de la charte.',
            en: 'Nobody is planned to replace {tutor} with {tutee} in case of absence, and the charter’s replacement is still « à compléter »: name a substitute in the duo (« suppléant … ») or complete the charter’s replacement.'
        }
    },
    fixes: [{ id: 'addSubstitute', title: { fr: 'Nommer un suppléant dans le duo (nom à compléter)', en: 'Name a substitute in the duo (name to complete)' } }],
    examples: { nonCompliant: duoExample(['suppléant']), compliant: duoExample() },
    checks: {
        Duo(duo, report, context) {
            if (duo.substitute) {
                return;
            }
            const charter = context.workspace.charterOf(institutionOf(duo));
            const replacement = charter ? context.workspace.effectiveCharter(charter).section('replacement') : undefined;
            if (replacement && !replacement.node.todo) {
                return;
            }
            const edit = insertIntoBlock(duo, [`suppléant ${TO_COMPLETE_NAME}`]);
            report(replacement ? 'charterToComplete' : 'missing', duoHeader(duo), {
                params: duoParams(duo),
                related: replacement ? [{ node: replacement.node, message: { fr: 'Suppléance laissée « à compléter »', en: 'Replacement left « à compléter »' } }] : [],
                fixes: edit ? [{ fix: 'addSubstitute', edits: [edit] }] : []
            });
        }
    }
});
