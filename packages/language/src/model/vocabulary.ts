import type { Bilingual, Locale } from '../i18n/locale.js';
import type { SectionKey } from './charter.js';
import type { Diploma, KnownDocument, KnownMethod, KnownProfile, KnownStake, PartnerKind, PhaseKind, SituationKind, StaffRole, TransversalDimension, TutorAbility } from '../generated/ast.js';

/**
 * What the enumerated words of the language mean, in full sentences: the guide's own wording where
 * it has one. Hovers, completion, rule messages and handbooks all read their labels from here.
 */
export interface Term {
    readonly label: Bilingual;
}

export const STAKES: Readonly<Record<KnownStake, Term>> = {
    'formation-des-stagiaires': { label: { fr: 'Contribuer au parcours de formation des stagiaires', en: 'Contribute to the training path of trainees' } },
    'lien-formation-terrain': { label: { fr: 'Faciliter les liens entre les apprentissages en centre de formation et en milieu professionnel', en: 'Link learning at the training centre with learning at work' } },
    'intégration-nouveaux-travailleurs': { label: { fr: 'Intégrer les nouveaux travailleurs au sein d’une équipe', en: 'Integrate new workers into a team' } },
    'prise-de-fonction': { label: { fr: 'Faciliter la prise de fonction, l’apprentissage et la construction de l’identité professionnelle', en: 'Ease taking up a function, learning and building a professional identity' } },
    'évolution-professionnelle': { label: { fr: 'Soutenir les évolutions professionnelles, par exemple d’une fonction à une autre', en: 'Support professional evolution, e.g. from one function to another' } },
    'réintégration-après-absence': { label: { fr: 'Réintégrer les personnes reprenant le travail après une longue absence', en: 'Reintegrate people returning to work after a long absence' } },
    'valorisation-expérience': { label: { fr: 'Valoriser l’expérience acquise et la coopération entre nouveaux et anciens', en: 'Value acquired experience and cooperation between newcomers and experienced staff' } },
    'réflexivité': { label: { fr: 'Soutenir la prise de recul, la remise en question et la réflexivité', en: 'Support stepping back, questioning and reflexivity' } },
    'transmission-culture': { label: { fr: 'Favoriser la transmission de la culture de l’organisation', en: 'Pass on the organisation’s culture' } },
    'capitalisation-pratiques': { label: { fr: 'Capitaliser les pratiques des travailleurs détenant une expertise, changeant d’affectation ou quittant l’institution', en: 'Capitalise the practices of expert workers who change posts or leave' } },
    'compétences-sensibles': { label: { fr: 'Organiser des dispositifs de transfert pour éviter les pertes de compétences « sensibles »', en: 'Organise transfers to avoid losing “sensitive” competences' } }
};

export const SITUATIONS: Readonly<Record<SituationKind, Term>> = {
    'stage': { label: { fr: 'Accueil de stagiaires', en: 'Hosting trainees on placement' } },
    'alternance': { label: { fr: 'Formation en alternance', en: 'Work-study (alternance) training' } },
    'nouveau-travailleur': { label: { fr: 'Intégration d’un nouveau travailleur', en: 'Integration of a new worker' } },
    'changement-de-fonction': { label: { fr: 'Changement de fonction', en: 'Change of function' } },
    'réintégration': { label: { fr: 'Réintégration après une longue absence', en: 'Reintegration after a long absence' } },
    'insertion': { label: { fr: 'Insertion socioprofessionnelle', en: 'Socio-professional insertion' } },
    'transmission-avant-départ': { label: { fr: 'Transmission des savoirs avant un départ', en: 'Passing on knowledge before a departure' } }
};

/** Situations in which a partner organisation (school, training or guidance body) takes part. */
export const PARTNER_SITUATIONS: ReadonlySet<SituationKind> = new Set(['stage', 'alternance', 'insertion']);

export const PROFILES: Readonly<Record<KnownProfile, Term>> = {
    'handicap': { label: { fr: 'Situation de handicap', en: 'Disability' } },
    'décrochage-scolaire': { label: { fr: 'Jeune en décrochage scolaire', en: 'Young person who dropped out of school' } },
    'alternance': { label: { fr: 'Formation en alternance', en: 'Work-study training' } },
    'retour-de-maladie': { label: { fr: 'Réintégration après une maladie', en: 'Return after an illness' } },
    'primo-arrivant': { label: { fr: 'Personne primo-arrivante', en: 'Newly arrived migrant' } }
};

