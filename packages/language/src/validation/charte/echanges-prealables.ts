import type { PriorExchanges } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, involvesPartner, messages, partnerSituationsParam, sectionRule } from './section-rule.js';

/**
 * charte/echanges-prealables — before the tutees arrive, moments of exchange with the internal
 * actors, and with the partner organisations when a situation involves one (En bref 3).
 */
export const echangesPrealables = sectionRule({
    id: 'charte/echanges-prealables',
    severity: 'warning',
    title: { fr: 'Des échanges préparent l’accueil des tutorés', en: 'Exchanges prepare the tutees’ arrival' },
    description: {
        fr: 'La section « échanges préalables » prévoit, en amont de l’accueil des tutorés, des moments d’échanges avec les acteurs internes (« internes « … » » : responsable de la formation, équipe, encadrement) et, quand la charte prévoit des stages, de l’alternance ou de l’insertion, avec les organismes partenaires (« avec les partenaires « … » »).',
        en: 'The “échanges préalables” section plans, before tutees arrive, moments of exchange with the internal actors (“internes « … »”: training manager, team, supervisors) and, when the charter plans placements, work-study or insertion, with the partner organisations (“avec les partenaires « … »”).'
    },
    guide: {
        section: { fr: 'En bref 3 ; En amont du tutorat', en: 'In short 3; Before tutoring' },
        quote: 'En amont de l’accueil des tutorés, organiser des moments d’échanges avec les différents acteurs internes (ex. : responsable de la formation) et externes (ex. : organisme de formation). […] prévoir la collaboration entre tous les acteurs clés du tutorat, internes et externes',
        enBref: [3]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas de moments d’échanges avant l’accueil des tutorés{scope}. Ajoutez une section « échanges préalables » avec les échanges « internes » (responsable de la formation, équipe){partners}.',
            en: 'The charter plans no moments of exchange before tutees arrive{scope}. Add an “échanges préalables” section with the “internes” exchanges (training manager, team){partners}.'
        },
        noInternal: {
            fr: 'Les échanges préalables{from} ne prévoient rien avec les acteurs internes. Ajoutez {write} : quand le tuteur, l’équipe et le responsable de la formation se concertent avant l’arrivée d’un tutoré.',
            en: 'The prior exchanges{from} plan nothing with the internal actors. Add {write}: when the tutor, the team and the training manager meet before a tutee arrives.'
        },
        noExternal: {
            fr: 'La charte prévoit des situations avec un organisme partenaire ({situations}), mais les échanges préalables{from} ne prévoient rien avec les partenaires. Ajoutez {write} : quand l’institution rencontre les écoles ou centres de formation avant l’accueil.',
            en: 'The charter plans situations with a partner organisation ({situations}), but the prior exchanges{from} plan nothing with the partners. Add {write}: when the institution meets the schools or training centres before tutees arrive.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas de moments d’échanges avant l’accueil des tutorés{scope}. Proposez une section « échanges préalables » aux institutions membres, ou écrivez « échanges préalables à compléter ».',
            en: 'The template {template} plans no moments of exchange before tutees arrive{scope}. Offer an “échanges préalables” section to the member institutions, or write “échanges préalables à compléter”.'
        },
        noInternal: {
            fr: 'Dans le modèle {template}, les échanges préalables{from} ne prévoient rien avec les acteurs internes. Ajoutez {write}, avec un texte ou « à compléter ».',
            en: 'In the template {template}, the prior exchanges{from} plan nothing with the internal actors. Add {write}, with a text or “à compléter”.'
        },
        noExternal: {
            fr: 'Le modèle {template} prévoit des situations avec un organisme partenaire ({situations}), mais ses échanges préalables{from} ne prévoient rien avec les partenaires. Ajoutez {write}, avec un texte ou « à compléter ».',
            en: 'The template {template} plans situations with a partner organisation ({situations}), but its prior exchanges{from} plan nothing with the partners. Add {write}, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['situations stage', 'échanges préalables {', '    internes « Réunion du tuteur et de l’équipe deux semaines avant chaque arrivée. »', '}']),
        compliant: charterExample([
            'situations stage',
            'échanges préalables {',
            '    internes « Réunion du tuteur et de l’équipe deux semaines avant chaque arrivée. »',
            '    avec les partenaires « Rencontre de préparation avec chaque école en juin. »',
            '}'
        ])
    },
    spec: {
        key: 'priorExchanges',
        skeleton: (effective) => [ELEMENTS.priorExchanges.internal, ...(involvesPartner(effective) ? [ELEMENTS.priorExchanges.external] : [])],
        params: (effective, context) => ({
            ...partnerSituationsParam(effective, context),
            partners: involvesPartner(effective) ? context.text({ fr: ', et ceux « avec les partenaires »', en: ', and those “avec les partenaires”' }) : ''
        }),
        requirements: [
            { message: 'noInternal', elements: [{ form: ELEMENTS.priorExchanges.internal, label: { fr: 'les échanges internes', en: 'the internal exchanges' }, present: hasKind<PriorExchanges>('internes') }] },
            {
                message: 'noExternal',
                appliesTo: involvesPartner,
                elements: [{ form: ELEMENTS.priorExchanges.external, label: { fr: 'les échanges avec les partenaires', en: 'the exchanges with the partners' }, present: hasKind<PriorExchanges>('avec') }]
            }
        ]
    }
});
