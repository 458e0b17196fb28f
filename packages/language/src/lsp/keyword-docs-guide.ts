import type { KeywordDoc } from './keyword-docs.js';
import { GUIDE_SECTIONS as G } from './guide-sections.js';

/**
 * The keywords of the constructs that write the whole guide: the supervision review, the team
 * briefing, whom to alert, the tutor's reflection on the function, prior exchanges, competence
 * management, the partners' kinds and duties, the sharing of roles, methods and supports.
 */
const t = (fr: string, en: string) => ({ fr, en });

/** A line of the tutor's reflection on the function (`réflexion sur la fonction { … }`). */
function reflectionItem(phrases: readonly string[], example: string, snippet?: string): KeywordDoc {
    return {
        phrases, on: ['ReflectionItem'],
        title: t('Une façon de réfléchir à sa fonction', 'A way to reflect on the function'),
        text: t('Auto-évaluation, entretien (avec son supérieur ou le référent des tuteurs), supervision ou échanges entre tuteurs, avec son rythme.', 'Self-evaluation, interview (with one’s superior or the tutors’ referent), supervision or exchanges between tutors, with its rhythm.'),
        example,
        snippet
    };
}

export const GUIDE_KEYWORD_DOCS: readonly KeywordDoc[] = [
    // --- Le duo ---------------------------------------------------------------------------
    {
        phrases: ['point avec', 'point'], on: ['SupervisionReview'],
        title: t('Point régulier avec l’encadrement', 'Regular review with the supervisors'),
        text: t('Qui, dans l’encadrement, fait régulièrement le point avec le tuteur sur sa mission et la progression du tutoré, et à quel rythme.', 'Who among the supervisors regularly reviews with the tutor their mission and the tutee’s progress, and how often.'),
        guide: { section: G.supervisors, quote: 'faire le point régulièrement avec le tuteur concernant sa mission et la progression, l’intégration et l’acquisition des compétences du tutoré' },
        example: 'point avec Nadia chaque mois « Mission du tuteur et progression du tutoré »',
        snippet: '${1:Personne} ${2|chaque mois,chaque trimestre,chaque semaine|} « ${3:Mission du tuteur et progression du tutoré} »'
    },
    {
        phrases: ['équipe informée', 'équipe'], on: ['TeamBriefing'],
        title: t('Équipe informée', 'Team informed'),
        text: t('Quand l’équipe où va évoluer le tutoré a été informée de son arrivée : avant qu’il arrive.', 'When the team the tutee joins was told of their arrival: before they arrive.'),
        guide: { section: G.welcome, quote: 'Préparer son intégration : informer l’équipe' },
        example: 'équipe informée le 07/09/2026 « Présentation en réunion d’équipe »',
        snippet: 'le ${1:jj/mm/aaaa} « ${2:Présentation en réunion d’équipe} »'
    },
    {
        phrases: ['alerter', 'ou', 'en cas de difficulté', 'en', 'en cas', 'en cas de'], on: ['Alert'],
        title: t('Qui alerter en cas de difficulté', 'Whom to alert in case of difficulty'),
        text: t('Les personnes que le tutoré sollicite et alerte en cas de difficulté : son tuteur d’abord, puis par exemple le suppléant.', 'Whom the tutee turns to and alerts in case of difficulty: their tutor first, then for example the substitute.'),
        guide: { section: G.tutee, quote: 'le solliciter si nécessaire, l’alerter en cas de difficulté' },
        example: 'alerter Élodie ou François en cas de difficulté',
        snippet: '${1:Tuteur} ou ${2:Suppléant} en cas de difficulté'
    },
    {
        phrases: ['objectifs'], on: ['Mission'],
        title: t('Objectifs de la mission', 'Objectives of the mission'), text: t('Ce que la mission de tutorat doit atteindre, par exemple les compétences du référentiel à faire acquérir.', 'What the tutoring mission must achieve, e.g. the framework’s competences to be acquired.')
    },
    {
        phrases: ['évaluation'], on: ['Mission'],
        title: t('Évaluation de la mission', 'Evaluation of the mission'), text: t('Comment et quand la mission du tuteur est évaluée.', 'How and when the tutor’s mission is evaluated.')
    },
    // --- Le tuteur ------------------------------------------------------------------------
    {
        phrases: ['désigné', 'désignée', 'reconnu', 'reconnue', 'désigné par', 'désignée par', 'reconnu par', 'reconnue par'], on: ['Designation'],
        title: t('Qui a désigné le tuteur', 'Who designated the tutor'),
        text: t('Qui a choisi le tuteur (une personne, la direction ou sa hiérarchie) et si ses pairs ont eu leur mot à dire : le guide veut un tuteur reconnu par sa hiérarchie et ses pairs.', 'Who chose the tutor (a person, the management or their hierarchy) and whether their peers had their say: the guide wants a tutor recognised by their hierarchy and their peers.'),
        guide: { section: G.recognised, quote: 'Le tuteur est un travailleur reconnu par sa hiérarchie et ses pairs' },
        example: 'désignée par Nadia, équipe consultée',
        snippet: '${1|la direction,sa hiérarchie|}, équipe consultée'
    },
    {
        phrases: ['par'], on: ['Designation'],
        title: t('Par qui', 'By whom'), text: t('La personne qui a désigné le tuteur (« par Nadia »), ou « par la direction », « par sa hiérarchie ».', 'The person who designated the tutor (« par Nadia »), or « par la direction », « par sa hiérarchie ».')
    },
    {
        phrases: ['la direction', 'la', 'direction', 'sa hiérarchie', 'sa', 'hiérarchie'], on: ['Designation'],
        title: t('La hiérarchie qui désigne', 'The hierarchy that designates'), text: t('La direction ou la hiérarchie du tuteur, quand aucune personne n’est nommée.', 'The management or the tutor’s hierarchy, when no person is named.')
    },
    {
        phrases: ['équipe consultée', 'équipe', 'consultée', 'après avis de', 'après', 'après avis', 'avis', 'avis de', 'de', 'son équipe', 'son', 'ses pairs', 'ses', 'pairs'], on: ['Designation'],
        title: t('L’avis des pairs', 'The peers’ say'), text: t('L’équipe du tuteur a été consultée sur son choix : « équipe consultée », « après avis de ses pairs », « et ses pairs ».', 'The tutor’s team was consulted on the choice: « équipe consultée », « après avis de ses pairs », « et ses pairs ».')
    },
    {
        phrases: ['capacités'], on: ['Person'],
        title: t('Capacités de tuteur reconnues', 'Tutoring abilities recognised'),
        text: t('Les capacités de tuteur pour lesquelles l’institution reconnaît le tuteur : animation (aussi négociation, médiation), formalisation, réflexivité, pédagogie.', 'The tutoring abilities the institution recognises in the tutor: leading (animation; also negotiation, mediation), formalising, reflexivity, teaching (pédagogie).'),
        guide: { section: G.recognised, quote: 'capacités d’animation, de négociation, de médiation (ex. : mobiliser l’équipe en faveur du tutorat)' },
        example: 'capacités animation, formalisation, réflexivité et pédagogie',
        snippet: 'animation, formalisation, réflexivité, pédagogie'
    },
    {
        phrases: ['animation', 'négociation', 'médiation'], on: ['Person'],
        title: t('Capacités d’animation', 'Leading abilities'), text: t('Animer, négocier, servir de médiateur : par exemple mobiliser l’équipe en faveur du tutorat.', 'Leading, negotiating, mediating: for example rallying the team behind tutoring.')
    },
    {
        phrases: ['formalisation'], on: ['Person'],
        title: t('Capacité de formalisation', 'Formalising ability'), text: t('Analyser l’activité, la décomposer en phases cohérentes.', 'Analysing the activity, breaking it down into coherent phases.')
    },
    {
        phrases: ['réflexivité'], on: ['Person'],
        title: t('Capacité de réflexivité', 'Reflexive ability'), text: t('Prendre du recul, questionner les situations professionnelles.', 'Stepping back, questioning work situations.')
    },
    {
        phrases: ['pédagogie', 'pédagogiques'], on: ['Person'],
        title: t('Capacités pédagogiques', 'Teaching abilities'), text: t('Transmettre des savoirs par diverses approches, accompagner le développement des compétences et de l’identité professionnelle.', 'Passing on knowledge in various ways, supporting the development of competences and of professional identity.')
    },
    {
        phrases: ['réflexion sur la fonction', 'réflexion', 'réflexion sur', 'réflexion sur la'], on: ['Reflection'],
        title: t('Réflexion sur la fonction de tuteur', 'Reflection on the tutor function'),
        text: t('Comment le tuteur fait régulièrement le point sur sa fonction : auto-évaluation, entretien, supervision, échanges entre tuteurs, chacun avec son rythme.', 'How the tutor regularly takes stock of the function: self-evaluation, interview, supervision, exchanges between tutors, each with its rhythm.'),
        example: 'réflexion sur la fonction { supervision chaque trimestre }',
        snippet: '{\n\tauto-évaluation ${1:chaque trimestre}\n\tsupervision ${2:chaque trimestre}\n\téchanges entre tuteurs ${3:chaque mois}\n}'
    },
    // Each way of reflecting comes as a line to fill in: its rhythm, with whom, a note.
    reflectionItem(['auto-évaluation'], 'auto-évaluation chaque mois « Relecture du carnet de bord »', '${1|chaque mois,chaque trimestre,chaque semestre,chaque année|} « ${2:Relecture du carnet de bord} »'),
    reflectionItem(['entretien'], 'entretien avec Nadia chaque année', 'avec ${1:Personne} ${2|chaque année,chaque semestre,chaque trimestre|}'),
    reflectionItem(['supervision'], 'supervision chaque trimestre « Supervision collective des tuteurs »', '${1|chaque trimestre,chaque mois,chaque semestre|} « ${2:Supervision collective des tuteurs} »'),
    reflectionItem(['échanges entre tuteurs'], 'échanges entre tuteurs chaque trimestre « Intervision des tuteurs »', '${1|chaque trimestre,chaque mois,chaque semestre|} « ${2:Intervision des tuteurs} »'),
    reflectionItem(['échanges', 'échanges entre', 'avec'], 'entretien avec Nadia chaque année'),
    {
        phrases: ['formation continue', 'formation', 'en'], on: ['ContinuousTraining'],
        title: t('Formation continue', 'Continuing training'),
        text: t('Une formation suivie pour actualiser ses compétences, avec sa date, son année (« en 2026 ») ou son rythme (« chaque trimestre »).', 'A training attended to keep one’s competences up to date, with its date, year (« en 2026 ») or rhythm (« chaque trimestre »).'),
        example: 'formation continue « Intervision des tuteurs » chaque trimestre'
    },
    // --- La charte ------------------------------------------------------------------------
    {
        phrases: ['échanges préalables', 'échanges', 'préalables'], on: ['PriorExchanges'],
        title: t('Échanges préalables', 'Prior exchanges'),
        text: t('Les moments d’échange prévus avant l’accueil des tutorés, en interne et avec les organismes partenaires.', 'The moments of exchange planned before tutees arrive, internally and with the partner organisations.'),
        example: 'échanges préalables { internes « … » avec les partenaires « … » }',
        snippet: '{\n\tinternes « ${1:Tuteur, équipe et responsable de la formation avant chaque accueil} »\n\tavec les partenaires « ${2:Rencontre avec l’école avant chaque stage} »\n}'
    },
    {
        phrases: ['internes', 'avec les partenaires', 'avec', 'avec les', 'les', 'les partenaires', 'partenaires'], on: ['PriorExchange'],
        title: t('Avec qui l’on échange', 'With whom to exchange'), text: t('Les échanges internes (tuteur, équipe, responsable de la formation) ou avec les partenaires (écoles, centres de formation).', 'Internal exchanges (tutor, team, training manager) or with the partners (schools, training centres).')
    },
    {
        phrases: ['gestion des compétences', 'gestion', 'gestion des', 'des', 'des compétences', 'compétences'], on: ['CompetenceManagement'],
        title: t('Gestion des compétences', 'Competence management'),
        text: t('Comment le tutorat s’articule au recrutement, à la formation, à l’accompagnement, à l’évaluation du personnel, et au bien-être au travail.', 'How tutoring fits with recruitment, training, support and appraisal of the staff, and with well-being at work.'),
        example: 'gestion des compétences { recrutement « … » bien-être au travail « … » }',
        snippet: '{\n\trecrutement « $1 »\n\tformation « $2 »\n\tévaluation « $3 »\n\tbien-être au travail « $4 »\n}'
    },
    {
        phrases: ['recrutement', 'formation', 'accompagnement', 'évaluation', 'bien-être au travail', 'bien-être', 'bien-être au', 'au', 'au travail', 'travail', 'prévention des risques', 'prévention', 'prévention des', 'des', 'des risques', 'risques', 'gestion des âges', 'gestion', 'gestion des', 'des âges', 'âges'], on: ['CompetenceManagementItem'],
        title: t('Processus de gestion des compétences', 'Competence-management process'), text: t('Un processus auquel le tutorat est relié, avec un texte ou « à compléter ».', 'A process tutoring is linked to, with a text or « à compléter ».')
    },
    {
        phrases: ['bilan de fin de cycle', 'bilan', 'bilan de', 'bilan de fin', 'bilan de fin de', 'de', 'de fin', 'de fin de', 'de cycle', 'fin', 'fin de', 'fin de cycle', 'cycle'], on: ['AfterItem'],
        title: t('Bilan de fin de cycle', 'End-of-cycle review'), text: t('Quand le tutorat est évalué : au terme d’un ensemble de tutorats, par exemple à la fin de l’année scolaire.', 'When tutoring is evaluated: at the end of a set of tutorings, e.g. at the end of the school year.'),
        example: 'bilan de fin de cycle chaque année « En juin »',
        snippet: '${1:chaque année} « ${2:En juin, à la fin de l’année scolaire} »'
    },
    {
        phrases: ['situations'], on: ['Service'],
        title: t('Situations de tutorat du service', 'The service’s tutoring situations'), text: t('Les situations où un tutorat est indiqué dans ce service (nouveau-travailleur, réintégration…).', 'The situations in which tutoring is indicated in this service (new worker, return to work…).')
    },
    // --- Organismes partenaires et stages ---------------------------------------------------
    {
        phrases: ['secondaire', 'supérieur', 'spécialisé', 'artistique', 'à horaire réduit', 'à', 'à horaire', 'horaire', 'réduit', 'de promotion sociale', 'de', 'de promotion', 'promotion', 'promotion sociale', 'sociale', 'professionnelle', 'socioprofessionnel', 'handicap', 'en alternance', 'en', 'alternance', 'de plein exercice', 'de plein', 'plein', 'plein exercice', 'exercice'], on: ['Partner'],
        title: t('Type d’organisme partenaire', 'Kind of partner organisation'), text: t('Précise le type : enseignement secondaire, supérieur, spécialisé, artistique, de promotion sociale, en alternance ou de plein exercice ; formation professionnelle ; accompagnement socioprofessionnel ou du handicap.', 'Specifies the kind: secondary, higher, special, artistic, adult (promotion sociale) education, work-study or full-time; vocational training; socio-professional or disability support.')
    },
    {
        phrases: ['engagements'], on: ['PartnerDuties'],
        title: t('Engagements de l’organisme', 'The organisation’s commitments'), text: t('Ce à quoi l’organisme s’engage : préparer l’élève, signaler les problèmes, participer à l’évaluation, assurer le suivi et l’assurance.', 'What the organisation commits to: preparing the student, reporting problems, taking part in the evaluation, follow-up and insurance.'),
        guide: { section: G.partners, quote: 'Informer le milieu professionnel de tout problème pouvant apparaître' },
        snippet: '{\n\tpréparation « $1 »\n\tsignalement des problèmes « $2 »\n\tévaluation « $3 »\n}'
    },
    {
        phrases: ['préparation', 'signalement des problèmes', 'signalement', 'signalement des', 'des', 'des problèmes', 'problèmes', 'évaluation', 'suivi', 'assurance'], on: ['PartnerDuty'],
        title: t('Un engagement de l’organisme', 'One commitment of the organisation'), text: t('Un engagement, avec un texte ou « à compléter » en attendant la réponse de l’organisme.', 'A commitment, with a text or « à compléter » until the organisation answers.')
    },
    {
        phrases: ['insertion'], on: ['Placement'],
        title: t('Suivi d’insertion', 'Insertion follow-up'), text: t('Un suivi avec un organisme d’insertion professionnelle, décrit comme un stage.', 'A follow-up with a vocational insertion body, written like a placement.')
    },
    {
        phrases: ['contact préalable', 'contact', 'par'], on: ['Placement'],
        title: t('Contact préalable', 'Prior contact'), text: t('Le contact pris avec l’organisme avant le début du stage, et qui l’a pris (« par » le tuteur).', 'The contact made with the organisation before the placement starts, and who made it (« par » the tutor).'),
        example: 'contact préalable le 04/06/2026 par Élodie',
        snippet: 'le ${1:jj/mm/aaaa} par ${2:Tuteur}'
    },
    {
        phrases: ['répartition des rôles', 'répartition', 'répartition des', 'des', 'des rôles', 'rôles'], on: ['RoleSharing'],
        title: t('Répartition des rôles', 'Sharing of roles'), text: t('Qui fait quoi entre le tuteur de l’institution, le référent de l’organisme et l’équipe.', 'Who does what between the institution’s tutor, the organisation’s referent and the team.'),
        guide: { section: G.collaborate, quote: 'Sur la base d’une répartition des rôles, préciser les collaborations entre les professionnels concernés (ex. : tuteurs de l’institution et enseignants du centre de formation).' },
        snippet: '{\n\ttuteur « $1 »\n\tréférent « $2 »\n\téquipe « $3 »\n}'
    },
    {
        phrases: ['tuteur', 'tutrice', 'référent', 'référente', 'équipe'], on: ['SharedRole'],
        title: t('Le rôle de chacun', 'Each one’s role'), text: t('Ce que fait le tuteur, le référent de l’organisme ou l’équipe.', 'What the tutor, the organisation’s referent or the team does.')
    },
    // --- Parcours et référentiels -----------------------------------------------------------
    {
        phrases: ['projet professionnel', 'projet', 'professionnel'], on: ['TrainingPath'],
        title: t('Projet professionnel', 'Professional project'), text: t('Le projet professionnel du tutoré, auquel le tuteur s’intéresse et dont il soutient l’élaboration.', 'The tutee’s professional project, which the tutor takes an interest in and helps build.'),
        snippet: '« ${1:Métier ou fonction que vise le tutoré} »'
    },
    {
        phrases: ['supports'], on: ['TrainingPath'],
        title: t('Supports d’apprentissage', 'Learning materials'), text: t('Les outils et supports d’apprentissage du parcours (carnet de bord, fiches…).', 'The path’s learning tools and materials (log book, sheets…).'),
        snippet: '« ${1:Carnet de stage} », « ${2:Fiches techniques} »'
    },
    {
        phrases: ['méthode', 'méthodes'], on: ['Activity'],
        title: t('Méthodes pédagogiques', 'Teaching methods'), text: t('Les méthodes de l’activité : explication, démonstration, expérimentation, entretien, observation, mise-en-situation, ou une autre entre « ».', 'The activity’s methods: explanation, demonstration, experimentation, interview, observation, role play, or another between « ».'),
        snippet: '${1|explication,démonstration,expérimentation,entretien,observation,mise-en-situation|}'
    },
    {
        phrases: ['explication', 'démonstration', 'expérimentation', 'entretien', 'observation', 'mise-en-situation'], on: ['Method'],
        title: t('Méthode pédagogique', 'Teaching method'), text: t('Une des méthodes pédagogiques que cite le guide.', 'One of the teaching methods the guide names.')
    },
    {
        phrases: ['équipe consultée', 'équipe'], on: ['ProgressReview'],
        title: t('Équipe consultée', 'Team consulted'), text: t('Le bilan tient compte de l’avis de l’équipe.', 'The review takes the team’s opinion into account.')
    },
    {
        phrases: ['dimension', 'dimensions'], on: ['Competence'],
        title: t('Dimensions transversales', 'Transversal dimensions'), text: t('Ce que la compétence engage au-delà du métier : déontologie, éthique, santé, sécurité, réflexivité, identité professionnelle.', 'What the competence involves beyond the trade: deontology, ethics, health, safety, reflexivity, professional identity.')
    },
    {
        phrases: ['déontologie', 'éthique', 'santé', 'sécurité', 'réflexivité', 'identité-professionnelle'], on: ['Competence'],
        title: t('Dimension transversale', 'Transversal dimension'), text: t('Une dimension que le tuteur prend en compte au-delà du métier.', 'A dimension the tutor takes into account beyond the trade.')
    }
];