export const BASE_DOCUMENTS: Readonly<Record<KnownDocument, Term>> = {
    'projet-institutionnel': { label: { fr: 'Projet institutionnel', en: 'Institutional project' } },
    'règlement-ordre-intérieur': { label: { fr: 'Règlement d’ordre intérieur', en: 'Internal rules' } },
    'description-de-fonction': { label: { fr: 'Description de fonction', en: 'Job description' } },
    'référentiel-de-compétences': { label: { fr: 'Référentiel de compétences', en: 'Competence framework' } },
    'charte-du-tutorat': { label: { fr: 'Charte du tutorat', en: 'Tutoring charter' } },
    'livret-du-tutorat': { label: { fr: 'Livret du tutorat', en: 'Tutoring handbook' } }
};

/** The four documents the guide names for the tutee (« Rôle du tutoré »). */
export const GUIDE_BASE_DOCUMENTS: readonly KnownDocument[] = ['projet-institutionnel', 'règlement-ordre-intérieur', 'description-de-fonction', 'référentiel-de-compétences'];

/** The documents that state how tutoring is organised (« Préciser les modalités d’organisation du tutorat »): one of them is enough. */
export const ORGANISATION_DOCUMENTS: readonly KnownDocument[] = ['livret-du-tutorat', 'charte-du-tutorat'];

export const STAFF_ROLES: Readonly<Record<StaffRole, Term>> = {
    'direction': { label: { fr: 'Direction', en: 'Management' } },
    'encadrement': { label: { fr: 'Encadrement', en: 'Supervision' } },
    'référent-formation': { label: { fr: 'Référent formation', en: 'Training referent' } },
    'référent-tuteurs': { label: { fr: 'Référent des tuteurs', en: 'Tutors’ referent' } },
    'coordination': { label: { fr: 'Coordination', en: 'Coordination' } }
};

export const PHASES: Readonly<Record<PhaseKind, Term>> = {
    'accueil': { label: { fr: 'Accueillir et intégrer', en: 'Welcome and integrate' } },
    'accompagnement': { label: { fr: 'Accompagner et former', en: 'Support and train' } },
    'évaluation': { label: { fr: 'Évaluer et conclure', en: 'Evaluate and conclude' } }
};

/** The phases of a path in the guide's order. */
export const PHASE_ORDER: readonly PhaseKind[] = ['accueil', 'accompagnement', 'évaluation'];

export const PARTNER_KINDS: Readonly<Record<PartnerKind, Term>> = {
    'enseignement': { label: { fr: 'Enseignement (secondaire ou supérieur, plein exercice, alternance, promotion sociale…)', en: 'Education (secondary or higher, full-time, work-study, adult education…)' } },
    'formation': { label: { fr: 'Formation professionnelle', en: 'Vocational training' } },
    'insertion': { label: { fr: 'Insertion professionnelle', en: 'Professional insertion' } },
    'accompagnement': { label: { fr: 'Accompagnement (demandeurs d’emploi, personnes en situation de handicap…)', en: 'Guidance (job seekers, people with disabilities…)' } }
};

/** The branches of partner organisations the guide lists (« Type d’organisme »), by the word written after the kind. */
export const PARTNER_BRANCHES: Readonly<Record<string, Term & { readonly kinds: readonly PartnerKind[] }>> = {
    'secondaire': { kinds: ['enseignement'], label: { fr: 'Enseignement secondaire', en: 'Secondary education' } },
    'supérieur': { kinds: ['enseignement'], label: { fr: 'Enseignement supérieur', en: 'Higher education' } },
    'promotion': { kinds: ['enseignement'], label: { fr: 'Enseignement de promotion sociale', en: 'Adult education (promotion sociale)' } },
    'spécialisé': { kinds: ['enseignement'], label: { fr: 'Enseignement spécialisé', en: 'Special-needs education' } },
    'artistique': { kinds: ['enseignement'], label: { fr: 'Enseignement artistique à horaire réduit', en: 'Part-time arts education' } },
    'professionnelle': { kinds: ['formation', 'insertion'], label: { fr: 'Formation ou insertion professionnelle', en: 'Vocational training or insertion' } },
    'socioprofessionnel': { kinds: ['accompagnement'], label: { fr: 'Accompagnement de demandeurs d’emploi', en: 'Support for job seekers' } },
    'handicap': { kinds: ['accompagnement'], label: { fr: 'Accompagnement de personnes en situation de handicap', en: 'Support for people with disabilities' } }
};

