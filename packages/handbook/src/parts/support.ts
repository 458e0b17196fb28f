import type { Bilingual, Duo, EffectiveCharter } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Html } from '../html.js';
import { describeFrequency } from '../labels.js';
import { nameOf } from './people.js';

/**
 * « Qui vous accompagne » in the tutee's booklet: the supervisor's review of the tutor, the team's
 * briefing, whom to alert and the team's role — only what the duo and the charter write.
 */

const TEXTS = {
    review: { fr: 'Le suivi de votre tuteur', en: 'Your tutor’s supervision' },
    reviewLine: { fr: '{supervisors} fait le point avec votre tuteur sur sa mission et votre progression{frequency}.', en: '{supervisors} reviews your tutor’s mission and your progress with them{frequency}.' },
    team: { fr: 'Votre équipe', en: 'Your team' },
    briefed: { fr: 'L’équipe a été informée de votre arrivée{date}.', en: 'The team was told about your arrival{date}.' },
    teamRole: { fr: 'Le rôle de l’équipe, selon la charte :', en: 'The team’s role, according to the charter:' },
    alert: { fr: 'En cas de difficulté', en: 'If you have a difficulty' },
    alertLine: { fr: 'Prévenez {contacts}.', en: 'Tell {contacts}.' }
} satisfies Record<string, Bilingual>;

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
    const sections = [
        reviews.length > 0 ? fragment(h('h3', null, context.t(TEXTS.review)), h('ul', null, reviews)) : undefined,
        briefing || teamItems.length > 0 ? fragment(h('h3', null, context.t(TEXTS.team)),
            briefing ? h('p', null, context.t(TEXTS.briefed, { date: briefing.date ? ` ${context.t({ fr: 'le {date}', en: 'on {date}' }, { date: context.writtenDate(briefing.date) ?? '' })}` : '' }), briefing.note ? fragment(' — ', briefing.note) : undefined) : undefined,
            teamItems.length > 0 ? fragment(h('p', null, context.t(TEXTS.teamRole)), teamItems.map((text) => paragraphs(text, { class: 'note' }))) : undefined) : undefined,
        contacts.length > 0 ? fragment(h('h3', null, context.t(TEXTS.alert)), h('p', null, context.t(TEXTS.alertLine, { contacts: contacts.join(or) }), duo.alert?.note ? fragment(' — ', duo.alert.note) : undefined)) : undefined
    ].filter((section) => section !== undefined);
    return sections.length > 0 ? fragment(sections) : undefined;
}
