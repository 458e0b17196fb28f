import type { Placement, TrainingPath } from '../generated/ast.js';
import { joinList, type Bilingual } from '../i18n/locale.js';
import { daysIn, describeRange, hasText, validRange } from '../model/path.js';
import { formatDate, parseDate } from '../model/time.js';
import { defineRule, type FixEdit, type RelatedPlace, type RuleContext, type RuleDefinition } from '../rules/definition.js';
import { titleOrName } from '../i18n/french.js';
import { insertIntoBlock } from '../rules/fix-edits.js';
import { TO_COMPLETE_NAME } from './duo.js';
import { insertInPathHeader } from './parcours.js';

/**
 * Rules from « Rôle des organismes partenaires » and « Établir et entretenir des collaborations ».
 *
 * They read the `stage avec <organisme>` block of a path. A path whose tutee is in situation
 * `stage` or `alternance` but which has no such block is reported once, by stage/convention (the
 * placement is not described at all); the other stage rules wait until the block exists, so that
 * one missing block does not produce five findings.
 */

const PARTNER_SECTION = { fr: 'Rôle des organismes partenaires', en: 'Role of the partner organisations' };

/** The situations in which the tutee comes from a school or training body that organises a placement. */
const PLACEMENT_SITUATIONS: ReadonlySet<string> = new Set(['stage', 'alternance']);

/** The documentation examples: a CEFA apprentice in a nursing home, her framework and her path. */
const EXAMPLE_FILES = {
    'institution.tutorat': 'institution MaisonDeRepos {\n    tutrice Nathalie\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » {\n        type enseignement\n        référente Lemaire « Sophie Lemaire » { fonction « Accompagnatrice CEFA » }\n    }\n}\n',
    'referentiel.tutorat': 'référentiel RefAideSoignant « Aide-soignant » {\n    compétence SOIN1 « Réaliser les soins d’hygiène et de confort »\n}\n'
};

const COMPLETE_PLACEMENT = [
    'stage avec CEFA {',
    '    durée 40 semaines',
    '    horaire « Mercredi, jeudi et vendredi »',
    '    objectifs « Réaliser les soins d’hygiène et de confort en autonomie »',
    '    compétences SOIN1',
    '    évaluation « Grille du CEFA remplie avec la tutrice chaque trimestre »',
    '    référente Lemaire',
    '    assurance « Assurance du CEFA : responsabilité civile et accidents »',
    '    contact préalable le 24/06/2026',
    '    suivi chaque mois « Visite de l’accompagnatrice CEFA »',
    '}'
];

/** An example workspace whose path holds the given placement lines. */
function exampleWith(placement: readonly string[]): Record<string, string> {
    const body = placement.map((line) => `        ${line}`).join('\n');
    return {
        ...EXAMPLE_FILES,
        'parcours.tutorat': `institution MaisonDeRepos {\n    parcours AlternanceEmma pour Emma {\n        référentiel RefAideSoignant\n        période du 07/09/2026 au 25/06/2027\n${body}\n    }\n}\n`
    };
}

/** The complete placement without the lines that start with one of the given words. */
function placementWithout(...words: string[]): string[] {
    return COMPLETE_PLACEMENT.filter((line) => !words.some((word) => line.trimStart().startsWith(word)));
}

interface ConventionItem {
    readonly label: Bilingual;
    readonly present: (placement: Placement) => boolean;
    /** The line a quick fix writes, to be completed by the user; undefined when nothing sensible can be proposed. */
    readonly skeleton: (path: TrainingPath) => string | undefined;
}

/** What the guide asks the school to define, in the guide's order. */
const CONVENTION: readonly ConventionItem[] = [
    {
        label: { fr: 'la durée', en: 'the duration' },
        present: (placement) => placement.duration !== undefined,
        skeleton: (path) => {
            const range = validRange(path.period);
            const weeks = range && daysIn(range) !== undefined ? Math.round(daysIn(range)! / 7) : 0;
            return weeks > 0 ? `durée ${weeks} ${weeks > 1 ? 'semaines' : 'semaine'}` : undefined;
        }
    },
    { label: { fr: 'l’horaire', en: 'the schedule' }, present: (placement) => hasText(placement.schedule), skeleton: () => 'horaire « »' },
    { label: { fr: 'les objectifs', en: 'the objectives' }, present: (placement) => hasText(placement.objectives), skeleton: () => 'objectifs « »' },
    {
        label: { fr: 'les compétences à acquérir', en: 'the competences to acquire' },
        present: (placement) => placement.competences.length > 0,
        skeleton: (path) => path.targets.length > 0 ? `compétences ${path.targets.map((target) => target.$refText).join(', ')}` : undefined
    },
    { label: { fr: 'les modalités d’évaluation', en: 'the evaluation modalities' }, present: (placement) => hasText(placement.evaluation), skeleton: () => 'évaluation « »' }
];

