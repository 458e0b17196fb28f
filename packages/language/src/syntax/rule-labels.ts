import type { Bilingual } from '../i18n/locale.js';

/**
 * How a grammar rule is named to a user: « dans la charte », « dans la description de la
 * personne ». Value rules describe the value expected (« une durée, par exemple 2 ans »).
 */
export const RULE_LABELS: Readonly<Record<string, Bilingual>> = {
    Document: { fr: 'le document', en: 'the document' },
    TopLevel: { fr: 'le document', en: 'the document' },
    CharterTemplate: { fr: 'le modèle de charte', en: 'the charter template' },
    Charter: { fr: 'la charte', en: 'the charter' },
    CharterSections: { fr: 'la charte', en: 'the charter' },
    ToComplete: { fr: 'un élément « à compléter »', en: 'an element "à compléter" (to complete)' },
    Stakes: { fr: 'les enjeux', en: 'the stakes' },
    Stake: { fr: 'les enjeux', en: 'the stakes' },
    Resources: { fr: 'les ressources', en: 'the resources' },
    Resource: { fr: 'les ressources', en: 'the resources' },
    Modalities: { fr: 'les modalités', en: 'the modalities' },
    Modality: { fr: 'les modalités', en: 'the modalities' },
    TutorProfile: { fr: 'le profil du tuteur', en: 'the tutor profile' },
    ProfileFields: { fr: 'le profil du tuteur', en: 'the tutor profile' },
    ServiceProfile: { fr: 'le profil du tuteur pour un service', en: 'the tutor profile for a service' },
    MinExperience: { fr: 'l’expérience minimale', en: 'the minimum experience' },
    MinSeniority: { fr: 'l’ancienneté minimale', en: 'the minimum seniority' },
    MaxTutees: { fr: 'le nombre maximum de tutorés simultanés', en: 'the maximum number of simultaneous tutees' },
    MaxTuteesPerService: { fr: 'le nombre maximum de tutorés par service', en: 'the maximum number of tutees per service' },
    InstitutionalProject: { fr: 'le projet institutionnel', en: 'the institutional project' },
    Commitments: { fr: 'les engagements', en: 'the commitments' },
    Commitment: { fr: 'les engagements', en: 'the commitments' },
    Situations: { fr: 'les situations de tutorat', en: 'the tutoring situations' },
    TutoringTime: { fr: 'le temps de tutorat', en: 'the tutoring time' },
    Replacement: { fr: 'la suppléance', en: 'the replacement' },
    TrainingPlan: { fr: 'le plan de formation', en: 'the training plan' },
    Training: { fr: 'le plan de formation', en: 'the training plan' },
    TeamAwareness: { fr: 'la sensibilisation des équipes', en: 'the team awareness' },
    Partnerships: { fr: 'les partenariats', en: 'the partnerships' },
    Partnership: { fr: 'les partenariats', en: 'the partnerships' },
    Recognition: { fr: 'la valorisation', en: 'the recognition' },
    RecognitionItem: { fr: 'la valorisation', en: 'the recognition' },
    TutorCommunity: { fr: 'la communauté des tuteurs', en: 'the community of tutors' },
    After: { fr: 'l’après-tutorat', en: 'the "after" phase' },
    AfterItem: { fr: 'l’après-tutorat', en: 'the "after" phase' },
    Framework: { fr: 'le référentiel', en: 'the competence framework' },
    Scale: { fr: 'l’échelle d’évaluation', en: 'the evaluation scale' },
    Domain: { fr: 'le domaine', en: 'the domain' },
    Competence: { fr: 'la compétence', en: 'the competence' },
    Criterion: { fr: 'le critère', en: 'the criterion' },
    Indicator: { fr: 'l’indicateur', en: 'the indicator' },
    Institution: { fr: 'l’institution', en: 'the institution' },
    InstitutionMember: { fr: 'l’institution', en: 'the institution' },
    Service: { fr: 'le service', en: 'the service' },
    JobFunction: { fr: 'la fonction', en: 'the job function' },
    Person: { fr: 'la description de la personne', en: 'the description of the person' },
    VolunteerMode: { fr: 'le volontariat (spontanément, après échange en équipe, après appel à candidatures)', en: 'the volunteering (spontanément, après échange en équipe, après appel à candidatures)' },
    TutorTraining: { fr: 'la formation au tutorat', en: 'the tutor training' },
    TutorCertificate: { fr: 'le titre de tuteur en entreprise', en: 'the "tuteur en entreprise" certificate' },
    Awareness: { fr: 'la formation complémentaire', en: 'the complementary training' },
    Partner: { fr: 'l’organisme partenaire', en: 'the partner organisation' },
    Referent: { fr: 'le référent', en: 'the referent' },
    Duo: { fr: 'le duo', en: 'the duo' },
    FirstContact: { fr: 'le premier contact', en: 'the first contact' },
    Mission: { fr: 'la mission du tuteur', en: 'the tutor’s mission' },
    TrainingPath: { fr: 'le parcours', en: 'the training path' },
    PathCriteria: { fr: 'les critères du parcours', en: 'the path’s criteria' },
    Placement: { fr: 'le stage', en: 'the placement' },
    Phase: { fr: 'la phase', en: 'the phase' },
    PhaseItem: { fr: 'la phase', en: 'the phase' },
    Activity: { fr: 'l’activité', en: 'the activity' },
    Evaluation: { fr: 'l’évaluation', en: 'the evaluation' },
    ProgressReview: { fr: 'le bilan', en: 'the progress review' },
    SelfEvaluation: { fr: 'l’auto-évaluation', en: 'the self-evaluation' },
    Duration: { fr: 'une durée (par exemple 2 ans, 6 mois, 3 semaines)', en: 'a duration (e.g. 2 ans, 6 mois, 3 semaines)' },
    Rate: { fr: 'un temps (par exemple 4 heures par semaine)', en: 'an amount of time (e.g. 4 heures par semaine)' },
    Frequency: { fr: 'une fréquence (par exemple chaque semaine, toutes les 2 semaines)', en: 'a frequency (e.g. chaque semaine, toutes les 2 semaines)' },
    Period: { fr: 'une période (par exemple du 15/09/2026 au 19/12/2026)', en: 'a period (e.g. du 15/09/2026 au 19/12/2026)' },
    Share: { fr: 'une part du temps de travail (par exemple 50 %)', en: 'a share of working time (e.g. 50 %)' },
    Qualification: { fr: 'un niveau de qualification (bachelier, master, CESS, niveau 6…)', en: 'a qualification level (bachelier, master, CESS, niveau 6…)' },
    Diploma: { fr: 'un diplôme (CEB, CESS, bachelier, master…)', en: 'a diploma (CEB, CESS, bachelier, master…)' },
    TimeUnit: { fr: 'une unité de temps (ans, mois, semaines, jours, heures)', en: 'a unit of time (ans, mois, semaines, jours, heures)' },
    Count: { fr: 'un nombre (en chiffres ou en lettres : 3, trois)', en: 'a number (in figures or words: 3, trois)' },
    NumberWord: { fr: 'un nombre en lettres (trois, quinze, vingt et un…)', en: 'a number in words (trois, quinze, vingt et un…)' },
    DateValue: { fr: 'une date (par exemple 15/09/2026 ou 15 septembre 2026)', en: 'a date (e.g. 15/09/2026 or 15 septembre 2026)' },
    Month: { fr: 'un mois (janvier, février…)', en: 'a month (janvier, février…)' },
    Weekday: { fr: 'un jour de la semaine (lundi, mardi…)', en: 'a day of the week (lundi, mardi…)' },
    FrequencyAdjective: { fr: 'une fréquence (hebdomadaire, mensuel…)', en: 'a frequency (hebdomadaire, mensuel…)' },
    Half: { fr: '« demi » ou « demie »', en: '“demi” or “demie”' },
    QualifiedName: { fr: 'un nom', en: 'a name' }
};