/** The teaching methods the guide names (« Utiliser différentes méthodes pédagogiques »), and two usual others. */
export const METHODS: Readonly<Record<KnownMethod, Term>> = {
    'explication': { label: { fr: 'Explication', en: 'Explanation' } },
    'démonstration': { label: { fr: 'Démonstration', en: 'Demonstration' } },
    'expérimentation': { label: { fr: 'Expérimentation', en: 'Experimentation' } },
    'entretien': { label: { fr: 'Entretien', en: 'Interview' } },
    'observation': { label: { fr: 'Observation', en: 'Observation' } },
    'mise-en-situation': { label: { fr: 'Mise en situation', en: 'Role play / simulated situation' } }
};

/** The dimensions the tutor takes into account beyond the trade (« Rôle du tuteur »). */
export const TRANSVERSAL_DIMENSIONS: Readonly<Record<TransversalDimension, Term>> = {
    'déontologie': { label: { fr: 'Déontologie', en: 'Professional ethics (deontology)' } },
    'éthique': { label: { fr: 'Éthique (respect des personnes, de la réglementation et de l’environnement)', en: 'Ethics (respect for people, regulations and the environment)' } },
    'santé': { label: { fr: 'Santé', en: 'Health' } },
    'sécurité': { label: { fr: 'Sécurité', en: 'Safety' } },
    'réflexivité': { label: { fr: 'Réflexivité', en: 'Reflexivity' } },
    'identité-professionnelle': { label: { fr: 'Identité professionnelle', en: 'Professional identity' } }
};

/**
 * The tutor's abilities the guide names (« Le choix du tuteur — Un acteur reconnu »).
 * « pédagogiques » is how one writes it after « capacités », as the guide does: the same ability as « pédagogie ».
 */
export const TUTOR_ABILITIES: Readonly<Record<Exclude<TutorAbility, 'pédagogiques'>, Term>> = {
    'animation': { label: { fr: 'Animation', en: 'Leading' } },
    'négociation': { label: { fr: 'Négociation', en: 'Negotiation' } },
    'médiation': { label: { fr: 'Médiation', en: 'Mediation' } },
    'formalisation': { label: { fr: 'Formalisation', en: 'Formalising' } },
    'réflexivité': { label: { fr: 'Réflexivité', en: 'Reflexivity' } },
    'pédagogie': { label: { fr: 'Pédagogie', en: 'Teaching' } }
};

/** Who designates a tutor when no person is named (« désignée par la direction »), and the peers' say. */
export const DESIGNATION_WORDS: Readonly<Record<'direction' | 'hiérarchie' | 'peers', Bilingual>> = {
    'direction': { fr: 'la direction', en: 'the management' },
    'hiérarchie': { fr: 'sa hiérarchie', en: 'their hierarchy' },
    'peers': { fr: 'avec l’avis de ses pairs', en: 'with their peers’ say' }
};

/** An ability as the vocabulary knows it: « pédagogiques » is « pédagogie ». */
export function tutorAbility(word: TutorAbility): keyof typeof TUTOR_ABILITIES {
    return word === 'pédagogiques' ? 'pédagogie' : word;
}

