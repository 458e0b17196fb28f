import { AstUtils, GrammarUtils } from 'langium';
import { isServiceProfile, type Duo, type Service, type Person, type SpecificProfile, type TutorCertificate, type TutorTraining } from '../generated/ast.js';
import { joinList, quote, type Bilingual } from '../i18n/locale.js';
import { agree, titleOrName } from '../i18n/french.js';
import { actsAsTutor, aimedFunction, areSimilarFunctions, isAbove, serviceOfDuo, type HierarchyLink } from '../model/organisation.js';
import { aimedQualification, describeQualification, levelOf } from '../model/qualifications.js';
import { formatDate, formatSpan, parseDate, rangeOf, spanInDays, spanOf, type DateRange } from '../model/time.js';
import { PROFILES } from '../model/vocabulary.js';
import { hasText } from '../model/path.js';
import { defineRule, type ExampleWorkspace, type RelatedPlace, type Reporter, type RuleChecks, type RuleContext, type RuleDefinition } from '../rules/definition.js';
import { insertIntoBlock } from '../rules/fix-edits.js';
import { describeThreshold, type Threshold } from '../rules/rule-queries.js';
import { institutionOf } from '../scoping/qualified-names.js';
import { duoHeader } from './duo.js';

/**
 * Rules from « Le choix du tuteur », « Rôle de l'encadrement » and « Rôle du tuteur ».
 *
 * What a tutor is on their own (experience, seniority, volunteering, training) is reported on
 * their declaration; what compares the tutor with the tutee (function, qualification, specific
 * profile, hierarchy, mission, load) is reported on the duo.
 */

const PROFIL_RECOMMANDE = { fr: 'Le choix du tuteur — profil recommandé', en: 'Choosing the tutor — recommended profile' } as const;
const PROFIL_QUOTE = 'justifier d’une expérience professionnelle pertinente et d’une ancienneté au sein de l’institution. Il faut pouvoir s’appuyer sur une expérience de plusieurs années. Sa durée minimale est variable selon la fonction visée et les secteurs d’activités';

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

export const volontaire = defineRule({
    id: 'tuteur/volontaire',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est volontaire', en: 'The tutor is a volunteer' },
    description: {
        fr: 'Le tuteur est choisi parmi les travailleurs volontaires : démarche spontanée auprès de la hiérarchie, échange au sein de l’équipe, ou appel à candidatures suivi d’une acceptation. La déclaration du tuteur dit comment il l’est devenu.',
        en: 'The tutor is chosen among workers who volunteer: a spontaneous request to the hierarchy, a discussion within the team, or a call for candidates followed by an acceptance. The tutor’s declaration says how they became one.'
    },
    guide: {
        section: { fr: 'Un acteur volontaire ; Rôle de l’encadrement', en: 'A volunteer; Role of the supervisors' },
        quote: 'choisir le tuteur parmi les salariés volontaires qui ont les compétences requises'
    },
    messages: {
        missing: {
            absence: { what: { fr: 'le volontariat', en: 'how they volunteered' }, line: '// à compléter : volontaire après appel à candidatures (ou : spontanément, après échange en équipe)' },
            fr: 'Pour {name}, rien n’indique que la mission de tuteur a été acceptée volontairement. Écrivez dans sa déclaration comment elle l’a été : « volontaire spontanément », « volontaire après échange en équipe » ou « volontaire après appel à candidatures ».',
            en: 'Nothing says that {name} volunteered to be a tutor. Write in their declaration how the mission was accepted: « volontaire spontanément », « volontaire après échange en équipe » or « volontaire après appel à candidatures ».'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { expérience 9 ans }\n}\n' },
        compliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { expérience 9 ans volontaire après appel à candidatures }\n}\n' }
    },
    checks: {
        Person(person, report, context) {
            if (person.name && !person.volunteer && actsAsTutor(person, context.workspace)) {
                report('missing', { node: person, property: 'name' }, { params: { name: person.name } });
            }
        }
    }
});

/** A tutor's declaration for the documentation pages, as an institution writes it, with extra lines. */
function tutorExample(extra: readonly string[] = []): ExampleWorkspace {
    const lines = ['expérience 9 ans', 'ancienneté 6 ans', 'volontaire après appel à candidatures', 'formation au tutorat « Formation de base » en 2023', ...extra];
    return { 'institution.tutorat': `institution Exemple {\n    tutrice Élodie {\n${lines.map((line) => `        ${line}\n`).join('')}    }\n}\n` };
}

type MinimumField = 'experience' | 'seniority';
const THRESHOLD_OF = { experience: 'minExperience', seniority: 'minSeniority' } as const;

/** The checks of `tuteur/experience` and `tuteur/anciennete`, which differ only by the field they read. */
function minimumChecks(field: MinimumField): RuleChecks<'missing' | 'tooShort'> {
    return { Person: (person, report, context) => checkMinimum(field, person, report, context) };
}

