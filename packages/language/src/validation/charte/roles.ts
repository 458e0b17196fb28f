import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasRole, involvesPartner, messages, partnerSituationsParam, sectionRule } from './section-rule.js';
import { directionAndSupervision } from './shared.js';

export const roles = sectionRule({
    id: 'charte/roles',
    severity: 'warning',
    title: { fr: 'La charte décrit le rôle de chaque acteur', en: 'The charter describes the role of each actor' },
    description: {
        fr: 'La section « engagements » décrit le rôle de la direction, de l’encadrement, du tuteur et du tutoré ; celui de l’organisme partenaire aussi quand la charte prévoit des stages, de l’alternance ou de l’insertion.',
        en: 'The “engagements” section describes the role of the management, the supervisors, the tutor and the tutee; that of the partner organisation too when the charter plans placements, work-study or insertion.'
    },
    guide: {
        section: { fr: 'Le rôle des différents acteurs', en: 'The role of the different actors' },
        quote: 'Afin que le tutorat réponde concrètement à ses finalités et enjeux, chaque acteur s’engage à respecter certains principes, garants de sa réussite.'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne décrit pas le rôle des acteurs du tutorat{scope}. Ajoutez une section « engagements » qui décrit le rôle de la direction, de l’encadrement, du tuteur et du tutoré{partner}.',
            en: 'The charter does not describe the role of the actors of tutoring{scope}. Add an “engagements” section describing the role of the management, the supervisors, the tutor and the tutee{partner}.'
        },
        incomplete: {
            fr: 'Les engagements{from} ne décrivent pas le rôle {elements}. Ajoutez {write} dans la section « engagements ».',
            en: 'The commitments{from} do not describe the role {elements}. Add {write} to the “engagements” section.'
        },
        noPartner: {
            fr: 'La charte prévoit des situations avec un organisme partenaire ({situations}), mais les engagements{from} ne décrivent pas son rôle. Ajoutez « organisme partenaire » dans la section « engagements » : durée et objectifs du stage, référent, évaluation, assurance.',
            en: 'The charter plans situations with a partner organisation ({situations}), but the commitments{from} do not describe its role. Add “organisme partenaire” to the “engagements” section: duration and objectives of the placement, referent, evaluation, insurance.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne décrit pas le rôle des acteurs du tutorat{scope}. Proposez une section « engagements » aux institutions membres, ou écrivez « engagements à compléter ».',
            en: 'The template {template} does not describe the role of the actors of tutoring{scope}. Offer an “engagements” section to the member institutions, or write “engagements à compléter”.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, les engagements{from} ne décrivent pas le rôle {elements}. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the commitments{from} do not describe the role {elements}. Add {write}, with a text or “à compléter” for the member institutions.'
        },
        noPartner: {
            fr: 'Le modèle {template} prévoit des situations avec un organisme partenaire ({situations}), mais ses engagements{from} ne décrivent pas son rôle. Ajoutez « organisme partenaire », avec un texte ou « à compléter ».',
            en: 'The template {template} plans situations with a partner organisation ({situations}), but its commitments{from} do not describe its role. Add “organisme partenaire”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample([
            'situations stage, nouveau-travailleur',
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    encadrement « Choisir les tuteurs et formaliser leur mission. »',
            '    tuteur « Accueillir, accompagner, former et évaluer le tutoré. »',
            '    tutoré « S’impliquer dans son parcours et s’auto-évaluer. »',
            '}'
        ]),
        compliant: charterExample([
            'situations stage, nouveau-travailleur',
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    encadrement « Choisir les tuteurs et formaliser leur mission. »',
            '    tuteur « Accueillir, accompagner, former et évaluer le tutoré. »',
            '    tutoré « S’impliquer dans son parcours et s’auto-évaluer. »',
            '    organisme partenaire « Fixer les objectifs du stage, désigner un référent, assurer le stagiaire. »',
            '}'
        ])
    },
    spec: {
        key: 'commitments',
        skeleton: (effective) => [
            ELEMENTS.commitments.direction, ELEMENTS.commitments.supervision, ELEMENTS.commitments.tutor, ELEMENTS.commitments.tutee,
            ...(involvesPartner(effective) ? [ELEMENTS.commitments.partner] : [])
        ],
        params: (effective, context) => ({
            ...partnerSituationsParam(effective, context),
            partner: involvesPartner(effective) ? context.text({ fr: ', ainsi que celui de l’organisme partenaire', en: ', and that of the partner organisation' }) : ''
        }),
        requirements: [{
            message: 'incomplete',
            elements: [
                ...directionAndSupervision,
                { form: ELEMENTS.commitments.tutor, label: { fr: 'du tuteur', en: 'of the tutor' }, present: hasRole('tuteur', 'tutrice') },
                { form: ELEMENTS.commitments.tutee, label: { fr: 'du tutoré', en: 'of the tutee' }, present: hasRole('tutoré', 'tutorée') }
            ]
        }, {
            message: 'noPartner',
            appliesTo: involvesPartner,
            elements: [{ form: ELEMENTS.commitments.partner, label: { fr: 'de l’organisme partenaire', en: 'of the partner organisation' }, present: hasRole('organisme') }]
        }]
    }
});
