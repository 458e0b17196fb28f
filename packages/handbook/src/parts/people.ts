import {
    agree, describeQualification, DESIGNATION_WORDS, isDeclaredTutee, isDeclaredTutor, PARTNER_KINDS, PROFILES, SITUATIONS, STAFF_ROLES, TUTOR_ABILITIES, tutorAbility,
    VOLUNTEER_MODES, type Bilingual, type Duo, type Partner, type Person, type Referent, type SpecificProfile
} from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, link, render, type Child, type Html } from '../html.js';
import { describeDuration, describeFrequency, describeShare, displayName } from '../labels.js';
import type { InstitutionModel } from '../workspace-model.js';

/** « Qui est qui » : the institution's people, duos, services and partners, as tables to keep at hand. */

const TEXTS = {
    tutors: { fr: 'Les tuteurs et tutrices', en: 'Tutors' },
    tutees: { fr: 'Les tutorés', en: 'Tutees' },
    duos: { fr: 'Les duos', en: 'Duos' },
    management: { fr: 'La direction et l’encadrement', en: 'Management and supervisors' },
    others: { fr: 'Les autres membres du personnel', en: 'Other staff members' },
    services: { fr: 'Les services', en: 'Services' },
    partners: { fr: 'Les organismes partenaires', en: 'Partner organisations' },
    name: { fr: 'Nom', en: 'Name' },
    functionService: { fr: 'Fonction et service', en: 'Function and service' },
    experience: { fr: 'Expérience et ancienneté', en: 'Experience and seniority' },
    qualification: { fr: 'Qualification', en: 'Qualification' },
    tutorTraining: { fr: 'Choix, capacités et formation', en: 'Choice, abilities and training' },
    contact: { fr: 'Contact', en: 'Contact' },
    situation: { fr: 'Situation', en: 'Situation' },
    aimed: { fr: 'Fonction et qualification visées', en: 'Aimed function and qualification' },
    arrival: { fr: 'Arrivée', en: 'Arrival' },
    partnerProfile: { fr: 'Organisme et profil', en: 'Organisation and profile' },
    tutor: { fr: 'Tuteur', en: 'Tutor' },
    tutee: { fr: 'Tutoré', en: 'Tutee' },
    period: { fr: 'Période', en: 'Period' },
    substitute: { fr: 'Suppléant', en: 'Substitute' },
    interviews: { fr: 'Entretiens', en: 'Interviews' },
    sharedTime: { fr: 'Temps commun', en: 'Shared time' },
    roles: { fr: 'Rôle', en: 'Role' },
    service: { fr: 'Service', en: 'Service' },
    head: { fr: 'Responsable', en: 'Head' },
    description: { fr: 'Description', en: 'Description' },
    organisation: { fr: 'Organisme', en: 'Organisation' },
    kind: { fr: 'Type', en: 'Type' },
    address: { fr: 'Adresse', en: 'Address' },
    referents: { fr: 'Référents', en: 'Referents' },
    experienceValue: { fr: '{experience} d’expérience', en: '{experience} of experience' },
    seniorityValue: { fr: '{seniority} dans l’institution', en: '{seniority} in the institution' },
    trainedIn: { fr: 'Formé au tutorat ({when})', en: 'Trained for tutoring ({when})' },
    trained: { fr: 'Formé au tutorat', en: 'Trained for tutoring' },
    designatedBy: { fr: '{designated} par {by}', en: 'Designated by {by}' },
    recognisedBy: { fr: '{recognised} par {by}', en: 'Recognised by {by}' },
    abilities: { fr: 'Capacités reconnues : {abilities}', en: 'Abilities recognised: {abilities}' },
    certificate: { fr: 'Titre de « tuteur en entreprise »', en: '“Tuteur en entreprise” certificate' },
    headOf: { fr: 'Responsable du service {service}', en: 'Head of the service {service}' },
    notStated: { fr: '—', en: '—' },
    none: { fr: 'Personne n’est encore inscrit ici.', en: 'Nobody is listed here yet.' }
} satisfies Record<string, Bilingual>;

