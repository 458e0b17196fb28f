import { partnerDuties } from '../parts/partners.js';
import { EffectiveCharter, RuleQueries, RULES, type Bilingual, type TutoratSharedServices } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, type Html } from '../html.js';
import { displayName } from '../labels.js';
import { renderPage, type Part } from '../page.js';
import { charterSections } from '../parts/charter.js';
import { adviceStates, enBrefChecklist } from '../parts/en-bref.js';
import { findingsAnnex } from '../parts/findings.js';
import { pathGrids } from '../parts/grids.js';
import { duoLogbook } from '../parts/logbook.js';
import { pathSection, pathTitle } from '../parts/paths.js';
import { nameOf, whoIsWho } from '../parts/people.js';
import { institutionProfile } from '../parts/profile.js';
import type { InstitutionModel } from '../workspace-model.js';
import { cover } from './cover.js';
import { duosOf, pathsOf } from './relations.js';

/**
 * The institution's handbook, organised like the sector's « carnet de bord du tuteur »: prepare
 * (charter, tutor profile, who is who), welcome and accompany (paths), evaluate (grids, interview
 * logbook), then look back (the guide's ten pieces of advice, open findings).
 */

const TEXTS = {
    kicker: { fr: 'Livret du tutorat', en: 'Tutoring handbook' },
    title: { fr: 'Livret du tutorat — {institution}', en: 'Tutoring handbook — {institution}' },
    committees: { fr: 'Commission paritaire', en: 'Joint committee' },
    address: { fr: 'Adresse', en: 'Address' },
    charter: { fr: 'Charte', en: 'Charter' },
    version: { fr: 'Version', en: 'Version' },
    adopted: { fr: 'Adoptée le', en: 'Adopted on' },
    extends: { fr: 'Modèle étendu', en: 'Template extended' },
    before: { fr: 'Avant', en: 'Before' },
    beforeText: { fr: 'Donner un cadre au tutorat : la charte, le profil du tuteur, qui est qui.', en: 'Give tutoring a framework: the charter, the tutor profile, who is who.' },
    during: { fr: 'Pendant', en: 'During' },
    duringText: { fr: 'Accueillir, accompagner, évaluer : les parcours, les grilles d’évaluation et le carnet d’entretiens à remplir.', en: 'Welcome, accompany, evaluate: the paths, the evaluation grids and the interview logbook to fill in.' },
    after: { fr: 'Après', en: 'After' },
    afterText: { fr: 'Analyser et améliorer : les dix conseils du guide et les constats encore ouverts.', en: 'Analyse and improve: the guide’s ten pieces of advice and the findings still open.' },
    afterTextWithoutAnnex: { fr: 'Analyser et améliorer : les dix conseils du guide, et où en est l’institution.', en: 'Analyse and improve: the guide’s ten pieces of advice, and where the institution stands.' },
    partCharter: { fr: 'La charte du tutorat', en: 'The tutoring charter' },
    partProfile: { fr: 'Le profil du tuteur', en: 'The tutor profile' },
    partPartners: { fr: 'Les organismes partenaires', en: 'Partner organisations' },
    partPeople: { fr: 'Qui est qui', en: 'Who is who' },
    partPaths: { fr: 'Les parcours de formation', en: 'Training paths' },
    partGrids: { fr: 'Les grilles d’évaluation', en: 'Evaluation grids' },
    partLogbook: { fr: 'Le carnet d’entretiens', en: 'The interview logbook' },
    partEnBref: { fr: 'En bref : les dix conseils du guide', en: 'In short: the guide’s ten pieces of advice' },
    partFindings: { fr: 'Annexe : les constats ouverts', en: 'Annex: open findings' },
    noCharter: { fr: 'L’institution n’a pas encore de charte du tutorat. Le guide demande d’en établir une (enjeux, ressources, modalités de mise en œuvre, profil de fonction du tuteur) : écrivez « charte { … } » dans le bloc de l’institution.', en: 'The institution has no tutoring charter yet. The guide asks for one (stakes, resources, implementation modalities, tutor profile): write “charte { … }” in the institution’s block.' },
    charterIntro: { fr: 'La charte donne un cadre au tutorat (Guide pour le tutorat : « En amont du tutorat »). Ce qui vient du modèle de la fédération est signalé ; ce qui reste « à compléter » est encadré.', en: 'The charter gives tutoring its framework (Guide pour le tutorat: “En amont du tutorat”). What comes from the federation’s template is marked; what is still “to complete” is boxed.' },
    profileIntro: { fr: 'Les seuils que Tutorat applique pour vérifier le choix des tuteurs, et d’où ils viennent.', en: 'The thresholds Tutorat applies to check the choice of tutors, and where they come from.' },
    noPath: { fr: 'Aucun parcours de formation n’est encore décrit.', en: 'No training path is described yet.' },
    gridsIntro: { fr: 'Une grille par évaluation prévue dans les parcours, avec l’échelle du référentiel : cochez un niveau par compétence, notez vos observations, datez et signez.', en: 'One grid per evaluation planned in the paths, with the framework’s scale: tick one level per competence, note your observations, date and sign.' },
    noDuo: { fr: 'Aucun duo n’est encore formé.', en: 'No duo is formed yet.' },
    duoTitle: { fr: '{tutor} et {tutee}', en: '{tutor} and {tutee}' }
} satisfies Record<string, Bilingual>;

