import type { Method } from '../../generated/ast.js';
import { defineRule } from '../../rules/definition.js';
import { titleOrName } from '../../i18n/french.js';
import { activitiesOf, hasText } from '../../model/path.js';
import { completePathExample } from './head-line.js';

/** Known methods compare by keyword, custom ones by their text, whatever the case and spacing. */
function methodKey(method: Method): string | undefined {
    if (method.known) {
        return method.known;
    }
    return hasText(method.custom) ? `«${method.custom!.trim().toLocaleLowerCase('fr')}»` : undefined;
}

function writtenMethod(method: Method): string {
    return method.known ?? `« ${method.custom!.trim()} »`;
}

/** What the examples' activities write, each with its methods. */
function methodsExample(first: string, second: string): string {
    return completePathExample(['projet professionnel « Infirmière en soins palliatifs »', 'supports « Fiches techniques »'])
        .replace('activité « Visite de l’institution »', `activité « Visite de l’institution » méthode ${first}`)
        .replace('activité « Soins en binôme » développe SOI1', `activité « Soins en binôme » développe SOI1 méthode ${second}`);
}

/**
 * parcours/methodes — the tutor uses different teaching methods. Only a path that says how each of
 * its activities is taught can show that it uses a single one: a path whose activities do not all
 * name their methods is left alone (the methods are optional).
 */
export const methodes = defineRule({
    id: 'parcours/methodes',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le parcours varie les méthodes pédagogiques', en: 'The path varies its teaching methods' },
    description: {
        fr: 'Quand chaque activité d’un parcours dit sa méthode (« activité « … » méthode démonstration ») et que le parcours a au moins deux activités, elles n’utilisent pas toutes la même méthode : le guide demande au tuteur d’utiliser différentes méthodes pédagogiques (explication, démonstration, expérimentation, entretien, mais aussi observation, mise en situation ou une autre entre « »). Un parcours dont des activités ne disent pas leur méthode n’est pas vérifié.',
        en: 'When every activity of a path states its method (« activité « … » méthode démonstration ») and the path has at least two activities, they do not all use the same method: the guide asks the tutor to use different teaching methods (explanation, demonstration, experimentation, interview, but also observation, role play or another between « »). A path some of whose activities do not state their method is not checked.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur — former le tutoré', en: 'Role of the tutor — training the tutee' },
        quote: 'Utiliser différentes méthodes pédagogiques (explication, démonstration, expérimentation, entretien).'
    },
    messages: {
        single: {
            fr: 'Les {count} activités du parcours {path} utilisent toutes la même méthode, {method} : le guide demande au tuteur d’utiliser différentes méthodes pédagogiques (explication, démonstration, expérimentation, entretien). Variez-les, par exemple « méthodes {method}, {other} » pour l’une des activités.',
            en: 'The {count} activities of the path {path} all use the same method, {method}: the guide asks the tutor to use different teaching methods (explanation, demonstration, experimentation, interview). Vary them, for example « méthodes {method}, {other} » for one of the activities.'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': methodsExample('démonstration', 'démonstration') },
        compliant: { 'institution.tutorat': methodsExample('explication', 'démonstration, expérimentation') }
    },
    checks: {
        TrainingPath(path, report, context) {
            const activities = activitiesOf(path).map((placed) => placed.item);
            if (!path.name || activities.length < 2) {
                return;
            }
            const methods = activities.map((activity) => activity.methods.filter((method) => methodKey(method) !== undefined));
            if (methods.some((named) => named.length === 0)) {
                return;
            }
            const distinct = new Set(methods.flat().map(methodKey));
            if (distinct.size !== 1) {
                return;
            }
            const method = methods[0][0];
            report('single', { node: path, property: 'name' }, {
                params: {
                    count: activities.length, path: titleOrName(path, context.locale), method: writtenMethod(method),
                    other: method.known === 'expérimentation' ? 'entretien' : 'expérimentation'
                },
                related: activities.map((activity) => ({
                    node: activity, property: 'methods',
                    message: { fr: 'Activité « {title} » : {method}', en: 'Activity « {title} »: {method}' }, params: { title: activity.title ?? '', method: writtenMethod(method) }
                }))
            });
        }
    }
});
