import type { Bilingual, Duo, EffectiveCharter, ReflectionItem } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Html } from '../html.js';
import { describeFrequency } from '../labels.js';
import { nameOf } from './people.js';

/**
 * « Qui vous accompagne » in the tutee's booklet: the exchanges the charter plans before a tutee
 * arrives, the supervisor's review of the tutor and the tutor's own reflection on the function, the
 * team's briefing, whom to alert and the team's role — only what the duo, the tutor and the charter write.
 */

const TEXTS = {
    review: { fr: 'Le suivi de votre tuteur', en: 'Your tutor’s supervision' },
    reviewLine: { fr: '{supervisors} fait le point avec votre tuteur sur sa mission et votre progression{frequency}.', en: '{supervisors} reviews your tutor’s mission and your progress with them{frequency}.' },
    team: { fr: 'Votre équipe', en: 'Your team' },
    briefed: { fr: 'L’équipe a été informée de votre arrivée{date}.', en: 'The team was told about your arrival{date}.' },
    teamRole: { fr: 'Le rôle de l’équipe, selon la charte :', en: 'The team’s role, according to the charter:' },
    alert: { fr: 'En cas de difficulté', en: 'If you have a difficulty' },
    alertLine: { fr: 'Prévenez {contacts}.', en: 'Tell {contacts}.' },
    before: { fr: 'Avant votre arrivée', en: 'Before you arrive' },
    beforeLine: { fr: 'Ce que la charte de l’institution prévoit avant chaque accueil :', en: 'What the institution’s charter plans before each arrival:' },
    internal: { fr: 'Entre votre tuteur, l’équipe et le responsable de la formation', en: 'Between your tutor, the team and the training manager' },
    withPartner: { fr: 'Avec votre école ou organisme de formation', en: 'With your school or training body' },
    reflection: { fr: '{tutor} fait aussi régulièrement le point sur sa fonction de tuteur :', en: '{tutor} also regularly takes stock of their function as a tutor:' },
    with: { fr: 'avec {people}', en: 'with {people}' }
} satisfies Record<string, Bilingual>;

/** How the booklet names each way of reflecting on the function. */
const REFLECTION_KINDS: Record<string, Bilingual> = {
    'auto-évaluation': { fr: 'Auto-évaluation', en: 'Self-evaluation' },
    entretien: { fr: 'Entretien', en: 'Interview' },
    supervision: { fr: 'Supervision', en: 'Supervision' },
    échanges: { fr: 'Échanges entre tuteurs', en: 'Exchanges between tutors' }
};

/** The part's content, or undefined when the documents say none of it (no empty headings). */
export function whoSupportsYou(duo: Duo, charter: EffectiveCharter | undefined, context: RenderContext): Html | undefined {
    const or = context.t({ fr: ' ou ', en: ' or ' });
    const and = context.t({ fr: ' et ', en: ' and ' });
    const reviews = duo.reviews.filter((review) => review.supervisors.length > 0).map((review) => h('li', null,
        context.t(TEXTS.reviewLine, {
            supervisors: review.supervisors.map((person) => nameOf(person)).join(and),
            frequency: review.frequency ? ` (${describeFrequency(review.frequency, context.locale)})` : ''
        }),
        review.note ? fragment(' — ', review.note) : undefined));
    const teamItems = (charter?.filled('commitments')?.node.items ?? []).filter((item) => item.role === 'équipe').map((item) => item.text).filter((text): text is string => !!text?.trim());
    const briefing = duo.teamBriefing;
    const contacts = duo.alert?.contacts.map((person) => nameOf(person)).filter((name) => name.length > 0) ?? [];
    const reflection = duo.tutor?.ref?.reflection?.items ?? [];
    const sections = [
        priorExchanges(duo, charter, context),
        reviews.length > 0 || reflection.length > 0 ? fragment(h('h3', null, context.t(TEXTS.review)),
            reviews.length > 0 ? h('ul', null, reviews) : undefined,
            reflection.length > 0 ? fragment(h('p', null, context.t(TEXTS.reflection, { tutor: nameOf(duo.tutor) })), h('ul', null, reflection.map((item) => reflectionLine(item, context)))) : undefined) : undefined,
        briefing || teamItems.length > 0 ? fragment(h('h3', null, context.t(TEXTS.team)),
            briefing ? h('p', null, context.t(TEXTS.briefed, { date: briefing.date ? ` ${context.t({ fr: 'le {date}', en: 'on {date}' }, { date: context.writtenDate(briefing.date) ?? '' })}` : '' }), briefing.note ? fragment(' — ', briefing.note) : undefined) : undefined,
            teamItems.length > 0 ? fragment(h('p', null, context.t(TEXTS.teamRole)), teamItems.map((text) => paragraphs(text, { class: 'note' }))) : undefined) : undefined,
        contacts.length > 0 ? fragment(h('h3', null, context.t(TEXTS.alert)), h('p', null, context.t(TEXTS.alertLine, { contacts: contacts.join(or) }), duo.alert?.note ? fragment(' — ', duo.alert.note) : undefined)) : undefined
    ].filter((section) => section !== undefined);
    return sections.length > 0 ? fragment(sections) : undefined;
}

/** The charter's exchanges before an arrival (En bref 3); those with the partners only for a tutee a partner sends. */
function priorExchanges(duo: Duo, charter: EffectiveCharter | undefined, context: RenderContext): Html | undefined {
    const sentByPartner = duo.tutee?.ref?.partner !== undefined;
    const items = (charter?.filled('priorExchanges')?.node.items ?? [])
        .filter((item) => item.text?.trim() && (item.kind === 'internes' || sentByPartner))
        .map((item) => h('li', null, h('strong', null, context.t(item.kind === 'internes' ? TEXTS.internal : TEXTS.withPartner)), ' — ', item.text!));
    return items.length > 0 ? fragment(h('h3', null, context.t(TEXTS.before)), h('p', null, context.t(TEXTS.beforeLine)), h('ul', null, items)) : undefined;
}

function reflectionLine(item: ReflectionItem, context: RenderContext): Html {
    const people = item.with.map((person) => nameOf(person)).filter((name) => name.length > 0);
    const frequency = item.frequency ? describeFrequency(item.frequency, context.locale) : undefined;
    return h('li', null,
        context.t(REFLECTION_KINDS[item.kind] ?? { fr: item.kind, en: item.kind }),
        people.length > 0 ? ` ${context.t(TEXTS.with, { people: people.join(context.t({ fr: ' et ', en: ' and ' })) })}` : '',
        frequency ? ` (${frequency})` : '',
        item.note ? fragment(' — ', item.note) : undefined);
}