/**
 * Compares a tutor's experience or seniority with the minimum that applies to their service:
 * missing, or shorter than the minimum, is a finding that names the minimum and where it is set.
 */
function checkMinimum(field: MinimumField, person: Person, report: Reporter<'missing' | 'tooShort'>, context: RuleContext): void {
    const institution = institutionOf(person);
    if (!person.name || !institution || !actsAsTutor(person, context.workspace)) {
        return;
    }
    const threshold = context.workspace.thresholds(institution, person.service?.$refText)[THRESHOLD_OF[field]];
    const params = { name: person.name, min: describeThreshold(threshold, context.locale), forService: forService(threshold, context) };
    const related = thresholdRelated(threshold);
    const value = spanOf(person[field]);
    if (!value) {
        report('missing', { node: person, property: 'name' }, { params, related });
    } else if (spanInDays(value) < spanInDays(threshold.value)) {
        report('tooShort', { node: person, property: field }, { params: { ...params, value: formatSpan(value, context.locale) }, related });
    }
}

/** « pour le service CentreDeJour » when the charter sets the threshold for the tutor's service. */
function forService(threshold: Threshold<unknown>, context: RuleContext): string {
    const node = 'node' in threshold.source ? threshold.source.node : undefined;
    const profile = node && AstUtils.getContainerOfType(node, isServiceProfile);
    return profile?.service ? context.text({ fr: ' pour le service {service}', en: ' for the {service} service' }, { service: titleOrName(profile.service.ref, context.locale) ?? profile.service.$refText }) : '';
}

/** The charter or template line that sets a threshold, when one does. */
function thresholdRelated(threshold: Threshold<unknown>): RelatedPlace[] {
    const { source } = threshold;
    if (source.kind === 'charter') {
        return [{ node: source.node, message: { fr: 'Seuil fixé ici par la charte', en: 'Threshold set here by the charter' } }];
    }
    if (source.kind === 'template') {
        return [{ node: source.node, message: { fr: 'Seuil fixé ici par le modèle de charte {name}', en: 'Threshold set here by the charter template {name}' }, params: { name: source.name } }];
    }
    return [];
}

