import type { LineLocator, Mutation } from './mutations.js';

/**
 * The mistakes people make while writing their tutoring documents, one at a time, on the clean
 * workspace of `workspace/` (a federation template, two institutions over several files, two
 * competence frameworks). Each says what a good checker answers:
 *
 * - either its one finding — the rule, a word any good message for that slip contains, and the
 *   line (the first line the mutation changed, unless `at` names another: the opening of the
 *   block a missing `}` leaves open, the opening quote of a text that is not closed…);
 * - or `accepted`: the way people naturally write it means exactly what the clean text says, so
 *   the workspace's findings must not change at all (the clean workspace writes the numeric form,
 *   the mistake the natural one; a message may quote what the user wrote).
 *
 * Words are compared case-sensitively, with typographic and straight apostrophes taken as equal;
 * keywords and names are quoted « like this », as every message of the checker quotes them.
 */

export type Category =
    | 'keyword' | 'case' | 'brace' | 'quote' | 'unquoted' | 'reference' | 'natural'
    | 'impossible-date' | 'pasted-or-cut' | 'stray-word' | 'missing-value' | 'hash-comment' | 'smart-character';

export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
    'keyword': 'Accents et fautes de frappe dans les mots-clés',
    'case': 'Majuscules',
    'brace': 'Accolades',
    'quote': 'Guillemets',
    'unquoted': 'Noms et textes de plusieurs mots sans guillemets',
    'reference': 'Noms non déclarés ou mal orthographiés',
    'natural': 'Dates, durées, fréquences, parts et listes écrites naturellement',
    'impossible-date': 'Dates impossibles',
    'pasted-or-cut': 'Lignes collées ou à moitié effacées',
    'stray-word': 'Mots égarés',
    'missing-value': 'Valeurs manquantes',
    'hash-comment': 'Commentaires avec #',
    'smart-character': 'Caractères typographiques'
};

export interface ExpectedFinding {
    readonly rule: string;
    /** A word any good message for this mistake contains. */
    readonly word: string;
    /** The line of the finding, in the mutated text, when it is not the first line the mutation changed. */
    readonly at?: LineLocator;
}

export interface Mistake {
    readonly id: string;
    readonly category: Category;
    /** The file of `workspace/` the mistake is made in. */
    readonly file: string;
    readonly mutation: Mutation;
    readonly expect: ExpectedFinding | 'accepted';
}

// The files of the clean workspace.
const TEMPLATE = 'federation-fasd/modele-charte.tutorat';
const HOME_CARE = 'referentiels/aide-a-domicile.tutorat';
const CARE_HOME = 'referentiels/soins-en-maison-de-repos.tutorat';
const BCS_CHARTER = 'bien-chez-soi/charte.tutorat';
const BCS_PEOPLE = 'bien-chez-soi/organisation.tutorat';
const BCS_PARTNERS = 'bien-chez-soi/partenaires.tutorat';
const BCS_DUOS = 'bien-chez-soi/duos.tutorat';
const BCS_PLACEMENT = 'bien-chez-soi/parcours-stage-lucie.tutorat';
const BCS_PATHS = 'bien-chez-soi/parcours-reprise-et-integration.tutorat';
const GLY_CHARTER = 'les-glycines/charte.tutorat';
const GLY_PEOPLE = 'les-glycines/personnes.tutorat';
const GLY_DUOS = 'les-glycines/duos-et-parcours.tutorat';

const syntax = (word: string, at?: LineLocator): ExpectedFinding => ({ rule: 'langage/syntaxe', word, at });
const unknownName = (word: string): ExpectedFinding => ({ rule: 'langage/reference', word });
const notInFramework = (word: string): ExpectedFinding => ({ rule: 'parcours/referentiel', word });
const impossible = (word: string): ExpectedFinding => ({ rule: 'langage/valeur', word });
const writtenTwice = (word: string): ExpectedFinding => ({ rule: 'langage/doublon', word });
const accepted = 'accepted' as const;

/** Most mistakes replace a text by another. */
const swap = (replace: string, by: string, after?: string): Mutation => after === undefined ? { replace, by } : { replace, by, after };
/** The n-th line holding only a brace after a line. */
const brace = (after: string, nth = 1): LineLocator => ({ line: '}', after, nth });

const NOT_CLOSED = 'n\'est pas fermé';
const QUOTE = 'guillemet';
const ONE_WORD = 'un mot';
const COMMENT = '//';

type Row = readonly [id: string, file: string, mutation: Mutation, expect: ExpectedFinding | 'accepted'];

