import type { Bilingual } from '../i18n/locale.js';

/**
 * The guide's closing advice, « En bref : quelques conseils pour assurer un tutorat de qualité »,
 * numbered 1 to 10 as in the guide. Rules name the pieces they check (`guide.enBref`); the
 * documentation pages and the handbooks' checklist quote them from here.
 */
export const EN_BREF: readonly Bilingual[] = [
    { fr: 'Inscrire le tutorat dans le projet institutionnel (ex. : via une « charte tutorat »).', en: 'Inscribe tutoring in the institutional project (e.g. through a “tutoring charter”).' },
    { fr: 'Articuler les pratiques et outils liés au tutorat aux autres processus de gestion des compétences (recrutement, formation, accompagnement, évaluation…) et de prise en compte du bien-être au travail.', en: 'Link tutoring practices and tools with the other competence-management processes (recruitment, training, support, evaluation…) and with well-being at work.' },
    { fr: 'En amont de l’accueil des tutorés, organiser des moments d’échanges avec les différents acteurs internes (ex. : responsable de la formation) et externes (ex. : organisme de formation).', en: 'Before welcoming tutees, organise exchanges with internal actors (e.g. the training officer) and external ones (e.g. the training organisation).' },
    { fr: 'Dédier du temps de travail aux actions de tutorat (via par exemple un avenant au contrat de travail), organiser le remplacement des tuteurs si nécessaire.', en: 'Dedicate working time to tutoring (e.g. through an amendment to the employment contract) and organise the tutors’ replacement when needed.' },
    { fr: 'Intégrer les missions de tutorat dans les entretiens professionnels du tuteur, afin qu’elles soient identifiées comme un rôle particulier à valoriser dans le cadre de son évolution professionnelle.', en: 'Include tutoring in the tutor’s professional interviews, so that it is recognised as a particular role in their professional development.' },
    { fr: 'Définir un plan de formation au tutorat : formation de base préliminaire et formations complémentaires en fonction des besoins ; sensibilisation de l’ensemble des équipes.', en: 'Define a tutoring training plan: basic training beforehand and complementary training as needed; make all teams aware.' },
    { fr: 'Inviter les tuteurs à se regrouper en « communautés tuteurs », avec des moments d’échange sur les pratiques (au sein et en dehors de l’institution).', en: 'Invite tutors to form “communities of tutors” that exchange on their practices (within and outside the institution).' },
    { fr: 'Participer à des rencontres entre institutions qui mettent en œuvre un tutorat organisé (le cas échéant avec des partenaires externes, tels que des organismes de formation).', en: 'Take part in meetings between institutions that organise tutoring (with external partners such as training organisations where relevant).' },
    { fr: 'Inviter les tuteurs à obtenir le titre de compétences de « tuteur en entreprise » (www.cvdc.be).', en: 'Invite tutors to obtain the “tuteur en entreprise” competence certificate (www.cvdc.be).' },
    { fr: 'Valoriser les tutorats mis en œuvre, auprès des équipes de travail et vers les administrations et les bénéficiaires (entre autres en diffusant des témoignages de tuteurs et de tutorés).', en: 'Promote the tutoring carried out, to the teams, the administrations and the beneficiaries (for instance by spreading testimonies of tutors and tutees).' }
];