export const experience = defineRule({
    id: 'tuteur/experience',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur a l’expérience professionnelle demandée', en: 'The tutor has the required professional experience' },
    description: {
        fr: 'L’expérience professionnelle pertinente du tuteur atteint le minimum fixé par la charte (pour son service s’il y en a un, sinon pour l’institution), par le modèle de charte ou par la configuration du projet ; à défaut, 2 ans. Le constat dit quel minimum s’applique et d’où il vient.',
        en: 'The tutor’s relevant professional experience reaches the minimum set by the charter (for their service if there is one, otherwise for the institution), by the charter template or by the project configuration; otherwise 2 years. The finding says which minimum applies and where it comes from.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: PROFIL_QUOTE },
    messages: {
        missing: {
            absence: { what: { fr: 'l’expérience professionnelle', en: 'the professional experience' }, line: '// à compléter : expérience … ans' },
            fr: 'Pour {name}, l’expérience professionnelle n’est pas indiquée : écrivez-la dans sa déclaration, par exemple « expérience 5 ans ». Le minimum demandé{forService} est de {min}.',
            en: 'The professional experience of {name} is not given: write it in their declaration, e.g. « expérience 5 ans ». The minimum required{forService} is {min}.'
        },
        tooShort: {
            fr: '{name} a {value} d’expérience professionnelle, moins que le minimum demandé{forService} : {min}. Choisissez un tuteur plus expérimenté, ou adaptez le minimum de la charte à la fonction.',
            en: '{name} has {value} of professional experience, less than the minimum required{forService}: {min}. Choose a more experienced tutor, or adapt the charter’s minimum to the function.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { expérience minimale 3 ans } }
    tutrice Élodie { expérience 1 an }
    tuteur François
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { expérience minimale 3 ans } }
    tutrice Élodie { expérience 9 ans }
}
`
        }
    },
    checks: minimumChecks('experience')
});

export const anciennete = defineRule({
    id: 'tuteur/anciennete',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur a l’ancienneté demandée dans l’institution', en: 'The tutor has the required seniority in the institution' },
    description: {
        fr: 'L’ancienneté du tuteur au sein de l’institution atteint le minimum fixé par la charte (pour son service s’il y en a un), par le modèle de charte ou par la configuration du projet ; à défaut, 1 an. Le constat dit quel minimum s’applique et d’où il vient.',
        en: 'The tutor’s seniority in the institution reaches the minimum set by the charter (for their service if there is one), by the charter template or by the project configuration; otherwise 1 year. The finding says which minimum applies and where it comes from.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: PROFIL_QUOTE },
    messages: {
        missing: {
            absence: { what: { fr: 'l’ancienneté dans l’institution', en: 'the seniority in the institution' }, line: '// à compléter : ancienneté … ans' },
            fr: 'Pour {name}, l’ancienneté dans l’institution n’est pas indiquée : écrivez-la dans sa déclaration, par exemple « ancienneté 3 ans ». Le minimum demandé{forService} est de {min}.',
            en: 'The seniority of {name} in the institution is not given: write it in their declaration, e.g. « ancienneté 3 ans ». The minimum required{forService} is {min}.'
        },
        tooShort: {
            fr: '{name} a {value} d’ancienneté dans l’institution, moins que le minimum demandé{forService} : {min}. Choisissez un tuteur qui connaît mieux l’institution, ou adaptez le minimum de la charte.',
            en: '{name} has {value} of seniority in the institution, less than the minimum required{forService}: {min}. Choose a tutor who knows the institution better, or adapt the charter’s minimum.'
        }
    },
    examples: {
        nonCompliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { ancienneté 6 mois }\n}\n' },
        compliant: { 'institution.tutorat': 'institution Exemple {\n    tutrice Élodie { ancienneté 6 ans }\n}\n' }
    },
    checks: minimumChecks('seniority')
});

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
            const tutor = duo.tutor?.ref;
            const tutee = duo.tutee?.ref;
            const institution = institutionOf(duo);
            if (!tutor || !tutee || tutor === tutee || !institution) {
                return;
            }
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

export const qualification = defineRule({
    id: 'tuteur/qualification',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est au moins aussi qualifié que le niveau visé par le tutoré', en: 'The tutor is at least as qualified as the level the tutee aims at' },
    description: {
        fr: 'La qualification du tuteur atteint au moins le niveau visé par le tutoré, sur les 8 niveaux du Cadre francophone des certifications (les diplômes courants y sont rattachés : CESS niveau 4, bachelier 6, master 7…). Le niveau visé est la « qualification visée » du tutoré, sinon la « qualification requise » de la fonction qu’il apprend.',
        en: 'The tutor’s qualification reaches at least the level the tutee aims at, on the 8 levels of the French-speaking qualifications framework (common diplomas are mapped onto it: CESS level 4, bachelier 6, master 7…). The aimed level is the tutee’s « qualification visée », else the « qualification requise » of the function they learn.'
    },
    guide: { section: PROFIL_RECOMMANDE, quote: 'posséder une qualification (concernant la fonction) au minimum équivalente à celle visée par le tutoré' },
    messages: {
        tooLow: {
            fr: '{tutor} a une qualification ({tutorQualification}) inférieure à celle que vise {tutee} ({aimed}). Confiez ce duo à un tuteur au moins aussi qualifié.',
            en: '{tutor} has a qualification ({tutorQualification}) below the one {tutee} aims at ({aimed}). Give this duo to a tutor who is at least as qualified.'
        },
        tutorMissing: {
            fr: 'Pour {tutor}, la qualification n’est pas indiquée : écrivez-la dans sa déclaration (« qualification bachelier » ou « qualification niveau 6 ») pour la comparer au niveau que vise {tutee}{aimed}.',
            en: 'The qualification of {tutor} is not given: write it in their declaration (« qualification bachelier » or « qualification niveau 6 ») so that it can be compared with the level {tutee} aims at{aimed}.'
        },
        aimedMissing: {
            fr: 'Le niveau de qualification que vise {tutee} n’est pas indiqué : écrivez « qualification visée … » dans sa déclaration, ou « qualification requise … » dans la fonction apprise, pour le comparer à la qualification détenue par {tutor}.',
            en: 'The qualification level {tutee} aims at is not given: write « qualification visée … » in their declaration, or « qualification requise … » in the function they learn, so that it can be compared with that of {tutor}.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tuteur François { qualification CQ7 }
    tutorée Léa { qualification visée bachelier }
    duo François accompagne Léa
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    fonction Éducateur { qualification requise bachelier }
    tutrice Élodie { qualification master }
    tutorée Léa { fonction visée Éducateur }
    duo Élodie accompagne Léa
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.ref;
            const tutee = duo.tutee?.ref;
            const institution = institutionOf(duo);
            if (!tutor || !tutee || tutor === tutee || !institution) {
                return;
            }
            // The required qualification may come from a function declared in a third file.
            context.workspace.functions(institution);
            const aimed = aimedQualification(tutee);
            const aimedLevel = levelOf(aimed?.qualification);
            const tutorLevel = levelOf(tutor.qualification);
            const params = { tutor: tutor.name, tutee: tutee.name };
            if (!aimed || aimedLevel === undefined) {
                report('aimedMissing', { node: duo, property: 'tutee' }, { params });
            }
            if (!tutor.qualification || tutorLevel === undefined) {
                const aimedText = aimed ? context.text({ fr: ', soit {level}', en: ', that is {level}' }, { level: describeQualification(aimed.qualification, context.locale) }) : '';
                report('tutorMissing', { node: duo, property: 'tutor' }, { params: { ...params, aimed: aimedText } });
                return;
            }
            if (!aimed || aimedLevel === undefined || tutorLevel >= aimedLevel) {
                return;
            }
            report('tooLow', { node: duo, property: 'tutor' }, {
                params: { ...params, tutorQualification: describeQualification(tutor.qualification, context.locale), aimed: describeQualification(aimed.qualification, context.locale) },
                related: [
                    { node: tutor, property: 'qualification', message: { fr: 'Qualification détenue par {tutor}', en: 'Qualification of {tutor}' }, params },
                    aimed.from === 'tutee'
                        ? { node: aimed.node, property: 'targetQualification', message: { fr: 'Qualification visée par {tutee}', en: 'Qualification {tutee} aims at' }, params }
                        : { node: aimed.node, property: 'qualification', message: { fr: 'Qualification requise par la fonction {function}', en: 'Qualification required by the function {function}' }, params: { function: titleOrName(aimed.node, context.locale) } }
                ]
            });
        }
    }
});

export const forme = defineRule({
    id: 'tuteur/forme',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est formé au tutorat avant d’exercer', en: 'The tutor is trained for tutoring before acting as one' },
    description: {
        fr: 'Le tuteur a suivi une formation au tutorat avant le début de son premier duo (« formation au tutorat le … » ou « en … »), ou détient le titre de compétences « tuteur en entreprise ». Une formation datée après le début d’un duo est signalée ; une année seule est comptée comme antérieure si elle n’est pas postérieure à celle du début.',
        en: 'The tutor attended a tutoring training before their first duo starts (« formation au tutorat le … » or « en … »), or holds the “tuteur en entreprise” competence certificate. A training dated after a duo has started is reported; a year alone counts as before unless it is later than the start’s year.'
    },
    guide: {
        section: { fr: 'En amont du tutorat — former les tuteurs', en: 'Before tutoring — training the tutors' },
        quote: 'former les tuteurs avant l’exercice de cette fonction […] Inviter les tuteurs à obtenir le titre de compétences de « tuteur en entreprise »',
        enBref: [6, 9]
    },
    messages: {
        untrained: {
            absence: { what: { fr: 'la formation au tutorat', en: 'the tutoring training' }, line: '// à compléter : formation au tutorat « … » le jj/mm/aaaa' },
            fr: 'Pour {name}, aucune formation au tutorat n’est indiquée. Écrivez dans sa déclaration « formation au tutorat le jj/mm/aaaa » (ou « en 2025 »), à suivre avant son premier duo, ou « titre tuteur en entreprise » {ifHolds} ce titre de compétences.',
            en: 'Nothing says that {name} is trained for tutoring. Write in their declaration « formation au tutorat le dd/mm/yyyy » (or « en 2025 »), to be attended before their first duo, or « titre tuteur en entreprise » {ifHolds} that certificate.'
        },
        trainedAfterStart: {
            fr: 'Pour {name}, {what} date {when}, après le début du duo avec {tutee} (le {start}). Le guide demande de former les tuteurs avant qu’ils exercent : avancez la formation ou décalez le duo.',
            en: 'For {name}, {what} dates from {when}, after the duo with {tutee} started ({start}). The guide asks to train tutors before they act as tutors: bring the training forward or shift the duo.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie { formation au tutorat le 15/10/2026 }
    tutorée Léa
    duo Élodie accompagne Léa { période du 14/09/2026 au 18/12/2026 }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie { formation au tutorat « Formation de base (3 jours) » en 2023 }
    tuteur François { titre tuteur en entreprise obtenu en 2021 }
}
`
        }
    },
    checks: {
        Person(person, report, context) {
            const institution = institutionOf(person);
            if (!person.name || !institution || !actsAsTutor(person, context.workspace)) {
                return;
            }
            const qualifiers = [person.tutorTraining, person.certificate].filter((node): node is TutorTraining | TutorCertificate => node !== undefined);
            if (qualifiers.length === 0) {
                report('untrained', { node: person, property: 'name' }, { params: { name: person.name, ifHolds: context.locale === 'en' ? 'if they hold' : agree(person.kind, { masculine: 's’il a', feminine: 'si elle a', either: 'si cette personne a' }) } });
                return;
            }
            const started = context.workspace.duosOfTutor(institution, person.name)
                .map((duo) => ({ duo, range: rangeOf(duo.period) }))
                .filter((entry): entry is { duo: Duo; range: DateRange } => entry.range !== undefined)
                .sort((a, b) => a.range.start.getTime() - b.range.start.getTime());
            const first = started[0];
            if (!first || qualifiers.some((qualifier) => !isDatedAfter(qualifier, first.range.start))) {
                return;
            }
            // The earliest qualifier is the one to bring forward.
            const earliest = qualifiers.reduce((a, b) => (datedStart(a) <= datedStart(b) ? a : b));
            const before = started.filter((entry) => isDatedAfter(earliest, entry.range.start));
            const isTraining = earliest === person.tutorTraining;
            report('trainedAfterStart', { node: person, property: isTraining ? 'tutorTraining' : 'certificate' }, {
                params: {
                    name: person.name,
                    what: context.text(isTraining ? WHAT.training : WHAT.certificate),
                    when: describeWhen(earliest, context),
                    tutee: first.duo.tutee?.$refText,
                    start: formatDate(first.range.start, context.locale)
                },
                related: before.map(({ duo }) => ({
                    node: duo,
                    property: 'period',
                    message: { fr: 'Duo {tutor} – {tutee}, commencé avant la formation', en: 'Duo {tutor} – {tutee}, started before the training' },
                    params: { tutor: person.name, tutee: duo.tutee?.$refText }
                }))
            });
        }
    }
});

