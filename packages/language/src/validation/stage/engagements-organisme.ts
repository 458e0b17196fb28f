import { isTrainingPath, type PartnerDuty } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { joinList, type Bilingual } from '../../i18n/locale.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';

/**
 * stage/engagements-organisme — an organisation that sends a trainee states what it commits to,
 * as the guide lists it: preparing the trainee, telling the workplace of any problem, taking part
 * in the evaluation. Read on the organisation, once, whatever the number of its placements.
 */

const DUTIES: ReadonlyArray<{ readonly kind: PartnerDuty['kind']; readonly label: Bilingual; readonly line: string }> = [
    { kind: 'préparation', label: { fr: 'la préparation du stagiaire', en: 'preparing the trainee' }, line: 'préparation à compléter « Comment l’organisme prépare l’élève au stage »' },
    { kind: 'signalement', label: { fr: 'le signalement des problèmes', en: 'reporting problems' }, line: 'signalement des problèmes à compléter « Qui prévient l’institution, et comment »' },
    { kind: 'évaluation', label: { fr: 'la participation à l’évaluation', en: 'taking part in the evaluation' }, line: 'évaluation à compléter « Comment l’organisme participe à l’évaluation »' }
];

export const engagementsOrganisme = defineRule({
    id: 'stage/engagements-organisme',
    severity: 'info',
    // The placements that use the organisation may be written in any file.
    crossFile: true,
    title: { fr: 'L’organisme partenaire dit à quoi il s’engage', en: 'The partner organisation states its commitments' },
    description: {
        fr: 'Un organisme partenaire qui envoie un stagiaire ou un alternant (cité par un « stage avec … » ou une « insertion avec … » de n’importe quel fichier) déclare ses engagements : la préparation de l’élève (« préparation « … » »), l’information du milieu professionnel en cas de problème (« signalement des problèmes « … » ») et sa participation à l’évaluation (« évaluation « … » »), dans un bloc « engagements { … } ».',
        en: 'A partner organisation that sends a trainee (named by a « stage avec … » or « insertion avec … » of any file) declares its commitments: preparing the student (« préparation « … » »), informing the workplace of any problem (« signalement des problèmes « … » ») and taking part in the evaluation (« évaluation « … » »), in an « engagements { … } » block.'
    },
    guide: {
        section: { fr: 'Rôle des organismes partenaires', en: 'Role of the partner organisations' },
        quote: 'Informer le milieu professionnel de tout problème pouvant apparaître'
    },
    messages: {
        missing: {
            fr: 'L’organisme {partner} envoie un stagiaire, mais ne dit pas à quoi il s’engage : {missing}. Ajoutez-les dans un bloc « engagements { … } » de l’organisme, avec un texte ou « à compléter » en attendant sa réponse.',
            en: 'The organisation {partner} sends a trainee, but does not state its commitments: {missing}. Add them in an « engagements { … } » block of the organisation, with a text or « à compléter » until it answers.'
        }
    },
    fixes: [{ id: 'addDuties', title: { fr: 'Ajouter les engagements de l’organisme (à compléter)', en: 'Add the organisation’s commitments (to complete)' } }],
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » { type enseignement secondaire en alternance }\n    parcours AlternanceEmma pour Emma {\n        stage avec CEFA\n    }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » {\n        type enseignement secondaire en alternance\n        engagements {\n            préparation « Module de préparation au stage en septembre »\n            signalement des problèmes « L’accompagnatrice prévient la tutrice dans la journée »\n            évaluation « Grille du CEFA remplie avec la tutrice chaque trimestre »\n        }\n    }\n    parcours AlternanceEmma pour Emma {\n        stage avec CEFA\n    }\n}\n'
        }
    },
    checks: {
        Partner(partner, report, context) {
            const institution = institutionOf(partner);
            const sendsTrainees = institution !== undefined && context.workspace.namedMembers(institution)
                .some((member) => isTrainingPath(member) && member.placement?.partner?.$refText === partner.name);
            if (!partner.name || !sendsTrainees) {
                return;
            }
            const written = new Set((partner.duties?.items ?? []).map((item) => item.kind));
            const missing = DUTIES.filter((duty) => !written.has(duty.kind));
            if (missing.length === 0) {
                return;
            }
            const lines = missing.map((duty) => duty.line);
            const edit = partner.duties ? insertIntoBlock(partner.duties, lines) : insertIntoBlock(partner, ['engagements {', ...lines.map((line) => `    ${line}`), '}']);
            report('missing', { node: partner, property: 'name' }, {
                params: { partner: titleOrName(partner, context.locale) ?? partner.name, missing: joinList(missing.map((duty) => context.text(duty.label)), context.locale) },
                fixes: edit ? [{ fix: 'addDuties', edits: [edit] }] : undefined
            });
        }
    }
});