export function whoIsWho(institution: InstitutionModel, context: RenderContext): Html {
    const tutors = institution.people.filter((person) => isDeclaredTutor(person) || institution.duos.some((duo) => duo.tutor?.ref === person));
    const tutees = institution.people.filter((person) => !tutors.includes(person) && (isDeclaredTutee(person) || institution.duos.some((duo) => duo.tutee?.ref === person)));
    const heads = new Set(institution.services.map((service) => service.head?.ref).filter((head) => head !== undefined));
    const management = institution.people.filter((person) => !tutors.includes(person) && !tutees.includes(person) && (person.roles.length > 0 || heads.has(person)));
    const others = institution.people.filter((person) => !tutors.includes(person) && !tutees.includes(person) && !management.includes(person));
    return fragment(
        table(context.t(TEXTS.tutors), [TEXTS.name, TEXTS.functionService, TEXTS.experience, TEXTS.qualification, TEXTS.tutorTraining, TEXTS.contact], tutors, (person) => [
            functionAndService(person, context), experience(person, context),
            person.qualification ? describeQualification(person.qualification, context.locale) : context.t(TEXTS.notStated),
            tutorTraining(person, context), contact(person)
        ], context),
        table(context.t(TEXTS.tutees), [TEXTS.name, TEXTS.situation, TEXTS.aimed, TEXTS.arrival, TEXTS.partnerProfile], tutees, (person) => [
            person.situation ? context.label(SITUATIONS[person.situation]) : context.t(TEXTS.notStated),
            lines([displayName(person.targetFunction?.ref ?? person.function?.ref) || undefined, person.targetQualification ? describeQualification(person.targetQualification, context.locale) : undefined]),
            context.writtenDate(person.arrival) ?? context.t(TEXTS.notStated),
            lines([person.partner?.ref ? displayName(person.partner.ref) : undefined, ...person.profiles.map((profile) => profileLabel(profile, context))])
        ], context),
        duosTable(institution.duos, context),
        table(context.t(TEXTS.management), [TEXTS.name, TEXTS.roles, TEXTS.functionService, TEXTS.contact], management, (person) => [
            lines([...person.roles.map((role) => context.label(STAFF_ROLES[role])), ...institution.services.filter((service) => service.head?.ref === person).map((service) => context.t(TEXTS.headOf, { service: displayName(service) }))]),
            functionAndService(person, context), contact(person)
        ], context),
        others.length > 0 ? table(context.t(TEXTS.others), [TEXTS.name, TEXTS.functionService, TEXTS.contact], others, (person) => [functionAndService(person, context), contact(person)], context) : undefined,
        institution.services.length > 0 ? h('table', null,
            h('caption', null, context.t(TEXTS.services)),
            head([TEXTS.service, TEXTS.head, TEXTS.description], context),
            h('tbody', null, institution.services.map((service) => h('tr', null,
                h('th', { scope: 'row' }, displayName(service)),
                h('td', null, service.head?.ref ? displayName(service.head.ref) : context.t(TEXTS.notStated)),
                h('td', null, service.description ?? ''))))) : undefined,
        institution.partners.length > 0 ? partnersTable(institution.partners, context) : undefined);
}

/** A table of people; a column nobody has anything in (no one's contact written, say) is left out. */
function table<T extends { readonly name: string; readonly title?: string }>(caption: string, columns: readonly Bilingual[], rows: readonly T[], cells: (row: T) => Child[], context: RenderContext): Html {
    if (rows.length === 0) {
        return fragment(h('h3', null, caption), h('p', { class: 'empty' }, context.t(TEXTS.none)));
    }
    const body = rows.map((row) => ({ row, cells: cells(row) }));
    const blank = new Set(['', render(context.t(TEXTS.notStated))]);
    const kept = columns.slice(1).map((_, index) => body.some((line) => !blank.has(render(line.cells[index]))));
    return h('table', { class: 'people' },
        h('caption', null, caption),
        head(columns.filter((_, index) => index === 0 || kept[index - 1]), context),
        h('tbody', null, body.map((line) => h('tr', null, h('th', { scope: 'row' }, displayName(line.row)),
            line.cells.filter((_, index) => kept[index]).map((cell) => h('td', null, cell))))));
}

function head(columns: readonly Bilingual[], context: RenderContext): Html {
    return h('thead', null, h('tr', null, columns.map((column) => h('th', { scope: 'col' }, context.t(column)))));
}

function duosTable(duos: readonly Duo[], context: RenderContext): Html {
    if (duos.length === 0) {
        return fragment(h('h3', null, context.t(TEXTS.duos)), h('p', { class: 'empty' }, context.t(TEXTS.none)));
    }
    return h('table', { class: 'people' },
        h('caption', null, context.t(TEXTS.duos)),
        head([TEXTS.tutor, TEXTS.tutee, TEXTS.period, TEXTS.substitute, TEXTS.interviews, TEXTS.sharedTime], context),
        h('tbody', null, duos.map((duo) => h('tr', null,
            h('td', null, nameOf(duo.tutor)),
            h('th', { scope: 'row' }, nameOf(duo.tutee)),
            h('td', null, context.period(duo.period) ?? context.t(TEXTS.notStated)),
            h('td', null, duo.substitute ? nameOf(duo.substitute) : context.t(TEXTS.notStated)),
            h('td', null, describeFrequency(duo.interviews, context.locale) ?? context.t(TEXTS.notStated)),
            h('td', null, describeShare(duo.sharedTime, context.locale) ?? context.t(TEXTS.notStated))))));
}