function skeletonLines(path: TrainingPath, items: readonly ConventionItem[]): string[] {
    return items.map((item) => item.skeleton(path)).filter((line): line is string => line !== undefined);
}

/** The partner organisation by its title (« CEFA de Namur »), else as the placement names it. */
function partnerOf(placement: Placement, context: RuleContext): string | undefined {
    return titleOrName(placement.partner?.ref, context.locale) ?? placement.partner?.$refText;
}

export const convention = defineRule({
    id: 'stage/convention',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le stage est défini avec l’organisme partenaire', en: 'The placement is defined with the partner organisation' },
    description: {
        fr: 'Un stage avec un organisme partenaire (école, centre de formation, CEFA, organisme d’insertion) précise sa durée, son horaire, ses objectifs, les compétences à acquérir et les modalités d’évaluation. Un parcours dont le tutoré est en situation « stage » ou « alternance » décrit son stage dans un bloc « stage avec <organisme> { … } » ; s’il ne le fait pas, seule cette règle le signale, les autres règles du stage attendent que le bloc existe.',
        en: 'A placement with a partner organisation (school, training centre, CEFA, insertion body) states its duration, schedule, objectives, competences to acquire and evaluation modalities. A path whose tutee is in situation « stage » or « alternance » describes the placement in a « stage avec <organisme> { … } » block; when it does not, only this rule reports it, the other placement rules wait for the block.'
    },
    guide: {
        section: PARTNER_SECTION,
        quote: 'Définir la durée, l’horaire, les objectifs du stage, les compétences à acquérir durant le stage et les modalités d’évaluation'
    },
    messages: {
        incomplete: {
            fr: 'Le stage avec {partner} ne précise pas {missing}. Convenez-en avec l’organisme et écrivez-les dans le bloc du stage.',
            en: 'The placement with {partner} does not state {missing}. Agree on them with the organisation and write them in the placement block.'
        },
        noPlacement: {
            absence: { what: { fr: 'le stage convenu avec l’organisme', en: 'the placement agreed with the organisation' } },
            fr: '{tutee} est en situation « {situation} », mais le parcours {path} ne décrit pas son stage. Ajoutez « stage avec {partner} { … } » avec la durée, l’horaire, les objectifs, les compétences et l’évaluation convenus avec l’organisme.',
            en: '{tutee} is in situation « {situation} », but the path {path} does not describe the placement. Add « stage avec {partner} { … } » with the duration, schedule, objectives, competences and evaluation agreed with the organisation.'
        }
    },
    fixes: [
        { id: 'completeConvention', title: { fr: 'Ajouter les éléments manquants du stage, à compléter', en: 'Add the placement’s missing elements, to fill in' } },
        { id: 'addPlacement', title: { fr: 'Ajouter un bloc « stage avec … » à compléter', en: 'Add a « stage avec … » block to fill in' } }
    ],
    examples: {
        nonCompliant: exampleWith(placementWithout('objectifs', 'compétences', 'évaluation')),
        compliant: exampleWith(COMPLETE_PLACEMENT)
    },
    checks: {
        TrainingPath(path, report, context) {
            const tutee = path.tutee?.ref;
            if (path.placement || !tutee?.situation || !PLACEMENT_SITUATIONS.has(tutee.situation)) {
                return;
            }
            const partner = tutee.partner?.$refText;
            const skeleton = skeletonLines(path, CONVENTION);
            const edit = partner ? insertInPathHeader(path, [`stage avec ${partner} {`, ...skeleton.map((line) => `    ${line}`), '}']) : undefined;
            report('noPlacement', { node: path, property: 'tutee' }, {
                insert: [{ lines: [{ open: `stage avec ${partner ?? TO_COMPLETE_NAME}`, lines: skeleton }] }],
                params: { tutee: tutee.name, situation: tutee.situation, path: titleOrName(path, context.locale), partner: partner ?? 'NomDeL’Organisme' },
                fixes: edit ? [{ fix: 'addPlacement', edits: [edit] }] : undefined
            });
        },
        Placement(placement, report, context) {
            const missing = CONVENTION.filter((item) => !item.present(placement));
            if (missing.length === 0) {
                return;
            }
            const lines = skeletonLines(placement.$container, missing);
            const edit = lines.length > 0 ? insertIntoBlock(placement, lines) : undefined;
            report('incomplete', { node: placement, property: 'partner' }, {
                params: { partner: partnerOf(placement, context), missing: joinList(missing.map((item) => context.text(item.label)), context.locale) },
                fixes: edit ? [{ fix: 'completeConvention', edits: [edit] }] : undefined
            });
        }
    }
});

