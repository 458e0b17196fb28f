import { joinList } from '../../i18n/locale.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { PARTNER_SECTION, partnerOf } from './shared.js';

export const referent = defineRule({
    id: 'stage/referent',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'L’organisme partenaire a un référent pour le stage', en: 'The partner organisation has a referent for the placement' },
    description: {
        fr: 'Le stage (ou le suivi d’insertion) nomme le référent de l’organisme partenaire (enseignant, maître de stage, formateur, accompagnateur) qui est l’interlocuteur de l’institution : « référent Nom » ou « référente Nom » dans le bloc du stage, choisi parmi les référents que l’organisme déclare.',
        en: 'The placement (or insertion follow-up) names the partner organisation’s referent (teacher, placement supervisor, trainer, guide) who is the institution’s contact: « référent Name » or « référente Name » in the placement block, among the referents the organisation declares.'
    },
    guide: {
        section: PARTNER_SECTION,
        quote: 'Désigner un enseignant (dénommé par exemple « maître de stage » ou « moniteur ») qui soit l’interlocuteur privilégié du milieu professionnel et du stagiaire'
    },
    messages: {
        none: {
            fr: 'Le stage avec {partner} ne nomme pas de référent, et l’organisme n’en déclare aucun. Demandez à l’organisme qui suit le stage et déclarez-le : « référente Nom « Prénom Nom » » dans l’organisme, puis « référente Nom » dans le stage.',
            en: 'The placement with {partner} names no referent, and the organisation declares none. Ask the organisation who follows the placement and declare them: « référente Name « Full name » » in the organisation, then « référente Name » in the placement.'
        },
        notNamed: {
            fr: 'Le stage avec {partner} ne nomme pas son référent : l’organisme en déclare ({names}), mais rien ne dit lequel est l’interlocuteur de ce stage. Écrivez dans le stage « {line} ».',
            en: 'The placement with {partner} does not name its referent: the organisation declares some ({names}), but nothing says which one is this placement’s contact. Write in the placement « {line} ».'
        }
    },
    fixes: [{ id: 'nameReferent', title: { fr: 'Nommer le référent de l’organisme dans le stage', en: 'Name the organisation’s referent in the placement' } }],
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
            } else if (!placement.referent) {
                const first = partner.referents[0];
                const line = `${first.$cstNode?.text.trimStart().startsWith('référente') ? 'référente' : 'référent'} ${first.name}`;
                const edit = insertIntoBlock(placement, [line]);
                report('notNamed', { node: placement, property: 'partner' }, {
                    params: { partner: partnerOf(placement, context), names: joinList(partner.referents.map((candidate) => candidate.name), context.locale, 'or'), line },
                    fixes: edit ? [{ fix: 'nameReferent', edits: [edit] }] : undefined
                });
            }
        }
    }
});
