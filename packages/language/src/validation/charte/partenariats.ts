import { type Partnerships } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasKind, involvesPartner, messages, partnerSituationsParam, sectionRule } from './section-rule.js';

export const partenariats = sectionRule({
    id: 'charte/partenariats',
    severity: 'warning',
    title: { fr: 'Des conventions de partenariat sont prévues', en: 'Partnership agreements are planned' },
    description: {
        fr: 'Quand la charte prévoit des stages, de l’alternance ou de l’insertion, un organisme partenaire intervient : la section « partenariats » prévoit au moins une convention avec les écoles ou organismes de formation.',
        en: 'When the charter plans placements, work-study or insertion, a partner organisation takes part: the “partenariats” section plans at least one agreement with schools or training organisations.'
    },
    guide: {
        section: { fr: 'Rôle de la direction; En bref 3', en: 'Role of the management; In short 3' },
        quote: 'nouer des conventions de partenariat avec les organismes de formation en associant l’encadrement et les tuteurs',
        enBref: [3]
    },
    messages: messages({
        missing: {
            fr: 'La charte prévoit des situations avec un organisme partenaire ({situations}), mais aucun partenariat{scope}. Ajoutez une section « partenariats » avec au moins une « convention » avec les écoles ou organismes de formation.',
            en: 'The charter plans situations with a partner organisation ({situations}), but no partnership{scope}. Add a “partenariats” section with at least one “convention” with schools or training organisations.'
        },
        noConvention: {
            fr: 'Les partenariats{from} ne prévoient aucune convention, alors que la charte prévoit des situations avec un organisme partenaire ({situations}). Ajoutez « convention » (par exemple « convention avec HauteÉcole « … » ») dans la section « partenariats ».',
            en: 'The partnerships{from} plan no agreement, although the charter plans situations with a partner organisation ({situations}). Add “convention” (e.g. “convention avec HauteÉcole « … »”) to the “partenariats” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} prévoit des situations avec un organisme partenaire ({situations}), mais aucun partenariat{scope}. Proposez une section « partenariats », ou écrivez « partenariats à compléter » pour que chaque institution cite ses conventions.',
            en: 'The template {template} plans situations with a partner organisation ({situations}), but no partnership{scope}. Offer a “partenariats” section, or write “partenariats à compléter” so that each institution cites its agreements.'
        },
        noConvention: {
            fr: 'Dans le modèle {template}, les partenariats{from} ne prévoient aucune convention, alors qu’il prévoit des situations avec un organisme partenaire ({situations}). Ajoutez « convention », avec un texte ou « à compléter ».',
            en: 'In the template {template}, the partnerships{from} plan no agreement, although it plans situations with a partner organisation ({situations}). Add “convention”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['situations stage, nouveau-travailleur', 'partenariats {', '    rencontres « Rencontres annuelles avec les écoles de la région. »', '}']),
        compliant: charterExample(['situations stage, nouveau-travailleur', 'partenariats {', '    convention « Convention de stage annuelle avec la Haute École (bachelier éducateur). »', '}'])
    },
    spec: {
        key: 'partnerships',
        appliesTo: involvesPartner,
        params: partnerSituationsParam,
        requirements: [{
            message: 'noConvention',
            elements: [{ form: ELEMENTS.partnerships.convention, label: { fr: 'une convention', en: 'an agreement' }, present: hasKind<Partnerships>('convention') }]
        }]
    }
});
