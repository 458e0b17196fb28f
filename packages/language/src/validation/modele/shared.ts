import { type GuideReference } from '../../rules/definition.js';

/** What several rules of the modele family share. */

/**
 * principles.md gives no section of the guide for modele/*: templates exist to establish the
 * institution's charter, which is where the guide speaks of it.
 */
export const ESTABLISHING_THE_CHARTER: GuideReference = {
    section: { fr: 'En amont', en: 'Upstream' },
    quote: 'établir une « charte du tutorat » (enjeux, ressources, modalités de mise en œuvre, profil de fonction du tuteur)'
};