/** Whether a training or certificate is dated after a date; an undated one is taken as before. */
function isDatedAfter(qualifier: TutorTraining | TutorCertificate, date: Date): boolean {
    const exact = parseDate(qualifier.date);
    if (exact) {
        return exact.getTime() > date.getTime();
    }
    // A year alone is « after » only when it is a later year: within the same year, the benefit of the doubt.
    return qualifier.year !== undefined && qualifier.year > date.getUTCFullYear();
}

function datedStart(qualifier: TutorTraining | TutorCertificate): number {
    return parseDate(qualifier.date)?.getTime() ?? (qualifier.year !== undefined ? Date.UTC(qualifier.year, 0, 1) : -Infinity);
}

const WHAT = {
    training: { fr: 'la formation au tutorat', en: 'the tutoring training' },
    certificate: { fr: 'le titre « tuteur en entreprise »', en: 'the “tuteur en entreprise” certificate' }
} satisfies Record<string, Bilingual>;

/** « du 15/10/2026 », « de 2027 »: when a training or certificate is dated. */
function describeWhen(qualifier: TutorTraining | TutorCertificate, context: RuleContext): string {
    const date = parseDate(qualifier.date);
    return date
        ? context.text({ fr: 'du {date}', en: '{date}' }, { date: formatDate(date, context.locale) })
        : context.text({ fr: 'de {year}', en: '{year}' }, { year: qualifier.year });
}