export const DIPLOMAS: Readonly<Record<Diploma, Term>> = {
    CEB: { label: { fr: 'Certificat d’études de base', en: 'Basic studies certificate' } },
    CE1D: { label: { fr: 'Certificat d’études du premier degré', en: 'First-stage certificate' } },
    CE2D: { label: { fr: 'Certificat du deuxième degré', en: 'Second-stage certificate' } },
    CQ6: { label: { fr: 'Certificat de qualification de 6e année', en: 'Qualification certificate (6th year)' } },
    CESS: { label: { fr: 'Certificat d’enseignement secondaire supérieur', en: 'Upper secondary education certificate' } },
    CQ7: { label: { fr: 'Certificat de qualification de 7e année', en: 'Qualification certificate (7th year)' } },
    brevet: { label: { fr: 'Brevet de l’enseignement secondaire complémentaire', en: 'Complementary secondary diploma (brevet)' } },
    BES: { label: { fr: 'Brevet d’enseignement supérieur', en: 'Higher education diploma (BES)' } },
    graduat: { label: { fr: 'Graduat', en: 'Graduate diploma (graduat)' } },
    bachelier: { label: { fr: 'Bachelier', en: 'Bachelor' } },
    master: { label: { fr: 'Master', en: 'Master' } },
    doctorat: { label: { fr: 'Doctorat', en: 'Doctorate' } }
};

export const VOLUNTEER_MODES: Readonly<Record<'spontanément' | 'échange' | 'appel', Term>> = {
    'spontanément': { label: { fr: 'Démarche spontanée auprès de la hiérarchie', en: 'Spontaneous request to the hierarchy' } },
    'échange': { label: { fr: 'Choix après échange au sein de l’équipe', en: 'Chosen after a discussion in the team' } },
    'appel': { label: { fr: 'Appel à candidatures puis acceptation de la mission', en: 'Call for candidates, then acceptance of the mission' } }
};

/** The titles of a charter's sections, as handbooks and outlines show them. */
export const CHARTER_SECTION_TITLES: Readonly<Record<SectionKey, Bilingual>> = {
    stakes: { fr: 'Les enjeux du tutorat', en: 'The stakes of tutoring' },
    resources: { fr: 'Les ressources consacrées au tutorat', en: 'Resources given to tutoring' },
    modalities: { fr: 'Les modalités de mise en œuvre', en: 'How tutoring is implemented' },
    tutorProfile: { fr: 'Le profil de fonction du tuteur', en: 'The tutor’s function profile' },
    institutionalProject: { fr: 'Le tutorat dans le projet institutionnel', en: 'Tutoring in the institutional project' },
    commitments: { fr: 'Les rôles et engagements de chacun', en: 'Everyone’s role and commitments' },
    situations: { fr: 'Les situations de tutorat', en: 'Tutoring situations' },
    tutoringTime: { fr: 'Le temps de tutorat', en: 'Tutoring time' },
    replacement: { fr: 'La suppléance du tuteur', en: 'Replacing an absent tutor' },
    trainingPlan: { fr: 'Le plan de formation des tuteurs', en: 'The tutors’ training plan' },
    teamAwareness: { fr: 'La sensibilisation des équipes', en: 'Informing and consulting the teams' },
    partnerships: { fr: 'Les partenariats', en: 'Partnerships' },
    recognition: { fr: 'La reconnaissance et la valorisation', en: 'Recognition' },
    tutorCommunity: { fr: 'La communauté des tuteurs', en: 'The community of tutors' },
    priorExchanges: { fr: 'Les échanges avant l’accueil des tutorés', en: 'Exchanges before tutees arrive' },
    competenceManagement: { fr: 'Le tutorat dans la gestion des compétences', en: 'Tutoring in competence management' },
    after: { fr: 'Après le tutorat : analyser et améliorer', en: 'After tutoring: analyse and improve' }
};

