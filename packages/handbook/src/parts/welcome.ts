import {
    BASE_DOCUMENTS, directSuperior, isProgressReview, PROFILES, SITUATIONS, STAFF_ROLES,
    type Bilingual, type Duo, type EffectiveCharter, type KnownDocument, type Person, type Referent, type TrainingPath
} from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Child, type Html } from '../html.js';
import { capitalise, describeFrequency, describeShare, displayName, roleWord } from '../labels.js';
import type { InstitutionModel } from '../workspace-model.js';
import { contact, functionAndService, nameOf } from './people.js';

/** The tutee's own handbook: the welcome and the people to know. */

const TEXTS = {
    welcome: { fr: 'Bienvenue chez {institution} !', en: 'Welcome to {institution}!' },
    accompanies: { fr: '{tutor} vous accompagne comme {role} {period}. Vous pouvez compter sur {pronoun} pour vous accueillir, vous guider, vous former et faire le point avec vous, sans lien hiérarchique : le tutorat se vit entre collègues.', en: '{tutor} accompanies you as your tutor {period}. You can count on them to welcome, guide and train you and to review your progress with you, with no hierarchical link: your tutor is a colleague, not a boss.' },
    substitute: { fr: 'En son absence, {substitute} prend le relais.', en: 'When your tutor is away, {substitute} takes over.' },
    practice: { fr: 'Votre tutorat en pratique', en: 'Your tutoring in practice' },
    situation: { fr: 'Votre situation', en: 'Your situation' },
    period: { fr: 'Période', en: 'Period' },
    interviews: { fr: 'Entretiens avec votre {role}', en: 'Interviews with your tutor' },
    interviewsValue: { fr: '{frequency}, sans la présence des bénéficiaires', en: '{frequency}, without beneficiaries present' },
    sharedTime: { fr: 'Temps de travail ensemble', en: 'Time working together' },
    sharedTimeValue: { fr: '{share} du temps', en: '{share} of the time' },
    firstContact: { fr: 'Premier contact', en: 'First contact' },
    schedule: { fr: 'Horaire', en: 'Schedule' },
    activities: { fr: 'Activités du tutorat', en: 'Tutoring activities' },
    profile: { fr: 'Profil particulier', en: 'Specific profile' },
    documents: { fr: 'Les documents de base', en: 'The base documents' },
    documentsIntro: { fr: 'Ils vous aident à connaître les règles et les attentes de l’institution. Les documents cochés vous ont été remis ; demandez les autres à votre {role}.', en: 'They help you know the institution’s rules and expectations. The ticked documents were given to you; ask your tutor for the others.' },
    given: { fr: 'remis', en: 'given' },
    toAsk: { fr: 'à demander', en: 'to ask for' },
    yourRole: { fr: 'Votre rôle', en: 'Your role' },
    charterSays: { fr: 'Ce que dit la charte de l’institution :', en: 'What the institution’s charter says:' },
    guideSays: { fr: 'Ce que le guide attend du tutoré :', en: 'What the guide expects from the tutee:' },
    tutorRole: { fr: 'Le rôle de votre tuteur', en: 'Your tutor’s role' },
    tutor: { fr: 'Votre {role}', en: 'Your tutor' },
    substituteRole: { fr: 'Suppléant en cas d’absence', en: 'Substitute when your tutor is away' },
    superior: { fr: 'Votre responsable (supérieur hiérarchique)', en: 'Your manager (hierarchical superior)' },
    tutorsReferent: { fr: 'Référent des tuteurs', en: 'Tutors’ referent' },
    management: { fr: 'Direction', en: 'Management' },
    partnerReferent: { fr: 'Votre référent à {partner}', en: 'Your referent at {partner}' },
    peopleIntro: { fr: 'Les personnes à qui vous adresser pendant votre tutorat.', en: 'The people to turn to during your tutoring.' }
} satisfies Record<string, Bilingual>;