export const charge = defineRule({
    id: 'tuteur/charge',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Un tuteur n’accompagne pas trop de tutorés à la fois', en: 'A tutor does not accompany too many tutees at once' },
    description: {
        fr: 'Le nombre de tutorés qu’un tuteur accompagne en même temps ne dépasse pas le maximum de la charte (2 par défaut). Les duos sont comptés dans tous les fichiers de l’institution, sur les périodes qui se chevauchent ; le constat est placé sur le duo qui fait dépasser le maximum.',
        en: 'The number of tutees a tutor accompanies at the same time does not exceed the charter’s maximum (2 by default). Duos are counted in all files of the institution, over overlapping periods; the finding is placed on the duo that exceeds the maximum.'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement — limiter le nombre de tutorés', en: 'Role of the supervisors — limiting the number of tutees' },
        quote: 'l’accompagner et le soutenir, dégager les moyens nécessaires à sa mission en facilitant la conciliation entre l’exercice de son propre travail et son action formatrice (ex. : limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service)'
    },
    messages: {
        overloaded: {
            fr: 'Avec ce duo, {tutor} accompagne {count} tutorés en même temps à partir du {date} ({tutees}), alors que le maximum{forService} est de {max}. Confiez ce duo à un autre tuteur ou décalez les périodes.',
            en: 'With this duo, {tutor} accompanies {count} tutees at the same time from {date} ({tutees}), while the maximum{forService} is {max}. Give this duo to another tutor or shift the periods.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo Élodie accompagne Karim { période du 15/09/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 30/11/2026 }
    duo Élodie accompagne Karim { période du 01/10/2026 au 31/01/2027 }
    duo Élodie accompagne Zoé { période du 01/12/2026 au 28/02/2027 }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.ref;
            const institution = institutionOf(duo);
            if (!tutor || !institution) {
                return;
            }
            const running = runningBefore(duo, context.workspace.duosOfTutor(institution, tutor.name));
            const max = context.workspace.thresholds(institution, tutor.service?.$refText).maxTutees;
            if (running.length + 1 <= max.value) {
                return;
            }
            report('overloaded', { node: duo, property: 'tutor' }, {
                params: { tutor: tutor.name, forService: forService(max, context), ...loadParams(duo, running, max, context) },
                related: running.map((other) => ({
                    node: other,
                    property: 'tutee',
                    message: { fr: 'Autre duo en cours à cette date : {tutor} avec {tutee}', en: 'Other duo running at that date: {tutor} with {tutee}' },
                    params: { tutor: tutor.name, tutee: other.tutee?.$refText }
                }))
            });
        }
    }
});

