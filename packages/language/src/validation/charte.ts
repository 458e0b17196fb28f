import {
    isCharterTemplate, isPerson,
    type After, type Commitments, type Modalities, type Partnerships, type Recognition, type Resources, type TrainingPlan, type TutoringTime
} from '../generated/ast.js';
import { defineRule, type RuleDefinition } from '../rules/definition.js';
import { insertBeforeClosingBrace } from '../rules/fix-edits.js';
import { ELEMENTS } from './charter-fixes.js';
import { echangesPrealables } from './charte/echanges-prealables.js';
import { equipe } from './charte/equipe.js';
import { gestionCompetences } from './charte/gestion-competences.js';
import { situationsService } from './charte/situations-service.js';
import { charterExample, hasKind, hasRole, involvesPartner, messages, partnerSituationsParam, sectionRule, type ElementCheck } from './charte/section-rule.js';

/**
 * Rules from « En amont du tutorat : lui donner un cadre » — the institution's charter of tutoring.
 * They read the EFFECTIVE charter (the charter and the templates it extends): a section inherited
 * from a template satisfies them; a section left « à compléter » is modele/a-completer's business.
 * In a template, what is missing is information for the federation: the template may provide it
 * or leave it « à compléter » for its member institutions.
 */

// ---------------------------------------------------------------------------------------------
// AVANT : donner un cadre au tutorat
// ---------------------------------------------------------------------------------------------