/** The guide's words on the tutee's role (« Rôle du tutoré »). */
const TUTEE_ROLE: readonly Bilingual[] = [
    { fr: 'S’informer des règles et des attentes de l’institution en s’appuyant sur les documents transmis.', en: 'Learn the institution’s rules and expectations from the documents given.' },
    { fr: 'S’impliquer et être « proactif » dans son parcours d’apprentissage, dans l’acquisition des compétences attendues.', en: 'Get involved and be “proactive” in one’s learning path and in acquiring the expected competences.' },
    { fr: 'Réaliser la palette des activités qui lui sont confiées, en lien avec le sens et les finalités de la fonction.', en: 'Carry out the range of activities entrusted, in line with the meaning and purpose of the function.' },
    { fr: 'Tenir compte des consignes du supérieur hiérarchique et des conseils du tuteur.', en: 'Follow the superior’s instructions and the tutor’s advice.' },
    { fr: 'Procéder à une autoévaluation régulière, en parler au tuteur, le solliciter si nécessaire, l’alerter en cas de difficulté.', en: 'Self-evaluate regularly, talk about it with the tutor, ask for help when needed, alert them in case of difficulty.' },
    { fr: 'Rendre compte de sa progression au supérieur hiérarchique.', en: 'Report one’s progress to the hierarchical superior.' },
    { fr: 'Établir des liens entre les activités réalisées dans l’institution et les apprentissages dans le centre de formation.', en: 'Link the activities at work with what is learnt at the training centre.' },
    { fr: 'Exprimer questions, étonnements, suggestions.', en: 'Voice questions, surprises, suggestions.' }
];

/** The tutor's missions as the guide draws them (« Missions du tuteur »). */
const TUTOR_MISSIONS: readonly Bilingual[] = [
    { fr: 'Vous accueillir et faciliter votre intégration dans l’équipe.', en: 'Welcome you and ease your integration into the team.' },
    { fr: 'Organiser et planifier votre parcours de formation, progressivement.', en: 'Organise and plan your training path, step by step.' },
    { fr: 'Vous former : transmettre savoirs, savoir-faire, savoir agir et savoir-être, et la culture de l’organisation.', en: 'Train you: pass on knowledge, know-how, attitudes and the organisation’s culture.' },
    { fr: 'Vous accompagner : écouter, encourager, rappeler le cadre, développer votre autonomie.', en: 'Support you: listen, encourage, recall the framework, develop your autonomy.' },
    { fr: 'Évaluer vos acquis avec vous, en évaluation formative puis finale.', en: 'Evaluate what you have learnt with you, formatively then finally.' },
    { fr: 'Faire le lien avec votre organisme de formation, le cas échéant.', en: 'Liaise with your training organisation, where there is one.' }
];

const KNOWN_DOCUMENTS = Object.keys(BASE_DOCUMENTS) as KnownDocument[];

export function welcome(duo: Duo, institution: InstitutionModel, charter: EffectiveCharter | undefined, context: RenderContext): Html {
    const tutor = duo.tutor?.ref;
    const tutee = duo.tutee?.ref;
    const tutorRole = roleWord(tutor, 'tutor', context.locale);
    const period = context.period(duo.period) ?? '';
    const commitments = charter?.filled('commitments')?.node.items ?? [];
    const ownRole = commitments.filter((item) => item.role === 'tutoré' || item.role === 'tutorée').map((item) => item.text).filter(isText);
    const tutorCommitments = commitments.filter((item) => item.role === 'tuteur' || item.role === 'tutrice').map((item) => item.text).filter(isText);
    const given = new Set(duo.documents.map((document) => document.known).filter((known) => known !== undefined));
    const custom = duo.documents.map((document) => document.custom).filter(isText);
    return fragment(
        h('p', { class: 'intro' }, context.t(TEXTS.welcome, { institution: institution.title ?? institution.name })),
        h('p', null, context.t(TEXTS.accompanies, { tutor: nameOf(duo.tutor), role: tutorRole, period, pronoun: tutor?.kind === 'tutrice' ? 'elle' : 'lui' }),
            duo.substitute ? ` ${context.t(TEXTS.substitute, { substitute: nameOf(duo.substitute) })}` : ''),
        h('h3', null, context.t(TEXTS.practice)),
        h('dl', { class: 'facts' },
            fact(context.t(TEXTS.situation), tutee?.situation ? context.label(SITUATIONS[tutee.situation]) : undefined),
            fact(context.t(TEXTS.period), context.period(duo.period)),
            fact(context.t(TEXTS.interviews, { role: tutorRole }), duo.interviews ? context.t(TEXTS.interviewsValue, { frequency: describeFrequency(duo.interviews, context.locale) }) : undefined),
            fact(context.t(TEXTS.sharedTime), duo.sharedTime ? context.t(TEXTS.sharedTimeValue, { share: describeShare(duo.sharedTime, context.locale) }) : undefined),
            fact(context.t(TEXTS.firstContact), duo.firstContact ? [context.writtenDate(duo.firstContact.date) ?? '', duo.firstContact.note ? ` — ${duo.firstContact.note}` : ''] : undefined),
            fact(context.t(TEXTS.schedule), duo.mission?.schedule),
            fact(context.t(TEXTS.activities), duo.mission?.activities),
            fact(context.t(TEXTS.profile), tutee && tutee.profiles.length > 0 ? tutee.profiles.map((profile) => profile.known ? context.label(PROFILES[profile.known]) : profile.custom ?? '').join(', ') : undefined)),
        h('h3', null, context.t(TEXTS.documents)),
        h('p', null, context.t(TEXTS.documentsIntro, { role: tutorRole })),
        h('ul', { class: 'checklist' },
            KNOWN_DOCUMENTS.map((known) => documentLine(context.label(BASE_DOCUMENTS[known]), given.has(known), context)),
            custom.map((text) => documentLine(text, true, context))),
        h('h3', null, context.t(TEXTS.yourRole)),
        ownRole.length > 0 ? fragment(h('p', null, context.t(TEXTS.charterSays)), ownRole.map((text) => paragraphs(text, { class: 'note' }))) : undefined,
        h('p', null, context.t(TEXTS.guideSays)),
        h('ul', null, TUTEE_ROLE.map((line) => h('li', null, context.t(line)))),
        h('h3', null, context.t(TEXTS.tutorRole)),
        tutorCommitments.length > 0 ? fragment(h('p', null, context.t(TEXTS.charterSays)), tutorCommitments.map((text) => paragraphs(text, { class: 'note' }))) : undefined,
        h('ul', null, TUTOR_MISSIONS.map((line) => h('li', null, context.t(line)))));
}