export const chargeService = defineRule({
    id: 'tuteur/charge-service',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Un service n’accueille pas trop de tutorés à la fois', en: 'A service does not host too many tutees at once' },
    description: {
        fr: 'Quand la charte fixe un maximum de tutorés par service (« tutorés par service maximum »), le nombre de tutorés accompagnés en même temps dans un service ne le dépasse pas. Le service d’un duo est celui du tutoré, sinon celui du tuteur ; les duos sont comptés dans tous les fichiers de l’institution.',
        en: 'When the charter sets a maximum of tutees per service (« tutorés par service maximum »), the number of tutees accompanied at the same time in one service does not exceed it. A duo’s service is the tutee’s, else the tutor’s; duos are counted in all files of the institution.'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement', en: 'Role of the supervisors' },
        quote: 'limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service'
    },
    messages: {
        overloaded: {
            fr: 'Avec ce duo, le service {service} accueille {count} tutorés en même temps à partir du {date} ({tutees}), alors que le maximum par service est de {max}. Répartissez les tutorés entre les services ou décalez les périodes.',
            en: 'With this duo, the {service} service hosts {count} tutees at the same time from {date} ({tutees}), while the maximum per service is {max}. Spread the tutees over the services or shift the periods.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { tutorés par service maximum 1 } }
    service Hébergement
    tutrice Élodie { service Hébergement }
    tuteur François { service Hébergement }
    tutorée Léa { service Hébergement }
    tutoré Karim { service Hébergement }
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo François accompagne Karim { période du 01/10/2026 au 31/01/2027 }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    charte { profil du tuteur { tutorés par service maximum 1 } }
    service Hébergement
    service CentreDeJour
    tutrice Élodie { service Hébergement }
    tuteur François { service CentreDeJour }
    tutorée Léa { service Hébergement }
    tutoré Karim { service CentreDeJour }
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo François accompagne Karim { période du 01/10/2026 au 31/01/2027 }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const institution = institutionOf(duo);
            const service = serviceOfDuo(duo);
            if (!institution || !service) {
                return;
            }
            const max = context.workspace.thresholds(institution, service).maxTuteesPerService;
            if (!max) {
                return;
            }
            // Who belongs to which service is written on the people, possibly in other files.
            context.workspace.organisation(institution);
            const sameService = context.workspace.duosOfInstitution(institution).filter((other) => serviceOfDuo(other) === service);
            const running = runningBefore(duo, sameService);
            if (running.length + 1 <= max.value) {
                return;
            }
            const named = titleOrName(context.workspace.membersNamed(institution, 'Service', service)[0] as Service | undefined, context.locale) ?? service;
            report('overloaded', { node: duo, property: 'tutee' }, {
                params: { service: named, ...loadParams(duo, running, max, context) },
                related: running.map((other) => ({
                    node: other,
                    property: 'tutee',
                    message: { fr: 'Autre duo du service {service} en cours à cette date ({tutor} avec {tutee})', en: 'Other duo of the {service} service running at that date ({tutor} with {tutee})' },
                    params: { service: named, tutor: other.tutor?.$refText, tutee: other.tutee?.$refText }
                }))
            });
        }
    }
});

/**
 * The duos of a list that started before the given one (or with it, earlier in the list) and still
 * run when it starts: with it, they make the load the duo adds to.
 */
function runningBefore(duo: Duo, duos: readonly Duo[]): Duo[] {
    const start = rangeOf(duo.period)?.start;
    const ordered = [...duos].sort(byStart);
    return ordered.slice(0, ordered.indexOf(duo)).filter((other) => isRunningAt(rangeOf(other.period), start));
}

function loadParams(duo: Duo, running: readonly Duo[], max: Threshold<number>, context: RuleContext) {
    const range = rangeOf(duo.period);
    return {
        count: running.length + 1,
        date: range ? formatDate(range.start, context.locale) : context.text({ fr: 'début', en: 'start' }),
        tutees: [...running, duo].map((other) => other.tutee?.$refText).join(', '),
        max: describeThreshold(max, context.locale)
    };
}

function byStart(a: Duo, b: Duo): number {
    const start = (duo: Duo) => rangeOf(duo.period)?.start.getTime() ?? -Infinity;
    return start(a) - start(b);
}

/** Whether a duo's period includes a date; a duo without dates is taken as always running. */
function isRunningAt(range: DateRange | undefined, date: Date | undefined): boolean {
    if (!range || !date) {
        return true;
    }
    return range.start.getTime() <= date.getTime() && (range.end === undefined || date.getTime() <= range.end.getTime());
}

const MISSION_PARTS = [
    { property: 'date', write: 'formalisée le jj/mm/aaaa' },
    { property: 'duration', write: 'durée …' },
    { property: 'schedule', write: 'horaire « … »' },
    { property: 'activities', write: 'activités « … »' },
    { property: 'timeArrangement', write: 'aménagement du temps « … »' }
] as const;

/** The lines of a mission block to fill in: texts left empty, values only the user knows as comments. */
const MISSION_LINES = [
    '// à compléter : formalisée le jj/mm/aaaa par « avenant au contrat de travail »',
    '// à compléter : durée … semaines',
    'horaire « »',
    'activités « »',
    'aménagement du temps « »'
];

/** A mission part counts when it is written: a text left empty (« ») does not. */
function isWritten(value: unknown): boolean {
    return typeof value === 'string' ? hasText(value) : value !== undefined;
}

