import { defineRule, type FixEdit } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { COMPLETE_PLACEMENT, PARTNER_SECTION, exampleWith, partnerOf, placementWithout } from './shared.js';

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
