import type { Bilingual } from '../i18n/locale.js';

/**
 * The sections of the *Guide pour le tutorat* (March 2021) as the editor names them when it quotes
 * the guide: the guide's own headings, then an English rendering.
 */
export const GUIDE_SECTIONS = {
    whyTutoring: { fr: 'Pourquoi soutenir le tutorat au sein du non-marchand ?', en: 'Why support tutoring in the non-profit sector?' },
    atWork: { fr: 'Le tutorat en milieu professionnel', en: 'Tutoring at the workplace' },
    stakes: { fr: 'Les enjeux du tutorat', en: 'The stakes of tutoring' },
    before: { fr: 'L’organisation du tutorat — En amont du tutorat', en: 'Organising tutoring — Before tutoring' },
    during: { fr: 'L’organisation du tutorat — En cours de tutorat', en: 'Organising tutoring — During tutoring' },
    after: { fr: 'L’organisation du tutorat — En aval du tutorat', en: 'Organising tutoring — After tutoring' },
    actors: { fr: 'Le rôle des différents acteurs', en: 'The roles of the actors' },
    management: { fr: 'Le rôle des différents acteurs — Rôle de la direction', en: 'The roles of the actors — Role of the management' },
    supervisors: { fr: 'Le rôle des différents acteurs — Rôle des fonctions d’encadrement', en: 'The roles of the actors — Role of the supervisors' },
    tutor: { fr: 'Le rôle des différents acteurs — Rôle du tuteur', en: 'The roles of the actors — Role of the tutor' },
    welcome: { fr: 'Missions du tuteur — Accueillir et intégrer le tutoré', en: 'The tutor’s missions — Welcoming and integrating the tutee' },
    plan: { fr: 'Missions du tuteur — Organiser et planifier le parcours de formation', en: 'The tutor’s missions — Organising and planning the training path' },
    train: { fr: 'Missions du tuteur — Former le tutoré', en: 'The tutor’s missions — Training the tutee' },
    support: { fr: 'Missions du tuteur — Accompagner le tutoré', en: 'The tutor’s missions — Supporting the tutee' },
    evaluate: { fr: 'Missions du tuteur — Évaluer le tutoré', en: 'The tutor’s missions — Evaluating the tutee' },
    collaborate: { fr: 'Missions du tuteur — Établir et entretenir des collaborations avec l’organisme partenaire', en: 'The tutor’s missions — Building collaborations with the partner organisation' },
    tutee: { fr: 'Le rôle des différents acteurs — Rôle du tutoré', en: 'The roles of the actors — Role of the tutee' },
    partners: { fr: 'Le rôle des différents acteurs — Rôle des organismes partenaires', en: 'The roles of the actors — Role of the partner organisations' },
    recognised: { fr: 'Le choix du tuteur — Un acteur reconnu', en: 'Choosing the tutor — A recognised actor' },
    volunteer: { fr: 'Le choix du tuteur — Un acteur volontaire', en: 'Choosing the tutor — A volunteer' },
    profile: { fr: 'Le choix du tuteur — Le profil recommandé', en: 'Choosing the tutor — The recommended profile' },
    conditions: { fr: 'Le choix du tuteur — Des conditions de réussite', en: 'Choosing the tutor — Conditions for success' }
} satisfies Record<string, Bilingual>;

/** « En bref : quelques conseils pour assurer un tutorat de qualité », advice number `n`. */
export function enBref(n: number): Bilingual {
    return { fr: `En bref : quelques conseils pour assurer un tutorat de qualité (conseil ${n})`, en: `In short: advice for quality tutoring (advice ${n})` };
}