export const missionFormalisee = defineRule({
    id: 'tuteur/mission-formalisee',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'La mission du tuteur est formalisée avant de commencer', en: 'The tutor’s mission is formalised before it starts' },
    description: {
        fr: 'Chaque duo décrit la mission du tuteur dans un bloc « mission » : sa durée, son horaire, ses activités et l’aménagement du temps de travail, formalisés (par exemple par un avenant au contrat de travail) au plus tard le jour où le duo commence. Un texte laissé vide (« ») ne compte pas.',
        en: 'Each duo describes the tutor’s mission in a « mission » block: its duration, schedule, activities and working-time arrangement, formalised (e.g. by an amendment to the employment contract) no later than the day the duo starts. A text left empty (« ») does not count.'
    },
    guide: {
        section: { fr: 'Conditions de réussite ; Rôle de l’encadrement', en: 'Conditions for success; Role of the supervisors' },
        quote: 'prévoir une formalisation (ex. : avenant au contrat de travail) concernant la mission de tutorat, établie avant sa mise en œuvre et précisant ses conditions (durée, horaire, activités…) […] formaliser la mission du tuteur : objectifs (via le référentiel des compétences à acquérir), organisation, évaluation, aménagement du temps de travail',
        enBref: [4]
    },
    messages: {
        missing: {
            absence: { what: { fr: 'la mission formalisée', en: 'the formalised mission' } },
            fr: 'La mission de tutorat confiée à {tutor} auprès de {tutee} n’est pas formalisée. Ajoutez au duo un bloc « mission { formalisée le jj/mm/aaaa par « avenant au contrat de travail » durée … horaire « … » activités « … » aménagement du temps « … » } », établi avant le début du duo.',
            en: 'The mission of {tutor} with {tutee} is not formalised. Add a « mission { formalisée le dd/mm/yyyy par « avenant au contrat de travail » durée … horaire « … » activités « … » aménagement du temps « … » } » block to the duo, drawn up before the duo starts.'
        },
        incomplete: {
            fr: 'La mission de tutorat confiée à {tutor} auprès de {tutee} ne précise pas encore : {missing}. Complétez le bloc « mission » : le guide demande de formaliser la durée, l’horaire, les activités et l’aménagement du temps de travail.',
            en: 'The mission of {tutor} with {tutee} does not state yet: {missing}. Complete the « mission » block: the guide asks to formalise the duration, schedule, activities and working-time arrangement.'
        },
        late: {
            fr: 'La mission est formalisée le {date}, après le début du duo (le {start}). Le guide demande une formalisation établie avant la mise en œuvre : datez-la au plus tard du {start}.',
            en: 'The mission is formalised on {date}, after the duo started ({start}). The guide asks for a formalisation drawn up before it is put into practice: date it no later than {start}.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    duo Élodie accompagne Léa {
        période du 14/09/2026 au 18/12/2026
        mission {
            formalisée le 01/10/2026
            durée 14 semaines
        }
    }
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Élodie
    tutorée Léa
    duo Élodie accompagne Léa {
        période du 14/09/2026 au 18/12/2026
        mission {
            formalisée le 01/09/2026 par « avenant au contrat de travail »
            durée 14 semaines
            horaire « Lundi, mardi et jeudi »
            activités « Accueil, accompagnement au quotidien, entretiens hebdomadaires »
            aménagement du temps « 3 heures par semaine dégagées du planning »
        }
    }
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const params = { tutor: duo.tutor?.$refText, tutee: duo.tutee?.$refText };
            const mission = duo.mission;
            if (!mission) {
                report('missing', duoHeader(duo), { params, insert: [{ lines: [{ open: 'mission', lines: MISSION_LINES }] }] });
                return;
            }
            const missing = MISSION_PARTS.filter((part) => !isWritten(mission[part.property])).map((part) => quote(part.write, context.locale));
            if (missing.length > 0) {
                report('incomplete', { node: mission, keyword: 'mission' }, { params: { ...params, missing: joinList(missing, context.locale) } });
            }
            const formalised = parseDate(mission.date);
            const start = rangeOf(duo.period)?.start;
            if (formalised && start && formalised.getTime() > start.getTime()) {
                report('late', { node: mission, property: 'date' }, { params: { date: formatDate(formalised, context.locale), start: formatDate(start, context.locale) } });
            }
        }
    }
});