export const referent = defineRule({
    id: 'stage/referent',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'L’organisme partenaire a un référent pour le stage', en: 'The partner organisation has a referent for the placement' },
    description: {
        fr: 'Le stage nomme le référent de l’organisme partenaire (enseignant, maître de stage, formateur, accompagnateur) qui est l’interlocuteur de l’institution — « référent Nom » ou « référente Nom » dans le bloc du stage — ou, à défaut, l’organisme en déclare au moins un.',
        en: 'The placement names the partner organisation’s referent (teacher, placement supervisor, trainer, guide) who is the institution’s contact — « référent Name » or « référente Name » in the placement block — or else the organisation declares at least one.'
    },
    guide: {
        section: PARTNER_SECTION,
        quote: 'Désigner un enseignant (dénommé par exemple « maître de stage » ou « moniteur ») qui soit l’interlocuteur privilégié du milieu professionnel et du stagiaire'
    },
    messages: {
        none: {
            fr: 'Le stage avec {partner} ne nomme pas de référent, et l’organisme n’en déclare aucun. Demandez à l’organisme qui suit le stage et déclarez-le : « référente Nom « Prénom Nom » » dans l’organisme, puis « référente Nom » dans le stage.',
            en: 'The placement with {partner} names no referent, and the organisation declares none. Ask the organisation who follows the placement and declare them: « référente Name « Full name » » in the organisation, then « référente Name » in the placement.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » { type enseignement }\n}\n',
            'parcours.tutorat': 'institution MaisonDeRepos {\n    parcours AlternanceEmma pour Emma {\n        stage avec CEFA { durée 40 semaines }\n    }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » {\n        type enseignement\n        référente Lemaire « Sophie Lemaire » { fonction « Accompagnatrice CEFA » }\n    }\n}\n',
            'parcours.tutorat': 'institution MaisonDeRepos {\n    parcours AlternanceEmma pour Emma {\n        stage avec CEFA {\n            durée 40 semaines\n            référente Lemaire\n        }\n    }\n}\n'
        }
    },
    checks: {
        Placement(placement, report, context) {
            const partner = placement.partner?.ref;
            if (!partner) {
                return;
            }
            // A named referent is looked up among the partner's own referents (unknown names are linking errors).
            if (!placement.referent && partner.referents.length === 0) {
                report('none', { node: placement, property: 'partner' }, {
                    params: { partner: partnerOf(placement, context) },
                    related: [{ node: partner, property: 'name', message: { fr: 'Organisme {partner}, sans référent déclaré', en: 'Organisation {partner}, with no declared referent' }, params: { partner: partnerOf(placement, context) } }]
                });
            }
        }
    }
});

export const assurance = defineRule({
    id: 'stage/assurance',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Le stagiaire est assuré', en: 'The trainee is insured' },
    description: {
        fr: 'Le stage précise qui couvre les risques prévus par la législation (responsabilité civile, accidents du travail) : « assurance « … » » dans le bloc du stage.',
        en: 'The placement states who covers the risks the law provides for (civil liability, work accidents): « assurance « … » » in the placement block.'
    },
    guide: { section: PARTNER_SECTION, quote: 'Couvrir par une police d’assurance les différents risques prévus dans la législation' },
    messages: {
        missing: {
            fr: 'Le stage avec {partner} ne dit pas comment le stagiaire est assuré. Demandez à l’organisme sa police d’assurance et écrivez-la : assurance « … ».',
            en: 'The placement with {partner} does not say how the trainee is insured. Ask the organisation for its insurance policy and write it: assurance « … ».'
        }
    },
    fixes: [{ id: 'addInsurance', title: { fr: 'Ajouter la ligne « assurance », à compléter', en: 'Add the « assurance » line, to fill in' } }],
    examples: {
        nonCompliant: exampleWith(placementWithout('assurance')),
        compliant: exampleWith(COMPLETE_PLACEMENT)
    },
    checks: {
        Placement(placement, report, context) {
            if (hasText(placement.insurance)) {
                return;
            }
            const edit = placement.insurance === undefined ? insertIntoBlock(placement, ['assurance « »']) : undefined;
            report('missing', { node: placement, property: 'partner' }, {
                params: { partner: partnerOf(placement, context) },
                fixes: edit ? [{ fix: 'addInsurance', edits: [edit] }] : undefined
            });
        }
    }
});