function partnersTable(partners: readonly Partner[], context: RenderContext): Html {
    return h('table', { class: 'people' },
        h('caption', null, context.t(TEXTS.partners)),
        head([TEXTS.organisation, TEXTS.kind, TEXTS.address, TEXTS.referents], context),
        h('tbody', null, partners.map((partner) => h('tr', null,
            h('th', { scope: 'row' }, displayName(partner)),
            h('td', null, partner.kind ? context.label(PARTNER_KINDS[partner.kind]) : context.t(TEXTS.notStated)),
            h('td', null, partner.address ?? ''),
            h('td', null, partner.referents.map((referent) => h('p', null, referentLine(referent))))))));
}

/** « Catherine Dubois, Maîtresse de formation pratique — catherine.dubois@helha.be ». */
export function referentLine(referent: Referent): Html {
    return fragment(h('strong', null, displayName(referent)), referent.role ? `, ${referent.role}` : '', contact(referent, true));
}

/** A name from a reference, or what was written when it does not resolve. */
export function nameOf(reference: { readonly ref?: { readonly name: string; readonly title?: string }; readonly $refText: string } | undefined): string {
    return reference?.ref ? displayName(reference.ref) : reference?.$refText ?? '';
}

export function functionAndService(person: Person, context: RenderContext): Html {
    return lines([person.function?.ref ? displayName(person.function.ref) : undefined, person.service?.ref ? displayName(person.service.ref) : undefined], context.t(TEXTS.notStated));
}

function experience(person: Person, context: RenderContext): Html {
    const experience = describeDuration(person.experience, context.locale);
    const seniority = describeDuration(person.seniority, context.locale);
    return lines([
        experience ? context.t(TEXTS.experienceValue, { experience }) : undefined,
        seniority ? context.t(TEXTS.seniorityValue, { seniority }) : undefined
    ], context.t(TEXTS.notStated));
}

function tutorTraining(person: Person, context: RenderContext): Html {
    const training = person.tutorTraining;
    const when = training ? context.writtenDate(training.date) ?? (training.year !== undefined ? String(training.year) : undefined) : undefined;
    const certificateYear = person.certificate?.date ? context.writtenDate(person.certificate.date) : person.certificate?.year !== undefined ? String(person.certificate.year) : undefined;
    return lines([
        person.volunteer ? context.label(VOLUNTEER_MODES[person.volunteer.mode]) : undefined,
        designation(person, context),
        abilities(person, context),
        training ? (when ? context.t(TEXTS.trainedIn, { when }) : context.t(TEXTS.trained)) : undefined,
        person.certificate ? `${context.t(TEXTS.certificate)}${certificateYear ? ` (${certificateYear})` : ''}` : undefined,
        ...person.awareness.map((awareness) => awareness.text)
    ], context.t(TEXTS.notStated));
}

/** « Désignée par Nadia Lambert, avec l’avis de ses pairs »: who chose the tutor, as written (Guide : Un acteur reconnu). */
function designation(person: Person, context: RenderContext): string | undefined {
    const written = person.designation;
    if (!written) {
        return undefined;
    }
    const by = written.by ? nameOf(written.by) : context.t(DESIGNATION_WORDS[written.authority ?? 'direction']);
    const line = context.t(written.recognised ? TEXTS.recognisedBy : TEXTS.designatedBy, {
        by,
        designated: agree(person.kind, { masculine: 'Désigné', feminine: 'Désignée' }),
        recognised: agree(person.kind, { masculine: 'Reconnu', feminine: 'Reconnue' })
    });
    return written.peers ? `${line}, ${context.t(DESIGNATION_WORDS.peers)}` : line;
}

/** « Capacités reconnues : animation, pédagogie », in the guide's words. */
function abilities(person: Person, context: RenderContext): string | undefined {
    const names = [...new Set(person.abilities.map(tutorAbility))].map((ability) => context.label(TUTOR_ABILITIES[ability]).toLowerCase());
    return names.length > 0 ? context.t(TEXTS.abilities, { abilities: names.join(', ') }) : undefined;
}

/** An e-mail as a `mailto:` link when it is a real address, and the phone number as text. */
export function contact(person: { readonly email?: string; readonly phone?: string }, inline = false): Html {
    const parts: Child[] = [];
    if (person.email) {
        parts.push(link(person.email, person.email));
    }
    if (person.phone) {
        parts.push(person.phone);
    }
    if (inline) {
        return parts.length > 0 ? fragment(' — ', parts.map((part, index) => fragment(index > 0 ? ', ' : '', part))) : fragment();
    }
    return fragment(parts.map((part, index) => fragment(index > 0 ? h('br') : undefined, part)));
}

export function profileLabel(profile: SpecificProfile, context: RenderContext): string {
    return profile.known ? context.label(PROFILES[profile.known]) : profile.custom ?? '';
}

/** Several short facts in one cell, one per line. */
function lines(values: ReadonlyArray<string | undefined>, empty = ''): Html {
    const written = values.filter((value): value is string => value !== undefined && value.length > 0);
    return written.length === 0 ? fragment(empty) : fragment(written.map((value, index) => fragment(index > 0 ? h('br') : undefined, value)));
}
