import { type Commitments } from '../../generated/ast.js';
import { ELEMENTS } from '../charter-fixes.js';
import { hasRole, type ElementCheck } from './section-rule.js';

/** What several rules of the charte family share. */

export const directionAndSupervision: ReadonlyArray<ElementCheck<Commitments>> = [
    { form: ELEMENTS.commitments.direction, label: { fr: 'de la direction', en: 'of the management' }, present: hasRole('direction') },
    { form: ELEMENTS.commitments.supervision, label: { fr: 'de l’encadrement', en: 'of the supervisors' }, present: hasRole('encadrement') }
];