export const contactPrealable = defineRule({
    id: 'stage/contact-prealable',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tuteur contacte l’organisme avant le stage', en: 'The tutor contacts the organisation before the placement' },
    description: {
        fr: 'Le stage note le contact pris avec l’organisme partenaire avant son début : « contact préalable le JJ/MM/AAAA », à une date antérieure au début du parcours.',
        en: 'The placement records the contact made with the partner organisation before it starts: « contact préalable le DD/MM/YYYY », at a date before the path starts.'
    },
    guide: {
        section: { fr: 'Établir et entretenir des collaborations', en: 'Building and maintaining collaborations' },
        quote: 'Prendre contact avec l’organisme de formation avant le début du stage.'
    },
    messages: {
        missing: {
            fr: 'Le stage avec {partner} ne note pas de contact avec l’organisme avant son début. Prenez contact avec l’organisme et notez-le : contact préalable le JJ/MM/AAAA « … ».',
            en: 'The placement with {partner} records no contact with the organisation before it starts. Contact the organisation and record it: contact préalable le DD/MM/YYYY « … ».'
        },
        afterStart: {
            fr: 'Le contact préalable avec {partner} est daté du {date}, {when} : il a lieu avant le premier jour. Prenez contact avec l’organisme plus tôt, ou corrigez la date.',
            en: 'The prior contact with {partner} is dated {date}, {when}: it takes place before the first day. Contact the organisation earlier, or correct the date.'
        }
    },
    examples: {
        nonCompliant: exampleWith(COMPLETE_PLACEMENT.map((line) => line.replace('contact préalable le 24/06/2026', 'contact préalable le 14/09/2026'))),
        compliant: exampleWith(COMPLETE_PLACEMENT)
    },
    checks: {
        Placement(placement, report, context) {
            const partner = partnerOf(placement, context);
            if (!placement.priorContact) {
                report('missing', { node: placement, property: 'partner' }, { params: { partner } });
                return;
            }
            const date = parseDate(placement.priorContact);
            const path = placement.$container;
            const range = validRange(path.period);
            if (!date || !range || date.getTime() < range.start.getTime()) {
                return;
            }
            const related: RelatedPlace[] = [{ node: path, property: 'period', message: { fr: 'Période du parcours : {dates}', en: 'Period of the path: {dates}' }, params: { dates: describeRange(range, context.locale) } }];
            report('afterStart', { node: placement, property: 'priorContact' }, {
                params: {
                    partner,
                    date: formatDate(date, context.locale),
                    when: date.getTime() === range.start.getTime()
                        ? context.text({ fr: 'le jour même du début du stage', en: 'the very day the placement starts' })
                        : context.text({ fr: 'après le début du stage (le {start})', en: 'after the placement starts ({start})' }, { start: formatDate(range.start, context.locale) })
                },
                related
            });
        }
    }
});

export const suivi = defineRule({
    id: 'stage/suivi',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Un suivi régulier avec l’organisme est prévu', en: 'Regular follow-up with the organisation is planned' },
    description: {
        fr: 'Le stage prévoit des contacts réguliers avec l’organisme partenaire pendant le stage : « suivi chaque mois », « suivi toutes les deux semaines « Visite de l’enseignant » »…',
        en: 'The placement plans regular contacts with the partner organisation during the placement: « suivi chaque mois », « suivi toutes les deux semaines « Teacher’s visit » »…'
    },
    guide: { section: PARTNER_SECTION, quote: 'Assurer le suivi du stagiaire en établissant un lien régulier avec le milieu professionnel et en intervenant en cas de problème' },
    messages: {
        missing: {
            fr: 'Le stage avec {partner} ne prévoit pas de suivi régulier avec l’organisme. Convenez d’un rythme de contacts et notez-le, par exemple : suivi chaque mois « Visite du maître de stage ».',
            en: 'The placement with {partner} plans no regular follow-up with the organisation. Agree on how often you will be in touch and write it, for example: suivi chaque mois « Visit of the placement supervisor ».'
        }
    },
    fixes: [{ id: 'monthly', title: { fr: 'Prévoir un suivi chaque mois', en: 'Plan a monthly follow-up' } }],
    examples: {
        nonCompliant: exampleWith(placementWithout('suivi')),
        compliant: exampleWith(COMPLETE_PLACEMENT)
    },
    checks: {
        Placement(placement, report, context) {
            if (placement.followUp) {
                return;
            }
            const edit: FixEdit | undefined = insertIntoBlock(placement, ['suivi chaque mois']);
            report('missing', { node: placement, property: 'partner' }, {
                params: { partner: partnerOf(placement, context) },
                fixes: edit ? [{ fix: 'monthly', edits: [edit] }] : undefined
            });
        }
    }
});

export const stageRules: readonly RuleDefinition[] = [convention, referent, assurance, contactPrealable, suivi] as RuleDefinition[];