export function institutionHandbook(institution: InstitutionModel, shared: TutoratSharedServices, context: RenderContext): { title: string; html: string } {
    const name = institution.title ?? institution.name;
    const effective = institution.charter ? new EffectiveCharter(institution.charter) : undefined;
    const configuration = shared.tutorat.Configuration.forDocument(institution.mainDocument.uri);
    const queries = new RuleQueries(shared.tutorat.WorkspaceFacts, undefined, configuration);
    const title = context.t(TEXTS.title, { institution: name });

    const parts: Part[] = [];
    parts.push({ id: 'charte', title: context.t(TEXTS.partCharter), content: effective ? fragment(h('p', { class: 'intro' }, context.t(TEXTS.charterIntro)), charterSections(effective, context, { mode: 'institution', skip: ['tutorProfile'] })) : h('p', { class: 'todo' }, context.t(TEXTS.noCharter)) });

    const services = [...new Set((effective?.levels ?? []).flatMap((level) => level.tutorProfile?.services ?? []).map((profile) => profile.service?.$refText).filter((service): service is string => !!service))];
    parts.push({
        id: 'profil',
        title: context.t(TEXTS.partProfile),
        content: fragment(h('p', { class: 'intro' }, context.t(TEXTS.profileIntro)), institutionProfile(effective, queries.thresholds(institution.name), services.map((service) => ({
            service: displayName(institution.services.find((candidate) => candidate.name === service)) || service,
            thresholds: queries.thresholds(institution.name, service)
        })), context))
    });

    parts.push({ id: 'personnes', title: context.t(TEXTS.partPeople), content: whoIsWho(institution, context) });
    const partners = partnerDuties(institution, context);
    if (partners) {
        parts.push({ id: 'partenaires', title: context.t(TEXTS.partPartners), content: partners });
    }

    parts.push({
        id: 'parcours',
        title: context.t(TEXTS.partPaths),
        content: institution.paths.length === 0 ? h('p', { class: 'empty' }, context.t(TEXTS.noPath)) : institution.paths.map((path, index) => pathSection(path, `parcours-${index + 1}`, context, 3)),
        entries: institution.paths.map((path, index) => ({ id: `parcours-${index + 1}`, title: pathTitle(path) }))
    });

    const grids = institution.paths.map((path, index) => pathGrids(path, duosOf(institution, path.tutee?.$refText), `grille-${index + 1}`, context, 3));
    parts.push({
        id: 'grilles',
        title: context.t(TEXTS.partGrids),
        content: institution.paths.length === 0 ? h('p', { class: 'empty' }, context.t(TEXTS.noPath)) : fragment(h('p', { class: 'intro' }, context.t(TEXTS.gridsIntro)), grids.map((grid) => grid.html)),
        entries: grids.flatMap((grid) => grid.entries)
    });

    parts.push({
        id: 'entretiens',
        title: context.t(TEXTS.partLogbook),
        content: institution.duos.length === 0 ? h('p', { class: 'empty' }, context.t(TEXTS.noDuo)) : institution.duos.map((duo, index) => logbookSection(institution, duo, index, context)),
        entries: institution.duos.map((duo, index) => ({ id: `entretiens-${index + 1}`, title: context.t(TEXTS.duoTitle, { tutor: nameOf(duo.tutor), tutee: nameOf(duo.tutee) }) }))
    });

    // The annex lists findings with their files and lines: a project may leave it out of a handbook it hands out.
    const annex = context.findingsAnnex ?? configuration.handbook.findingsAnnex;
    const states = adviceStates(RULES, institution.findings, (rule) => configuration.severityOf(rule) !== 'off');
    parts.push({ id: 'en-bref', title: context.t(TEXTS.partEnBref), content: enBrefChecklist(states, context, annex) });
    if (annex) {
        parts.push({ id: 'constats', title: context.t(TEXTS.partFindings), content: findingsAnnex(institution.findings, context) });
    }

    const charter = institution.charter;
    const coverHtml = cover({
        kicker: context.t(TEXTS.kicker),
        title: name,
        subtitle: institution.address,
        facts: [
            [context.t(TEXTS.committees), institution.jointCommittees.join(', ')],
            [context.t(TEXTS.charter), charter?.title],
            [context.t(TEXTS.version), charter?.version],
            [context.t(TEXTS.adopted), context.writtenDate(charter?.adopted)],
            [context.t(TEXTS.extends), effective?.templates.map((template) => displayName(template)).join(' → ')]
        ],
        stages: [
            { title: context.t(TEXTS.before), text: context.t(TEXTS.beforeText) },
            { title: context.t(TEXTS.during), text: context.t(TEXTS.duringText) },
            { title: context.t(TEXTS.after), text: context.t(annex ? TEXTS.afterText : TEXTS.afterTextWithoutAnnex) }
        ]
    }, context);
    return { title, html: renderPage({ locale: context.locale, title, runningTitle: title, cover: coverHtml, parts }, context) };
}

function logbookSection(institution: InstitutionModel, duo: InstitutionModel['duos'][number], index: number, context: RenderContext): Html {
    const id = `entretiens-${index + 1}`;
    return h('section', { class: 'logbook', id, 'aria-labelledby': `${id}-titre` },
        h('h3', { id: `${id}-titre` }, context.t(TEXTS.duoTitle, { tutor: nameOf(duo.tutor), tutee: nameOf(duo.tutee) })),
        duoLogbook(duo, pathsOf(institution, duo.tutee?.$refText), context, { idPrefix: id, level: 4 }));
}