/** The kinds of items inside the charter's sections, as the grammar stores them. */
export const CHARTER_ITEM_KINDS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
    Resource: {
        temps: { fr: 'Temps dédié', en: 'Dedicated time' },
        formations: { fr: 'Formations', en: 'Training' },
        équipement: { fr: 'Équipement pédagogique', en: 'Teaching equipment' },
        légitimité: { fr: 'Légitimité', en: 'Legitimacy' },
        reconnaissance: { fr: 'Reconnaissance', en: 'Recognition' }
    },
    Modality: {
        désignation: { fr: 'Désignation des tuteurs', en: 'Designating tutors' },
        choix: { fr: 'Choix des tutorés', en: 'Choosing tutees' },
        constitution: { fr: 'Constitution des duos', en: 'Forming the duos' },
        planification: { fr: 'Planification du tutorat', en: 'Planning tutoring time' }
    },
    Commitment: {
        direction: { fr: 'La direction', en: 'Management' },
        encadrement: { fr: 'L’encadrement', en: 'Supervisors' },
        tuteur: { fr: 'Le tuteur', en: 'The tutor' },
        tutrice: { fr: 'La tutrice', en: 'The tutor' },
        tutoré: { fr: 'Le tutoré', en: 'The tutee' },
        tutorée: { fr: 'La tutorée', en: 'The tutee' },
        organisme: { fr: 'L’organisme partenaire', en: 'The partner organisation' },
        équipe: { fr: 'L’équipe', en: 'The team' }
    },
    Training: {
        initiale: { fr: 'Formation initiale, avant d’exercer', en: 'Initial training, before tutoring' },
        complémentaire: { fr: 'Formations complémentaires', en: 'Complementary training' },
        continue: { fr: 'Formation continue', en: 'Continuing training' }
    },
    Partnership: {
        convention: { fr: 'Convention de partenariat', en: 'Partnership agreement' },
        rencontres: { fr: 'Rencontres', en: 'Meetings' },
        concertation: { fr: 'Concertation', en: 'Consultation' }
    },
    RecognitionItem: {
        entretiens: { fr: 'Dans les entretiens professionnels', en: 'In professional interviews' },
        témoignages: { fr: 'Témoignages', en: 'Testimonies' },
        visibilité: { fr: 'Visibilité', en: 'Visibility' }
    },
    AfterItem: {
        analyse: { fr: 'Analyse des résultats', en: 'Analysing the results' },
        effets: { fr: 'Effets sur les tutorés, les tuteurs, les équipes et les bénéficiaires', en: 'Effects on tutees, tutors, teams and beneficiaries' },
        échanges: { fr: 'Échanges avec les partenaires', en: 'Exchanges with partners' },
        améliorations: { fr: 'Pistes d’amélioration', en: 'Improvements' },
        calendrier: { fr: 'Calendrier', en: 'Timetable' },
        bilan: { fr: 'Bilan de fin de cycle', en: 'End-of-cycle review' }
    },
    PriorExchange: {
        internes: { fr: 'Avec les acteurs internes', en: 'With internal actors' },
        avec: { fr: 'Avec les partenaires', en: 'With the partners' }
    },
    CompetenceManagementItem: {
        recrutement: { fr: 'Recrutement', en: 'Recruitment' },
        formation: { fr: 'Formation', en: 'Training' },
        accompagnement: { fr: 'Accompagnement', en: 'Support' },
        évaluation: { fr: 'Évaluation', en: 'Appraisal' },
        'bien-être': { fr: 'Bien-être au travail', en: 'Well-being at work' },
        prévention: { fr: 'Prévention des risques', en: 'Risk prevention' },
        gestion: { fr: 'Gestion des âges', en: 'Age management' }
    },
    PartnerDuty: {
        préparation: { fr: 'Préparer l’élève ou l’étudiant au stage', en: 'Prepare the pupil or student for the placement' },
        signalement: { fr: 'Informer l’institution de tout problème', en: 'Inform the institution of any problem' },
        évaluation: { fr: 'Participer à l’évaluation', en: 'Take part in the evaluation' },
        suivi: { fr: 'Assurer le suivi du stagiaire', en: 'Follow the trainee up' },
        assurance: { fr: 'Assurer le stagiaire', en: 'Insure the trainee' }
    },
    ReflectionItem: {
        'auto-évaluation': { fr: 'Auto-évaluation', en: 'Self-evaluation' },
        entretien: { fr: 'Entretien d’évolution', en: 'Career interview' },
        supervision: { fr: 'Supervision', en: 'Supervision' },
        échanges: { fr: 'Échanges entre tuteurs', en: 'Exchanges between tutors' }
    }
};

export function charterItemKindLabel(type: string, kind: string | undefined, locale: Locale): string {
    const label = kind ? CHARTER_ITEM_KINDS[type]?.[kind] : undefined;
    return label ? label[locale] : kind ?? '';
}

