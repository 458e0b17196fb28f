import { GrammarUtils } from 'langium';
import { type Duo } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { type Bilingual } from '../../i18n/locale.js';
import { isAbove, type HierarchyLink } from '../../model/organisation.js';
import { defineRule, type RelatedPlace, type RuleContext } from '../../rules/definition.js';

/** A person block, the way the examples of the documentation pages write the people around a duo. */
const PEOPLE = `    fonction Éducateur { qualification requise bachelier }
    service Hébergement { responsable Nadia }
    personne Nadia { fonction Éducateur }
`;

export const nonSuperieur = defineRule({
    id: 'tuteur/non-superieur',
    severity: 'error',
    crossFile: true,
    title: { fr: 'Le tuteur n’est pas le supérieur hiérarchique du tutoré', en: 'The tutor is not the tutee’s hierarchical superior' },
    description: {
        fr: 'Le tuteur est un pair du tutoré, jamais son supérieur hiérarchique : ni directement (« supérieur hiérarchique »), ni plus haut dans la ligne hiérarchique, ni comme responsable du service du tutoré. La ligne hiérarchique est lue dans tous les fichiers de l’institution. Le suppléant est vérifié de la même façon.',
        en: 'The tutor is a peer of the tutee, never their hierarchical superior: neither directly (« supérieur hiérarchique »), nor higher up the hierarchy, nor as head of the tutee’s service. The hierarchy is read in all files of the institution. The substitute is checked the same way.'
    },
    guide: {
        section: { fr: 'Le choix du tuteur — profil recommandé ; Rôle du tuteur', en: 'Choosing the tutor — recommended profile; Role of the tutor' },
        quote: 'ne pas être le supérieur hiérarchique du tutoré : la fonction tutorale a des finalités distinctes de celles de la fonction de management ; le tuteur est un « pair » et non un supérieur.'
    },
    messages: {
        tutorIsSuperior: {
            fr: 'Dans la ligne hiérarchique, {tutee} rend compte à {tutor}{how} : un tuteur est un pair, pas un supérieur. Confiez ce duo à un collègue sans lien hiérarchique avec {tutee}.',
            en: 'In the hierarchy, {tutee} reports to {tutor}{how}: a tutor is a peer, not a superior. Give this duo to a colleague with no hierarchical link to {tutee}.'
        },
        substituteIsSuperior: {
            fr: 'Dans la ligne hiérarchique, {tutee} rend compte à {substitute}{how}, {substituteWord} de ce duo : comme le tuteur, la personne qui le remplace est un pair, pas un supérieur. Nommez une autre personne pour la suppléance.',
            en: 'In the hierarchy, {tutee} reports to {substitute}{how}, {substituteWord} of this duo: like the tutor, whoever replaces them is a peer, not a superior. Name someone else as substitute.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
${PEOPLE}    tutrice Élodie { service Hébergement }
    tutoré Karim { service Hébergement supérieur hiérarchique Élodie }
    duo Élodie accompagne Karim { période du 01/09/2026 au 31/12/2026 }
    // Nadia est la responsable du service de Karim : elle ne peut pas le suppléer.
    tutrice Amina
    tutorée Léa { service Hébergement }
    duo Amina accompagne Léa { suppléante Nadia }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
${PEOPLE}    tutrice Élodie { service Hébergement }
    tutoré Karim { service Hébergement }
    // Karim rend compte à Nadia, responsable du service ; Élodie est sa collègue.
    duo Élodie accompagne Karim { période du 01/09/2026 au 31/12/2026 }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.ref;
            const tutee = duo.tutee?.ref;
            if (!tutee) {
                return;
            }
            if (tutor && tutor !== tutee) {
                const links = isAbove(tutor, tutee, context.workspace);
                if (links) {
                    report('tutorIsSuperior', { node: duo, property: 'tutor' }, {
                        params: { tutor: tutor.name, tutee: tutee.name, how: describeHow(links, context) },
                        related: links.map((link) => linkRelated(link, context))
                    });
                }
            }
            const substitute = duo.substitute?.ref;
            if (substitute && substitute !== tutee && substitute !== tutor) {
                const links = isAbove(substitute, tutee, context.workspace);
                if (links) {
                    report('substituteIsSuperior', { node: duo, property: 'substitute' }, {
                        params: { substitute: substitute.name, tutee: tutee.name, how: describeHow(links, context), substituteWord: context.locale === 'en' ? 'the substitute' : substituteWordOf(duo) },
                        related: links.map((link) => linkRelated(link, context))
                    });
                }
            }
        }
    }
});

const LINK_TEXTS = {
    written: { fr: '{person} rend compte à {superior}', en: '{person} reports to {superior}' },
    serviceHead: { fr: '{person} rend compte à {superior}, responsable du service {service}', en: '{person} reports to {superior}, head of the {service} service' }
} satisfies Record<string, Bilingual>;

function linkParams(link: HierarchyLink, context: RuleContext) {
    return { person: link.person.name, superior: link.superior.name, service: titleOrName(link.throughService, context.locale) };
}

/** « suppléante » or « suppléant », as the duo writes it. */
function substituteWordOf(duo: Duo): string {
    return duo.$cstNode && GrammarUtils.findNodeForKeyword(duo.$cstNode, 'suppléante') ? 'suppléante' : 'suppléant';
}

/**
 * What the sentence « Karim rend compte à Nadia » does not say yet: nothing for a superior written
 * in Karim's declaration, « , responsable du service Hébergement » for the head of his service,
 * the whole line in parentheses when it goes through other people.
 */
function describeHow(links: readonly HierarchyLink[], context: RuleContext): string {
    if (links.length === 1) {
        const service = links[0].throughService;
        return service ? context.text({ fr: ', responsable du service {service}', en: ', head of the {service} service' }, { service: titleOrName(service, context.locale) }) : '';
    }
    const line = links.map((link) => context.text(link.throughService ? LINK_TEXTS.serviceHead : LINK_TEXTS.written, linkParams(link, context))).join(context.text({ fr: ' ; ', en: '; ' }));
    return ` (${line})`;
}

/** The line that makes the link: the person's « supérieur hiérarchique », or the service's « responsable ». */
function linkRelated(link: HierarchyLink, context: RuleContext): RelatedPlace {
    return link.throughService
        ? { node: link.throughService, property: 'head', message: LINK_TEXTS.serviceHead, params: linkParams(link, context) }
        : { node: link.person, property: 'superior', message: LINK_TEXTS.written, params: linkParams(link, context) };
}