const rows: Readonly<Record<Category, readonly Row[]>> = {
    'keyword': [
        // A keyword half typed, the one expected there that it begins.
        ['commission-parit', TEMPLATE, swap('commission paritaire « 318.01 »', 'commission parit'), syntax('« paritaire »')],
        // The tutor's reflection, the team briefing and the sharing of roles (lines of the whole guide).
        ['reflexion-sans-accent', BCS_PEOPLE, swap('réflexion sur la fonction {', 'reflexion sur la fonction {'), syntax('« réflexion »')],
        // Who designated the tutor and the abilities recognised (Le choix du tuteur — Un acteur reconnu).
        ['designee-sans-accents', BCS_PEOPLE, swap('désignée par Nadia, équipe consultée', 'designee par Nadia, équipe consultée'), syntax('« désignée »')],
        ['capacites-sans-accent', GLY_PEOPLE, swap('capacités pédagogiques, réflexivité', 'capacites pédagogiques, réflexivité'), syntax('« capacités »')],
        ['capacites-avec-l-apostrophe-du-guide', BCS_PEOPLE, swap('capacités animation, formalisation et pédagogie', 'capacités d’animation, de formalisation et pédagogiques'), syntax('« animation »')],
        ['pedagogie-sans-accent', BCS_PEOPLE, swap('capacités pédagogie, réflexivité', 'capacités pedagogie, réflexivité'), syntax('« pédagogie »')],
        ['echanges-entre-tuteur', BCS_PEOPLE, swap('échanges entre tuteurs chaque trimestre', 'échanges entre tuteur chaque trimestre'), syntax('« tuteurs »')],
        ['equipe-informe', BCS_DUOS, swap('équipe informée le 07/09/2026', 'équipe informé le 07/09/2026'), syntax('« informée »')],
        ['repartition-des-role', BCS_PLACEMENT, swap('répartition des rôles {', 'répartition des role {'), syntax('« rôles »')],
        ['compétance', HOME_CARE, swap('compétence REL2', 'compétance REL2'), syntax('« compétence »')],
        ['competence-sans-accent', CARE_HOME, swap('compétence COM1', 'competence COM1'), syntax('« compétence »')],
        ['modele-sans-accent', TEMPLATE, swap('modèle de charte FASD', 'modele de charte FASD'), syntax('« modèle »')],
        ['referentiel-sans-accent', CARE_HOME, swap('référentiel SoinsEnMaisonDeRepos', 'referentiel SoinsEnMaisonDeRepos'), syntax('« référentiel »')],
        ['tutrise', BCS_PEOPLE, swap('tutrice Anne-Sophie', 'tutrise Anne-Sophie'), syntax('« tutrice »')],
        ['suppleante-un-p', BCS_DUOS, swap('suppléante Anne-Sophie', 'supléante Anne-Sophie', 'duo Aïcha accompagne Lucie'), syntax('« suppléante »')],
        ['experence', BCS_PEOPLE, swap('expérience 11 ans', 'expérence 11 ans'), syntax('« expérience »')],
        ['anciennete-sans-accent', GLY_PEOPLE, swap('ancienneté 5 ans', 'anciennete 5 ans'), syntax('« ancienneté »')],
        ['entretien-au-singulier', BCS_DUOS, swap('entretiens chaque semaine', 'entretien chaque semaine', 'duo François accompagne Thomas'), syntax('« entretiens »')],
        // Agreement slips over a keyword of several words: one mistake, read as the keyword meant.
        ['organismes-partenaires-au-pluriel', GLY_CHARTER, swap('organisme partenaire « Désigner', 'organismes partenaires « Désigner'), syntax('« organisme partenaire »')],
        ['echange-prealable-au-singulier', GLY_CHARTER, swap('échanges préalables {', 'echange prealable {'), syntax('« échanges préalables »')],
        ['premiers-contacts-au-pluriel', GLY_DUOS, swap('premier contact le 14/09/2026', 'premiers contacts le 14/09/2026'), syntax('« premier contact »')],
        ['periode-sans-accent', GLY_DUOS, swap('période du 05/10/2026', 'periode du 05/10/2026', 'duo Marc accompagne Inès'), syntax('« période »')],
        ['evaluation-formatif', BCS_PLACEMENT, swap('évaluation formative', 'évaluation formatif'), syntax('« formative »')],
        ['acompagne', GLY_DUOS, swap('duo Jeanne accompagne Kevin', 'duo Jeanne acompagne Kevin'), syntax('« accompagne »')],
        ['institucion', BCS_CHARTER, swap('institution BienChezSoi', 'institucion BienChezSoi'), syntax('« institution »')],
        ['partenair', GLY_PEOPLE, swap('organisme partenaire HENaLLux', 'organisme partenair HENaLLux'), syntax('« partenaire »')],
        ['savoir-faire-sans-trait', HOME_CARE, swap('savoir-faire « Préparer un repas', 'savoir faire « Préparer un repas'), syntax('« savoir-faire »')],
        ['savoirs-etre', CARE_HOME, swap('savoir-être « Calme »', 'savoirs-être « Calme »'), syntax('« savoir-être »')],
        ['critere-sans-accent', CARE_HOME, swap('critère « Les transmissions', 'critere « Les transmissions'), syntax('« critère »')],
        ['acceuil', BCS_PLACEMENT, swap('phase accueil', 'phase acceuil'), syntax('« accueil »')],
        ['evalutation', GLY_DUOS, swap('phase évaluation « Évaluer le stage »', 'phase évalutation « Évaluer le stage »'), syntax('« évaluation »')],
        ['activite-sans-accent', GLY_DUOS, swap('activité « Transmissions écrites »', 'activite « Transmissions écrites »'), syntax('« activité »')],
        ['developpe-sans-accent', BCS_PATHS, swap('visite » développe EQU1', 'visite » developpe EQU1'), syntax('« développe »')],
        ['apres-sans-accents', BCS_PEOPLE, swap('volontaire après appel à candidatures', 'volontaire apres appel a candidatures'), syntax('« après appel à »')],
        ['tutora', BCS_PEOPLE, swap('formation au tutorat « Formation de base au tutorat (3 jours) » en 2025', 'formation au tutora « Formation de base au tutorat (3 jours) » en 2025'), syntax('« tutorat »')],
        ['visee-sans-accent', BCS_PEOPLE, swap('qualification visée CQ6', 'qualification visee CQ6'), syntax('« visée »')],
        ['temps-comun', BCS_DUOS, swap('temps commun 50 %', 'temps comun 50 %', 'duo François accompagne Thomas'), syntax('« commun »')],
        ['premier-contacte', BCS_DUOS, swap('premier contact le 25/08/2026', 'premier contacte le 25/08/2026'), syntax('« contact »')],
        ['documents-remise', GLY_DUOS, swap('documents remis', 'documents remise', 'duo Jeanne accompagne Kevin'), syntax('« remis »')],
        ['auto-evaluation-sans-accent', GLY_DUOS, swap('auto-évaluation chaque jour', 'auto-evaluation chaque jour'), syntax('« auto-évaluation »')],
        ['bilan-aves', BCS_PLACEMENT, swap('bilan avec Nadia', 'bilan aves Nadia'), syntax('« avec »')],
        ['enjeu-sans-traits', GLY_CHARTER, swap('enjeux formation-des-stagiaires', 'enjeux formation des stagiaires'), syntax('« formation-des-stagiaires »')],
        ['situation-stages', BCS_PEOPLE, swap('situation stage', 'situation stages'), syntax('« stage »')],
        ['plan-de-formations', GLY_CHARTER, swap('plan de formation {', 'plan de formations {'), syntax('« formation »')],
        ['equipes-sans-accent', GLY_CHARTER, swap('sensibilisation des équipes', 'sensibilisation des equipes'), syntax('« équipes »')],
        ['communaute-des-tuteur', GLY_CHARTER, swap('communauté des tuteurs', 'communauté des tuteur'), syntax('« tuteurs »')],
        ['temps-de-tutora', BCS_CHARTER, swap('temps de tutorat {', 'temps de tutora {'), syntax('« tutorat »')],
        ['institutionel', BCS_CHARTER, swap('projet institutionnel', 'projet institutionel'), syntax('« institutionnel »')],
        ['hierarchique-sans-accent', GLY_PEOPLE, swap('supérieur hiérarchique Nadine', 'supérieur hierarchique Nadine', 'tuteur Marc'), syntax('« hiérarchique »')],
        ['obtenue', BCS_PEOPLE, swap('obtenu en 2020', 'obtenue en 2020'), syntax('« obtenu »')],
        ['enseignemnt', BCS_PARTNERS, swap('type enseignement', 'type enseignemnt'), syntax('« enseignement »')],
        ['stages-avec', GLY_DUOS, swap('stage avec HENaLLux', 'stages avec HENaLLux'), syntax('« stage »')],
        ['prealable-sans-accent', GLY_DUOS, swap('contact préalable', 'contact prealable'), syntax('« préalable »')],
        ['competences-vises', BCS_PLACEMENT, swap('compétences visées', 'compétences visés'), syntax('« visées »')],
        ['etend-sans-accent', BCS_CHARTER, swap('étend FASD', 'etend FASD'), syntax('« étend »')],
        ['complementaire-sans-accent', GLY_PEOPLE, swap('formation complémentaire', 'formation complementaire'), syntax('« complémentaire »')],
        ['referent-tuteurs-sans-accent', BCS_PEOPLE, swap('rôle encadrement, référent-tuteurs', 'rôle encadrement, referent-tuteurs'), syntax('« référent-tuteurs »')],
        // The whole guide's constructs (issue 14).
        ['point-aves', GLY_DUOS, swap('point avec Hélène chaque mois', 'point aves Hélène chaque mois', 'duo Jeanne accompagne Kevin'), syntax('« avec »')],
        ['alerte-au-lieu-de-alerter', BCS_DUOS, swap('alerter François en cas de difficulté', 'alerte François en cas de difficulté'), syntax('« alerter »')],
        ['prealables-sans-accent', GLY_CHARTER, swap('échanges préalables {', 'échanges prealables {'), syntax('« préalables »')],
        ['fin-de-cyle', TEMPLATE, swap('bilan de fin de cycle chaque année', 'bilan de fin de cyle chaque année'), syntax('« cycle »')],
        ['projet-profesionnel', BCS_PLACEMENT, swap('projet professionnel « Aide familiale', 'projet profesionnel « Aide familiale'), syntax('« professionnel »')],
        ['support-au-singulier', GLY_DUOS, swap('supports « Carnet de stage »', 'support « Carnet de stage »'), syntax('« supports »')],
        ['demonstration-sans-accent', GLY_DUOS, swap('méthodes démonstration', 'méthodes demonstration'), syntax('« démonstration »')]
    ],
    'case': [
        ['Competence-majuscule', CARE_HOME, swap('compétence DEM1', 'Compétence DEM1'), syntax('« compétence »')],
        ['Duo-majuscule', BCS_DUOS, swap('duo François accompagne Thomas', 'Duo François accompagne Thomas'), syntax('« duo »')],
        ['Tutrice-majuscule', BCS_PEOPLE, swap('tutrice Aïcha', 'Tutrice Aïcha'), syntax('« tutrice »')],
        ['Phase-majuscule', GLY_DUOS, swap('phase accompagnement « Soigner', 'Phase accompagnement « Soigner'), syntax('« phase »')],
        ['Referentiel-majuscule', BCS_PATHS, swap('référentiel AideÀDomicile', 'Référentiel AideÀDomicile', 'parcours RetourThomas'), syntax('« référentiel »')],
        ['Suppleant-majuscule', GLY_DUOS, swap('suppléant Marc', 'Suppléant Marc'), syntax('« suppléant »')],
        ['Temps-commun-majuscule', BCS_DUOS, swap('temps commun 80 %', 'Temps commun 80 %'), syntax('« temps »')],
        ['nom-en-minuscules', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante anne-sophie', 'duo François accompagne Thomas'), unknownName('« Anne-Sophie »')],
        ['Reintegration-majuscule', BCS_PEOPLE, swap('situation réintégration', 'situation Réintégration'), syntax('« réintégration »')],
        ['Tutoree-majuscule', GLY_PEOPLE, swap('tutorée Inès', 'Tutorée Inès'), syntax('« tutorée »')],
        ['Evaluation-phase-majuscule', BCS_PLACEMENT, swap('phase évaluation', 'phase Évaluation'), syntax('« évaluation »')],
        ['Stage-situation-majuscule', GLY_CHARTER, swap('situations stage,', 'situations Stage,'), syntax('« stage »')],
        ['Domaine-majuscule', HOME_CARE, swap('domaine Quotidien', 'Domaine Quotidien'), syntax('« domaine »')],
        ['evaluateur-en-minuscules', BCS_PATHS, swap('par Aïcha sur REL1, REL2, QUO1\n', 'par aïcha sur REL1, REL2, QUO1\n'), unknownName('« Aïcha »')],
        ['code-en-minuscules', BCS_PLACEMENT, swap('Dubois sur REL1, QUO1, QUO2, EQU1', 'Dubois sur REL1, quo1, QUO2, EQU1'), notInFramework('« QUO1 »')],
        ['Modele-majuscule', TEMPLATE, swap('modèle de charte FASD', 'Modèle de charte FASD'), syntax('« modèle »')]
    ],
    'brace': [
        ['personne-non-fermee', BCS_PEOPLE, { deleteLine: brace('temps dédié 2 heures par semaine') }, syntax(NOT_CLOSED, 'tutrice Aïcha')],
        ['mission-non-fermee', BCS_DUOS, { deleteLine: brace('aménagement du temps « Deux heures par semaine »') }, syntax(NOT_CLOSED, { line: 'mission {', after: 'duo Aïcha accompagne Mehdi' })],
        ['duo-non-ferme', BCS_DUOS, { deleteLine: brace('aménagement du temps « Deux heures par semaine »', 2) }, syntax(NOT_CLOSED, 'duo Aïcha accompagne Mehdi')],
        ['phase-non-fermee', BCS_PLACEMENT, { deleteLine: brace('auto-évaluation chaque semaine « Carnet de stage relu avec Aïcha »') }, syntax(NOT_CLOSED, 'phase accueil')],
        ['competence-non-fermee', HOME_CARE, { deleteLine: brace('indicateur « Le rapport de visite mentionne', 2) }, syntax(NOT_CLOSED, 'compétence REL2')],
        ['institution-non-fermee', GLY_PEOPLE, { deleteLine: brace('courriel « anne.lefevre@henallux.be »', 3) }, syntax(NOT_CLOSED, 'institution LesGlycines')],
        ['critere-non-ferme', CARE_HOME, { deleteLine: brace('indicateur « Le dossier de soins est à jour') }, syntax(NOT_CLOSED, 'critère « Les transmissions sont complètes »')],
        ['charte-non-fermee', BCS_CHARTER, { deleteLine: brace('rencontres « Rencontres annuelles', 2) }, syntax(NOT_CLOSED, 'charte « Charte du tutorat de Bien chez soi »')],
        ['referente-non-fermee', BCS_PARTNERS, { deleteLine: brace('téléphone « 081 22 33 44 »') }, syntax(NOT_CLOSED, 'référente Dubois')],
        ['stage-non-ferme', GLY_DUOS, { deleteLine: brace('suivi chaque mois « Appel de l\'enseignante de stage. »') }, syntax(NOT_CLOSED, 'stage avec HENaLLux')],
        ['parcours-non-ferme', BCS_PATHS, { deleteLine: brace('évaluation finale « Fin de la période d\'essai »', 2) }, syntax(NOT_CLOSED, 'parcours IntégrationMehdi')],
        ['section-de-modele-non-fermee', TEMPLATE, { deleteLine: brace('reconnaissance « Le tutorat est abordé') }, syntax(NOT_CLOSED, 'ressources {')],
        ['modele-non-ferme', TEMPLATE, { deleteLine: brace('améliorations « Pistes retenues', 2) }, syntax(NOT_CLOSED, 'modèle de charte FASD')],
        ['accolade-en-trop-dans-personne', BCS_PEOPLE, { insert: '}', after: { line: 'qualification CESS', after: 'tutrice Aïcha' } }, syntax('}')],
        ['accolade-en-trop-en-fin-de-fichier', BCS_DUOS, { insert: '}', after: brace('aménagement du temps « Une heure et demie par semaine »', 3) }, syntax('}')],
        ['accolade-en-trop-apres-duo', GLY_DUOS, { insert: '}', after: brace('aménagement du temps « Trois heures par semaine sans résident à charge »', 2) }, syntax('}')],
        ['accolade-en-trop-dans-referentiel', CARE_HOME, { insert: '}', after: brace('indicateur « Chaque administration est notée', 2) }, syntax('}')],
        ['accolade-ouvrante-oubliee-personne', BCS_PEOPLE, swap('tuteur François « François Dethier » {', 'tuteur François « François Dethier »'), syntax('{')],
        ['accolade-ouvrante-oubliee-duo', GLY_DUOS, swap('duo Jeanne accompagne Kevin {', 'duo Jeanne accompagne Kevin'), syntax('{')],
        ['accolade-ouvrante-oubliee-phase', BCS_PATHS, swap('du 19/10/2026 au 15/01/2027 {', 'du 19/10/2026 au 15/01/2027'), syntax('{')],
        ['accolade-ouvrante-oubliee-competence', HOME_CARE, swap('« Entretenir le cadre de vie en sécurité » {', '« Entretenir le cadre de vie en sécurité »'), syntax('{')],
        ['accolade-ouvrante-oubliee-mission', BCS_DUOS, swap('mission {', 'mission', 'duo Aïcha accompagne Lucie'), syntax('{')],
        ['accolade-ouvrante-doublee', GLY_PEOPLE, swap('tuteur Marc « Marc Dupuis » {', 'tuteur Marc « Marc Dupuis » {{'), syntax('{')],
        ['parenthese-au-lieu-d-accolade-fermante', BCS_PLACEMENT, swap('}', ')', 'auto-évaluation chaque semaine « Carnet de stage relu avec Aïcha »'), syntax(')')],
        ['parenthese-au-lieu-d-accolade-ouvrante', BCS_DUOS, swap('duo François accompagne Thomas {', 'duo François accompagne Thomas ('), syntax('(')],
        ['bloc-de-mission-non-ferme-glycines', GLY_DUOS, { deleteLine: brace('aménagement du temps « Trois heures par semaine »') }, syntax(NOT_CLOSED, { line: 'mission {', after: 'duo Jeanne accompagne Kevin' })]
    ],
    'quote': [
        // Its punctuation (`domicile. »`) belongs to the text a missing opening quote leaves.
        ['description-sans-guillemet-ouvrant', HOME_CARE, swap('description « Compétences attendues', 'description Compétences attendues'), syntax(QUOTE)],
        ['role-de-la-referente-non-ferme', BCS_PLACEMENT, swap('conduit l\'évaluation finale. »', 'conduit l\'évaluation finale.'), syntax(QUOTE)],
        ['guillemet-fermant-oublie', BCS_PEOPLE, swap('formation continue « Intervision des tuteurs du secteur »', 'formation continue « Intervision des tuteurs du secteur', 'tutrice Aïcha'), syntax(QUOTE)],
        ['guillemet-fermant-oublie-titre', GLY_PEOPLE, swap('tutoré Kevin « Kevin Jacobs » {', 'tutoré Kevin « Kevin Jacobs {'), syntax(QUOTE)],
        ['guillemet-anglais-non-ferme', BCS_CHARTER, swap('adresse « Rue de Fer 24, 5000 Namur »', 'adresse “Rue de Fer 24, 5000 Namur'), syntax(QUOTE)],
        ['guillemet-droit-non-ferme', CARE_HOME, swap('auteur « Jean Collin, consultant »', 'auteur "Jean Collin, consultant'), syntax(QUOTE)],
        ['guillemet-ouvrant-oublie', BCS_PARTNERS, swap('référent Lambert « Paul Lambert »', 'référent Lambert Paul Lambert »'), syntax(QUOTE)],
        ['guillemet-anglais-ouvrant-oublie', GLY_DUOS, swap('objectifs « Prendre en charge les soins de quatre résidents. »', 'objectifs Prendre en charge les soins de quatre résidents. ”'), syntax(QUOTE)],
        ['guillemets-melanges-francais-droit', BCS_DUOS, swap('horaire « Lundi, mardi et jeudi, tournée du matin »', 'horaire « Lundi, mardi et jeudi, tournée du matin"'), syntax(QUOTE)],
        ['guillemets-melanges-droit-francais', HOME_CARE, swap('auteur « Cabinet Trajectoires (consultance) »', 'auteur "Cabinet Trajectoires (consultance) »'), syntax(QUOTE)],
        ['guillemets-melanges-anglais-francais', GLY_CHARTER, swap('suppléance « L\'infirmière', 'suppléance “L\'infirmière'), syntax(QUOTE)],
        ['guillemets-imbriques-non-fermes', BCS_DUOS, swap('activités « Visites en duo, entretiens,', 'activités « Visites en duo, « entretiens,'), syntax(QUOTE)],
        ['guillemets-simples', BCS_PEOPLE, swap('courriel « direction@bienchezsoi.be »', 'courriel \'direction@bienchezsoi.be\''), syntax(QUOTE)],
        ['texte-sur-deux-lignes-non-ferme', TEMPLATE, swap('des gardes à domicile. »', 'des gardes à domicile.'), syntax(QUOTE, 'description « Cadre commun')],
        ['liste-avec-guillemet-oublie', HOME_CARE, swap('« Débutant », « En progrès »', '« Débutant, « En progrès »'), syntax(QUOTE)],
        ['guillemet-fermant-double', GLY_DUOS, swap('de 7 h à 15 h »', 'de 7 h à 15 h »»'), syntax(QUOTE)],
        ['titre-de-phase-sans-guillemet-ouvrant', GLY_DUOS, swap('phase accueil « Accueillir »', 'phase accueil Accueillir »'), syntax(QUOTE)],
        ['titre-d-evaluation-non-ferme', BCS_PLACEMENT, swap('« Évaluation à mi-stage » le 06/11/2026', '« Évaluation à mi-stage le 06/11/2026'), syntax(QUOTE)],
        ['titre-de-competence-non-ferme', CARE_HOME, swap('« Transmettre les informations à l\'équipe » {', '« Transmettre les informations à l\'équipe {'), syntax(QUOTE)],
        ['enjeu-propre-non-ferme', GLY_CHARTER, swap('la nuit et le week-end »', 'la nuit et le week-end'), syntax(QUOTE, '« Garder la même qualité')],
        ['guillemets-allemands', BCS_CHARTER, swap('version « 2026-2027 »', 'version „2026-2027“'), syntax(QUOTE)],
        ['guillemets-simples-francais', GLY_PEOPLE, swap('fonction « Maître-assistante, enseignante de stage »', 'fonction ‹ Maître-assistante, enseignante de stage ›'), syntax(QUOTE)],
        ['guillemet-droit-non-ferme-version', GLY_CHARTER, swap('version « 1 »', 'version "1'), syntax(QUOTE)],
        ['titre-de-parcours-non-ferme', BCS_PATHS, swap('« Reprise du travail de Thomas après sa maladie » pour', '“Reprise du travail de Thomas après sa maladie pour'), syntax(QUOTE)],
        ['nom-entre-guillemets', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante « Anne-Sophie »', 'duo Aïcha accompagne Lucie'), syntax(QUOTE)]
    ],
    'unquoted': [
        ['role-de-la-tutrice-sans-guillemets', BCS_PLACEMENT, swap('tutrice « Aïcha guide Lucie en visite et tient le carnet de stage. »', 'tutrice Aïcha guide Lucie en visite'), syntax(QUOTE)],
        ['projet-professionnel-sans-guillemets', BCS_PATHS, swap('projet professionnel « Reprendre ses tournées à temps plein »', 'projet professionnel Reprendre ses tournées à temps plein'), syntax(QUOTE)],
        ['nom-en-deux-mots', BCS_PEOPLE, swap('tutoré Thomas « Thomas Gérard » {', 'tutoré Thomas Gérard {'), syntax(ONE_WORD)],
        ['nom-complet-sans-guillemets', BCS_PEOPLE, swap('tutrice Anne-Sophie « Anne-Sophie Wouters » {', 'tutrice Anne-Sophie Wouters {'), syntax(ONE_WORD)],
        ['titre-de-service-sans-guillemets', GLY_PEOPLE, swap('service Cantou « Cantou (unité pour personnes désorientées) » {', 'service Cantou Cantou (unité pour personnes désorientées) {'), syntax(QUOTE)],
        ['diplome-sans-guillemets', GLY_PEOPLE, swap('qualification bachelier', 'qualification Bachelier en soins infirmiers', 'tuteur Marc'), syntax(QUOTE)],
        ['projet-sans-guillemets', GLY_CHARTER, swap('projet institutionnel « Le tutorat fait partie du projet de vie de la résidence (chapitre 2). »', 'projet institutionnel Le tutorat fait partie du projet de vie de la résidence (chapitre 2).'), syntax(QUOTE)],
        ['version-sans-guillemets', BCS_CHARTER, swap('version « 2026-2027 »', 'version 2026-2027'), syntax(QUOTE)],
        ['federation-sans-guillemets', TEMPLATE, swap('fédération « Fédération de l\'aide et des soins à domicile (exemple) »', 'fédération Fédération de l\'aide et des soins à domicile (exemple)'), syntax(QUOTE)],
        ['activite-sans-guillemets', BCS_PATHS, swap('activité « Tournées en duo avec François » développe QUO2', 'activité Tournées en duo avec François développe QUO2'), syntax(QUOTE)],
        ['evaluation-sans-guillemets', GLY_DUOS, swap('évaluation finale « Fin de la période d\'essai »', 'évaluation finale Fin de la période d\'essai'), syntax(QUOTE)],
        ['referente-en-deux-mots', BCS_PARTNERS, swap('référente Renard « Julie Renard »', 'référente Julie Renard'), syntax(ONE_WORD)],
        ['tutore-du-duo-en-deux-mots', BCS_DUOS, swap('duo François accompagne Thomas {', 'duo François accompagne Thomas Gérard {'), syntax('Gérard')],
        ['institution-en-deux-mots', GLY_CHARTER, swap('institution LesGlycines', 'institution Les Glycines'), syntax(ONE_WORD)],
        ['referentiel-en-plusieurs-mots', CARE_HOME, swap('référentiel SoinsEnMaisonDeRepos', 'référentiel Soins en maison de repos'), syntax(ONE_WORD)],
        ['service-en-plusieurs-mots', BCS_PEOPLE, swap('service Aînés « Aide aux aînés » {', 'service Aide aux aînés {'), syntax(ONE_WORD)],
        ['fonction-en-deux-mots', GLY_PEOPLE, swap('fonction AideSoignant « Aide-soignant', 'fonction Aide Soignant « Aide-soignant'), syntax(ONE_WORD)],
        ['courriel-sans-guillemets', BCS_PARTNERS, swap('courriel « c.dubois@iepsnamur.be »', 'courriel c.dubois@iepsnamur.be'), syntax(QUOTE)],
        ['telephone-sans-guillemets', BCS_PARTNERS, swap('téléphone « 081 22 33 44 »', 'téléphone 081 22 33 44'), syntax(QUOTE)],
        ['horaire-sans-guillemets', BCS_PLACEMENT, swap('horaire « Lundi, mardi et jeudi de 8 h à 16 h »', 'horaire Lundi, mardi et jeudi de 8 h à 16 h'), syntax(QUOTE)],
        ['enjeu-propre-sans-guillemets', GLY_CHARTER, swap('« Garder la même qualité de soins la nuit et le week-end »', 'Garder la même qualité de soins la nuit et le week-end'), syntax(QUOTE)],
        ['assurance-sans-guillemets', GLY_DUOS, swap('assurance « Assurance de la Haute École pour ses stagiaires. »', 'assurance Assurance de la Haute École pour ses stagiaires.'), syntax(QUOTE)]
    ],
    'reference': [
        ['entretien-avec-nom-mal-ecrit', BCS_PEOPLE, swap('entretien avec Nadia chaque année', 'entretien avec Nadja chaque année'), unknownName('Nadja')],
        ['suppleante-mal-orthographiee', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante Anne-Sofie', 'duo Aïcha accompagne Lucie'), unknownName('Anne-Sofie')],
        ['tuteur-sans-cedille', BCS_DUOS, swap('duo François accompagne Thomas', 'duo Francois accompagne Thomas'), unknownName('Francois')],
        ['fonction-mal-orthographiee', BCS_PEOPLE, swap('fonction AideFamiliale', 'fonction AideFamilliale', 'tutrice Aïcha'), unknownName('AideFamilliale')],
        ['nom-de-referentiel-sans-accent', BCS_PLACEMENT, swap('référentiel AideÀDomicile', 'référentiel AideADomicile'), unknownName('AideADomicile')],
        ['code-inexistant-dans-activite', BCS_PLACEMENT, swap('courses » développe QUO1', 'courses » développe QUO3'), notInFramework('QUO3')],
        ['code-vise-inexistant', GLY_DUOS, swap('compétences visées SOIN1, DEM1, TRA1', 'compétences visées SOIN1, DEM2, TRA1'), notInFramework('DEM2')],
        ['superieur-mal-orthographie', BCS_PEOPLE, swap('supérieur hiérarchique Nadia', 'supérieur hiérarchique Nadya', 'tutoré Mehdi'), unknownName('Nadya')],
        ['modele-mal-orthographie', BCS_CHARTER, swap('étend FASD', 'étend FSAD'), unknownName('FSAD')],
        ['organisme-mal-orthographie', BCS_PEOPLE, swap('organisme IEPS', 'organisme IPES'), unknownName('IPES')],
        ['referente-de-stage-mal-orthographiee', BCS_PLACEMENT, swap('référente Dubois', 'référente Dubuis'), unknownName('Dubuis')],
        ['evaluatrice-sans-accent', GLY_DUOS, swap('par Marc, Lefèvre sur SOIN1, SOIN2, COM1\n', 'par Marc, Lefevre sur SOIN1, SOIN2, COM1\n'), unknownName('Lefevre')],
        ['responsable-mal-orthographiee', GLY_PEOPLE, swap('responsable Nadine', 'responsable Nadin', 'service Soins «'), unknownName('Nadin')],
        ['personne-non-declaree', GLY_DUOS, swap('bilan avec Nadine le 29/01/2027', 'bilan avec Claire le 29/01/2027'), unknownName('Claire')],
        ['tutore-mal-orthographie', BCS_DUOS, swap('duo Aïcha accompagne Mehdi', 'duo Aïcha accompagne Medhi'), unknownName('Medhi')],
        ['organisme-en-minuscules', GLY_PEOPLE, swap('organisme HENaLLux', 'organisme Henallux'), unknownName('Henallux')],
        ['fonction-similaire-au-feminin', GLY_PEOPLE, swap('similaire à Infirmier', 'similaire à Infirmière'), unknownName('Infirmière')],
        ['bilan-avec-nom-mal-orthographie', BCS_PATHS, swap('bilan avec Olivier', 'bilan avec Olivié'), unknownName('Olivié')],
        ['suppleante-non-declaree', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante Sophie', 'duo Aïcha accompagne Mehdi'), unknownName('Sophie')],
        ['code-vise-inexistant-stage', GLY_DUOS, swap('compétences visées SOIN1, SOIN2, COM1, TRA1', 'compétences visées SOIN1, SOIN2, COM1, TRA2'), notInFramework('TRA2')],
        ['code-qualifie-inexistant', BCS_PLACEMENT, swap('compétences visées REL1, QUO1, QUO2, EQU1', 'compétences visées REL1, QUO1, QUO2, EQU1, AideÀDomicile.REL3'), notInFramework('REL3')],
        ['referentiel-presque-juste', GLY_DUOS, swap('référentiel SoinsEnMaisonDeRepos', 'référentiel SoinsEnMaisonDeRepo', 'parcours IntégrationKevin'), unknownName('SoinsEnMaisonDeRepo')],
        ['service-au-singulier', BCS_PEOPLE, swap('service Familles', 'service Famille', 'tutrice Anne-Sophie'), unknownName('Famille')],
        ['fonction-visee-au-feminin', GLY_PEOPLE, swap('fonction visée Infirmier', 'fonction visée Infirmière'), unknownName('Infirmière')]
    ],
    'natural': [
        ['date-en-mots', BCS_CHARTER, swap('24/06/2026', '24 juin 2026'), accepted],
        ['capacites-comme-le-guide', BCS_PEOPLE, swap('capacités pédagogie, réflexivité', 'capacités pédagogiques et de réflexivité'), accepted],
        ['date-de-designation-en-fin-de-ligne', GLY_PEOPLE, swap('désigné par Nadine le 15/12/2024, équipe consultée', 'désigné par Nadine, équipe consultée le 15 décembre 2024'), accepted],
        ['pairs-apres-avis-de-l-equipe', BCS_PEOPLE, swap('désignée par Nadia, équipe consultée', 'désignée par Nadia après avis de son équipe'), accepted],
        ['premier-du-mois', BCS_PEOPLE, swap('arrivée le 01/09/2026', 'arrivée le 1er septembre 2026'), accepted],
        ['date-avec-jour-de-la-semaine', BCS_PLACEMENT, swap('familles » le 14/09/2026', 'familles » le lundi 14 septembre 2026'), accepted],
        ['date-en-mots-sans-zero', GLY_PEOPLE, swap('arrivée le 05/10/2026', 'arrivée le 5 octobre 2026'), accepted],
        ['periode-en-mots', BCS_DUOS, swap('période du 05/10/2026 au 29/01/2027', 'période du 5 octobre 2026 au 29 janvier 2027'), accepted],
        ['periode-avec-annee-une-fois', GLY_DUOS, swap('du 05/10/2026 au 11/12/2026', 'du 5 octobre au 11 décembre 2026', 'duo Marc accompagne Inès'), accepted],
        ['periode-avec-jours-de-la-semaine', GLY_DUOS, swap('du 05/10/2026 au 11/12/2026', 'du lundi 5 octobre au vendredi 11 décembre 2026', 'parcours StageInès'), accepted],
        ['periode-avec-points', BCS_PLACEMENT, swap('période du 14/09/2026 au 18/12/2026', 'période du 14.09.2026 au 18.12.2026'), accepted],
        ['periode-avec-tirets', BCS_DUOS, swap('période du 14/09/2026 au 18/12/2026', 'période du 14-09-2026 au 18-12-2026'), accepted],
        ['dates-de-phase-avec-points', BCS_PLACEMENT, swap('du 28/09/2026 au 04/12/2026', 'du 28.09.2026 au 04.12.2026'), accepted],
        ['date-avec-tirets', BCS_PATHS, swap('le 27/11/2026 par Aïcha', 'le 27-11-2026 par Aïcha'), accepted],
        ['date-avec-points', GLY_DUOS, swap('premier contact le 14/09/2026', 'premier contact le 14.09.2026'), accepted],
        ['date-de-formation-en-mots', BCS_PEOPLE, swap('le 15/03/2024', 'le 15 mars 2024'), accepted],
        ['date-avec-jeudi', GLY_DUOS, swap('le 10/12/2026', 'le jeudi 10 décembre 2026'), accepted],
        ['mission-formalisee-le-premier', BCS_DUOS, swap('formalisée le 01/09/2026', 'formalisée le 1er septembre 2026'), accepted],
        ['periode-en-mots-sur-deux-annees', GLY_DUOS, swap('période du 02/11/2026 au 30/04/2027', 'période du 2 novembre 2026 au 30 avril 2027', 'duo Jeanne accompagne Kevin'), accepted],
        ['mois-et-demi', BCS_PATHS, swap('pendant 3,5 mois', 'pendant 3 mois et demi'), accepted],
        ['quinze-jours', BCS_PATHS, swap('pendant 15 jours', 'pendant quinze jours'), accepted],
        ['un-semestre', BCS_DUOS, swap('durée 6 mois', 'durée un semestre'), accepted],
        ['heure-et-demie', BCS_PEOPLE, swap('temps dédié 1,5 heure par semaine', 'temps dédié une heure et demie par semaine'), accepted],
        ['onze', BCS_PEOPLE, swap('expérience 11 ans', 'expérience onze ans'), accepted],
        ['quinze', BCS_PEOPLE, swap('expérience 15 ans', 'expérience quinze ans'), accepted],
        ['vingt', GLY_PEOPLE, swap('expérience 20 ans', 'expérience vingt ans'), accepted],
        ['quatorze', GLY_PEOPLE, swap('ancienneté 14 ans', 'ancienneté quatorze ans'), accepted],
        ['dix-huit', GLY_DUOS, swap('pendant 18 semaines', 'pendant dix-huit semaines'), accepted],
        ['quatorze-semaines', BCS_PLACEMENT, swap('durée 14 semaines', 'durée quatorze semaines'), accepted],
        ['dix-semaines', GLY_DUOS, swap('durée 10 semaines', 'durée dix semaines', 'stage avec HENaLLux'), accepted],
        ['quatorze-jours', GLY_DUOS, swap('pendant 14 jours', 'pendant quatorze jours'), accepted],
        ['trente-jours', GLY_DUOS, swap('pendant 30 jours', 'pendant trente jours'), accepted],
        ['deux-heures', BCS_PEOPLE, swap('temps dédié 2 heures par semaine', 'temps dédié deux heures par semaine'), accepted],
        ['cinquante-pour-cent', BCS_DUOS, swap('50 %', 'cinquante pour cent', 'duo Aïcha accompagne Mehdi'), accepted],
        ['pour-cent', BCS_DUOS, swap('80 %', '80 pour cent'), accepted],
        ['cent-pour-cent', GLY_DUOS, swap('100 %', 'cent pour cent'), accepted],
        ['toutes-les-semaines', BCS_DUOS, swap('chaque semaine', 'toutes les semaines', 'duo Aïcha accompagne Lucie'), accepted],
        ['entretiens-hebdomadaires', BCS_DUOS, swap('entretiens chaque semaine', 'entretiens hebdomadaires', 'duo François accompagne Thomas'), accepted],
        ['auto-evaluation-hebdomadaire', BCS_PLACEMENT, swap('auto-évaluation chaque semaine', 'auto-évaluation hebdomadaire'), accepted],
        ['tous-les-quinze-jours', BCS_DUOS, swap('15 jours', 'quinze jours'), accepted],
        ['suivi-mensuel', BCS_PLACEMENT, swap('suivi chaque mois', 'suivi mensuel'), accepted],
        ['auto-evaluation-mensuelle', BCS_PATHS, swap('auto-évaluation chaque mois', 'auto-évaluation mensuelle'), accepted],
        ['tous-les-mois', GLY_DUOS, swap('suivi chaque mois', 'suivi tous les mois'), accepted],
        ['auto-evaluation-quotidienne', GLY_DUOS, swap('auto-évaluation chaque jour', 'auto-évaluation quotidienne'), accepted],
        ['toutes-les-deux-semaines', GLY_DUOS, swap('toutes les 2 semaines', 'toutes les deux semaines'), accepted],
        ['et-entre-competences', BCS_PLACEMENT, swap('compétences visées REL1, QUO1, QUO2, EQU1', 'compétences visées REL1, QUO1, QUO2 et EQU1'), accepted],
        ['et-entre-documents', BCS_DUOS, swap('description-de-fonction, référentiel-de-compétences', 'description-de-fonction et référentiel-de-compétences', 'duo Aïcha accompagne Lucie'), accepted],
        ['et-entre-roles', GLY_PEOPLE, swap('rôle encadrement, référent-tuteurs', 'rôle encadrement et référent-tuteurs'), accepted],
        ['et-entre-evaluateurs', GLY_DUOS, swap('par Marc, Lefèvre sur SOIN1, SOIN2, COM1, TRA1', 'par Marc et Lefèvre sur SOIN1, SOIN2, COM1, TRA1'), accepted],
        ['et-entre-situations', TEMPLATE, swap('réintégration, changement-de-fonction', 'réintégration et changement-de-fonction'), accepted],
        ['et-entre-niveaux', HOME_CARE, swap('« En progrès », « Autonome »', '« En progrès » et « Autonome »'), accepted],
        ['et-entre-savoirs', HOME_CARE, swap('« Droits de la personne aidée », « Secret professionnel »', '« Droits de la personne aidée » et « Secret professionnel »'), accepted],
        ['et-entre-enjeux', GLY_CHARTER, swap('lien-formation-terrain,', 'lien-formation-terrain et'), accepted],
        ['guillemets-dans-guillemets', BCS_CHARTER, swap('(“Transmettre le métier au domicile”)', '(« Transmettre le métier au domicile »)'), accepted],
        ['titre-avec-guillemets-dans-guillemets', BCS_CHARTER, swap('« Charte du tutorat de Bien chez soi »', '« Charte du tutorat « Bien chez soi » »'), accepted]
    ],
    'impossible-date': [
        ['equipe-informee-le-31-septembre', BCS_DUOS, swap('équipe informée le 07/09/2026', 'équipe informée le 31/09/2026'), impossible('31/09/2026')],
        ['trente-et-un-septembre', BCS_PEOPLE, swap('arrivée le 05/10/2026', 'arrivée le 31/09/2026'), impossible('31/09/2026')],
        ['trente-fevrier', GLY_DUOS, swap('le 16/04/2027', 'le 30/02/2027'), impossible('30/02/2027')],
        ['fin-de-periode-impossible', BCS_PLACEMENT, swap('période du 14/09/2026 au 18/12/2026', 'période du 14/09/2026 au 31/09/2026'), impossible('31/09/2026')],
        ['29-fevrier-non-bissextile', BCS_DUOS, swap('au 29/01/2027', 'au 29/02/2027'), impossible('29/02/2027')],
        ['trente-et-un-juin', BCS_CHARTER, swap('adoptée le 24/06/2026', 'adoptée le 31/06/2026'), impossible('31/06/2026')],
        ['trente-deux-octobre', GLY_DUOS, swap('premier contact le 19/10/2026', 'premier contact le 32/10/2026'), impossible('32/10/2026')],
        ['treizieme-mois-dans-une-phase', BCS_PATHS, swap('du 18/01/2027 au 29/01/2027', 'du 18/13/2027 au 29/01/2027'), impossible('18/13/2027')],
        ['trente-et-un-novembre-en-mots', BCS_PLACEMENT, swap('le 06/11/2026 par Aïcha', 'le 31 novembre 2026 par Aïcha'), impossible('31')],
        ['29-fevrier-2025', GLY_PEOPLE, swap('le 20/01/2025', 'le 29/02/2025'), impossible('29/02/2025')],
        ['jour-zero', BCS_DUOS, swap('formalisée le 25/08/2026', 'formalisée le 00/08/2026'), impossible('00/08/2026')],
        ['date-iso-impossible', GLY_DUOS, swap('contact préalable le 14/09/2026', 'contact préalable le 2026-09-31'), impossible('2026-09-31')]
    ],
    'pasted-or-cut': [
        // The first line of a block deleted, its lines left after the block before: one message, where they begin.
        ['premiere-ligne-des-modalites-effacee', BCS_CHARTER, { deleteLine: 'modalités {' }, syntax('désignation')],
        ['premiere-ligne-d-une-fonction-effacee', GLY_PEOPLE, { deleteLine: 'fonction Infirmier « Infirmier / infirmière » {' }, syntax('qualification')],
        // A line cut in a name: the name is the one message, not the rhythm cut with it.
        ['point-avec-nom-coupe', BCS_DUOS, swap('point avec Nadia chaque mois', 'point avec Nad', 'duo Aïcha accompagne Lucie'), unknownName('Nad')],
        // A block's first line half typed, its « { » not reached: one message, the block is not read elsewhere.
        ['reflexion-a-moitie-tapee', BCS_PEOPLE, swap('réflexion sur la fonction {', 'réflexion sur'), syntax('réflexion sur')],
        ['echanges-prealables-a-moitie-tapes', TEMPLATE, swap('échanges préalables {', 'échanges pr'), syntax('échanges pr')],
        ['en-tete-de-parcours-coupe-dans-le-titre', GLY_DUOS, swap('StageInès « Stage de 3e bachelier en soins infirmiers » pour Inès {', 'StageInès « Stage de 3e bache'), syntax('parcours StageInès')],
        // A path whose « référentiel » line is deleted: one finding on the path for all its codes.
        ['ligne-referentiel-effacee', BCS_PLACEMENT, { deleteLine: 'référentiel AideÀDomicile' }, { rule: 'parcours/referentiel', word: 'référentiel', at: 'parcours StageLucie' }],
        ['institution-a-moitie-tapee', GLY_PEOPLE, swap('institution LesGlycines {', 'institution L'), syntax('{')],
        ['ligne-collee-deux-fois', BCS_DUOS, { insert: 'suppléante Anne-Sophie', after: { line: 'entretiens chaque semaine', after: 'duo Aïcha accompagne Lucie' } }, writtenTwice('déjà')],
        ['personne-collee-deux-fois', GLY_PEOPLE, { insert: 'personne Hélène « Hélène Bastin » { rôle direction }', before: 'tuteur Marc' }, writtenTwice('Hélène')],
        ['periode-collee-deux-fois', BCS_DUOS, { insert: 'période du 14/09/2026 au 18/12/2026', after: 'période du 01/09/2026 au 26/02/2027' }, writtenTwice('déjà')],
        ['fin-de-ligne-effacee', GLY_PEOPLE, swap('supérieur hiérarchique Nadine', 'supérieur hiérarch', 'tuteur Marc'), syntax('« hiérarchique »')],
        ['volontaire-a-moitie-efface', BCS_PEOPLE, swap('volontaire après échange en équipe', 'volontaire après échange'), syntax('équipe')],
        ['bilan-a-moitie-efface', BCS_PLACEMENT, swap('le 13/11/2026 en présence du tutoré', 'le 13/11/2026 en présence'), syntax('tutoré')],
        ['evaluation-coupee-apres-par', GLY_DUOS, swap('le 25/01/2027 par Jeanne sur SOIN1, DEM1', 'le 25/01/2027 par'), syntax('« par »')],
        ['ligne-d-un-autre-bloc', BCS_PEOPLE, { insert: 'entretiens chaque semaine', after: 'temps dédié 2 heures par semaine' }, syntax('« entretiens »')],
        ['numero-de-page-colle', BCS_DUOS, { insert: 'Page 2 sur 4', before: 'duo Aïcha accompagne Mehdi' }, syntax('Page')],
        ['citation-de-courriel-collee', GLY_CHARTER, { insert: '> Bonjour, voici la charte modifiée.', after: 'charte « Charte du tutorat des Glycines » {' }, syntax('>')],
        ['debut-de-bloc-efface', BCS_PEOPLE, { deleteLine: 'tutoré Thomas « Thomas Gérard » {' }, syntax('« situation »')],
        ['entete-de-phase-effacee', BCS_PATHS, { deleteLine: 'phase accompagnement « Reprendre les tournées »' }, syntax('« activité »')],
        ['ligne-mission-effacee', GLY_DUOS, { deleteLine: { line: 'mission {', after: 'duo Jeanne accompagne Kevin' } }, syntax('« formalisée »')],
        ['ligne-de-personne-collee-dans-elle-meme', BCS_PEOPLE, { insert: 'tutrice Aïcha « Aïcha Benali » {', after: 'tutrice Aïcha « Aïcha Benali » {' }, syntax('« tutrice Aïcha »')],
        ['fin-de-titre-effacee', GLY_DUOS, swap('activité « Ateliers d\'apaisement » développe DEM1', 'activité « Ateliers d\'apaisement'), syntax(QUOTE)],
        // A deleted header has no line of its own: the finding belongs on the first line left without a parent.
        ['institution-effacee', BCS_DUOS, { deleteLine: 'institution BienChezSoi {' }, syntax('institution', 'duo Aïcha accompagne Lucie')]
    ],
    'stray-word': [
        // A stray word after a name that others use: the names that depend on it are not unknown.
        ['institution-avec-mot-egare', GLY_DUOS, swap('institution LesGlycines {', 'institution LesGlycines aussi {'), syntax('LesGlycines-aussi')],
        ['organisme-du-stage-avec-mot-egare', BCS_PLACEMENT, swap('stage avec IEPS {', 'stage avec IEPS aussi {'), syntax('IEPS aussi')],
        // A stray word in a tutor profile that has a service's own limits: on its line, not after the line of « tutorés simultanés ».
        ['mot-egare-apres-l-experience-minimale', GLY_CHARTER, swap('expérience minimale 4 ans', 'expérience minimale 4 ans aussi'), syntax('« aussi »')],
        ['mot-egare-apres-l-anciennete-minimale', GLY_CHARTER, swap('ancienneté minimale 2 ans', 'ancienneté minimale 2 ans environ'), syntax('« environ »')],
        ['et-seul-sur-une-ligne', BCS_PEOPLE, { insert: 'et', after: { line: 'qualification CESS', after: 'tutrice Aïcha' } }, syntax('« et »')],
        ['ok-seul-sur-une-ligne', GLY_DUOS, { insert: 'ok', after: 'suppléant Marc' }, syntax('« ok »')],
        ['a-revoir-apres-une-valeur', HOME_CARE, swap('savoir-être « Patience »', 'savoir-être « Patience » à revoir'), syntax('« à »')],
        ['remarque-dans-un-duo', BCS_DUOS, { insert: 'Remarque : à vérifier avec Nadia', after: 'temps commun 80 %' }, syntax('Remarque')],
        ['article-devant-un-duo', BCS_DUOS, swap('    duo Aïcha accompagne Lucie {', '    le duo Aïcha accompagne Lucie {'), syntax('« le duo »')],
        ['article-elide-devant-un-mot-cle', GLY_CHARTER, swap('organisme partenaire « Désigner', 'l’organisme partenaire « Désigner'), syntax('« l’organisme »')],
        ['article-devant-un-mot-cle', BCS_CHARTER, swap('suppléance « En l\'absence', 'la suppléance « En l\'absence'), syntax('« la suppléance »')],
        ['nom-seul-sur-une-ligne', GLY_PEOPLE, { insert: 'Marc', after: 'tutorée Inès « Inès Mertens » {' }, syntax('« Marc »')],
        ['article-devant-un-code', BCS_PLACEMENT, swap('sécurité au domicile » développe QUO2', 'sécurité au domicile » développe la QUO2'), syntax('« la »')],
        ['deux-points-apres-un-mot-cle', TEMPLATE, swap('version « 2026 »', 'version : « 2026 »'), syntax('« : »')],
        ['point-en-fin-de-ligne', GLY_PEOPLE, swap('expérience 12 ans', 'expérience 12 ans.'), syntax('« . »')],
        ['point-virgule-en-fin-de-ligne', BCS_PEOPLE, swap('ancienneté 9 ans', 'ancienneté 9 ans;'), syntax('« ; »')],
        ['tiret-de-liste', BCS_DUOS, swap('suppléante Anne-Sophie', '- suppléante Anne-Sophie', 'duo François accompagne Thomas'), syntax('« - »')],
        ['puce-de-liste', GLY_DUOS, swap('entretiens chaque semaine', '• entretiens chaque semaine', 'duo Marc accompagne Inès'), syntax('•')]
    ],
    'missing-value': [
        // A text left out at the end of a line is missing there, not on the line after.
        ['commission-paritaire-vide', BCS_CHARTER, swap('commission paritaire « 318.01 »', 'commission paritaire'), syntax('commission paritaire')],
        ['auto-evaluation-de-reflexion-sans-rythme', BCS_PEOPLE, swap('auto-évaluation chaque mois « Relecture du carnet de bord »', 'auto-évaluation chaque'), syntax('chaque')],
        // The name of an institution, or of a competence, left out: one message, no unknown name in the files that use it.
        ['institution-sans-nom', BCS_PEOPLE, swap('institution BienChezSoi {', 'institution {'), syntax('nom')],
        ['competence-sans-code', HOME_CARE, swap('compétence QUO2 « Entretenir le cadre de vie en sécurité » {', 'compétence {'), syntax('nom')],
        ['point-avec-personne', GLY_DUOS, swap('point avec Hélène chaque mois', 'point avec chaque mois', 'duo Marc accompagne Inès'), syntax('point')],
        ['experience-sans-valeur', BCS_PEOPLE, swap('expérience 6 ans', 'expérience'), syntax('« expérience »')],
        ['periode-sans-fin', BCS_DUOS, swap('période du 14/09/2026 au 18/12/2026', 'période du 14/09/2026 au'), syntax('date')],
        ['suppleant-sans-nom', GLY_DUOS, swap('suppléant Marc', 'suppléant'), syntax('« suppléant »')],
        ['entretiens-sans-frequence', BCS_DUOS, swap('entretiens chaque semaine', 'entretiens', 'duo François accompagne Thomas'), syntax('« entretiens »')],
        ['temps-commun-sans-nombre', GLY_DUOS, swap('temps commun 100 %', 'temps commun %'), syntax('« temps commun »')],
        ['qualification-requise-vide', GLY_PEOPLE, swap('qualification requise bachelier', 'qualification requise'), syntax('« qualification requise »')],
        ['referentiel-du-parcours-vide', BCS_PLACEMENT, swap('référentiel AideÀDomicile', 'référentiel'), syntax('« référentiel »')],
        ['competences-visees-vides', GLY_DUOS, swap('compétences visées SOIN1, DEM1, TRA1', 'compétences visées'), syntax('« compétences visées »')],
        ['evaluation-sans-sorte', BCS_PATHS, swap('évaluation finale « Bilan de reprise »', 'évaluation « Bilan de reprise »'), syntax('« finale »')],
        ['organisme-sans-nom', BCS_PEOPLE, swap('organisme IEPS', 'organisme'), syntax('« organisme »')],
        ['adoptee-sans-date', BCS_CHARTER, swap('adoptée le 24/06/2026', 'adoptée le'), syntax('date')],
        ['contact-prealable-sans-date', GLY_DUOS, swap('contact préalable le 14/09/2026', 'contact préalable le'), syntax('date')],
        ['phase-sans-sorte', BCS_PLACEMENT, swap('phase évaluation « Évaluer et conclure »', 'phase « Évaluer et conclure »'), syntax('« accueil »')],
        ['personne-sans-nom', GLY_PEOPLE, swap('tutoré Kevin « Kevin Jacobs »', 'tutoré « Kevin Jacobs »'), syntax('nom')],
        ['duo-sans-tutore', BCS_DUOS, swap('duo Aïcha accompagne Lucie {', 'duo Aïcha accompagne {'), syntax('« accompagne »')],
        // A charter header emptied, or its « étend » left out: one finding that names the template, not one per section it held.
        ['en-tete-de-charte-vide', BCS_CHARTER, swap('charte « Charte du tutorat de Bien chez soi » étend FASD {', 'charte {'), { rule: 'charte/existe', word: '« étend FASD »' }],
        ['charte-sans-etend', BCS_CHARTER, swap(' étend FASD {', ' {'), { rule: 'charte/existe', word: '« étend FASD »' }]
    ],
    'hash-comment': [
        ['diese-en-debut-de-ligne', BCS_PEOPLE, swap('// Les tuteurs et tutrices.', '# Les tuteurs et tutrices.'), syntax(COMMENT)],
        ['diese-en-fin-de-ligne', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante Anne-Sophie # à confirmer', 'duo François accompagne Thomas'), syntax(COMMENT)],
        ['diese-avec-apostrophe', GLY_CHARTER, swap('// La résidence ne dépend', '# La résidence ne dépend'), syntax(COMMENT)],
        ['double-diese', HOME_CARE, { insert: '## Domaine 3 : équipe', before: 'domaine Équipe' }, syntax(COMMENT)],
        ['diese-en-tete-de-fichier', TEMPLATE, swap('// Modèle de charte du tutorat', '# Modèle de charte du tutorat'), syntax(COMMENT)],
        ['tirets-comme-commentaire', GLY_DUOS, swap('entretiens chaque semaine', 'entretiens chaque semaine -- à revoir', 'duo Jeanne accompagne Kevin'), syntax(COMMENT)],
        ['commentaire-bloc-non-ferme', GLY_PEOPLE, { insert: '/* Kevin commence en novembre', before: 'tutoré Kevin' }, syntax('*/')]
    ],
    'smart-character': [
        // A word processor turns the hyphen of a name into a dash: the name is the same (see ID in the grammar).
        ['tiret-demi-cadratin-dans-un-nom-cite', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante Anne–Sophie', 'duo François accompagne Thomas'), accepted],
        ['tiret-demi-cadratin-dans-un-nom-declare', BCS_PEOPLE, swap('tutrice Anne-Sophie', 'tutrice Anne–Sophie'), accepted],
        ['trait-d-union-insecable', BCS_DUOS, swap('suppléante Anne-Sophie', 'suppléante Anne\u2011Sophie', 'duo Aïcha accompagne Mehdi'), accepted],
        ['apostrophe-typographique-dans-un-nom', BCS_PARTNERS, swap('référent Lambert « Paul Lambert »', 'référent D’Hondt « Paul D’Hondt »'), syntax('Hondt')],
        ['points-de-suspension-hors-texte', GLY_DUOS, swap('compétences visées SOIN1, SOIN2, COM1, TRA1', 'compétences visées SOIN1, SOIN2, COM1, TRA1…'), syntax('…')],
        ['espace-insecable-avant-pour-cent', BCS_DUOS, swap('80 %', '80\u00a0%'), accepted],
        ['espace-fine-insecable-avant-pour-cent', GLY_DUOS, swap('temps commun 50 %', 'temps commun 50\u202f%'), accepted],
        ['espace-insecable-apres-mot-cle', BCS_PLACEMENT, swap('période du 14/09/2026', 'période\u00a0du 14/09/2026'), accepted],
        ['marque-d-ordre-des-octets', GLY_PEOPLE, swap('// Les services, les fonctions', '\ufeff// Les services, les fonctions'), accepted],
        ['fins-de-ligne-windows', BCS_PATHS, { replace: '\n', by: '\r\n', all: true }, accepted],
        ['points-de-suspension-dans-un-texte', BCS_DUOS, swap('évaluations avec l\'école »', 'évaluations avec l\'école… »'), accepted],
        ['guillemets-anglais-pour-un-titre', BCS_PEOPLE, swap('« Lucie Marchal »', '“Lucie Marchal”'), accepted]
    ]
};

export const MISTAKES: readonly Mistake[] = (Object.entries(rows) as [Category, readonly Row[]][])
    .flatMap(([category, list]) => list.map(([id, file, mutation, expect]) => ({ id, category, file, mutation, expect })));
