import type { Bilingual } from '../i18n/locale.js';
import { enBref, GUIDE_SECTIONS as G } from './guide-sections.js';
import { GUIDE_KEYWORD_DOCS } from './keyword-docs-guide.js';

/**
 * What each keyword of the language means, for hovers and completion: a short title, an
 * explanation for someone who writes a charter rather than code, and — where the keyword comes from
 * the *Guide pour le tutorat* — the guide's own words and the section they come from.
 */
export interface KeywordDoc {
    /** How the keyword is written; several spellings may share one explanation (suppléant, suppléante). */
    readonly phrases: readonly string[];
    /** The elements (syntax tree types) it belongs to; without it, the keyword means the same everywhere. */
    readonly on?: readonly string[];
    readonly title: Bilingual;
    readonly text: Bilingual;
    readonly guide?: { readonly section: Bilingual; readonly quote: string };
    /** A line as one would write it. */
    readonly example?: string;
    /** What completion may insert after the keyword to write the whole block (snippet syntax). */
    readonly snippet?: string;
}

const TEMPLATE_OR_CHARTER = ['Charter', 'CharterTemplate'];

const DOCUMENTS_GIVEN = 's’informer des règles et des attentes de l’institution en s’appuyant sur les documents transmis (ex. : projet institutionnel, règlement d’ordre intérieur, description de fonction, référentiel de compétences)';
const GIVE_MEANS = 'donner au tuteur les moyens d’accompagner le tutoré (accès à des formations, temps dédié au tutorat, équipement pédagogique, légitimité, reconnaissance…)';
const PLACEMENT_TERMS = 'Définir la durée, l’horaire, les objectifs du stage, les compétences à acquérir durant le stage et les modalités d’évaluation';
const FORMALISE_MISSION = 'prévoir une formalisation (ex. : avenant au contrat de travail) concernant la mission de tutorat, établie avant sa mise en œuvre et précisant ses conditions (durée, horaire, activités…)';
const PROFILE_EXPERIENCE = 'justifier d’une expérience professionnelle pertinente et d’une ancienneté au sein de l’institution. Il faut pouvoir s’appuyer sur une expérience de plusieurs années. Sa durée minimale est variable selon la fonction visée et les secteurs d’activités';
const CHARTER_CONTENT = 'établir une « charte du tutorat » (enjeux, ressources, modalités de mise en œuvre, profil de fonction du tuteur)';
const AFTER = 'analyser les résultats et les effets sur les tutorés, les tuteurs, les équipes et les bénéficiaires, en lien avec les missions de l’institution';
const CRITERIA = 'Déterminer les critères d’évaluation et les indicateurs.';
const DESIGNATE_REFERENT = 'Désigner un enseignant (dénommé par exemple « maître de stage » ou « moniteur ») qui soit l’interlocuteur privilégié du milieu professionnel et du stagiaire';
const SPECIFIC_PROFILE = 'sensibiliser le tuteur au profil spécifique du tutoré (ex. : handicap)';

