/** What several rules of the duo family share. */

export const CONDITIONS = { fr: 'Conditions de réussite', en: 'Conditions for success' } as const;
