import type { Bilingual, Partner, PartnerDuty, SharedRole, TrainingPath } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Html } from '../html.js';
import type { InstitutionModel } from '../workspace-model.js';
import { todoBox } from './charter.js';
import { displayName } from '../labels.js';

/** The institution's booklet: each partner with a placement, its duties and who does what (Guide : Rôle des organismes partenaires). */

const TEXTS = {
    intro: { fr: 'Ce à quoi chaque organisme partenaire s’engage, et qui fait quoi entre le tuteur et son référent.', en: 'What each partner organisation commits to, and who does what between the tutor and its referent.' },
    duties: { fr: 'Ses engagements', en: 'Its commitments' },
    sharing: { fr: 'Répartition des rôles — {path}', en: 'Role sharing — {path}' },
    noDuties: { fr: 'Engagements à préciser avec l’organisme.', en: 'Commitments to be agreed with the organisation.' }
} satisfies Record<string, Bilingual>;

const DUTY_KINDS: Readonly<Record<string, Bilingual>> = {
    'préparation': { fr: 'Préparation du stagiaire', en: 'Preparing the trainee' },
    'signalement': { fr: 'Signalement des problèmes', en: 'Reporting problems' },
    'évaluation': { fr: 'Participation à l’évaluation', en: 'Taking part in the evaluation' },
    'suivi': { fr: 'Suivi', en: 'Follow-up' },
    'assurance': { fr: 'Assurance', en: 'Insurance' }
};

const SHARED_ROLES: Readonly<Record<string, Bilingual>> = {
    tuteur: { fr: 'Tuteur', en: 'Tutor' }, tutrice: { fr: 'Tutrice', en: 'Tutor' },
    'référent': { fr: 'Référent', en: 'Referent' }, 'référente': { fr: 'Référente', en: 'Referent' },
    'équipe': { fr: 'Équipe', en: 'Team' }
};

/** The partners that host a placement, in the institution's order; undefined when there is none. */
export function partnerDuties(institution: InstitutionModel, context: RenderContext, level = 3): Html | undefined {
    const placed = institution.paths.filter((path) => path.placement?.partner?.ref);
    const partners = institution.partners.filter((partner) => placed.some((path) => path.placement?.partner?.ref === partner));
    if (partners.length === 0) {
        return undefined;
    }
    const heading = `h${level}` as 'h3';
    const sub = `h${level + 1}` as 'h4';
    return fragment(
        h('p', { class: 'intro' }, context.t(TEXTS.intro)),
        partners.map((partner) => fragment(
            h(heading, null, displayName(partner)),
            h(sub, null, context.t(TEXTS.duties)),
            duties(partner, context),
            placed.filter((path) => path.placement?.partner?.ref === partner && (path.placement.roleSharing?.items.length ?? 0) > 0)
                .map((path) => sharing(path, context, sub)))));
}

function duties(partner: Partner, context: RenderContext): Html {
    const items = partner.duties?.items ?? [];
    if (items.length === 0) {
        return h('p', { class: 'todo' }, context.t(TEXTS.noDuties));
    }
    return h('dl', { class: 'facts' }, items.map((duty: PartnerDuty) => fragment(
        h('dt', null, context.t(DUTY_KINDS[duty.kind] ?? { fr: duty.kind, en: duty.kind })),
        h('dd', null, duty.todo ? todoBox(duty.todo, context) : paragraphs(duty.text ?? '')))));
}

function sharing(path: TrainingPath, context: RenderContext, sub: 'h4'): Html {
    const items: readonly SharedRole[] = path.placement?.roleSharing?.items ?? [];
    return fragment(
        h(sub, null, context.t(TEXTS.sharing, { path: path.title ?? path.name })),
        h('dl', { class: 'facts' }, items.map((item) => fragment(
            h('dt', null, context.t(SHARED_ROLES[item.role] ?? { fr: item.role, en: item.role })),
            h('dd', null, paragraphs(item.text))))));
}