export const profilSpecifique = defineRule({
    id: 'tuteur/profil-specifique',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est sensibilisé au profil spécifique du tutoré', en: 'The tutor is made aware of the tutee’s specific profile' },
    description: {
        fr: 'Quand le tutoré a un profil spécifique (handicap, décrochage scolaire, alternance, retour de maladie…), son tuteur a suivi une formation complémentaire ou une sensibilisation « pour » chacun de ces profils.',
        en: 'When the tutee has a specific profile (disability, school drop-out, work-study, return after illness…), their tutor has attended a complementary training or an awareness session « pour » each of these profiles.'
    },
    guide: {
        section: { fr: 'Conditions de réussite ; En amont — formations complémentaires', en: 'Conditions for success; Before — complementary trainings' },
        quote: 'sensibiliser le tuteur au profil spécifique du tutoré (ex. : handicap) […] Des formations complémentaires peuvent être organisées en fonction du profil des tutorés (jeunes en décrochage scolaire, en alternance, situations de handicap, réintégration après maladie…)',
        enBref: [6]
    },
    messages: {
        unaware: {
            fr: '{tutee} a un profil spécifique pour lequel {tutor} n’a suivi ni formation complémentaire ni sensibilisation : {profiles}. Prévoyez-en une et écrivez-la dans la déclaration (« {tutorKind} {tutor} { sensibilisation « … » pour {first} } »), ou confiez le duo à un tuteur qui l’a suivie.',
            en: '{tutee} has a specific profile for which {tutor} attended neither a complementary training nor an awareness session: {profiles}. Plan one and write it in the declaration (« {tutorKind} {tutor} { sensibilisation « … » pour {first} } »), or give the duo to a tutor who attended one.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Amina
    tutorée Sophie { profil spécifique retour-de-maladie }
    duo Amina accompagne Sophie
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Amina { sensibilisation « Accompagner un retour après maladie » pour retour-de-maladie }
    tutorée Sophie { profil spécifique retour-de-maladie }
    duo Amina accompagne Sophie
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const tutor = duo.tutor?.ref;
            const tutee = duo.tutee?.ref;
            if (!tutor || !tutee || tutor === tutee) {
                return;
            }
            const covered = new Set(tutor.awareness.flatMap((awareness) => awareness.profiles.map(profileKey)));
            const missing = tutee.profiles.filter((profile) => !covered.has(profileKey(profile)));
            if (missing.length === 0) {
                return;
            }
            report('unaware', { node: duo, property: 'tutor' }, {
                params: {
                    tutor: tutor.name,
                    tutorKind: tutor.kind,
                    tutee: tutee.name,
                    profiles: joinList(missing.map((profile) => describeProfile(profile, context)), context.locale),
                    first: writtenProfile(missing[0])
                },
                related: [{ node: tutee, property: 'profiles', message: { fr: 'Profil spécifique de la personne accompagnée ({tutee})', en: 'Specific profile of {tutee}' }, params: { tutee: tutee.name } }]
            });
        }
    }
});

/** Known profiles compare by keyword, custom ones by their text, whatever the case and spacing. */
function profileKey(profile: SpecificProfile): string {
    return profile.known ?? `«${(profile.custom ?? '').trim().toLocaleLowerCase('fr')}»`;
}

function writtenProfile(profile: SpecificProfile): string {
    return profile.known ?? `« ${profile.custom ?? ''} »`;
}

function describeProfile(profile: SpecificProfile, context: RuleContext): string {
    return profile.known
        ? `${context.text(PROFILES[profile.known].label).toLocaleLowerCase(context.locale)} (${quote(profile.known, context.locale)})`
        : quote(profile.custom ?? '', context.locale);
}

export const formationContinue = defineRule({
    id: 'tuteur/formation-continue',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Le tuteur continue à se former', en: 'The tutor keeps training' },
    description: {
        fr: 'Le tuteur actualise ses compétences et réfléchit à sa fonction : formations, échanges entre tuteurs, auto-évaluation, supervision. Sa déclaration en cite au moins une (« formation continue « … » ») ; un texte laissé vide ne compte pas.',
        en: 'The tutor updates their competences and reflects on the function: trainings, exchanges between tutors, self-evaluation, supervision. Their declaration names at least one (« formation continue « … » »); a text left empty does not count.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur', en: 'Role of the tutor' },
        quote: 'Actualiser ses compétences liées à son métier et à la fonction de tuteur (formations, échanges entre tuteurs…)',
        enBref: [7]
    },
    messages: {
        missing: {
            absence: { what: { fr: 'la formation continue', en: 'the continuing training' }, line: 'formation continue « »' },
            fr: 'Aucune formation continue n’est indiquée pour {name}. Le guide invite le tuteur à actualiser ses compétences et à réfléchir à sa fonction : écrivez par exemple « formation continue « Intervision trimestrielle des tuteurs » ».',
            en: 'No continuing training is given for {name}. The guide invites the tutor to update their competences and reflect on the function: write for example « formation continue « Intervision trimestrielle des tuteurs » ».'
        }
    },
    examples: {
        nonCompliant: tutorExample(),
        compliant: tutorExample(['formation continue « Intervision trimestrielle des tuteurs »'])
    },
    checks: {
        Person(person, report, context) {
            if (person.name && !person.continuousTraining.some(hasText) && actsAsTutor(person, context.workspace)) {
                report('missing', { node: person, property: 'name' }, { params: { name: person.name } });
            }
        }
    }
});

export const tuteurRules: readonly RuleDefinition[] = [
    nonSuperieur, volontaire, experience, anciennete, fonctionSimilaire, qualification, forme,
    charge, chargeService, missionFormalisee, profilSpecifique, formationContinue
] as RuleDefinition[];