export const KEYWORD_DOCS: readonly KeywordDoc[] = [
    // --- Modèles de charte et chartes -------------------------------------------------------
    {
        phrases: ['modèle de charte'],
        on: ['CharterTemplate'],
        title: { fr: 'Modèle de charte du tutorat', en: 'Charter template' },
        text: {
            fr: 'Un modèle de charte publié par une fédération : les institutions l’étendent (« charte … étend NomDuModèle ») et complètent ce qu’il laisse « à compléter ».',
            en: 'A charter template published by a federation: institutions extend it (“charte … étend TemplateName”) and fill in what it leaves “à compléter” (to complete).'
        },
        guide: { section: G.before, quote: CHARTER_CONTENT },
        example: 'modèle de charte CP319 « Modèle de charte du tutorat — CP 319.02 » { … }',
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\tcommission paritaire « ${3:319.02} »\n\tfédération « ${4:Fédération} »\n\t$0\n}'
    },
    {
        phrases: ['charte'],
        on: ['Charter'],
        title: { fr: 'Charte du tutorat de l’institution', en: 'The institution’s tutoring charter' },
        text: {
            fr: 'La charte du tutorat donne un cadre au tutorat dans l’institution : enjeux, ressources, modalités, profil du tuteur, engagements de chacun… Elle peut étendre le modèle de sa fédération.',
            en: 'The tutoring charter gives tutoring a framework in the institution: stakes, resources, modalities, tutor profile, everyone’s commitments… It may extend its federation’s template.'
        },
        guide: { section: enBref(1), quote: 'Inscrire le tutorat dans le projet institutionnel (ex. via une : « charte tutorat »).' },
        example: 'charte « Charte du tutorat » étend CP319 { … }',
        snippet: '« ${1:Charte du tutorat} » étend ${2:Modèle} {\n\tversion « ${3:2026} »\n\tadoptée le ${4:jj/mm/aaaa}\n\t$0\n}'
    },
    {
        phrases: ['étend'],
        on: TEMPLATE_OR_CHARTER,
        title: { fr: 'Modèle étendu', en: 'Extended template' },
        text: {
            fr: 'Nomme le modèle de charte repris : tout ce qu’il contient vaut ici, sauf ce que ce document réécrit ; ce qu’il laisse « à compléter » doit être complété ici.',
            en: 'Names the charter template this one builds on: everything in it applies here unless this document rewrites it; what it leaves “à compléter” must be completed here.'
        },
        example: 'charte « Charte du tutorat » étend CP319 { … }'
    },
    {
        phrases: ['commission paritaire'],
        title: { fr: 'Commission paritaire', en: 'Joint committee' },
        text: {
            fr: 'Le numéro de la commission paritaire (318.01, 319.02, 330, 332…) dont relève l’institution ou à laquelle s’adresse le modèle.',
            en: 'The number of the joint committee (318.01, 319.02, 330, 332…) the institution belongs to or the template is meant for.'
        },
        example: 'commission paritaire « 319.02 »'
    },
    {
        phrases: ['fédération'],
        on: ['CharterTemplate'],
        title: { fr: 'Fédération qui publie le modèle', en: 'Federation publishing the template' },
        text: { fr: 'Le nom de la fédération qui publie ce modèle de charte.', en: 'The name of the federation that publishes this charter template.' },
        example: 'fédération « Fédération des services d’hébergement »'
    },
    {
        phrases: ['version'],
        on: [...TEMPLATE_OR_CHARTER, 'Framework'],
        title: { fr: 'Version du document', en: 'Version of the document' },
        text: { fr: 'La version de ce document (année, numéro), pour savoir de quelle édition on parle.', en: 'The version of this document (year, number), to know which edition is meant.' },
        example: 'version « 2026-2027 »'
    },
    {
        phrases: ['description'],
        title: { fr: 'Description', en: 'Description' },
        text: { fr: 'Un texte libre qui décrit l’élément en quelques phrases.', en: 'A free text describing the element in a few sentences.' },
        example: 'description « … »'
    },
    {
        phrases: ['adoptée le'],
        on: ['Charter'],
        title: { fr: 'Date d’adoption de la charte', en: 'Date the charter was adopted' },
        text: { fr: 'La date à laquelle la charte a été adoptée (par exemple en conseil d’administration ou en concertation sociale).', en: 'The date the charter was adopted (e.g. by the board or through social dialogue).' },
        example: 'adoptée le 24/06/2026'
    },
    {
        phrases: ['à compléter'],
        on: ['ToComplete'],
        title: { fr: 'Élément à compléter', en: 'Element to complete' },
        text: {
            fr: 'Dans un modèle de charte : un élément que chaque institution doit compléter dans sa propre charte. Le texte qui suit peut expliquer quoi écrire. Dans une charte, il signale un élément encore à rédiger.',
            en: 'In a charter template: an element each institution must complete in its own charter. The text that follows may explain what to write. In a charter, it marks an element still to be written.'
        },
        example: 'suppléance à compléter « Précisez qui remplace le tuteur absent. »'
    },
    {
        phrases: ['enjeux'],
        on: ['Stakes'],
        title: { fr: 'Enjeux du tutorat', en: 'Stakes of tutoring' },
        text: {
            fr: 'Pourquoi l’institution organise le tutorat : les enjeux du guide (formation-des-stagiaires, intégration-nouveaux-travailleurs…) ou des enjeux propres, écrits entre guillemets.',
            en: 'Why the institution organises tutoring: the guide’s stakes (formation-des-stagiaires, intégration-nouveaux-travailleurs…) or its own, written between quotes.'
        },
        guide: { section: G.stakes, quote: 'Ils sont multiples et varient en fonction du contexte institutionnel dans lequel le tutorat s’exerce' },
        example: 'enjeux formation-des-stagiaires, intégration-nouveaux-travailleurs'
    },
    {
        phrases: ['ressources'],
        on: ['Resources'],
        title: { fr: 'Ressources données au tutorat', en: 'Resources given to tutoring' },
        text: {
            fr: 'Les moyens que l’institution donne aux tuteurs : temps dédié, formations, équipement pédagogique, légitimité, reconnaissance.',
            en: 'The means the institution gives tutors: dedicated time, training, pedagogical equipment, legitimacy, recognition.'
        },
        guide: { section: G.management, quote: GIVE_MEANS },
        snippet: '{\n\ttemps dédié « $1 »\n\tformations « $2 »\n\téquipement pédagogique « $3 »\n\tlégitimité « $4 »\n\treconnaissance « $5 »\n}'
    },
    {
        phrases: ['temps dédié'],
        on: ['Resource'],
        title: { fr: 'Temps dédié au tutorat', en: 'Time dedicated to tutoring' },
        text: { fr: 'Le temps de travail que l’institution consacre au tutorat, par tuteur et par tutoré.', en: 'The working time the institution devotes to tutoring, per tutor and per tutee.' },
        guide: { section: G.management, quote: GIVE_MEANS },
        example: 'temps dédié « 3 heures par semaine et par tutoré »'
    },
    {
        phrases: ['formations'],
        on: ['Resource'],
        title: { fr: 'Accès des tuteurs aux formations', en: 'Tutors’ access to training' },
        text: { fr: 'Les formations auxquelles les tuteurs ont accès.', en: 'The training courses tutors have access to.' },
        guide: { section: G.management, quote: GIVE_MEANS }
    },
    {
        phrases: ['équipement pédagogique'],
        on: ['Resource'],
        title: { fr: 'Équipement pédagogique', en: 'Pedagogical equipment' },
        text: { fr: 'Les outils mis à disposition du tuteur : carnet de bord, grilles d’évaluation, fiches d’entretien…', en: 'The tools provided to the tutor: logbook, evaluation grids, interview sheets…' },
        guide: { section: G.management, quote: GIVE_MEANS }
    },
    {
        phrases: ['légitimité'],
        on: ['Resource'],
        title: { fr: 'Légitimité du tuteur', en: 'Legitimacy of the tutor' },
        text: { fr: 'Comment la mission du tuteur est reconnue et annoncée à l’équipe.', en: 'How the tutor’s mission is acknowledged and announced to the team.' },
        guide: { section: G.management, quote: GIVE_MEANS }
    },
    {
        phrases: ['reconnaissance'],
        on: ['Resource'],
        title: { fr: 'Reconnaissance de la fonction de tuteur', en: 'Recognition of the tutor’s function' },
        text: { fr: 'Comment l’institution reconnaît la fonction de tuteur (entretiens, prime, évolution…).', en: 'How the institution recognises the tutor’s function (interviews, bonus, career…).' },
        guide: { section: G.management, quote: GIVE_MEANS }
    },
    {
        phrases: ['modalités'],
        on: ['Modalities'],
        title: { fr: 'Modalités de mise en œuvre', en: 'Implementation modalities' },
        text: {
            fr: 'Comment le tutorat se met en place : désignation des tuteurs, choix des tutorés, constitution des duos, planification du temps de tutorat.',
            en: 'How tutoring is set up: designating tutors, choosing tutees, forming duos, planning tutoring time.'
        },
        guide: { section: G.before, quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos' },
        snippet: '{\n\tdésignation des tuteurs « $1 »\n\tchoix des tutorés « $2 »\n\tconstitution des duos « $3 »\n\tplanification du tutorat « $4 »\n}'
    },
    {
        phrases: ['désignation des tuteurs'],
        on: ['Modality'],
        title: { fr: 'Désignation des tuteurs', en: 'Designating tutors' },
        text: { fr: 'Comment les tuteurs sont choisis parmi les volontaires.', en: 'How tutors are chosen among volunteers.' },
        guide: { section: G.management, quote: 'veiller à la bonne application des critères de compétences et de motivations dans la désignation des tuteurs' }
    },
    {
        phrases: ['choix des tutorés'],
        on: ['Modality'],
        title: { fr: 'Choix des tutorés', en: 'Choosing tutees' },
        text: { fr: 'Qui bénéficie d’un tutorat, et comment on le décide.', en: 'Who benefits from tutoring, and how it is decided.' },
        guide: { section: G.before, quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos' }
    },
    {
        phrases: ['constitution des duos'],
        on: ['Modality'],
        title: { fr: 'Constitution des duos', en: 'Forming the duos' },
        text: { fr: 'Comment un tuteur et un tutoré sont associés.', en: 'How a tutor and a tutee are paired.' },
        guide: { section: G.before, quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos' }
    },
    {
        phrases: ['planification du tutorat'],
        on: ['Modality'],
        title: { fr: 'Planification du tutorat', en: 'Planning tutoring' },
        text: { fr: 'Comment les temps de tutorat sont inscrits au planning.', en: 'How tutoring time is put in the schedule.' },
        guide: { section: G.before, quote: 'planifier des temps de tutorat' }
    },
    {
        phrases: ['profil du tuteur'],
        on: ['TutorProfile'],
        title: { fr: 'Profil de fonction du tuteur', en: 'The tutor’s function profile' },
        text: {
            fr: 'Ce qu’on attend d’un tuteur : expérience minimale, ancienneté minimale dans l’institution, nombre maximum de tutorés accompagnés en même temps, éventuellement par service.',
            en: 'What is expected of a tutor: minimum experience, minimum seniority in the institution, maximum number of tutees at the same time, possibly per service.'
        },
        guide: { section: G.profile, quote: PROFILE_EXPERIENCE },
        snippet: '{\n\texpérience minimale ${1:2 ans}\n\tancienneté minimale ${2:1 an}\n\ttutorés simultanés maximum ${3:2}\n}'
    },
    {
        phrases: ['pour le service'],
        on: ['ServiceProfile'],
        title: { fr: 'Profil du tuteur propre à un service', en: 'Tutor profile for one service' },
        text: { fr: 'Des exigences différentes pour les tuteurs d’un service ; elles remplacent celles du profil général pour ce service.', en: 'Different requirements for the tutors of one service; they replace the general profile’s for that service.' },
        example: 'pour le service CentreDeJour { expérience minimale 2 ans }'
    },
    {
        phrases: ['expérience minimale'],
        on: ['MinExperience'],
        title: { fr: 'Expérience professionnelle minimale du tuteur', en: 'Tutor’s minimum professional experience' },
        text: { fr: 'L’expérience professionnelle pertinente qu’un tuteur doit avoir au minimum.', en: 'The relevant professional experience a tutor must have at least.' },
        guide: { section: G.profile, quote: PROFILE_EXPERIENCE },
        example: 'expérience minimale 2 ans'
    },
    {
        phrases: ['ancienneté minimale'],
        on: ['MinSeniority'],
        title: { fr: 'Ancienneté minimale du tuteur dans l’institution', en: 'Tutor’s minimum seniority in the institution' },
        text: { fr: 'Depuis combien de temps, au minimum, un tuteur doit travailler dans l’institution.', en: 'How long, at least, a tutor must have worked in the institution.' },
        guide: { section: G.profile, quote: PROFILE_EXPERIENCE },
        example: 'ancienneté minimale 1 an'
    },
    {
        phrases: ['tutorés simultanés maximum'],
        on: ['MaxTutees'],
        title: { fr: 'Nombre maximum de tutorés en même temps', en: 'Maximum number of tutees at the same time' },
        text: { fr: 'Combien de tutorés un tuteur peut accompagner au plus en même temps.', en: 'How many tutees a tutor may accompany at most at the same time.' },
        guide: { section: G.supervisors, quote: 'limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service' },
        example: 'tutorés simultanés maximum 2'
    },
    {
        phrases: ['tutorés par service maximum'],
        on: ['MaxTuteesPerService'],
        title: { fr: 'Nombre maximum de tutorés par service', en: 'Maximum number of tutees per service' },
        text: { fr: 'Combien de tutorés un même service peut accueillir au plus en même temps.', en: 'How many tutees one service may host at most at the same time.' },
        guide: { section: G.supervisors, quote: 'limiter le nombre de tutorés à accompagner en même temps et au sein d’un même service' },
        example: 'tutorés par service maximum 3'
    },
    {
        phrases: ['projet institutionnel'],
        on: ['InstitutionalProject'],
        title: { fr: 'Le tutorat dans le projet institutionnel', en: 'Tutoring in the institutional project' },
        text: { fr: 'Où le projet institutionnel parle du tutorat (chapitre, orientation).', en: 'Where the institutional project speaks about tutoring (chapter, orientation).' },
        guide: { section: G.before, quote: 'inscrire le tutorat dans le projet institutionnel' },
        example: 'projet institutionnel « Chapitre 5 du projet institutionnel 2025-2030 »'
    },
    {
        phrases: ['engagements'],
        on: ['Commitments'],
        title: { fr: 'Engagements des acteurs', en: 'Commitments of the actors' },
        text: {
            fr: 'Ce à quoi s’engagent la direction, l’encadrement, le tuteur, le tutoré, l’organisme partenaire et l’équipe.',
            en: 'What the management, the supervisors, the tutor, the tutee, the partner organisation and the team commit to.'
        },
        guide: { section: G.actors, quote: 'Afin que le tutorat réponde concrètement à ses finalités et enjeux, chaque acteur s’engage à respecter certains principes, garants de sa réussite.' },
        snippet: '{\n\tdirection « $1 »\n\tencadrement « $2 »\n\ttuteur « $3 »\n\ttutoré « $4 »\n}'
    },
    {
        phrases: ['direction'],
        on: ['Commitment'],
        title: { fr: 'Engagement de la direction', en: 'Commitment of the management' },
        text: { fr: 'Ce à quoi s’engage la direction (et le pouvoir organisateur).', en: 'What the management (and the governing body) commits to.' },
        guide: { section: G.management, quote: 'Mobiliser l’ensemble de l’institution en faveur du tutorat, en l’articulant au projet institutionnel (donner du sens au tutorat)' }
    },
    {
        phrases: ['encadrement'],
        on: ['Commitment'],
        title: { fr: 'Engagement de l’encadrement', en: 'Commitment of the supervisors' },
        text: { fr: 'Ce à quoi s’engagent les supérieurs hiérarchiques et les référents (formation, tuteurs).', en: 'What the line managers and referents (training, tutors) commit to.' },
        guide: { section: G.supervisors, quote: 'Son engagement en faveur du tutorat dans le dispositif tutoral est essentiel pour son bon fonctionnement et la mobilisation de chacun.' }
    },
    {
        phrases: ['tuteur', 'tutrice'],
        on: ['Commitment'],
        title: { fr: 'Engagement du tuteur', en: 'Commitment of the tutor' },
        text: { fr: 'Ce à quoi s’engage le tuteur.', en: 'What the tutor commits to.' },
        guide: { section: G.tutor, quote: 'Le tuteur joue un rôle clé dans le parcours du tutoré : il l’accueille et facilite son intégration dans l’institution, son adaptation au nouvel environnement de travail.' }
    },
    {
        phrases: ['tutoré', 'tutorée'],
        on: ['Commitment'],
        title: { fr: 'Engagement du tutoré', en: 'Commitment of the tutee' },
        text: { fr: 'Ce à quoi s’engage le tutoré.', en: 'What the tutee commits to.' },
        guide: { section: G.tutee, quote: 'Son investissement dans le dispositif d’apprentissage est une condition indispensable de la réussite du tutorat.' }
    },
    {
        phrases: ['organisme partenaire'],
        on: ['Commitment'],
        title: { fr: 'Engagement de l’organisme partenaire', en: 'Commitment of the partner organisation' },
        text: { fr: 'Ce à quoi s’engage l’école, le centre de formation ou le service d’accompagnement.', en: 'What the school, training centre or guidance service commits to.' },
        guide: { section: G.partners, quote: 'Selon le type d’organisme, différents engagements sont pris vis-à-vis du milieu professionnel.' }
    },
    {
        phrases: ['équipe'],
        on: ['Commitment'],
        title: { fr: 'Engagement de l’équipe', en: 'Commitment of the team' },
        text: { fr: 'Comment l’équipe de travail participe au tutorat.', en: 'How the work team takes part in tutoring.' },
        guide: { section: G.conditions, quote: 'impliquer dans le tutorat l’ensemble de l’équipe de travail où va évoluer le tutoré' }
    },
    {
        phrases: ['situations'],
        on: ['Situations'],
        title: { fr: 'Situations de tutorat', en: 'Tutoring situations' },
        text: {
            fr: 'Les situations où l’institution organise un tutorat : stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.',
            en: 'The situations in which the institution organises tutoring: stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.'
        },
        guide: { section: G.management, quote: 'recenser les situations professionnelles qui peuvent être concernées par le tutorat (accueil des stagiaires, formation en alternance, intégration de nouveaux travailleurs, réintégration…)' },
        example: 'situations stage, nouveau-travailleur, réintégration'
    },
    {
        phrases: ['temps de tutorat'],
        on: ['TutoringTime'],
        title: { fr: 'Temps de tutorat', en: 'Tutoring time' },
        text: {
            fr: 'Le temps de travail dédié au tutorat : son volume, comment il est formalisé (avenant au contrat) et s’il est compté dans la charge de travail.',
            en: 'Working time dedicated to tutoring: its volume, how it is formalised (contract amendment) and whether it counts as workload.'
        },
        guide: { section: enBref(4), quote: 'Dédier du temps de travail aux actions de tutorat (via par exemple un avenant au contrat de travail), organiser le remplacement des tuteurs si nécessaire.' },
        snippet: '{\n\tvolume ${1:3} heures par semaine\n\tformalisé par « ${2:un avenant au contrat de travail} »\n\tcompté dans la charge de travail\n}'
    },
    {
        phrases: ['volume'],
        on: ['TutoringTime'],
        title: { fr: 'Volume de temps de tutorat', en: 'Amount of tutoring time' },
        text: { fr: 'Combien de temps est dédié au tutorat, par exemple « 3 heures par semaine ».', en: 'How much time is dedicated to tutoring, e.g. “3 heures par semaine”.' },
        guide: { section: enBref(4), quote: 'Dédier du temps de travail aux actions de tutorat' },
        example: 'volume 3 heures par semaine'
    },
    {
        phrases: ['formalisé par'],
        on: ['TutoringTime'],
        title: { fr: 'Formalisation du temps de tutorat', en: 'How tutoring time is formalised' },
        text: { fr: 'Le document qui formalise le temps de tutorat, par exemple un avenant au contrat de travail.', en: 'The document formalising tutoring time, e.g. an amendment to the employment contract.' },
        guide: { section: G.conditions, quote: FORMALISE_MISSION },
        example: 'formalisé par « un avenant au contrat de travail »'
    },
    {
        phrases: ['compté dans la charge de travail'],
        on: ['TutoringTime'],
        title: { fr: 'Tutorat compté dans la charge de travail', en: 'Tutoring counted as workload' },
        text: { fr: 'Indique que les activités de tutorat font partie de la charge de travail du tuteur.', en: 'States that tutoring activities are part of the tutor’s workload.' },
        guide: { section: G.conditions, quote: 'prendre en compte dans l’organisation les activités proprement tutorales en tant que charge de travail' }
    },
    {
        phrases: ['suppléance'],
        on: ['Replacement'],
        title: { fr: 'Suppléance du tuteur absent', en: 'Replacement of an absent tutor' },
        text: { fr: 'Qui remplace le tuteur quand il est absent, et comment ce suppléant est désigné.', en: 'Who replaces the tutor when absent, and how this substitute is designated.' },
        guide: { section: G.conditions, quote: 'impliquer dans le tutorat l’ensemble de l’équipe de travail où va évoluer le tutoré et organiser une suppléance en cas d’absence du tuteur désigné' },
        example: 'suppléance « La cheffe éducatrice désigne un suppléant parmi les tuteurs formés. »'
    },
    {
        phrases: ['plan de formation'],
        on: ['TrainingPlan'],
        title: { fr: 'Plan de formation des tuteurs', en: 'Training plan for tutors' },
        text: { fr: 'Comment les tuteurs sont formés : formation initiale avant d’exercer, formations complémentaires, formation continue.', en: 'How tutors are trained: initial training before starting, complementary training, continuing training.' },
        guide: { section: enBref(6), quote: 'Définir un plan de formation au tutorat : formation de base préliminaire et formations complémentaires en fonction des besoins ; sensibilisation de l’ensemble des équipes.' },
        snippet: '{\n\tformation initiale « $1 »\n\tformation complémentaire « $2 »\n}'
    },
    {
        phrases: ['formation initiale'],
        on: ['Training'],
        title: { fr: 'Formation initiale des tuteurs', en: 'Initial training of tutors' },
        text: { fr: 'La formation de base au tutorat, suivie avant d’exercer la fonction.', en: 'The basic tutoring training, taken before starting the function.' },
        guide: { section: G.before, quote: 'former les tuteurs avant l’exercice de cette fonction (sauf si acquisition d’un titre de compétences de « tuteur en entreprise » […])' }
    },
    {
        phrases: ['formation complémentaire'],
        on: ['Training'],
        title: { fr: 'Formations complémentaires des tuteurs', en: 'Complementary training of tutors' },
        text: { fr: 'Les formations proposées selon le profil des tutorés ou des thèmes particuliers.', en: 'Training offered depending on the tutees’ profile or on particular topics.' },
        guide: { section: G.before, quote: 'Des formations complémentaires peuvent être organisées en fonction du profil des tutorés (jeunes en décrochage scolaire, en alternance, situations de handicap, réintégration après maladie…) ou des thématiques abordées' }
    },
    {
        phrases: ['formation continue'],
        on: ['Training'],
        title: { fr: 'Formation continue des tuteurs', en: 'Continuing training of tutors' },
        text: { fr: 'Comment les tuteurs continuent à se former.', en: 'How tutors keep training.' },
        guide: { section: G.conditions, quote: 'veiller aux compétences de base des tuteurs et leur permettre au tuteur de continuer à se former' }
    },
    {
        phrases: ['sensibilisation des équipes'],
        on: ['TeamAwareness'],
        title: { fr: 'Sensibilisation des équipes', en: 'Raising the teams’ awareness' },
        text: { fr: 'Comment les équipes sont informées du tutorat et consultées à son sujet.', en: 'How teams are informed about tutoring and consulted on it.' },
        guide: { section: G.before, quote: 'sensibiliser les équipes de travail (se concerter avec elles) à son sujet' }
    },
    {
        phrases: ['partenariats'],
        on: ['Partnerships'],
        title: { fr: 'Partenariats avec les organismes de formation', en: 'Partnerships with training organisations' },
        text: { fr: 'Les conventions et rencontres avec les écoles, centres de formation et services d’accompagnement.', en: 'Agreements and meetings with schools, training centres and guidance services.' },
        guide: { section: G.management, quote: 'nouer des conventions de partenariat avec les organismes de formation en associant l’encadrement et les tuteurs' }
    },
    {
        phrases: ['convention'],
        on: ['Partnership'],
        title: { fr: 'Convention de partenariat', en: 'Partnership agreement' },
        text: { fr: 'Une convention avec un organisme partenaire (nommez-le après « avec »).', en: 'An agreement with a partner organisation (name it after “avec”).' },
        guide: { section: G.management, quote: 'nouer des conventions de partenariat avec les organismes de formation en associant l’encadrement et les tuteurs' },
        example: 'convention avec HELHa « Convention de stage annuelle »'
    },
    {
        phrases: ['rencontres'],
        on: ['Partnership'],
        title: { fr: 'Rencontres entre institutions', en: 'Meetings between institutions' },
        text: { fr: 'La participation à des rencontres avec d’autres institutions qui organisent le tutorat.', en: 'Taking part in meetings with other institutions that organise tutoring.' },
        guide: { section: enBref(8), quote: 'Participer à des rencontres entre institutions qui mettent en œuvre un tutorat organisé (le cas échéant avec des partenaires externes, tels que des organismes de formation).' }
    },
    {
        phrases: ['concertation'],
        on: ['Partnership'],
        title: { fr: 'Concertation avec les acteurs', en: 'Consultation with the actors' },
        text: { fr: 'Les moments d’échange, avant l’accueil des tutorés, avec les acteurs internes et externes.', en: 'Exchanges, before tutees arrive, with internal and external actors.' },
        guide: { section: enBref(3), quote: 'En amont de l’accueil des tutorés, organiser des moments d’échanges avec les différents acteurs internes (ex. : responsable de la formation) et externes (ex. : organisme de formation).' }
    },
    {
        phrases: ['valorisation'],
        on: ['Recognition'],
        title: { fr: 'Valorisation du tutorat', en: 'Recognition of tutoring' },
        text: { fr: 'Comment le tutorat est reconnu (entretiens du tuteur) et rendu visible (témoignages).', en: 'How tutoring is recognised (the tutor’s interviews) and made visible (testimonies).' },
        guide: { section: G.supervisors, quote: 'reconnaître et valoriser la mission tutorale dans les activités et compétences du tuteur, en intégrant cette tâche dans les entretiens de fonctionnement et d’évolution' }
    },
    {
        phrases: ['entretiens'],
        on: ['RecognitionItem'],
        title: { fr: 'Le tutorat dans les entretiens du tuteur', en: 'Tutoring in the tutor’s interviews' },
        text: { fr: 'Comment la mission de tuteur est abordée dans ses entretiens de fonctionnement et d’évolution.', en: 'How the tutor’s mission is discussed in their appraisal and career interviews.' },
        guide: { section: enBref(5), quote: 'Intégrer les missions de tutorat dans les entretiens professionnels du tuteur, afin qu’elles soient identifiées comme un rôle particulier à valoriser dans le cadre de son évolution professionnelle.' }
    },
    {
        phrases: ['témoignages'],
        on: ['RecognitionItem'],
        title: { fr: 'Témoignages de tuteurs et de tutorés', en: 'Testimonies of tutors and tutees' },
        text: { fr: 'La diffusion de témoignages sur les tutorats menés.', en: 'Sharing testimonies about the tutoring that took place.' },
        guide: { section: enBref(10), quote: 'Valoriser les tutorats mis en œuvre, auprès des équipes de travail et vers les administrations et les bénéficiaires (entre autres en diffusant des témoignages de tuteurs et de tutorés).' }
    },
    {
        phrases: ['visibilité'],
        on: ['RecognitionItem'],
        title: { fr: 'Visibilité du tutorat', en: 'Visibility of tutoring' },
        text: { fr: 'Comment les tutorats sont rendus visibles auprès des équipes, des administrations et des bénéficiaires.', en: 'How tutoring is made visible to teams, administrations and beneficiaries.' },
        guide: { section: enBref(10), quote: 'Valoriser les tutorats mis en œuvre, auprès des équipes de travail et vers les administrations et les bénéficiaires' }
    },
    {
        phrases: ['communauté des tuteurs'],
        on: ['TutorCommunity'],
        title: { fr: 'Communauté des tuteurs', en: 'Community of tutors' },
        text: { fr: 'Où et quand les tuteurs échangent sur leurs pratiques.', en: 'Where and when tutors exchange on their practices.' },
        guide: { section: enBref(7), quote: 'Inviter les tuteurs à se regrouper en « communautés tuteurs », avec des moments d’échange sur les pratiques (au sein et en dehors de l’institution).' }
    },
    {
        phrases: ['après le tutorat'],
        on: ['After'],
        title: { fr: 'Après le tutorat : évaluer le dispositif', en: 'After tutoring: evaluating the scheme' },
        text: { fr: 'Comment l’institution analyse les résultats du tutorat, échange avec ses partenaires et prépare le cycle suivant.', en: 'How the institution analyses the results of tutoring, talks with its partners and prepares the next cycle.' },
        guide: { section: G.after, quote: AFTER },
        snippet: '{\n\tanalyse des résultats « $1 »\n\téchanges avec les partenaires « $2 »\n\taméliorations « $3 »\n}'
    },
    {
        phrases: ['analyse des résultats'],
        on: ['AfterItem'],
        title: { fr: 'Analyse des résultats', en: 'Analysis of the results' },
        text: { fr: 'Comment les résultats du tutorat sont analysés.', en: 'How the results of tutoring are analysed.' },
        guide: { section: G.after, quote: AFTER }
    },
    {
        phrases: ['effets'],
        on: ['AfterItem'],
        title: { fr: 'Effets du tutorat', en: 'Effects of tutoring' },
        text: { fr: 'Les effets observés sur les tutorés, les tuteurs, les équipes et les bénéficiaires.', en: 'The effects observed on tutees, tutors, teams and beneficiaries.' },
        guide: { section: G.after, quote: AFTER }
    },
    {
        phrases: ['échanges avec les partenaires'],
        on: ['AfterItem'],
        title: { fr: 'Échanges avec les partenaires', en: 'Exchanges with partners' },
        text: { fr: 'Le bilan partagé avec les organismes partenaires.', en: 'The review shared with partner organisations.' },
        guide: { section: G.after, quote: 'échanger avec l’organisme partenaire concernant les résultats du tutorat et les modalités de collaboration' }
    },
    {
        phrases: ['améliorations'],
        on: ['AfterItem'],
        title: { fr: 'Pistes d’amélioration', en: 'Improvements' },
        text: { fr: 'Les améliorations retenues pour le cycle suivant.', en: 'The improvements chosen for the next cycle.' },
        guide: { section: G.after, quote: 'identifier des pistes d’amélioration en vue d’un nouveau cycle de tutorat' }
    },
    {
        phrases: ['calendrier'],
        on: ['AfterItem'],
        title: { fr: 'Calendrier du bilan', en: 'Timing of the review' },
        text: { fr: 'Quand le bilan du dispositif a lieu (par exemple en fin d’année scolaire).', en: 'When the review of the scheme takes place (e.g. at the end of the school year).' },
        guide: { section: G.after, quote: 'Au terme d’un ensemble de tutorats mis en œuvre (ex. : fin de l’année scolaire)' }
    },

    // --- Référentiels de compétences ----------------------------------------------------------
    {
        phrases: ['référentiel'],
        on: ['Framework'],
        title: { fr: 'Référentiel de compétences', en: 'Competence framework' },
        text: {
            fr: 'Les compétences à acquérir, regroupées en domaines, avec leurs savoirs, savoir-faire, savoir-être, critères et indicateurs. Les parcours y choisissent les compétences qu’ils visent.',
            en: 'The competences to acquire, grouped in domains, with their knowledge, know-how, attitudes, criteria and indicators. Paths choose the competences they target from it.'
        },
        guide: { section: G.supervisors, quote: 'formaliser la mission du tuteur : objectifs (via le référentiel des compétences à acquérir), organisation, évaluation, aménagement du temps de travail' },
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\tauteur « $3 »\n\téchelle « Non vu », « Débutant », « En cours d’acquisition », « Autonome »\n\t$0\n}'
    },
    {
        phrases: ['auteur'],
        on: ['Framework'],
        title: { fr: 'Auteur du référentiel', en: 'Author of the framework' },
        text: { fr: 'Qui a rédigé ce référentiel (consultant, fédération, école…).', en: 'Who wrote this framework (consultant, federation, school…).' }
    },
    {
        phrases: ['fonction visée'],
        on: ['Framework'],
        title: { fr: 'Fonction visée par le référentiel', en: 'Function the framework is for' },
        text: { fr: 'La fonction ou le métier que ce référentiel décrit.', en: 'The function or trade this framework describes.' }
    },
    {
        phrases: ['échelle'],
        on: ['Scale'],
        title: { fr: 'Échelle d’évaluation', en: 'Evaluation scale' },
        text: { fr: 'Les niveaux utilisés pour évaluer chaque compétence, du plus bas au plus haut.', en: 'The levels used to evaluate each competence, from lowest to highest.' },
        guide: { section: G.evaluate, quote: 'Formaliser régulièrement la progression « en situation », du tutoré et renvoyer des feedbacks constructifs.' },
        example: 'échelle « Non vu », « Débutant », « En cours d’acquisition », « Autonome »'
    },
    {
        phrases: ['domaine'],
        on: ['Domain'],
        title: { fr: 'Domaine de compétences', en: 'Domain of competences' },
        text: { fr: 'Un regroupement de compétences proches dans un référentiel.', en: 'A group of related competences in a framework.' },
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\t$0\n}'
    },
    {
        phrases: ['compétence'],
        on: ['Competence'],
        title: { fr: 'Compétence', en: 'Competence' },
        text: {
            fr: 'Une compétence à acquérir, avec un code (REL1) et un intitulé ; elle peut préciser ses savoirs, savoir-faire, savoir-être, et ses critères d’évaluation avec leurs indicateurs.',
            en: 'A competence to acquire, with a code (REL1) and a title; it may state its knowledge, know-how, attitudes, and its evaluation criteria with their indicators.'
        },
        guide: { section: G.plan, quote: 'Analyser le référentiel des compétences à acquérir.' },
        snippet: '${1:CODE} « ${2:Intitulé} » {\n\tsavoirs « $3 »\n\tsavoir-faire « $4 »\n\tsavoir-être « $5 »\n\tcritère « ${6:Critère} » {\n\t\tindicateur « ${7:Indicateur} »\n\t}\n}'
    },
    {
        phrases: ['savoirs'],
        on: ['Competence'],
        title: { fr: 'Savoirs (connaissances)', en: 'Knowledge' },
        text: { fr: 'Les connaissances que la compétence mobilise.', en: 'The knowledge the competence draws on.' },
        guide: { section: G.train, quote: 'Transmettre les connaissances, les savoir-faire, savoir agir et savoir-être ainsi que la culture de l’organisation.' }
    },
    {
        phrases: ['savoir-faire', 'savoir-agir'],
        on: ['Competence'],
        title: { fr: 'Savoir-faire et savoir agir', en: 'Know-how' },
        text: { fr: 'Ce que la personne sait faire, les gestes et actions que la compétence mobilise.', en: 'What the person can do: the actions the competence draws on.' },
        guide: { section: G.train, quote: 'Transmettre les connaissances, les savoir-faire, savoir agir et savoir-être ainsi que la culture de l’organisation.' }
    },
    {
        phrases: ['savoir-être'],
        on: ['Competence'],
        title: { fr: 'Savoir-être (attitudes)', en: 'Attitudes' },
        text: { fr: 'Les attitudes professionnelles que la compétence mobilise.', en: 'The professional attitudes the competence draws on.' },
        guide: { section: G.train, quote: 'Transmettre les connaissances, les savoir-faire, savoir agir et savoir-être ainsi que la culture de l’organisation.' }
    },
    {
        phrases: ['esco'],
        on: ['Competence'],
        title: { fr: 'Référence ESCO', en: 'ESCO reference' },
        text: { fr: 'L’adresse de la compétence dans la classification européenne ESCO.', en: 'The address of the competence in the European ESCO classification.' }
    },
    {
        phrases: ['rncp'],
        on: ['Competence'],
        title: { fr: 'Référence RNCP', en: 'RNCP reference' },
        text: { fr: 'Le code du bloc de compétences au Répertoire national des certifications professionnelles (France).', en: 'The code of the competence block in France’s national register of professional certifications (RNCP).' }
    },
    {
        phrases: ['rs'],
        on: ['Competence'],
        title: { fr: 'Référence au Répertoire spécifique', en: 'Répertoire spécifique reference' },
        text: { fr: 'Le code de la certification au Répertoire spécifique (France).', en: 'The code of the certification in France’s Répertoire spécifique.' }
    },
    {
        phrases: ['sfmq'],
        on: ['Competence'],
        title: { fr: 'Référence SFMQ', en: 'SFMQ reference' },
        text: { fr: 'La référence au profil du Service francophone des métiers et des qualifications.', en: 'The reference to a profile of the Service francophone des métiers et des qualifications (SFMQ).' }
    },
    {
        phrases: ['critère'],
        on: ['Criterion'],
        title: { fr: 'Critère d’évaluation', en: 'Evaluation criterion' },
        text: { fr: 'Ce qui permet de juger si la compétence est acquise ; ses indicateurs disent ce qu’on observe.', en: 'What tells whether the competence is acquired; its indicators say what is observed.' },
        guide: { section: G.plan, quote: CRITERIA },
        snippet: '« ${1:Critère} » {\n\tindicateur « ${2:Indicateur} »\n}'
    },
    {
        phrases: ['indicateur'],
        on: ['Indicator'],
        title: { fr: 'Indicateur', en: 'Indicator' },
        text: { fr: 'Un signe observable qui montre que le critère est rempli.', en: 'An observable sign that the criterion is met.' },
        guide: { section: G.plan, quote: CRITERIA },
        example: 'indicateur « La procédure d’admission est suivie étape par étape »'
    },

    // --- Institutions, organisation, personnes --------------------------------------------
    {
        phrases: ['institution'],
        on: ['Institution'],
        title: { fr: 'Institution', en: 'Institution' },
        text: {
            fr: 'L’institution qui organise le tutorat : sa charte, ses services, fonctions, personnes, organismes partenaires, duos et parcours. Elle peut être décrite sur plusieurs fichiers portant le même nom d’institution.',
            en: 'The institution that organises tutoring: its charter, services, functions, people, partner organisations, duos and paths. It may be described over several files with the same institution name.'
        },
        guide: { section: G.atWork, quote: 'Il s’inscrit dans une organisation et engage toute l’équipe de travail : c’est un projet institutionnel, visant à rendre le travail formateur.' },
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\tcommission paritaire « ${3:319.02} »\n\t$0\n}'
    },
    {
        phrases: ['adresse'],
        title: { fr: 'Adresse', en: 'Address' },
        text: { fr: 'L’adresse postale.', en: 'The postal address.' }
    },
    {
        phrases: ['service'],
        on: ['Service'],
        title: { fr: 'Service de l’institution', en: 'Service of the institution' },
        text: { fr: 'Un service ou une unité de l’institution, avec son responsable.', en: 'A service or unit of the institution, with its head.' },
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\tresponsable ${3:Personne}\n}'
    },
    {
        phrases: ['responsable'],
        on: ['Service'],
        title: { fr: 'Responsable du service', en: 'Head of the service' },
        text: { fr: 'La personne qui dirige le service : elle est le supérieur hiérarchique de ses membres.', en: 'The person heading the service: they are the line manager of its members.' }
    },
    {
        phrases: ['fonction'],
        on: ['JobFunction'],
        title: { fr: 'Fonction (métier)', en: 'Job function' },
        text: { fr: 'Une fonction exercée dans l’institution, avec la qualification qu’elle requiert et les fonctions qui lui sont similaires.', en: 'A function exercised in the institution, with the qualification it requires and the functions similar to it.' },
        guide: { section: G.profile, quote: 'exercer une fonction similaire à celle qui est apprise par le tutoré' },
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\tqualification requise ${3:bachelier}\n}'
    },
    {
        phrases: ['qualification requise'],
        on: ['JobFunction'],
        title: { fr: 'Qualification requise pour la fonction', en: 'Qualification required for the function' },
        text: { fr: 'Le diplôme ou le niveau de qualification (CFC, de 1 à 8) qu’exige la fonction.', en: 'The diploma or qualification level (CFC, 1 to 8) the function requires.' },
        example: 'qualification requise bachelier'
    },
    {
        phrases: ['similaire à'],
        on: ['JobFunction'],
        title: { fr: 'Fonctions similaires', en: 'Similar functions' },
        text: { fr: 'Les fonctions assez proches pour qu’un tuteur de l’une accompagne un tutoré de l’autre.', en: 'Functions close enough for a tutor in one to accompany a tutee learning the other.' },
        guide: { section: G.profile, quote: 'exercer une fonction similaire à celle qui est apprise par le tutoré' }
    },
    {
        phrases: ['personne'],
        on: ['Person'],
        title: { fr: 'Personne de l’institution', en: 'Person of the institution' },
        text: { fr: 'Une personne de l’institution qui n’est ni tuteur ni tutoré : direction, encadrement, référent…', en: 'A person of the institution who is neither tutor nor tutee: management, supervisor, referent…' }
    },
    {
        phrases: ['tuteur', 'tutrice'],
        on: ['Person'],
        title: { fr: 'Tuteur ou tutrice', en: 'Tutor' },
        text: {
            fr: 'Un professionnel expérimenté et volontaire qui accompagne un tutoré sur son lieu de travail. Décrivez son expérience, son ancienneté, sa qualification, son volontariat et sa formation au tutorat.',
            en: 'An experienced volunteer professional who accompanies a tutee at the workplace. Describe their experience, seniority, qualification, how they volunteered and their tutor training.'
        },
        guide: { section: G.atWork, quote: 'Le tuteur est un professionnel expérimenté qui, à côté de son activité principale, accompagne, guide et soutient des personnes en situation d’apprentissage sur leur lieu de travail.' },
        snippet: '${1:Prénom} « ${2:Prénom Nom} » {\n\tfonction ${3:Fonction}\n\tservice ${4:Service}\n\texpérience ${5:5 ans}\n\tancienneté ${6:3 ans}\n\tqualification ${7:bachelier}\n\tvolontaire ${8:spontanément}\n\tformation au tutorat « ${9:Formation de base} » en ${10:2025}\n}'
    },
    {
        phrases: ['tutoré', 'tutorée'],
        on: ['Person'],
        title: { fr: 'Tutoré ou tutorée', en: 'Tutee' },
        text: {
            fr: 'La personne accompagnée : stagiaire, nouveau travailleur, travailleur qui change de fonction ou revient après une absence… Décrivez sa situation et ce qu’elle vise.',
            en: 'The person accompanied: trainee, new worker, worker changing function or returning after an absence… Describe their situation and what they aim at.'
        },
        guide: { section: G.tutee, quote: 'Son investissement dans le dispositif d’apprentissage est une condition indispensable de la réussite du tutorat.' },
        snippet: '${1:Prénom} « ${2:Prénom Nom} » {\n\tsituation ${3:stage}\n\tfonction visée ${4:Fonction}\n\tarrivée le ${5:jj/mm/aaaa}\n}'
    },
    {
        phrases: ['fonction'],
        on: ['Person'],
        title: { fr: 'Fonction exercée', en: 'Function exercised' },
        text: { fr: 'La fonction que cette personne exerce dans l’institution.', en: 'The function this person exercises in the institution.' },
        guide: { section: G.profile, quote: 'exercer une fonction similaire à celle qui est apprise par le tutoré' }
    },
    {
        phrases: ['service'],
        on: ['Person'],
        title: { fr: 'Service de la personne', en: 'The person’s service' },
        text: { fr: 'Le service où travaille cette personne ; son responsable est son supérieur hiérarchique.', en: 'The service this person works in; its head is their line manager.' }
    },
    {
        phrases: ['supérieur hiérarchique'],
        on: ['Person'],
        title: { fr: 'Supérieur hiérarchique', en: 'Line manager' },
        text: { fr: 'La personne dont celle-ci dépend. Un tuteur ne doit jamais être le supérieur hiérarchique de son tutoré.', en: 'The person this one reports to. A tutor must never be their tutee’s line manager.' },
        guide: { section: G.profile, quote: 'ne pas être le supérieur hiérarchique du tutoré : la fonction tutorale a des finalités distinctes de celles de la fonction de management ; le tuteur est un « pair » et non un supérieur.' }
    },
    {
        phrases: ['rôle'],
        on: ['Person'],
        title: { fr: 'Rôle dans l’institution', en: 'Role in the institution' },
        text: { fr: 'Le ou les rôles de la personne : direction, encadrement, référent-formation, référent-tuteurs, coordination.', en: 'The person’s role(s): direction, encadrement, référent-formation, référent-tuteurs, coordination.' },
        guide: { section: G.supervisors, quote: 'L’encadrement est constitué par : le supérieur hiérarchique du tuteur et celui du tutoré ; les différentes personnes chargées de la gestion des compétences (référent formation, référent tuteur…).' }
    },
    {
        phrases: ['courriel'],
        title: { fr: 'Adresse électronique', en: 'Email address' },
        text: { fr: 'L’adresse électronique de contact.', en: 'The contact email address.' }
    },
    {
        phrases: ['téléphone'],
        title: { fr: 'Téléphone', en: 'Phone' },
        text: { fr: 'Le numéro de téléphone de contact.', en: 'The contact phone number.' }
    },
    {
        phrases: ['expérience'],
        on: ['Person'],
        title: { fr: 'Expérience professionnelle', en: 'Professional experience' },
        text: { fr: 'L’expérience professionnelle pertinente du tuteur, comparée à l’expérience minimale de la charte.', en: 'The tutor’s relevant professional experience, compared with the charter’s minimum.' },
        guide: { section: G.profile, quote: PROFILE_EXPERIENCE },
        example: 'expérience 9 ans'
    },
    {
        phrases: ['ancienneté'],
        on: ['Person'],
        title: { fr: 'Ancienneté dans l’institution', en: 'Seniority in the institution' },
        text: { fr: 'Depuis combien de temps le tuteur travaille dans l’institution, comparé à l’ancienneté minimale de la charte.', en: 'How long the tutor has worked in the institution, compared with the charter’s minimum.' },
        guide: { section: G.profile, quote: PROFILE_EXPERIENCE },
        example: 'ancienneté 6 ans'
    },
    {
        phrases: ['qualification'],
        on: ['Person'],
        title: { fr: 'Qualification du tuteur', en: 'The tutor’s qualification' },
        text: { fr: 'Le diplôme ou le niveau (CFC, de 1 à 8) de la personne ; celui du tuteur doit valoir au moins celui que vise le tutoré.', en: 'The person’s diploma or level (CFC, 1 to 8); the tutor’s must be at least the one the tutee aims at.' },
        guide: { section: G.profile, quote: 'posséder une qualification (concernant la fonction) au minimum équivalente à celle visée par le tutoré' },
        example: 'qualification bachelier'
    },
    {
        phrases: ['volontaire'],
        on: ['Person'],
        title: { fr: 'Comment le tuteur s’est porté volontaire', en: 'How the tutor volunteered' },
        text: { fr: 'spontanément, après échange en équipe, ou après appel à candidatures.', en: 'spontanément (spontaneously), après échange en équipe (after a team discussion), or après appel à candidatures (after a call for candidates).' },
        guide: { section: G.volunteer, quote: 'Exercer efficacement la fonction de tuteur demande non seulement des compétences mais aussi un engagement du tuteur et de l’organisation.' },
        example: 'volontaire après appel à candidatures'
    },
    {
        phrases: ['formation au tutorat'],
        on: ['TutorTraining'],
        title: { fr: 'Formation au tutorat suivie', en: 'Tutor training taken' },
        text: { fr: 'La formation de base au tutorat que le tuteur a suivie, et quand.', en: 'The basic tutor training the tutor took, and when.' },
        guide: { section: G.before, quote: 'former les tuteurs avant l’exercice de cette fonction (sauf si acquisition d’un titre de compétences de « tuteur en entreprise » […])' },
        example: 'formation au tutorat « Formation de base au tutorat (3 jours) » en 2023'
    },
    {
        phrases: ['titre tuteur en entreprise'],
        on: ['TutorCertificate'],
        title: { fr: 'Titre de compétences « tuteur en entreprise »', en: '“Tuteur en entreprise” competence certificate' },
        text: { fr: 'Le tuteur a obtenu le titre de compétences de « tuteur en entreprise » (Consortium de validation des compétences).', en: 'The tutor holds the “tuteur en entreprise” competence certificate (Consortium de validation des compétences).' },
        guide: { section: enBref(9), quote: 'Inviter les tuteurs à obtenir le titre de compétences de « tuteur en entreprise » (www.cvdc.be).' },
        example: 'titre tuteur en entreprise obtenu en 2021'
    },
    {
        phrases: ['obtenu'],
        on: ['TutorCertificate'],
        title: { fr: 'Date d’obtention', en: 'Date obtained' },
        text: { fr: 'Quand le titre a été obtenu : « le jj/mm/aaaa » ou « en aaaa ».', en: 'When the certificate was obtained: “le dd/mm/yyyy” or “en yyyy”.' }
    },
    {
        phrases: ['formation complémentaire', 'sensibilisation'],
        on: ['Awareness'],
        title: { fr: 'Formation ou sensibilisation à un profil de tutoré', en: 'Training or awareness for a tutee profile' },
        text: { fr: 'Une formation suivie par le tuteur pour un profil particulier de tutoré (« pour handicap »…).', en: 'Training the tutor took for a particular tutee profile (“pour handicap”…).' },
        guide: { section: G.conditions, quote: SPECIFIC_PROFILE },
        example: 'formation complémentaire « Accompagner un public en situation de handicap » pour handicap'
    },
    {
        phrases: ['formation continue'],
        on: ['Person'],
        title: { fr: 'Formation continue du tuteur', en: 'The tutor’s continuing training' },
        text: { fr: 'Comment le tuteur continue à se former et à réfléchir à sa fonction (intervision, rencontres, supervision).', en: 'How the tutor keeps training and reflecting on the function (peer review, meetings, supervision).' },
        guide: { section: G.tutor, quote: 'Actualiser ses compétences liées à son métier et à la fonction de tuteur (formations, échanges entre tuteurs…)' }
    },
    {
        phrases: ['temps dédié'],
        on: ['Person'],
        title: { fr: 'Temps dédié au tutorat par ce tuteur', en: 'Time this tutor dedicates to tutoring' },
        text: { fr: 'Le temps de travail que ce tuteur consacre au tutorat, par exemple « 3 heures par semaine ».', en: 'The working time this tutor devotes to tutoring, e.g. “3 heures par semaine”.' },
        guide: { section: enBref(4), quote: 'Dédier du temps de travail aux actions de tutorat (via par exemple un avenant au contrat de travail)' },
        example: 'temps dédié 3 heures par semaine'
    },
    {
        phrases: ['situation'],
        on: ['Person'],
        title: { fr: 'Situation du tutoré', en: 'The tutee’s situation' },
        text: { fr: 'Pourquoi cette personne est accompagnée : stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.', en: 'Why this person is accompanied: stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.' },
        guide: { section: G.management, quote: 'recenser les situations professionnelles qui peuvent être concernées par le tutorat' }
    },
    {
        phrases: ['fonction visée'],
        on: ['Person'],
        title: { fr: 'Fonction apprise par le tutoré', en: 'Function the tutee is learning' },
        text: { fr: 'La fonction que le tutoré apprend ; celle du tuteur doit lui être identique ou similaire.', en: 'The function the tutee is learning; the tutor’s must be the same or similar.' },
        guide: { section: G.profile, quote: 'exercer une fonction similaire à celle qui est apprise par le tutoré' }
    },
    {
        phrases: ['qualification visée'],
        on: ['Person'],
        title: { fr: 'Qualification visée par le tutoré', en: 'Qualification the tutee aims at' },
        text: { fr: 'Le diplôme ou le niveau que vise le tutoré ; le tuteur doit avoir au moins ce niveau.', en: 'The diploma or level the tutee aims at; the tutor must have at least that level.' },
        guide: { section: G.profile, quote: 'posséder une qualification (concernant la fonction) au minimum équivalente à celle visée par le tutoré' }
    },
    {
        phrases: ['profil spécifique'],
        on: ['Person'],
        title: { fr: 'Profil spécifique du tutoré', en: 'Specific profile of the tutee' },
        text: { fr: 'Un profil qui demande une attention particulière (handicap, décrochage-scolaire, alternance, retour-de-maladie, primo-arrivant) : le tuteur doit y être sensibilisé.', en: 'A profile calling for particular attention (handicap, décrochage-scolaire, alternance, retour-de-maladie, primo-arrivant): the tutor must be made aware of it.' },
        guide: { section: G.conditions, quote: SPECIFIC_PROFILE }
    },
    {
        phrases: ['organisme'],
        on: ['Person'],
        title: { fr: 'Organisme d’origine du tutoré', en: 'The tutee’s organisation' },
        text: { fr: 'L’école, le centre de formation ou le service d’accompagnement dont vient le tutoré.', en: 'The school, training centre or guidance service the tutee comes from.' },
        guide: { section: G.partners, quote: 'Ils interviennent principalement lors de stage en milieu professionnel organisé au sein (ou au terme) d’une formation mais aussi en cas d’accompagnement vers l’emploi.' }
    },
    {
        phrases: ['arrivée le'],
        on: ['Person'],
        title: { fr: 'Date d’arrivée du tutoré', en: 'The tutee’s arrival date' },
        text: { fr: 'Le premier jour du tutoré dans l’institution.', en: 'The tutee’s first day in the institution.' },
        guide: { section: G.conditions, quote: 'intégrer le tuteur dès le premier contact entre le tutoré et l’institution afin qu’il se sente d’emblée concerné, saisisse rapidement les enjeux de sa mission et s’y prépare' }
    },

    // --- Organismes partenaires ------------------------------------------------------------
    {
        phrases: ['organisme partenaire'],
        on: ['Partner'],
        title: { fr: 'Organisme partenaire', en: 'Partner organisation' },
        text: { fr: 'Une école, un centre de formation ou un service d’accompagnement avec lequel l’institution collabore, et ses référents.', en: 'A school, training centre or guidance service the institution works with, and its referents.' },
        guide: { section: G.partners, quote: 'Ces organismes ne sont pas présents dans tous les types de tutorat. Ils interviennent principalement lors de stage en milieu professionnel organisé au sein (ou au terme) d’une formation mais aussi en cas d’accompagnement vers l’emploi.' },
        snippet: '${1:Nom} « ${2:Intitulé} » {\n\ttype ${3:enseignement}\n\tréférente ${4:Nom} « ${5:Prénom Nom} »\n}'
    },
    {
        phrases: ['type'],
        on: ['Partner'],
        title: { fr: 'Type d’organisme', en: 'Kind of organisation' },
        text: { fr: 'enseignement, formation ou accompagnement.', en: 'enseignement (education), formation (training) or accompagnement (guidance).' },
        guide: { section: G.partners, quote: 'Type d’organisme : […] Formation : formation professionnelle ou insertion professionnelle […] Enseignement : niveau secondaire ou supérieur, de plein exercice ou en alternance, de promotion sociale, spécialisé, artistique à horaire réduit. […] Accompagnement : de demandeur d’emploi, de personne en situation de handicap…' }
    },
    {
        phrases: ['référent', 'référente'],
        on: ['Referent'],
        title: { fr: 'Référent de l’organisme partenaire', en: 'Referent of the partner organisation' },
        text: { fr: 'L’enseignant, maître de stage ou formateur qui est l’interlocuteur de l’institution.', en: 'The teacher, placement supervisor or trainer who is the institution’s contact.' },
        guide: { section: G.partners, quote: DESIGNATE_REFERENT }
    },
    {
        phrases: ['fonction'],
        on: ['Referent'],
        title: { fr: 'Fonction du référent', en: 'The referent’s function' },
        text: { fr: 'La fonction du référent dans son organisme (maître de formation pratique, enseignant…).', en: 'The referent’s function in their organisation (placement supervisor, teacher…).' }
    },

    // --- Duos ------------------------------------------------------------------------------
    {
        phrases: ['duo'],
        on: ['Duo'],
        title: { fr: 'Duo tuteur – tutoré', en: 'Tutor–tutee duo' },
        text: {
            fr: 'Un tuteur qui accompagne un tutoré, pendant une période, avec un suppléant, des entretiens réguliers, un temps de travail commun et une mission formalisée.',
            en: 'A tutor accompanying a tutee over a period, with a substitute, regular interviews, time working together and a formalised mission.'
        },
        guide: { section: G.before, quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos' },
        snippet: '${1:Tuteur} accompagne ${2:Tutoré} {\n\tpériode du ${3:jj/mm/aaaa} au ${4:jj/mm/aaaa}\n\tsuppléant ${5:Suppléant}\n\tentretiens chaque semaine\n\ttemps commun ${6:50} %\n\t$0\n}'
    },
    {
        phrases: ['accompagne'],
        on: ['Duo'],
        title: { fr: 'Tutoré accompagné', en: 'Tutee accompanied' },
        text: { fr: 'Après « accompagne » : le tutoré de ce duo.', en: 'After “accompagne”: the tutee of this duo.' }
    },
    {
        phrases: ['période'],
        on: ['Duo', 'TrainingPath'],
        title: { fr: 'Période', en: 'Period' },
        text: { fr: 'Du premier au dernier jour : « du 14/09/2026 au 18/12/2026 », ou « à partir du 01/09/2026 pendant 6 mois ».', en: 'From the first to the last day: “du 14/09/2026 au 18/12/2026”, or “à partir du 01/09/2026 pendant 6 mois”.' },
        example: 'période du 14/09/2026 au 18/12/2026'
    },
    {
        phrases: ['suppléant', 'suppléante'],
        on: ['Duo'],
        title: { fr: 'Suppléant du tuteur', en: 'The tutor’s substitute' },
        text: { fr: 'La personne qui remplace le tuteur quand il est absent.', en: 'The person who replaces the tutor when absent.' },
        guide: { section: G.conditions, quote: 'organiser une suppléance en cas d’absence du tuteur désigné' }
    },
    {
        phrases: ['entretiens'],
        on: ['Duo'],
        title: { fr: 'Entretiens réguliers du duo', en: 'Regular interviews of the duo' },
        text: { fr: 'À quelle fréquence tuteur et tutoré se parlent sans les bénéficiaires : « chaque semaine », « toutes les deux semaines »…', en: 'How often tutor and tutee talk without beneficiaries: “chaque semaine”, “toutes les deux semaines”…' },
        guide: { section: G.conditions, quote: 'avec des moments réguliers d’entretien sans la présence des bénéficiaires (ex. : une fois par semaine)' },
        example: 'entretiens chaque semaine'
    },
    {
        phrases: ['temps commun'],
        on: ['Duo'],
        title: { fr: 'Temps de travail en commun', en: 'Time working together' },
        text: { fr: 'La part du temps où tuteur et tutoré travaillent ensemble, en pourcentage.', en: 'The share of time tutor and tutee work together, as a percentage.' },
        guide: { section: G.conditions, quote: 'organiser le travail de façon à permettre au tuteur et au tutoré de travailler ensemble (ex. : la moitié du temps)' },
        example: 'temps commun 50 %'
    },
    {
        phrases: ['premier contact'],
        on: ['FirstContact'],
        title: { fr: 'Premier contact', en: 'First contact' },
        text: { fr: 'Quand le tuteur a rencontré le tutoré pour la première fois, idéalement dès son premier contact avec l’institution.', en: 'When the tutor first met the tutee, ideally at the tutee’s first contact with the institution.' },
        guide: { section: G.conditions, quote: 'intégrer le tuteur dès le premier contact entre le tutoré et l’institution afin qu’il se sente d’emblée concerné, saisisse rapidement les enjeux de sa mission et s’y prépare' },
        example: 'premier contact le 04/06/2026 « Entretien de présentation »'
    },
    {
        phrases: ['documents remis'],
        on: ['Duo'],
        title: { fr: 'Documents remis au tutoré', en: 'Documents given to the tutee' },
        text: { fr: 'Les documents de base remis au tutoré : projet-institutionnel, règlement-ordre-intérieur, description-de-fonction, référentiel-de-compétences, ou d’autres entre guillemets.', en: 'The base documents given to the tutee: projet-institutionnel, règlement-ordre-intérieur, description-de-fonction, référentiel-de-compétences, or others between quotes.' },
        guide: { section: G.tutee, quote: DOCUMENTS_GIVEN }
    },
    {
        phrases: ['mission'],
        on: ['Mission'],
        title: { fr: 'Mission du tuteur', en: 'The tutor’s mission' },
        text: { fr: 'La mission du tuteur formalisée avant qu’elle commence : quand et comment, durée, horaire, activités, aménagement du temps.', en: 'The tutor’s mission formalised before it starts: when and how, duration, schedule, activities, time arrangement.' },
        guide: { section: G.conditions, quote: FORMALISE_MISSION },
        snippet: '{\n\tformalisée le ${1:jj/mm/aaaa} par « ${2:avenant au contrat de travail} »\n\tdurée ${3:14 semaines}\n\thoraire « $4 »\n\tactivités « $5 »\n\taménagement du temps « $6 »\n}'
    },
    {
        phrases: ['formalisée le'],
        on: ['Mission'],
        title: { fr: 'Date de formalisation de la mission', en: 'Date the mission was formalised' },
        text: { fr: 'Quand la mission a été formalisée, et par quel document (« par « avenant au contrat de travail » »).', en: 'When the mission was formalised, and by which document (“par « avenant au contrat de travail »”).' },
        guide: { section: G.conditions, quote: FORMALISE_MISSION }
    },
    {
        phrases: ['durée'],
        on: ['Mission', 'Placement'],
        title: { fr: 'Durée', en: 'Duration' },
        text: { fr: 'Combien de temps cela dure : « 14 semaines », « 6 mois »…', en: 'How long it lasts: “14 semaines”, “6 mois”…' },
        guide: { section: G.partners, quote: PLACEMENT_TERMS }
    },
    {
        phrases: ['horaire'],
        on: ['Mission', 'Placement'],
        title: { fr: 'Horaire', en: 'Schedule' },
        text: { fr: 'Les jours et heures de présence.', en: 'The days and hours of presence.' },
        guide: { section: G.partners, quote: PLACEMENT_TERMS }
    },
    {
        phrases: ['activités'],
        on: ['Mission'],
        title: { fr: 'Activités de la mission', en: 'Activities of the mission' },
        text: { fr: 'Ce que le tuteur fera avec le tutoré.', en: 'What the tutor will do with the tutee.' },
        guide: { section: G.conditions, quote: FORMALISE_MISSION }
    },
    {
        phrases: ['aménagement du temps'],
        on: ['Mission'],
        title: { fr: 'Aménagement du temps de travail', en: 'Working time arrangement' },
        text: { fr: 'Comment le temps de travail du tuteur est aménagé pour sa mission.', en: 'How the tutor’s working time is arranged for the mission.' },
        guide: { section: G.supervisors, quote: 'formaliser la mission du tuteur : objectifs (via le référentiel des compétences à acquérir), organisation, évaluation, aménagement du temps de travail' }
    },

    // --- Parcours ---------------------------------------------------------------------------
    {
        phrases: ['parcours'],
        on: ['TrainingPath'],
        title: { fr: 'Parcours de formation', en: 'Training path' },
        text: {
            fr: 'Le parcours d’un tutoré : les compétences qu’il vise, ses phases (accueil, accompagnement, évaluation), ses activités et ses évaluations.',
            en: 'A tutee’s path: the competences it targets, its phases (welcome, support, evaluation), its activities and evaluations.'
        },
        guide: { section: G.plan, quote: 'Établir un parcours de formation progressif.' },
        snippet: '${1:Nom} « ${2:Intitulé} » pour ${3:Tutoré} {\n\tréférentiel ${4:Référentiel}\n\tpériode du ${5:jj/mm/aaaa} au ${6:jj/mm/aaaa}\n\tcompétences visées ${7:CODE}\n\n\tphase accueil « Accueillir et intégrer » pendant ${8:2 semaines} {\n\t}\n\tphase accompagnement « Accompagner et former » {\n\t}\n\tphase évaluation « Évaluer et conclure » {\n\t}\n}'
    },
    {
        phrases: ['pour'],
        on: ['TrainingPath'],
        title: { fr: 'Tutoré du parcours', en: 'Tutee of the path' },
        text: { fr: 'Après « pour » : le tutoré qui suit ce parcours.', en: 'After “pour”: the tutee following this path.' }
    },
    {
        phrases: ['référentiel'],
        on: ['TrainingPath'],
        title: { fr: 'Référentiels utilisés', en: 'Frameworks used' },
        text: { fr: 'Les référentiels de compétences où le parcours choisit ses compétences : on peut alors les écrire par leur seul code (REL1).', en: 'The competence frameworks the path takes its competences from: they can then be written by code alone (REL1).' },
        guide: { section: G.plan, quote: 'Analyser le référentiel des compétences à acquérir.' }
    },
    {
        phrases: ['compétences visées'],
        on: ['TrainingPath'],
        title: { fr: 'Compétences visées', en: 'Targeted competences' },
        text: { fr: 'Les compétences que le tutoré doit acquérir pendant ce parcours.', en: 'The competences the tutee must acquire during this path.' },
        guide: { section: G.plan, quote: 'Analyser le référentiel des compétences à acquérir.' },
        example: 'compétences visées REL1, QUO1'
    },
    {
        phrases: ['critères pour'],
        on: ['PathCriteria'],
        title: { fr: 'Critères propres au parcours', en: 'Criteria specific to the path' },
        text: { fr: 'Des critères d’évaluation ajoutés par le parcours pour une compétence visée.', en: 'Evaluation criteria the path adds for a targeted competence.' },
        guide: { section: G.plan, quote: CRITERIA }
    },
    {
        phrases: ['stage avec'],
        on: ['Placement'],
        title: { fr: 'Stage avec un organisme partenaire', en: 'Placement with a partner organisation' },
        text: { fr: 'Le stage organisé avec l’organisme partenaire : durée, horaire, objectifs, compétences, évaluation, référent, assurance, contact préalable et suivi.', en: 'The placement organised with the partner organisation: duration, schedule, objectives, competences, evaluation, referent, insurance, prior contact and follow-up.' },
        guide: { section: G.partners, quote: PLACEMENT_TERMS },
        snippet: '${1:Organisme} {\n\tdurée ${2:14 semaines}\n\thoraire « $3 »\n\tobjectifs « $4 »\n\tcompétences ${5:CODE}\n\tévaluation « $6 »\n\tréférente ${7:Référent}\n\tassurance « $8 »\n}'
    },
    {
        phrases: ['objectifs'],
        on: ['Placement'],
        title: { fr: 'Objectifs du stage', en: 'Objectives of the placement' },
        text: { fr: 'Ce que le stagiaire doit atteindre pendant le stage.', en: 'What the trainee must achieve during the placement.' },
        guide: { section: G.partners, quote: PLACEMENT_TERMS }
    },
    {
        phrases: ['compétences'],
        on: ['Placement'],
        title: { fr: 'Compétences à acquérir pendant le stage', en: 'Competences to acquire during the placement' },
        text: { fr: 'Les compétences du référentiel que le stage doit faire acquérir.', en: 'The framework’s competences the placement must develop.' },
        guide: { section: G.partners, quote: PLACEMENT_TERMS }
    },
    {
        phrases: ['évaluation'],
        on: ['Placement'],
        title: { fr: 'Modalités d’évaluation du stage', en: 'How the placement is evaluated' },
        text: { fr: 'Comment le stage est évalué (grille, moments, qui évalue).', en: 'How the placement is evaluated (grid, moments, who evaluates).' },
        guide: { section: G.partners, quote: PLACEMENT_TERMS }
    },
    {
        phrases: ['référent', 'référente'],
        on: ['Placement'],
        title: { fr: 'Référent du stage', en: 'Referent of the placement' },
        text: { fr: 'Le référent de l’organisme partenaire qui suit ce stage.', en: 'The partner organisation’s referent who follows this placement.' },
        guide: { section: G.partners, quote: DESIGNATE_REFERENT }
    },
    {
        phrases: ['assurance'],
        on: ['Placement'],
        title: { fr: 'Assurance du stagiaire', en: 'Insurance of the trainee' },
        text: { fr: 'La police d’assurance qui couvre le stagiaire.', en: 'The insurance policy covering the trainee.' },
        guide: { section: G.partners, quote: 'Couvrir par une police d’assurance les différents risques prévus dans la législation' }
    },
    {
        phrases: ['contact préalable le'],
        on: ['Placement'],
        title: { fr: 'Contact préalable avec l’organisme', en: 'Prior contact with the organisation' },
        text: { fr: 'Quand le tuteur a pris contact avec l’organisme avant le début du stage.', en: 'When the tutor contacted the organisation before the placement started.' },
        guide: { section: G.collaborate, quote: 'Prendre contact avec l’organisme de formation avant le début du stage.' }
    },
    {
        phrases: ['suivi'],
        on: ['Placement'],
        title: { fr: 'Suivi par l’organisme partenaire', en: 'Follow-up by the partner organisation' },
        text: { fr: 'À quelle fréquence l’organisme partenaire fait le point avec l’institution.', en: 'How often the partner organisation reviews the placement with the institution.' },
        guide: { section: G.partners, quote: 'Assurer le suivi du stagiaire en établissant un lien régulier avec le milieu professionnel et en intervenant en cas de problème' },
        example: 'suivi toutes les quatre semaines'
    },
    {
        phrases: ['phase'],
        on: ['Phase'],
        title: { fr: 'Phase du parcours', en: 'Phase of the path' },
        text: { fr: 'Une des trois phases du guide : accueil (accueillir et intégrer), accompagnement (accompagner et former), évaluation (évaluer et conclure).', en: 'One of the guide’s three phases: accueil (welcome and integrate), accompagnement (support and train), évaluation (evaluate and conclude).' },
        guide: { section: G.during, quote: 'le mettre en œuvre (accueillir et intégrer, accompagner et former, évaluer et conclure)' },
        snippet: '${1|accueil,accompagnement,évaluation|} « ${2:Intitulé} » du ${3:jj/mm/aaaa} au ${4:jj/mm/aaaa} {\n\t$0\n}'
    },
    {
        phrases: ['pendant'],
        on: ['Phase', 'Period'],
        title: { fr: 'Durée', en: 'Duration' },
        text: { fr: 'Combien de temps dure la phase ou la période : « pendant 2 semaines ».', en: 'How long the phase or period lasts: “pendant 2 semaines”.' }
    },
    {
        phrases: ['activité'],
        on: ['Activity'],
        title: { fr: 'Activité de formation', en: 'Training activity' },
        text: { fr: 'Une activité du parcours ; après « développe », les compétences qu’elle fait travailler.', en: 'An activity of the path; after “développe”, the competences it works on.' },
        guide: { section: G.train, quote: 'Rendre les situations de travail formatrices afin que le tutoré découvre les différentes facettes du métier et acquière progressivement les compétences requises.' },
        example: 'activité « Soins en binôme » développe QUO1, QUO2'
    },
    {
        phrases: ['développe'],
        on: ['Activity'],
        title: { fr: 'Compétences travaillées', en: 'Competences worked on' },
        text: { fr: 'Les compétences que cette activité fait travailler.', en: 'The competences this activity works on.' }
    },
    {
        phrases: ['évaluation formative'],
        on: ['Evaluation'],
        title: { fr: 'Évaluation formative', en: 'Formative evaluation' },
        text: { fr: 'Une évaluation en cours de parcours, pour faire le point et ajuster : « par » qui évalue, « sur » quelles compétences.', en: 'An evaluation during the path, to take stock and adjust: “par” who evaluates, “sur” which competences.' },
        guide: { section: G.tutor, quote: 'le tuteur participe au processus d’évaluation de l’acquisition des compétences durant le tutorat (évaluations formative et finale)' },
        example: 'évaluation formative « Point de mi-parcours » le 27/11/2026 par François sur QUO1'
    },
    {
        phrases: ['évaluation finale'],
        on: ['Evaluation'],
        title: { fr: 'Évaluation finale', en: 'Final evaluation' },
        text: { fr: 'L’évaluation qui conclut le parcours : « par » qui évalue, « sur » quelles compétences.', en: 'The evaluation concluding the path: “par” who evaluates, “sur” which competences.' },
        guide: { section: G.tutor, quote: 'le tuteur participe au processus d’évaluation de l’acquisition des compétences durant le tutorat (évaluations formative et finale)' }
    },
    {
        phrases: ['par'],
        on: ['Evaluation'],
        title: { fr: 'Évaluateurs', en: 'Evaluators' },
        text: { fr: 'Qui évalue : des personnes de l’institution ou le référent d’un organisme partenaire.', en: 'Who evaluates: people of the institution or the referent of a partner organisation.' }
    },
    {
        phrases: ['sur'],
        on: ['Evaluation'],
        title: { fr: 'Compétences évaluées', en: 'Competences evaluated' },
        text: { fr: 'Les compétences sur lesquelles porte l’évaluation.', en: 'The competences the evaluation is about.' }
    },
    {
        phrases: ['bilan avec'],
        on: ['ProgressReview'],
        title: { fr: 'Bilan avec le supérieur hiérarchique', en: 'Review with the line manager' },
        text: { fr: 'Un point sur l’évolution du tutoré avec son supérieur hiérarchique, de préférence en sa présence.', en: 'A review of the tutee’s progress with their line manager, preferably in their presence.' },
        guide: { section: G.evaluate, quote: 'Faire le point avec le supérieur hiérarchique (en prenant en compte les avis de l’équipe) sur l’évolution des acquis professionnels et des besoins du tutoré, en sa présence.' },
        example: 'bilan avec Nadia le 13/11/2026 en présence du tutoré'
    },
    {
        phrases: ['en présence du tutoré'],
        on: ['ProgressReview'],
        title: { fr: 'En présence du tutoré', en: 'With the tutee present' },
        text: { fr: 'Le tutoré participe au bilan.', en: 'The tutee takes part in the review.' },
        guide: { section: G.evaluate, quote: 'Faire le point avec le supérieur hiérarchique (en prenant en compte les avis de l’équipe) sur l’évolution des acquis professionnels et des besoins du tutoré, en sa présence.' }
    },
    {
        phrases: ['auto-évaluation'],
        on: ['SelfEvaluation'],
        title: { fr: 'Auto-évaluation du tutoré', en: 'The tutee’s self-evaluation' },
        text: { fr: 'Le tutoré évalue lui-même régulièrement sa progression, et en parle avec son tuteur.', en: 'The tutee regularly evaluates their own progress and talks about it with the tutor.' },
        guide: { section: G.tutee, quote: 'procéder à une autoévaluation régulière, en parler au tuteur, le solliciter si nécessaire, l’alerter en cas de difficulté' },
        example: 'auto-évaluation chaque semaine « Carnet de stage »'
    },

    // --- Valeurs : dates, durées, fréquences, niveaux ------------------------------------------
    {
        phrases: ['du', 'au'],
        on: ['Period'],
        title: { fr: 'Dates de début et de fin', en: 'Start and end dates' },
        text: { fr: 'Une période : « du 14/09/2026 au 18/12/2026 », ou « du 14 septembre au 18 décembre 2026 » (l’année écrite une fois, à la fin).', en: 'A period: “du 14/09/2026 au 18/12/2026”, or “du 14 septembre au 18 décembre 2026” (the year written once, at the end).' }
    },
    {
        phrases: ['à partir du'],
        on: ['Period'],
        title: { fr: 'Date de début', en: 'Start date' },
        text: { fr: 'Une période sans date de fin écrite : « à partir du 01/09/2026 », éventuellement « pendant 6 mois ».', en: 'A period without a written end date: “à partir du 01/09/2026”, possibly “pendant 6 mois”.' }
    },
    {
        phrases: ['chaque'],
        on: ['Frequency'],
        title: { fr: 'Fréquence', en: 'Frequency' },
        text: { fr: 'Une fois par unité de temps : « chaque semaine ».', en: 'Once per unit of time: “chaque semaine” (every week).' }
    },
    {
        phrases: ['toutes les', 'tous les'],
        on: ['Frequency'],
        title: { fr: 'Fréquence', en: 'Frequency' },
        text: { fr: 'Une fois tous les N : « toutes les deux semaines », « tous les quinze jours », ou « toutes les semaines », « tous les mois ».', en: 'Once every N: “toutes les deux semaines” (every two weeks), “tous les quinze jours”, or “toutes les semaines” (every week).' }
    },
    {
        phrases: ['fois par'],
        on: ['Frequency'],
        title: { fr: 'Fréquence', en: 'Frequency' },
        text: { fr: 'N fois par unité de temps : « 2 fois par mois ».', en: 'N times per unit of time: “2 fois par mois”.' }
    },
    {
        phrases: ['par'],
        on: ['Rate'],
        title: { fr: 'Temps par période', en: 'Time per period' },
        text: { fr: 'Un temps rapporté à une période : « 3 heures par semaine ».', en: 'An amount of time per period: “3 heures par semaine”.' }
    },
    {
        phrases: ['par'],
        on: ['Mission'],
        title: { fr: 'Moyen de formalisation', en: 'How it was formalised' },
        text: { fr: 'Le document qui formalise la mission, par exemple un avenant au contrat de travail.', en: 'The document formalising the mission, e.g. an amendment to the employment contract.' }
    },
    {
        phrases: ['sur'],
        on: ['Frequency'],
        title: { fr: 'Fréquence', en: 'Frequency' },
        text: { fr: 'Une fois sur N : « une semaine sur deux » (toutes les deux semaines).', en: 'One in N: “une semaine sur deux” (every other week).' }
    },
    {
        phrases: ['%', 'pour cent', 'pour-cent', 'pourcent', 'pour', 'cent'],
        on: ['Share'],
        title: { fr: 'Pourcentage', en: 'Percentage' },
        text: { fr: 'Une part du temps de travail, de 1 à 100 : « 50 % », « 80 pour cent », « cinquante pour cent ».', en: 'A share of working time, from 1 to 100: “50 %”, “80 pour cent” (80 per cent).' }
    },
    {
        phrases: ['et'],
        on: ['Duration'],
        title: { fr: 'Durée composée', en: 'Compound duration' },
        text: { fr: 'Une durée en plusieurs parts : « 3 mois et demi », « 1 an et 6 mois ».', en: 'A duration in several parts: “3 mois et demi” (three and a half months), “1 an et 6 mois”.' }
    },
    {
        phrases: ['et'],
        title: { fr: 'Dernier élément d’une liste', en: 'Last item of a list' },
        text: { fr: 'Dans une liste, « et » peut remplacer la virgule devant le dernier élément : « REL1, REL2 et REL3 ».', en: 'In a list, “et” (and) may replace the comma before the last item: “REL1, REL2 et REL3”.' }
    },
    {
        phrases: ['de'],
        on: ['MinExperience', 'MinSeniority', 'Person'],
        title: { fr: 'Durée', en: 'Duration' },
        text: { fr: '« de » peut précéder la durée, comme on l’écrit : « expérience de 5 ans ».', en: '“de” (of) may come before the duration, as one writes it: “expérience de 5 ans”.' }
    },
    {
        phrases: ['niveau'],
        on: ['Qualification'],
        title: { fr: 'Niveau de qualification', en: 'Qualification level' },
        text: { fr: 'Un niveau du Cadre francophone des certifications, de 1 (CEB) à 8 (doctorat) ; 6 correspond au bachelier.', en: 'A level of the French-speaking qualifications framework, from 1 (CEB) to 8 (doctorate); 6 is a bachelor.' },
        example: 'qualification niveau 6'
    },
    {
        phrases: ['le'],
        title: { fr: 'Date', en: 'Date' },
        text: { fr: 'Introduit une date : 15/09/2026, 15.09.2026, 2026-09-15, ou en toutes lettres « 15 septembre 2026 », « mardi 1er septembre 2026 ».', en: 'Introduces a date: 15/09/2026, 15.09.2026, 2026-09-15, or in words “15 septembre 2026”, “mardi 1er septembre 2026”.' }
    },
    {
        phrases: ['en'],
        on: ['TutorTraining', 'TutorCertificate', 'Designation'],
        title: { fr: 'Année', en: 'Year' },
        text: { fr: 'Introduit une année, quand la date exacte n’est pas connue : « en 2023 ».', en: 'Introduces a year, when the exact date is not known: “en 2023”.' }
    },
    {
        phrases: ['pour'],
        on: ['Awareness'],
        title: { fr: 'Profils concernés', en: 'Profiles concerned' },
        text: { fr: 'Les profils de tutorés pour lesquels cette formation prépare le tuteur.', en: 'The tutee profiles this training prepares the tutor for.' }
    },
    {
        phrases: ['avec'],
        on: ['Partnership'],
        title: { fr: 'Organisme de la convention', en: 'Organisation of the agreement' },
        text: { fr: 'L’organisme partenaire avec lequel la convention est passée.', en: 'The partner organisation the agreement is with.' }
    },
    ...GUIDE_KEYWORD_DOCS
];

/**
 * The documentation of a keyword phrase written in an element of the given type: an entry made for
 * that type first, then one valid everywhere.
 */
export function findKeywordDoc(phrase: string, type: string | undefined): KeywordDoc | undefined {
    const matching = KEYWORD_DOCS.filter((doc) => doc.phrases.includes(phrase));
    return matching.find((doc) => type !== undefined && doc.on?.includes(type)) ?? matching.find((doc) => !doc.on);
}

/** The documentation of a kind of element (`Stakes` → « enjeux »): the first keyword made for it alone. */
export function docForType(type: string): KeywordDoc | undefined {
    return KEYWORD_DOCS.find((doc) => doc.on?.length === 1 && doc.on[0] === type);
}