function documentLine(label: string, given: boolean, context: RenderContext): Html {
    return h('li', null, given ? '☑ ' : '☐ ', label, ' ', h('small', { class: 'muted' }, `(${context.t(given ? TEXTS.given : TEXTS.toAsk)})`));
}

function fact(term: string, value: Child): Html | undefined {
    return value === undefined || value === '' ? undefined : fragment(h('dt', null, term), h('dd', null, value));
}

function isText(text: string | undefined): text is string {
    return text !== undefined && text.trim().length > 0;
}

interface Contact {
    readonly role: string;
    readonly person: Person | Referent;
    readonly detail?: Child;
}

/** The people a tutee turns to: tutor, substitute, superior, tutors' referent, management, partner's referent. */
export function peopleToKnow(duo: Duo, paths: readonly TrainingPath[], institution: InstitutionModel, context: RenderContext): Html {
    const tutor = duo.tutor?.ref;
    const tutee = duo.tutee?.ref;
    const contacts: Contact[] = [];
    const add = (person: Person | Referent | undefined, role: string, detail?: Child) => {
        if (person && !contacts.some((entry) => entry.person === person)) {
            contacts.push({ role, person, detail });
        }
    };
    add(tutor, context.t(TEXTS.tutor, { role: roleWord(tutor, 'tutor', context.locale) }), tutor ? functionAndService(tutor, context) : undefined);
    add(duo.substitute?.ref, context.t(TEXTS.substituteRole), duo.substitute?.ref ? functionAndService(duo.substitute.ref, context) : undefined);
    const reviewer = paths.flatMap((path) => path.phases.flatMap((phase) => phase.items)).filter(isProgressReview).map((review) => review.superior?.ref).find((person) => person !== undefined);
    const superior = (tutee && directSuperior(tutee)) ?? reviewer ?? (tutor && directSuperior(tutor));
    add(superior, context.t(TEXTS.superior), superior ? functionAndService(superior, context) : undefined);
    institution.people.filter((person) => person.roles.includes('référent-tuteurs')).forEach((person) => add(person, context.t(TEXTS.tutorsReferent)));
    institution.people.filter((person) => person.roles.includes('direction')).forEach((person) => add(person, context.t(TEXTS.management)));
    const placements = paths.map((path) => path.placement).filter((placement) => placement !== undefined);
    for (const placement of placements) {
        add(placement.referent?.ref, context.t(TEXTS.partnerReferent, { partner: nameOf(placement.partner) }), placement.referent?.ref?.role);
    }
    const partner = tutee?.partner?.ref;
    partner?.referents.forEach((referent) => add(referent, context.t(TEXTS.partnerReferent, { partner: displayName(partner) }), referent.role));
    return fragment(
        h('p', { class: 'intro' }, context.t(TEXTS.peopleIntro)),
        h('ul', { class: 'cards' }, contacts.map((entry) => h('li', null,
            h('p', { class: 'card-role' }, capitalise(entry.role)),
            h('p', { class: 'card-name' }, displayName(entry.person)),
            entry.detail ? h('p', null, entry.detail) : undefined,
            'roles' in entry.person && entry.person.roles.length > 0 ? h('p', { class: 'muted' }, entry.person.roles.map((role) => context.label(STAFF_ROLES[role])).join(', ')) : undefined,
            entry.person.email || entry.person.phone ? h('p', null, contact(entry.person)) : undefined))));
}
