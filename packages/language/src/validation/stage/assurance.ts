import { hasText } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { COMPLETE_PLACEMENT, PARTNER_SECTION, exampleWith, partnerOf, placementWithout } from './shared.js';

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
