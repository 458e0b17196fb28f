import { ELEMENTS } from '../charter-fixes.js';
import { charterExample, hasRole, messages, sectionRule } from './section-rule.js';

/**
 * charte/equipe — the whole team takes part in tutoring: the charter's commitments describe the
 * team's role, how it is mobilised and how tutoring roles are shared in it day to day.
 * A charter without any « engagements » is reported by charte/roles and charte/engagement-direction.
 */
export const equipe = sectionRule({
    id: 'charte/equipe',
    severity: 'warning',
    title: { fr: 'Toute l’équipe prend part au tutorat', en: 'The whole team takes part in tutoring' },
    description: {
        fr: 'La section « engagements » décrit le rôle de l’équipe de travail où évolue le tutoré (« équipe « … » ») : comment elle est mobilisée, comment les rôles liés au tutorat s’y répartissent au quotidien et comment les tensions entre actions tutorales et autres actions sont gérées. Une charte sans engagements est signalée par charte/roles.',
        en: 'The “engagements” section describes the role of the work team the tutee joins (“équipe « … »”): how it is mobilised, how tutoring roles are shared in it day to day and how tensions between tutoring and other work are handled. A charter without commitments is reported by charte/roles.'
    },
    guide: {
        section: { fr: 'En cours de tutorat ; Rôle de l’encadrement ; Conditions de réussite', en: 'During tutoring; Role of the supervisors; Conditions for success' },
        quote: 'organiser au quotidien au sein de l’équipe la répartition des rôles concernant le tutorat en fonction des besoins et des ressources […] mobiliser l’ensemble de l’équipe en vue du tutorat mis en place et gérer les tensions au sein de l’équipe entre les actions tutorales et les autres actions'
    },
    messages: messages({
        noTeam: {
            fr: 'Les engagements{from} ne décrivent pas le rôle de l’équipe de travail : le tutorat engage toute l’équipe où évolue le tutoré. Ajoutez {write} : comment l’équipe est mobilisée et comment les rôles liés au tutorat s’y répartissent au quotidien.',
            en: 'The commitments{from} do not describe the role of the work team: tutoring involves the whole team the tutee joins. Add {write}: how the team is mobilised and how tutoring roles are shared in it day to day.'
        }
    }, {
        noTeam: {
            fr: 'Dans le modèle {template}, les engagements{from} ne décrivent pas le rôle de l’équipe de travail. Ajoutez {write}, avec un texte ou « à compléter » pour les institutions membres.',
            en: 'In the template {template}, the commitments{from} do not describe the role of the work team. Add {write}, with a text or “à compléter” for the member institutions.'
        }
    }),
    examples: {
        nonCompliant: charterExample(['engagements {', '    direction « Donner du sens au tutorat et lui consacrer des moyens. »', '}']),
        compliant: charterExample([
            'engagements {',
            '    direction « Donner du sens au tutorat et lui consacrer des moyens. »',
            '    équipe « L’équipe accueille le tutoré ; en réunion du lundi, elle répartit qui le guide pour chaque tâche. »',
            '}'
        ])
    },
    spec: {
        key: 'commitments',
        reportsMissing: false,
        requirements: [{ message: 'noTeam', elements: [{ form: ELEMENTS.commitments.team, label: { fr: 'de l’équipe', en: 'of the team' }, present: hasRole('équipe') }] }]
    }
});