/**
 * Rules that read a value (a duration, a date, a word of a list) rather than an element: a
 * mistake in one is placed in the element around it, and what was expected is the value.
 */
export const VALUE_RULE_NAMES: ReadonlySet<string> = new Set([
    'Duration', 'Half', 'Rate', 'Frequency', 'FrequencyAdjective', 'Period', 'Share', 'Qualification', 'Diploma', 'TimeUnit', 'Count', 'NumberWord',
    'DateValue', 'Month', 'Weekday', 'QualifiedName', 'KnownStake', 'SituationKind', 'KnownProfile', 'KnownDocument', 'StaffRole',
    'PhaseKind', 'PartnerKind', 'VolunteerMode', 'ToComplete', 'Stake', 'SpecificProfile', 'BaseDocument', 'PersonKind', 'TutorWord', 'TuteeWord'
]);

/** How a kind of token is named when it is expected. */
export const TOKEN_LABELS: Readonly<Record<string, Bilingual>> = {
    ID: { fr: 'un nom (par exemple Élodie ou C1)', en: 'a name (e.g. Élodie or C1)' },
    STRING: { fr: 'un texte entre guillemets « … »', en: 'a text between quotes « … » or "…"' },
    NUMBER: { fr: 'un nombre', en: 'a number' },
    DATE: { fr: 'une date (jj/mm/aaaa)', en: 'a date (dd/mm/yyyy)' },
    FIRST_DAY: { fr: '« 1er »', en: '“1er”' },
    NUMBER_WORD: { fr: 'un nombre en lettres', en: 'a number in words' },
    EOF: { fr: 'la fin du fichier', en: 'the end of the file' },
    '{': { fr: 'une accolade ouvrante « { »', en: 'an opening brace "{"' },
    '}': { fr: 'l’accolade fermante « } »', en: 'the closing brace "}"' },
    ',': { fr: 'une virgule', en: 'a comma' },
    '.': { fr: 'un point', en: 'a dot' },
    '%': { fr: 'le signe %', en: 'the % sign' }
};