export const enjeux = sectionRule({
    id: 'charte/enjeux',
    severity: 'error',
    title: { fr: 'La charte énonce les enjeux du tutorat', en: 'The charter states the stakes of tutoring' },
    description: {
        fr: 'La charte dit pourquoi l’institution organise le tutorat : au moins un enjeu, pris dans la liste du guide (formation des stagiaires, intégration des nouveaux travailleurs, transmission de la culture…) ou formulé par l’institution entre « ». Les enjeux du modèle de charte que la charte étend comptent.',
        en: 'The charter says why the institution organises tutoring: at least one stake, from the guide’s list (training of trainees, integration of new workers, passing on the culture…) or worded by the institution between « ». The stakes of the template the charter extends count.'
    },
    guide: {
        section: { fr: 'L’organisation du tutorat — En amont; Les enjeux du tutorat', en: 'Organising tutoring — Upstream; The stakes of tutoring' },
        quote: 'Ils sont multiples et varient en fonction du contexte institutionnel dans lequel le tutorat s’exerce'
    },
    messages: messages({
        missing: {
            fr: 'La charte n’énonce aucun enjeu du tutorat{scope}. Ajoutez une section « enjeux » qui dit pourquoi l’institution organise le tutorat, par exemple « enjeux intégration-nouveaux-travailleurs, transmission-culture », ou un enjeu propre entre « ».',
            en: 'The charter states no stake of tutoring{scope}. Add an “enjeux” section saying why the institution organises tutoring, e.g. “enjeux intégration-nouveaux-travailleurs, transmission-culture”, or a stake of its own between « ».'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} n’énonce aucun enjeu du tutorat{scope}. Proposez des enjeux aux institutions membres, ou écrivez « enjeux à compléter » pour que chacune énonce les siens.',
            en: 'The template {template} states no stake of tutoring{scope}. Offer stakes to the member institutions, or write “enjeux à compléter” so that each states its own.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['enjeux intégration-nouveaux-travailleurs, transmission-culture,', '       « Garder une culture commune de la bientraitance »'])
    },
    spec: { key: 'stakes' }
});

export const ressources = sectionRule({
    id: 'charte/ressources',
    severity: 'error',
    title: { fr: 'La charte donne des ressources au tutorat', en: 'The charter gives resources to tutoring' },
    description: {
        fr: 'La charte dit quels moyens l’institution donne aux tuteurs : temps dédié, accès à des formations, équipement pédagogique, légitimité, reconnaissance. Une section « ressources » héritée du modèle compte ; une section vide ne suffit pas.',
        en: 'The charter says which means the institution gives its tutors: dedicated time, access to training, pedagogical equipment, legitimacy, recognition. A “ressources” section inherited from the template counts; an empty section is not enough.'
    },
    guide: {
        section: { fr: 'En amont; Rôle de la direction', en: 'Upstream; Role of the management' },
        quote: 'donner au tuteur les moyens d’accompagner le tutoré (accès à des formations, temps dédié au tutorat, équipement pédagogique, légitimité, reconnaissance…)'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne dit pas quels moyens l’institution donne au tutorat{scope}. Ajoutez une section « ressources » : temps dédié, formations, équipement pédagogique, légitimité, reconnaissance.',
            en: 'The charter does not say which means the institution gives to tutoring{scope}. Add a “ressources” section: temps dédié, formations, équipement pédagogique, légitimité, reconnaissance.'
        },
        empty: {
            fr: 'La section « ressources »{from} ne cite aucune ressource. Indiquez le temps dédié, les formations, l’équipement pédagogique, la légitimité ou la reconnaissance donnés aux tuteurs.',
            en: 'The “ressources” section{from} names no resource. State the dedicated time, training, pedagogical equipment, legitimacy or recognition given to tutors.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne dit pas quels moyens donner au tutorat{scope}. Proposez une section « ressources » aux institutions membres, ou écrivez « ressources à compléter » pour que chacune la précise.',
            en: 'The template {template} does not say which means to give to tutoring{scope}. Offer a “ressources” section to the member institutions, or write “ressources à compléter” so that each states its own.'
        },
        empty: {
            fr: 'Dans le modèle {template}, la section « ressources »{from} ne cite aucune ressource. Proposez-en aux institutions membres, ou laissez-les « à compléter ».',
            en: 'In the template {template}, the “ressources” section{from} names no resource. Offer some to the member institutions, or leave them “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['ressources { }']),
        compliant: charterExample([
            'ressources {',
            '    temps dédié « 2 heures par semaine et par tutoré, inscrites à l’horaire du tuteur. »',
            '    formations « Formation de base au tutorat pour chaque nouveau tuteur. »',
            '}'
        ])
    },
    spec: {
        key: 'resources',
        requirements: [{
            message: 'empty',
            whenAllMissing: true,
            elements: Object.values(ELEMENTS.resources).map((form) => ({
                form,
                label: { fr: form.written, en: form.written },
                present: (section: Resources) => section.items.length > 0
            }))
        }]
    }
});

export const modalites = sectionRule({
    id: 'charte/modalites',
    severity: 'error',
    title: { fr: 'La charte décrit les modalités de mise en œuvre', en: 'The charter describes how tutoring is implemented' },
    description: {
        fr: 'La charte dit comment les tuteurs sont désignés, comment les duos sont constitués et comment le temps de tutorat est planifié (section « modalités », écrite dans la charte ou héritée du modèle).',
        en: 'The charter says how tutors are designated, how duos are formed and how tutoring time is planned (“modalités” section, written in the charter or inherited from the template).'
    },
    guide: {
        section: { fr: 'En amont', en: 'Upstream' },
        quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne décrit pas les modalités de mise en œuvre du tutorat{scope}. Ajoutez une section « modalités » qui dit comment les tuteurs sont désignés, comment les duos sont constitués et comment le temps de tutorat est planifié.',
            en: 'The charter does not describe how tutoring is implemented{scope}. Add a “modalités” section saying how tutors are designated, how duos are formed and how tutoring time is planned.'
        },
        incomplete: {
            fr: 'Les modalités{from} ne disent pas {elements}. Ajoutez {write} dans la section « modalités ».',
            en: 'The modalities{from} do not say {elements}. Add {write} to the “modalités” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne décrit pas les modalités de mise en œuvre du tutorat{scope}. Proposez une section « modalités » aux institutions membres, ou écrivez « modalités à compléter » pour que chacune les décrive.',
            en: 'The template {template} does not describe how tutoring is implemented{scope}. Offer a “modalités” section to the member institutions, or write “modalités à compléter” so that each describes its own.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, les modalités{from} ne disent pas {elements}. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the modalities{from} do not say {elements}. Add {write}, with a text or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['modalités {', '    désignation des tuteurs « Appel à candidatures chaque année en juin. »', '}']),
        compliant: charterExample([
            'modalités {',
            '    désignation des tuteurs « Appel à candidatures chaque année en juin. »',
            '    constitution des duos « La coordinatrice forme les duos selon la fonction apprise. »',
            '    planification du tutorat « Les temps de tutorat sont inscrits au planning mensuel. »',
            '}'
        ])
    },
    spec: {
        key: 'modalities',
        requirements: [{
            message: 'incomplete',
            elements: [
                { form: ELEMENTS.modalities.designation, label: { fr: 'comment les tuteurs sont désignés', en: 'how tutors are designated' }, present: hasKind<Modalities>('désignation') },
                { form: ELEMENTS.modalities.duos, label: { fr: 'comment les duos sont constitués', en: 'how duos are formed' }, present: hasKind<Modalities>('constitution') },
                { form: ELEMENTS.modalities.planning, label: { fr: 'comment le temps de tutorat est planifié', en: 'how tutoring time is planned' }, present: hasKind<Modalities>('planification') }
            ]
        }]
    }
});

export const profilTuteur = sectionRule({
    id: 'charte/profil-tuteur',
    severity: 'error',
    title: { fr: 'La charte définit le profil de fonction du tuteur', en: 'The charter defines the tutor’s function profile' },
    description: {
        fr: 'La charte (ou le modèle qu’elle étend, champ par champ) fixe l’expérience professionnelle minimale du tuteur, son ancienneté minimale dans l’institution et le nombre maximum de tutorés qu’il accompagne en même temps. Ces seuils servent aux règles tuteur/experience, tuteur/anciennete et tuteur/charge.',
        en: 'The charter (or the template it extends, field by field) sets the tutor’s minimum professional experience, minimum seniority in the institution and the maximum number of tutees accompanied at the same time. These thresholds feed the rules tuteur/experience, tuteur/anciennete and tuteur/charge.'
    },
    guide: {
        section: { fr: 'En amont; Le choix du tuteur — profil recommandé', en: 'Upstream; Choosing the tutor — recommended profile' },
        quote: 'justifier d’une expérience professionnelle pertinente et d’une ancienneté au sein de l’institution. Il faut pouvoir s’appuyer sur une expérience de plusieurs années.'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne définit pas le profil de fonction du tuteur{scope}. Ajoutez une section « profil du tuteur » avec l’expérience minimale, l’ancienneté minimale dans l’institution et le nombre maximum de tutorés simultanés.',
            en: 'The charter does not define the tutor’s function profile{scope}. Add a “profil du tuteur” section with the minimum experience, the minimum seniority in the institution and the maximum number of simultaneous tutees.'
        },
        incomplete: {
            fr: 'Le profil du tuteur ne fixe pas {elements}{scope}. Ajoutez {write} au profil du tuteur de la charte ; en attendant, Tutorat applique les valeurs par défaut du projet.',
            en: 'The tutor profile does not set {elements}{scope}. Add {write} to the charter’s tutor profile; meanwhile Tutorat applies the project’s default values.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne définit pas le profil de fonction du tuteur{scope}. Proposez une section « profil du tuteur » aux institutions membres, ou écrivez « profil du tuteur à compléter » pour que chacune le définisse.',
            en: 'The template {template} does not define the tutor’s function profile{scope}. Offer a “profil du tuteur” section to the member institutions, or write “profil du tuteur à compléter” so that each defines its own.'
        },
        incomplete: {
            fr: 'Le profil du tuteur du modèle {template} ne fixe pas {elements}{scope}. Ajoutez {write}, avec une valeur ou « à compléter » pour les institutions membres.',
            en: 'The tutor profile of the template {template} does not set {elements}{scope}. Add {write}, with a value or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['profil du tuteur {', '    expérience minimale 3 ans', '}']),
        compliant: charterExample(['profil du tuteur {', '    expérience minimale 3 ans', '    ancienneté minimale 1 an', '    tutorés simultanés maximum 2', '}'])
    },
    spec: {
        key: 'tutorProfile',
        mergedFields: true,
        requirements: [{
            message: 'incomplete',
            elements: [
                { form: ELEMENTS.tutorProfile.minExperience, label: { fr: 'l’expérience minimale', en: 'the minimum experience' }, present: (_, effective) => effective.profileField('minExperience') !== undefined },
                { form: ELEMENTS.tutorProfile.minSeniority, label: { fr: 'l’ancienneté minimale dans l’institution', en: 'the minimum seniority in the institution' }, present: (_, effective) => effective.profileField('minSeniority') !== undefined },
                { form: ELEMENTS.tutorProfile.maxTutees, label: { fr: 'le nombre maximum de tutorés simultanés', en: 'the maximum number of simultaneous tutees' }, present: (_, effective) => effective.profileField('maxTutees') !== undefined }
            ]
        }]
    }
});

export const projetInstitutionnel = sectionRule({
    id: 'charte/projet-institutionnel',
    severity: 'warning',
    title: { fr: 'Le tutorat est inscrit dans le projet institutionnel', en: 'Tutoring is inscribed in the institutional project' },
    description: {
        fr: 'La charte dit où le projet institutionnel inscrit le tutorat (chapitre, objectif), pour lui donner du sens dans l’institution.',
        en: 'The charter says where the institutional project inscribes tutoring (chapter, objective), to give it meaning in the institution.'
    },
    guide: {
        section: { fr: 'En amont; En bref 1', en: 'Upstream; In short 1' },
        quote: 'inscrire le tutorat dans le projet institutionnel',
        enBref: [1]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne relie pas le tutorat au projet institutionnel{scope}. Ajoutez « projet institutionnel » suivi, entre « », du chapitre ou de l’objectif du projet qui inscrit le tutorat.',
            en: 'The charter does not link tutoring to the institutional project{scope}. Add “projet institutionnel” followed, between « », by the chapter or objective of the project that inscribes tutoring.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne relie pas le tutorat au projet institutionnel{scope}. Écrivez « projet institutionnel à compléter » pour que chaque institution membre cite son projet.',
            en: 'The template {template} does not link tutoring to the institutional project{scope}. Write “projet institutionnel à compléter” so that each member institution cites its own project.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['projet institutionnel « Chapitre 4 du projet 2025-2030 : transmettre nos pratiques d’accueil. »'])
    },
    spec: { key: 'institutionalProject' }
});

const directionAndSupervision: ReadonlyArray<ElementCheck<Commitments>> = [
    { form: ELEMENTS.commitments.direction, label: { fr: 'de la direction', en: 'of the management' }, present: hasRole('direction') },
    { form: ELEMENTS.commitments.supervision, label: { fr: 'de l’encadrement', en: 'of the supervisors' }, present: hasRole('encadrement') }
];

export const engagementDirection = sectionRule({
    id: 'charte/engagement-direction',
    severity: 'warning',
    title: { fr: 'La direction et l’encadrement s’engagent pour le tutorat', en: 'The management and the supervisors commit to tutoring' },
    description: {
        fr: 'La section « engagements » de la charte (ou du modèle) énonce l’engagement de la direction et celui de l’encadrement en faveur du tutorat.',
        en: 'The “engagements” section of the charter (or template) states the commitment of the management and that of the supervisors to tutoring.'
    },
    guide: {
        section: { fr: 'En amont; Rôle de la direction', en: 'Upstream; Role of the management' },
        quote: 'assurer un engagement de la direction et de l’encadrement en sa faveur'
    },
    messages: messages({
        missing: {
            fr: 'La charte n’énonce pas l’engagement de la direction et de l’encadrement en faveur du tutorat{scope}. Ajoutez une section « engagements » avec au moins « direction » et « encadrement ».',
            en: 'The charter does not state the commitment of the management and supervisors to tutoring{scope}. Add an “engagements” section with at least “direction” and “encadrement”.'
        },
        incomplete: {
            fr: 'Les engagements{from} ne disent rien de l’engagement {elements}. Ajoutez {write} dans la section « engagements ».',
            en: 'The commitments{from} say nothing of the commitment {elements}. Add {write} to the “engagements” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} n’énonce pas l’engagement de la direction et de l’encadrement{scope}. Proposez une section « engagements » aux institutions membres, ou écrivez « engagements à compléter ».',
            en: 'The template {template} does not state the commitment of the management and supervisors{scope}. Offer an “engagements” section to the member institutions, or write “engagements à compléter”.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, les engagements{from} ne disent rien de l’engagement {elements}. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the commitments{from} say nothing of the commitment {elements}. Add {write}, with a text or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['engagements {', '    tuteur « Accueillir et accompagner le tutoré. »', '}']),
        compliant: charterExample([
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    encadrement « Choisir les tuteurs parmi les volontaires et limiter le nombre de tutorés. »',
            '}'
        ])
    },
    spec: { key: 'commitments', requirements: [{ message: 'incomplete', elements: directionAndSupervision }] }
});

export const sensibilisationEquipes = sectionRule({
    id: 'charte/sensibilisation-equipes',
    severity: 'warning',
    title: { fr: 'Les équipes sont sensibilisées et consultées', en: 'Teams are made aware and consulted' },
    description: {
        fr: 'La charte prévoit comment les équipes de travail sont informées du tutorat et consultées à son sujet : tout le service accueille le tutoré, pas seulement le tuteur.',
        en: 'The charter plans how work teams are informed about tutoring and consulted on it: the whole team welcomes the tutee, not only the tutor.'
    },
    guide: {
        section: { fr: 'En amont; Conditions de réussite; En bref 6', en: 'Upstream; Conditions for success; In short 6' },
        quote: 'sensibiliser les équipes de travail (se concerter avec elles) à son sujet',
        enBref: [6]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas comment les équipes sont informées et consultées sur le tutorat{scope}. Ajoutez « sensibilisation des équipes » suivi, entre « », de ce qui est prévu : présentation en réunion, avis de l’équipe, bilan partagé…',
            en: 'The charter does not plan how teams are informed and consulted about tutoring{scope}. Add “sensibilisation des équipes” followed, between « », by what is planned: presentation in a meeting, the team’s opinion, a shared review…'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas la sensibilisation des équipes{scope}. Proposez-la aux institutions membres, ou écrivez « sensibilisation des équipes à compléter ».',
            en: 'The template {template} does not plan how teams are made aware{scope}. Offer it to the member institutions, or write “sensibilisation des équipes à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['sensibilisation des équipes « Présentation du tutorat en réunion d’équipe chaque septembre ; l’équipe donne son avis au bilan de juin. »'])
    },
    spec: { key: 'teamAwareness' }
});

export const situations = sectionRule({
    id: 'charte/situations',
    severity: 'warning',
    title: { fr: 'La charte recense les situations de tutorat', en: 'The charter lists the tutoring situations' },
    description: {
        fr: 'La charte liste les situations où l’institution organise un tutorat : stage, alternance, nouveau travailleur, changement de fonction, réintégration, insertion, transmission avant un départ.',
        en: 'The charter lists the situations in which the institution organises tutoring: placement, work-study, new worker, change of function, reintegration, insertion, passing on knowledge before a departure.'
    },
    guide: {
        section: { fr: 'Rôle de la direction — recenser les situations', en: 'Role of the management — listing the situations' },
        quote: 'recenser les situations professionnelles qui peuvent être concernées par le tutorat (accueil des stagiaires, formation en alternance, intégration de nouveaux travailleurs, réintégration…)'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne recense pas les situations où le tutorat s’applique{scope}. Ajoutez « situations » suivi de celles que l’institution rencontre : stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.',
            en: 'The charter does not list the situations where tutoring applies{scope}. Add “situations” followed by those the institution meets: stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration, insertion, transmission-avant-départ.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne recense pas les situations de tutorat{scope}. Proposez celles du secteur aux institutions membres, ou écrivez « situations à compléter ».',
            en: 'The template {template} does not list the tutoring situations{scope}. Offer those of the sector to the member institutions, or write “situations à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['situations nouveau-travailleur, réintégration'])
    },
    spec: { key: 'situations' }
});

export const roles = sectionRule({
    id: 'charte/roles',
    severity: 'warning',
    title: { fr: 'La charte décrit le rôle de chaque acteur', en: 'The charter describes the role of each actor' },
    description: {
        fr: 'La section « engagements » décrit le rôle de la direction, de l’encadrement, du tuteur et du tutoré ; celui de l’organisme partenaire aussi quand la charte prévoit des stages, de l’alternance ou de l’insertion.',
        en: 'The “engagements” section describes the role of the management, the supervisors, the tutor and the tutee; that of the partner organisation too when the charter plans placements, work-study or insertion.'
    },
    guide: {
        section: { fr: 'Le rôle des différents acteurs', en: 'The role of the different actors' },
        quote: 'Afin que le tutorat réponde concrètement à ses finalités et enjeux, chaque acteur s’engage à respecter certains principes, garants de sa réussite.'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne décrit pas le rôle des acteurs du tutorat{scope}. Ajoutez une section « engagements » qui décrit le rôle de la direction, de l’encadrement, du tuteur et du tutoré{partner}.',
            en: 'The charter does not describe the role of the actors of tutoring{scope}. Add an “engagements” section describing the role of the management, the supervisors, the tutor and the tutee{partner}.'
        },
        incomplete: {
            fr: 'Les engagements{from} ne décrivent pas le rôle {elements}. Ajoutez {write} dans la section « engagements ».',
            en: 'The commitments{from} do not describe the role {elements}. Add {write} to the “engagements” section.'
        },
        noPartner: {
            fr: 'La charte prévoit des situations avec un organisme partenaire ({situations}), mais les engagements{from} ne décrivent pas son rôle. Ajoutez « organisme partenaire » dans la section « engagements » : durée et objectifs du stage, référent, évaluation, assurance.',
            en: 'The charter plans situations with a partner organisation ({situations}), but the commitments{from} do not describe its role. Add “organisme partenaire” to the “engagements” section: duration and objectives of the placement, referent, evaluation, insurance.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne décrit pas le rôle des acteurs du tutorat{scope}. Proposez une section « engagements » aux institutions membres, ou écrivez « engagements à compléter ».',
            en: 'The template {template} does not describe the role of the actors of tutoring{scope}. Offer an “engagements” section to the member institutions, or write “engagements à compléter”.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, les engagements{from} ne décrivent pas le rôle {elements}. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the commitments{from} do not describe the role {elements}. Add {write}, with a text or “à compléter” for the member institutions.'
        },
        noPartner: {
            fr: 'Le modèle {template} prévoit des situations avec un organisme partenaire ({situations}), mais ses engagements{from} ne décrivent pas son rôle. Ajoutez « organisme partenaire », avec un texte ou « à compléter ».',
            en: 'The template {template} plans situations with a partner organisation ({situations}), but its commitments{from} do not describe its role. Add “organisme partenaire”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample([
            'situations stage, nouveau-travailleur',
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    encadrement « Choisir les tuteurs et formaliser leur mission. »',
            '    tuteur « Accueillir, accompagner, former et évaluer le tutoré. »',
            '    tutoré « S’impliquer dans son parcours et s’auto-évaluer. »',
            '}'
        ]),
        compliant: charterExample([
            'situations stage, nouveau-travailleur',
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    encadrement « Choisir les tuteurs et formaliser leur mission. »',
            '    tuteur « Accueillir, accompagner, former et évaluer le tutoré. »',
            '    tutoré « S’impliquer dans son parcours et s’auto-évaluer. »',
            '    organisme partenaire « Fixer les objectifs du stage, désigner un référent, assurer le stagiaire. »',
            '}'
        ])
    },
    spec: {
        key: 'commitments',
        skeleton: (effective) => [
            ELEMENTS.commitments.direction, ELEMENTS.commitments.supervision, ELEMENTS.commitments.tutor, ELEMENTS.commitments.tutee,
            ...(involvesPartner(effective) ? [ELEMENTS.commitments.partner] : [])
        ],
        params: (effective, context) => ({
            ...partnerSituationsParam(effective, context),
            partner: involvesPartner(effective) ? context.text({ fr: ', ainsi que celui de l’organisme partenaire', en: ', and that of the partner organisation' }) : ''
        }),
        requirements: [{
            message: 'incomplete',
            elements: [
                ...directionAndSupervision,
                { form: ELEMENTS.commitments.tutor, label: { fr: 'du tuteur', en: 'of the tutor' }, present: hasRole('tuteur', 'tutrice') },
                { form: ELEMENTS.commitments.tutee, label: { fr: 'du tutoré', en: 'of the tutee' }, present: hasRole('tutoré', 'tutorée') }
            ]
        }, {
            message: 'noPartner',
            appliesTo: involvesPartner,
            elements: [{ form: ELEMENTS.commitments.partner, label: { fr: 'de l’organisme partenaire', en: 'of the partner organisation' }, present: hasRole('organisme') }]
        }]
    }
});

export const tempsDedie = sectionRule({
    id: 'charte/temps-dedie',
    severity: 'warning',
    title: { fr: 'Du temps de travail est dédié au tutorat', en: 'Working time is dedicated to tutoring' },
    description: {
        fr: 'La section « temps de tutorat » dit combien de temps est dédié au tutorat ou comment ce temps est formalisé (par exemple un avenant au contrat de travail), et le compte dans la charge de travail du tuteur.',
        en: 'The “temps de tutorat” section says how much time is dedicated to tutoring or how that time is formalised (e.g. an amendment to the employment contract), and counts it in the tutor’s workload.'
    },
    guide: {
        section: { fr: 'Conditions de réussite; En bref 4', en: 'Conditions for success; In short 4' },
        quote: 'Dédier du temps de travail aux actions de tutorat (via par exemple un avenant au contrat de travail)',
        enBref: [4]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne dédie pas de temps de travail au tutorat{scope}. Ajoutez une section « temps de tutorat » avec le volume (« volume 3 heures par semaine ») ou sa formalisation (« formalisé par » un avenant au contrat de travail), et « compté dans la charge de travail ».',
            en: 'The charter dedicates no working time to tutoring{scope}. Add a “temps de tutorat” section with the amount (“volume 3 heures par semaine”) or its formalisation (“formalisé par” an amendment to the employment contract), and “compté dans la charge de travail”.'
        },
        noDedicatedTime: {
            fr: 'Le temps de tutorat{from} ne dit ni combien de temps est dédié au tutorat, ni comment ce temps est formalisé. Ajoutez « volume » (par exemple 3 heures par semaine) ou « formalisé par » suivi, entre « », de la formalisation, par exemple un avenant au contrat de travail.',
            en: 'The tutoring time{from} says neither how much time is dedicated to tutoring nor how that time is formalised. Add “volume” (e.g. 3 heures par semaine) or “formalisé par” followed, between « », by the formalisation, e.g. an amendment to the employment contract.'
        },
        notWorkload: {
            fr: 'Le temps de tutorat{from} n’est pas compté dans la charge de travail du tuteur : le tutorat s’ajouterait à son travail habituel. Ajoutez « compté dans la charge de travail ».',
            en: 'The tutoring time{from} is not counted in the tutor’s workload: tutoring would come on top of their usual work. Add “compté dans la charge de travail”.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne dédie pas de temps de travail au tutorat{scope}. Proposez une section « temps de tutorat » aux institutions membres, ou écrivez « temps de tutorat à compléter ».',
            en: 'The template {template} dedicates no working time to tutoring{scope}. Offer a “temps de tutorat” section to the member institutions, or write “temps de tutorat à compléter”.'
        },
        noDedicatedTime: {
            fr: 'Dans le modèle {template}, le temps de tutorat{from} ne dit ni son volume ni sa formalisation. Ajoutez « volume » ou « formalisé par », ou laissez toute la section « à compléter ».',
            en: 'In the template {template}, the tutoring time{from} gives neither its amount nor its formalisation. Add “volume” or “formalisé par”, or leave the whole section “à compléter”.'
        },
        notWorkload: {
            fr: 'Dans le modèle {template}, le temps de tutorat{from} n’est pas compté dans la charge de travail. Ajoutez « compté dans la charge de travail », ou laissez toute la section « à compléter ».',
            en: 'In the template {template}, the tutoring time{from} is not counted in the workload. Add “compté dans la charge de travail”, or leave the whole section “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['temps de tutorat {', '    volume 2 heures par semaine', '}']),
        compliant: charterExample([
            'temps de tutorat {',
            '    volume 2 heures par semaine',
            '    formalisé par « un avenant au contrat de travail du tuteur »',
            '    compté dans la charge de travail',
            '}'
        ])
    },
    spec: {
        key: 'tutoringTime',
        requirements: [{
            message: 'noDedicatedTime',
            elements: [{
                form: ELEMENTS.tutoringTime.formalisation,
                label: { fr: 'le temps dédié', en: 'the dedicated time' },
                present: (section: TutoringTime) => section.volume !== undefined || section.formalisation !== undefined
            }]
        }, {
            message: 'notWorkload',
            elements: [{ form: ELEMENTS.tutoringTime.workload, label: { fr: 'la charge de travail', en: 'the workload' }, present: (section: TutoringTime) => section.countsAsWorkload }]
        }]
    }
});

export const suppleance = sectionRule({
    id: 'charte/suppleance',
    severity: 'warning',
    title: { fr: 'Une suppléance est organisée quand le tuteur est absent', en: 'A replacement is organised when the tutor is absent' },
    description: {
        fr: 'La charte dit qui remplace le tuteur absent et comment ce suppléant est désigné, pour que le tutoré ne reste jamais seul.',
        en: 'The charter says who replaces an absent tutor and how that substitute is designated, so that the tutee is never left alone.'
    },
    guide: {
        section: { fr: 'Conditions de réussite; En bref 4', en: 'Conditions for success; In short 4' },
        quote: 'organiser une suppléance en cas d’absence du tuteur désigné',
        enBref: [4]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas de suppléance quand le tuteur est absent{scope}. Ajoutez « suppléance » suivi, entre « », de qui remplace le tuteur et comment il est désigné.',
            en: 'The charter plans no replacement when the tutor is absent{scope}. Add “suppléance” followed, between « », by who replaces the tutor and how they are designated.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas de suppléance du tuteur absent{scope}. Proposez une règle aux institutions membres, ou écrivez « suppléance à compléter ».',
            en: 'The template {template} plans no replacement of an absent tutor{scope}. Offer a rule to the member institutions, or write “suppléance à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['suppléance « En cas d’absence du tuteur, la coordinatrice désigne un suppléant parmi les tuteurs formés. »'])
    },
    spec: { key: 'replacement' }
});

export const planFormation = sectionRule({
    id: 'charte/plan-formation',
    severity: 'warning',
    title: { fr: 'Un plan de formation prépare les tuteurs', en: 'A training plan prepares the tutors' },
    description: {
        fr: 'La charte prévoit une formation initiale des tuteurs avant qu’ils exercent (sauf titre de compétences « tuteur en entreprise ») et des formations complémentaires selon les besoins : profil des tutorés, évaluation, collaboration avec un centre de formation…',
        en: 'The charter plans initial training for tutors before they start (unless they hold the “tuteur en entreprise” certificate) and complementary training as needed: profile of the tutees, evaluation, collaboration with a training centre…'
    },
    guide: {
        section: { fr: 'En amont — former les tuteurs; En bref 6', en: 'Upstream — training the tutors; In short 6' },
        quote: 'Définir un plan de formation au tutorat : formation de base préliminaire et formations complémentaires en fonction des besoins',
        enBref: [6]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas de plan de formation des tuteurs{scope}. Ajoutez une section « plan de formation » avec la « formation initiale », suivie avant d’exercer, et les « formation complémentaire » selon les besoins.',
            en: 'The charter plans no training for tutors{scope}. Add a “plan de formation” section with the “formation initiale”, taken before starting, and “formation complémentaire” as needed.'
        },
        noInitial: {
            fr: 'Le plan de formation{from} ne prévoit pas de formation initiale des tuteurs avant d’exercer la fonction. Ajoutez « formation initiale » suivi, entre « », de son contenu et de sa durée.',
            en: 'The training plan{from} plans no initial training for tutors before they take up the function. Add “formation initiale” followed, between « », by its content and length.'
        },
        noComplementary: {
            fr: 'Le plan de formation{from} ne prévoit pas de formations complémentaires selon les besoins (profil des tutorés, évaluation, collaboration avec un centre de formation…). Ajoutez « formation complémentaire » suivi, entre « », de ce qui est proposé.',
            en: 'The training plan{from} plans no complementary training as needed (profile of the tutees, evaluation, collaboration with a training centre…). Add “formation complémentaire” followed, between « », by what is offered.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas de plan de formation des tuteurs{scope}. Proposez-en un aux institutions membres, ou écrivez « plan de formation à compléter ».',
            en: 'The template {template} plans no training for tutors{scope}. Offer one to the member institutions, or write “plan de formation à compléter”.'
        },
        noInitial: {
            fr: 'Le plan de formation du modèle {template}{from} ne prévoit pas de formation initiale des tuteurs. Ajoutez « formation initiale », avec un texte ou « à compléter ».',
            en: 'The training plan of the template {template}{from} plans no initial training for tutors. Add “formation initiale”, with a text or “à compléter”.'
        },
        noComplementary: {
            fr: 'Le plan de formation du modèle {template}{from} ne prévoit pas de formations complémentaires. Ajoutez « formation complémentaire », avec un texte ou « à compléter ».',
            en: 'The training plan of the template {template}{from} plans no complementary training. Add “formation complémentaire”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['plan de formation {', '    formation initiale « Trois jours de formation de base au tutorat avant d’exercer. »', '}']),
        compliant: charterExample([
            'plan de formation {',
            '    formation initiale « Trois jours de formation de base au tutorat avant d’exercer. »',
            '    formation complémentaire « Accompagner un tutoré en situation de handicap ; évaluer sans juger. »',
            '}'
        ])
    },
    spec: {
        key: 'trainingPlan',
        requirements: [
            { message: 'noInitial', elements: [{ form: ELEMENTS.trainingPlan.initial, label: { fr: 'la formation initiale', en: 'the initial training' }, present: hasKind<TrainingPlan>('initiale') }] },
            { message: 'noComplementary', elements: [{ form: ELEMENTS.trainingPlan.complementary, label: { fr: 'les formations complémentaires', en: 'the complementary training' }, present: hasKind<TrainingPlan>('complémentaire') }] }
        ]
    }
});

export const partenariats = sectionRule({
    id: 'charte/partenariats',
    severity: 'warning',
    title: { fr: 'Des conventions de partenariat sont prévues', en: 'Partnership agreements are planned' },
    description: {
        fr: 'Quand la charte prévoit des stages, de l’alternance ou de l’insertion, un organisme partenaire intervient : la section « partenariats » prévoit au moins une convention avec les écoles ou organismes de formation.',
        en: 'When the charter plans placements, work-study or insertion, a partner organisation takes part: the “partenariats” section plans at least one agreement with schools or training organisations.'
    },
    guide: {
        section: { fr: 'Rôle de la direction; En bref 3', en: 'Role of the management; In short 3' },
        quote: 'nouer des conventions de partenariat avec les organismes de formation en associant l’encadrement et les tuteurs',
        enBref: [3]
    },
    messages: messages({
        missing: {
            fr: 'La charte prévoit des situations avec un organisme partenaire ({situations}), mais aucun partenariat{scope}. Ajoutez une section « partenariats » avec au moins une « convention » avec les écoles ou organismes de formation.',
            en: 'The charter plans situations with a partner organisation ({situations}), but no partnership{scope}. Add a “partenariats” section with at least one “convention” with schools or training organisations.'
        },
        noConvention: {
            fr: 'Les partenariats{from} ne prévoient aucune convention, alors que la charte prévoit des situations avec un organisme partenaire ({situations}). Ajoutez « convention » (par exemple « convention avec HauteÉcole « … » ») dans la section « partenariats ».',
            en: 'The partnerships{from} plan no agreement, although the charter plans situations with a partner organisation ({situations}). Add “convention” (e.g. “convention avec HauteÉcole « … »”) to the “partenariats” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} prévoit des situations avec un organisme partenaire ({situations}), mais aucun partenariat{scope}. Proposez une section « partenariats », ou écrivez « partenariats à compléter » pour que chaque institution cite ses conventions.',
            en: 'The template {template} plans situations with a partner organisation ({situations}), but no partnership{scope}. Offer a “partenariats” section, or write “partenariats à compléter” so that each institution cites its agreements.'
        },
        noConvention: {
            fr: 'Dans le modèle {template}, les partenariats{from} ne prévoient aucune convention, alors qu’il prévoit des situations avec un organisme partenaire ({situations}). Ajoutez « convention », avec un texte ou « à compléter ».',
            en: 'In the template {template}, the partnerships{from} plan no agreement, although it plans situations with a partner organisation ({situations}). Add “convention”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['situations stage, nouveau-travailleur', 'partenariats {', '    rencontres « Rencontres annuelles avec les écoles de la région. »', '}']),
        compliant: charterExample(['situations stage, nouveau-travailleur', 'partenariats {', '    convention « Convention de stage annuelle avec la Haute École (bachelier éducateur). »', '}'])
    },
    spec: {
        key: 'partnerships',
        appliesTo: involvesPartner,
        params: partnerSituationsParam,
        requirements: [{
            message: 'noConvention',
            elements: [{ form: ELEMENTS.partnerships.convention, label: { fr: 'une convention', en: 'an agreement' }, present: hasKind<Partnerships>('convention') }]
        }]
    }
});

export const valorisation = sectionRule({
    id: 'charte/valorisation',
    severity: 'info',
    title: { fr: 'La mission de tuteur est reconnue et rendue visible', en: 'The tutor’s mission is recognised and made visible' },
    description: {
        fr: 'La charte intègre le tutorat dans les entretiens de fonctionnement et d’évolution du tuteur, et le rend visible auprès des équipes, des administrations et des bénéficiaires (témoignages de tuteurs et de tutorés).',
        en: 'The charter includes tutoring in the tutor’s appraisal and career interviews, and makes it visible to teams, administrations and beneficiaries (testimonies of tutors and tutees).'
    },
    guide: {
        section: { fr: 'Rôle de l’encadrement; En bref 5, 10', en: 'Role of the supervisors; In short 5, 10' },
        quote: 'reconnaître et valoriser la mission tutorale dans les activités et compétences du tuteur, en intégrant cette tâche dans les entretiens de fonctionnement et d’évolution',
        enBref: [5, 10]
    },
    messages: messages({
        missing: {
            fr: 'La charte ne dit pas comment la mission de tuteur est reconnue et valorisée{scope}. Ajoutez une section « valorisation » avec les « entretiens » (fonctionnement, évolution) et les « témoignages » ou la « visibilité » donnée au tutorat.',
            en: 'The charter does not say how the tutor’s mission is recognised and valued{scope}. Add a “valorisation” section with the “entretiens” (appraisal, career) and the “témoignages” or “visibilité” given to tutoring.'
        },
        noInterviews: {
            fr: 'La valorisation{from} n’intègre pas le tutorat dans les entretiens du tuteur. Ajoutez « entretiens » suivi, entre « », de la manière dont la mission est abordée dans les entretiens de fonctionnement et d’évolution.',
            en: 'The recognition{from} does not include tutoring in the tutor’s interviews. Add “entretiens” followed, between « », by how the mission is discussed in appraisal and career interviews.'
        },
        noVisibility: {
            fr: 'La valorisation{from} ne rend pas le tutorat visible. Ajoutez « témoignages » ou « visibilité » : diffusion de témoignages de tuteurs et de tutorés auprès des équipes, des administrations et des bénéficiaires.',
            en: 'The recognition{from} does not make tutoring visible. Add “témoignages” or “visibilité”: testimonies of tutors and tutees shared with teams, administrations and beneficiaries.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne dit pas comment la mission de tuteur est valorisée{scope}. Proposez une section « valorisation » aux institutions membres, ou écrivez « valorisation à compléter ».',
            en: 'The template {template} does not say how the tutor’s mission is valued{scope}. Offer a “valorisation” section to the member institutions, or write “valorisation à compléter”.'
        },
        noInterviews: {
            fr: 'Dans le modèle {template}, la valorisation{from} ne parle pas des entretiens du tuteur. Ajoutez « entretiens », avec un texte ou « à compléter ».',
            en: 'In the template {template}, the recognition{from} does not mention the tutor’s interviews. Add “entretiens”, with a text or “à compléter”.'
        },
        noVisibility: {
            fr: 'Dans le modèle {template}, la valorisation{from} ne rend pas le tutorat visible. Ajoutez « témoignages » ou « visibilité », avec un texte ou « à compléter ».',
            en: 'In the template {template}, the recognition{from} does not make tutoring visible. Add “témoignages” or “visibilité”, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['valorisation {', '    entretiens « La mission de tuteur est abordée dans l’entretien annuel. »', '}']),
        compliant: charterExample([
            'valorisation {',
            '    entretiens « La mission de tuteur est abordée dans l’entretien annuel. »',
            '    témoignages « Un tuteur et un tutoré témoignent chaque année dans le journal de l’ASBL. »',
            '}'
        ])
    },
    spec: {
        key: 'recognition',
        requirements: [
            { message: 'noInterviews', elements: [{ form: ELEMENTS.recognition.interviews, label: { fr: 'les entretiens', en: 'the interviews' }, present: hasKind<Recognition>('entretiens') }] },
            { message: 'noVisibility', elements: [{ form: ELEMENTS.recognition.testimonies, label: { fr: 'la visibilité', en: 'the visibility' }, present: hasKind<Recognition>('témoignages', 'visibilité') }] }
        ]
    }
});

export const communauteTuteurs = sectionRule({
    id: 'charte/communaute-tuteurs',
    severity: 'info',
    title: { fr: 'Les tuteurs échangent en communauté', en: 'Tutors exchange in a community' },
    description: {
        fr: 'La charte invite les tuteurs à se regrouper en « communauté des tuteurs » et à échanger sur leurs pratiques, au sein de l’institution et en dehors (rencontres entre institutions).',
        en: 'The charter invites tutors to gather in a “communauté des tuteurs” and to exchange on their practices, within the institution and beyond (meetings between institutions).'
    },
    guide: {
        section: { fr: 'En bref 7, 8', en: 'In short 7, 8' },
        quote: 'Inviter les tuteurs à se regrouper en « communautés tuteurs », avec des moments d’échange sur les pratiques (au sein et en dehors de l’institution).',
        enBref: [7, 8]
    },
    messages: messages({
        missing: {
            fr: 'La charte n’invite pas les tuteurs à échanger en communauté{scope}. Ajoutez « communauté des tuteurs » suivi, entre « », de ce qui est prévu : intervisions, rencontres entre tuteurs au sein de l’institution et en dehors.',
            en: 'The charter does not invite tutors to exchange in a community{scope}. Add “communauté des tuteurs” followed, between « », by what is planned: peer reviews, meetings of tutors within the institution and beyond.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} n’invite pas les tuteurs à échanger en communauté{scope}. Proposez les rencontres du secteur aux institutions membres, ou écrivez « communauté des tuteurs à compléter ».',
            en: 'The template {template} does not invite tutors to exchange in a community{scope}. Offer the sector’s meetings to the member institutions, or write “communauté des tuteurs à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['version « 2026 »']),
        compliant: charterExample(['communauté des tuteurs « Intervision des tuteurs chaque trimestre et rencontres sectorielles deux fois par an. »'])
    },
    spec: { key: 'tutorCommunity' }
});

export const evaluationDispositif = sectionRule({
    id: 'charte/evaluation-dispositif',
    severity: 'warning',
    title: { fr: 'Le tutorat est évalué à la fin de chaque cycle', en: 'Tutoring is evaluated at the end of each cycle' },
    description: {
        fr: 'La section « après le tutorat » prévoit d’analyser les résultats et les effets du tutorat sur les tutorés, les tuteurs, les équipes et les bénéficiaires, et d’en tirer des pistes d’amélioration pour le cycle suivant.',
        en: 'The “après le tutorat” section plans to analyse the results and effects of tutoring on tutees, tutors, teams and beneficiaries, and to draw improvements for the next cycle.'
    },
    guide: {
        section: { fr: 'En aval du tutorat', en: 'After tutoring' },
        quote: 'Au terme d’un ensemble de tutorats mis en œuvre (ex. : fin de l’année scolaire) : […] analyser les résultats et les effets sur les tutorés, les tuteurs, les équipes et les bénéficiaires, en lien avec les missions de l’institution'
    },
    messages: messages({
        missing: {
            fr: 'La charte ne prévoit pas d’évaluer le tutorat à la fin de chaque cycle{scope}. Ajoutez une section « après le tutorat » avec l’« analyse des résultats » et les « améliorations » retenues pour le cycle suivant.',
            en: 'The charter does not plan to evaluate tutoring at the end of each cycle{scope}. Add an “après le tutorat” section with the “analyse des résultats” and the “améliorations” for the next cycle.'
        },
        incomplete: {
            fr: 'L’après-tutorat{from} ne prévoit pas {elements}. Ajoutez {write} dans la section « après le tutorat ».',
            en: 'The “after” phase{from} does not plan {elements}. Add {write} to the “après le tutorat” section.'
        }
    }, {
        missing: {
            fr: 'Le modèle {template} ne prévoit pas d’évaluer le tutorat à la fin de chaque cycle{scope}. Proposez une section « après le tutorat » aux institutions membres, ou écrivez « après le tutorat à compléter ».',
            en: 'The template {template} does not plan to evaluate tutoring at the end of each cycle{scope}. Offer an “après le tutorat” section to the member institutions, or write “après le tutorat à compléter”.'
        },
        incomplete: {
            fr: 'Dans le modèle {template}, l’après-tutorat{from} ne prévoit pas {elements}. Ajoutez {write}, avec un texte ou « à compléter ».',
            en: 'In the template {template}, the “after” phase{from} does not plan {elements}. Add {write}, with a text or “à compléter”.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['après le tutorat {', '    calendrier « Bilan en juin. »', '}']),
        compliant: charterExample([
            'après le tutorat {',
            '    analyse des résultats « Bilan annuel des effets sur les tutorés, les tuteurs, les équipes et les résidents. »',
            '    améliorations « Les pistes retenues sont intégrées à la charte de l’année suivante. »',
            '    bilan de fin de cycle chaque année « En juin, à la fin de l’année scolaire »',
            '}'
        ])
    },
    spec: {
        key: 'after',
        requirements: [{
            message: 'incomplete',
            elements: [
                { form: ELEMENTS.after.analysis, label: { fr: 'l’analyse des résultats et des effets', en: 'the analysis of results and effects' }, present: hasKind<After>('analyse', 'effets') },
                { form: ELEMENTS.after.improvements, label: { fr: 'les pistes d’amélioration pour le cycle suivant', en: 'the improvements for the next cycle' }, present: hasKind<After>('améliorations') },
                // « Au terme d'un ensemble de tutorats (ex. : fin de l'année scolaire) »: when the review takes place.
                { form: ELEMENTS.after.cycle, label: { fr: 'le moment du bilan de fin de cycle', en: 'when the end-of-cycle review takes place' }, present: hasKind<After>('bilan', 'calendrier') }
            ]
        }, {
            message: 'incomplete',
            appliesTo: involvesPartner,
            elements: [
                { form: ELEMENTS.after.partners, label: { fr: 'l’échange avec les organismes partenaires sur les résultats', en: 'the exchange with the partner organisations on the results' }, present: hasKind<After>('échanges') }
            ]
        }]
    }
});

// ---------------------------------------------------------------------------------------------
// Une charte pour chaque institution qui organise le tutorat
// ---------------------------------------------------------------------------------------------

const TUTORING_PEOPLE: ReadonlySet<string> = new Set(['tuteur', 'tutrice', 'tutoré', 'tutorée']);

export const existe = defineRule({
    id: 'charte/existe',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Une institution qui organise le tutorat a une charte', en: 'An institution that organises tutoring has a charter' },
    description: {
        fr: 'Une institution qui déclare des tuteurs, des tutorés ou des duos écrit une charte du tutorat dans l’un de ses fichiers (de préférence en étendant le modèle de sa fédération). Le constat est signalé une seule fois par institution, sur son bloc qui porte un titre.',
        en: 'An institution that declares tutors, tutees or duos writes a charter of tutoring in one of its files (preferably extending its federation’s template). The finding is reported once per institution, on its block that has a title.'
    },
    guide: {
        section: { fr: 'En amont; En bref 1', en: 'Upstream; In short 1' },
        quote: 'établir une « charte du tutorat » (enjeux, ressources, modalités de mise en œuvre, profil de fonction du tuteur)',
        enBref: [1]
    },
    messages: {
        missing: {
            fr: 'L’institution {institution} déclare des tuteurs, des tutorés ou des duos, mais aucun de ses fichiers ne contient de charte du tutorat. Écrivez une « charte » dans l’institution, de préférence en étendant le modèle de charte de votre fédération (« charte étend … »).',
            en: 'The institution {institution} declares tutors, tutees or duos, but none of its files contains a charter of tutoring. Write a “charte” in the institution, preferably extending your federation’s charter template (“charte étend …”).'
        }
    },
    fixes: [{ id: 'ajouter-charte', title: { fr: 'Ajouter une charte du tutorat à l’institution', en: 'Add a charter of tutoring to the institution' } }],
    examples: {
        nonCompliant: {
            'les-lilas/personnes.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n    tutoré Yanis\n    duo Amina accompagne Yanis\n}\n'
        },
        compliant: {
            'les-lilas/personnes.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n    tutoré Yanis\n    duo Amina accompagne Yanis\n}\n',
            'les-lilas/charte.tutorat': 'institution LesLilas {\n    charte « Charte du tutorat des Lilas » {\n        enjeux intégration-nouveaux-travailleurs\n    }\n}\n'
        }
    },
    checks: {
        Institution(institution, report, context) {
            const name = institution.name;
            // One block reports for the whole institution: the others stop here, before reading all of it.
            if (!name || context.workspace.reportingBlock(name) !== institution || context.workspace.chartersOf(name).length > 0) {
                return;
            }
            const people = context.workspace.organisation(name).filter(isPerson).filter((person) => TUTORING_PEOPLE.has(person.kind));
            const tutoring = [...people, ...context.workspace.duosOfInstitution(name)];
            if (tutoring.length === 0) {
                return;
            }
            const templates = context.workspace.globalNamed().filter(isCharterTemplate);
            const extend = templates.length === 1 ? ` étend ${templates[0].name}` : '';
            const edit = insertBeforeClosingBrace(institution, [`charte « Charte du tutorat »${extend} {`, '}']);
            report('missing', { node: institution, property: 'name' }, {
                params: { institution: name },
                related: [{ node: tutoring[0], message: { fr: 'Tutorat déclaré ici', en: 'Tutoring declared here' } }],
                fixes: edit ? [{ fix: 'ajouter-charte', edits: [edit] }] : []
            });
        }
    }
});

export const charteRules: readonly RuleDefinition[] = [
    existe as RuleDefinition,
    enjeux, ressources, modalites, profilTuteur, projetInstitutionnel, engagementDirection, sensibilisationEquipes,
    situations, situationsService as RuleDefinition, roles, equipe, echangesPrealables, tempsDedie, suppleance, planFormation, gestionCompetences, partenariats,
    valorisation, communauteTuteurs, evaluationDispositif
];
