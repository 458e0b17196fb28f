import {
    DEFAULT_THRESHOLDS, describeThresholdSource, formatSpan, PROFILE_FIELDS,
    type Bilingual, type EffectiveCharter, type ProfileField, type ProfileFieldNode, type Threshold, type ThresholdSource, type Thresholds, type Span
} from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Html } from '../html.js';
import { describeDuration } from '../labels.js';
import { originTag, todoBox } from './charter.js';

/**
 * The tutor's function profile: the thresholds the rules apply (with where each comes from:
 * the charter, a template, the project configuration or Tutorat's default) and the guide's
 * recommended profile.
 */

const FIELD_LABELS: Readonly<Record<ProfileField, Bilingual>> = {
    minExperience: { fr: 'Expérience professionnelle pertinente, au minimum', en: 'Relevant professional experience, at least' },
    minSeniority: { fr: 'Ancienneté dans l’institution, au minimum', en: 'Seniority in the institution, at least' },
    maxTutees: { fr: 'Tutorés accompagnés en même temps, au maximum', en: 'Tutees accompanied at the same time, at most' },
    maxTuteesPerService: { fr: 'Tutorés en même temps dans un même service, au maximum', en: 'Tutees at the same time in one service, at most' }
};

const TEXTS = {
    caption: { fr: 'Les seuils du profil du tuteur', en: 'The tutor profile’s thresholds' },
    captionService: { fr: 'Les seuils pour le service {service}', en: 'Thresholds for the service {service}' },
    criterion: { fr: 'Critère', en: 'Criterion' },
    value: { fr: 'Seuil appliqué', en: 'Threshold applied' },
    source: { fr: 'D’où vient ce seuil', en: 'Where it comes from' },
    templateValue: { fr: 'Valeur du modèle', en: 'Template’s value' },
    notSet: { fr: 'Non fixé : Tutorat applique {value} (valeur par défaut du projet) tant que l’institution ne le fixe pas.', en: 'Not set: Tutorat applies {value} (project default) until the institution sets it.' },
    notSetNoDefault: { fr: 'Non fixé : pas de maximum par service.', en: 'Not set: no maximum per service.' },
    templateOwn: { fr: 'fixé par ce modèle', en: 'set by this template' },
    description: { fr: 'Le profil décrit par la charte', en: 'The profile described by the charter' },
    templateDescription: { fr: 'Le profil décrit par le modèle', en: 'The profile described by the template' },
    guideTitle: { fr: 'Le profil recommandé par le guide', en: 'The profile the guide recommends' },
    guideSection: { fr: 'Guide pour le tutorat — « Le choix du tuteur »', en: 'Guide pour le tutorat — “Le choix du tuteur” (choosing the tutor)' }
} as const;

/** The guide's recommended profile, in its own words (« Le choix du tuteur »). */
const GUIDE_PROFILE: readonly Bilingual[] = [
    { fr: 'Justifier d’une expérience professionnelle pertinente et d’une ancienneté au sein de l’institution : il faut pouvoir s’appuyer sur une expérience de plusieurs années.', en: 'Relevant professional experience and seniority in the institution: several years of experience to rely on.' },
    { fr: 'Exercer une fonction similaire à celle qui est apprise par le tutoré.', en: 'Exercise a function similar to the one the tutee is learning.' },
    { fr: 'Posséder une qualification (concernant la fonction) au minimum équivalente à celle visée par le tutoré.', en: 'Hold a qualification (for the function) at least equivalent to the one the tutee aims at.' },
    { fr: 'Ne pas être le supérieur hiérarchique du tutoré : le tuteur est un « pair » et non un supérieur.', en: 'Not be the tutee’s hierarchical superior: the tutor is a “peer”, not a superior.' },
    { fr: 'Être reconnu par sa hiérarchie et ses pairs, notamment pour ses capacités d’animation, de formalisation, de réflexivité et pédagogiques.', en: 'Be recognised by one’s hierarchy and peers, in particular for one’s abilities to lead, formalise, reflect and teach.' },
    { fr: 'Être volontaire : démarche spontanée, échanges au sein de l’équipe ou appel à candidatures puis acceptation de la mission.', en: 'Be a volunteer: spontaneous request, team discussion, or call for candidates then acceptance of the mission.' },
    { fr: 'Être formé au tutorat avant d’exercer la fonction, sauf titre de compétences de « tuteur en entreprise ».', en: 'Be trained for tutoring before tutoring, unless holding the “tuteur en entreprise” competence certificate.' }
];

/** The thresholds that apply in an institution, in general and for each service with its own profile. */
export function institutionProfile(
    effective: EffectiveCharter | undefined,
    thresholds: Thresholds,
    perService: ReadonlyArray<{ readonly service: string; readonly thresholds: Thresholds }>,
    context: RenderContext
): Html {
    const profile = effective?.section('tutorProfile');
    const text = effective?.levels.map((level) => level.tutorProfile?.description).find((value) => value !== undefined);
    return fragment(
        thresholdTable(context.t(TEXTS.caption), thresholds, context),
        perService.map(({ service, thresholds: own }) => thresholdTable(context.t(TEXTS.captionService, { service }), own, context)),
        profile?.node.todo ? todoBox(profile.node.todo, context, profile.owner) : undefined,
        text ? fragment(h('h3', null, context.t(TEXTS.description)), paragraphs(text)) : undefined,
        guideProfile(context));
}

function thresholdTable(caption: string, thresholds: Thresholds, context: RenderContext): Html {
    const rows = PROFILE_FIELDS.flatMap((field) => {
        const threshold = thresholds[field] as Threshold<Span | number> | undefined;
        return threshold ? [h('tr', null,
            h('th', { scope: 'row' }, context.t(FIELD_LABELS[field])),
            h('td', null, valueOf(threshold.value, context)),
            h('td', null, describeThresholdSource(portableSource(threshold.source), context.locale)))] : [];
    });
    return h('table', null,
        h('caption', null, caption),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, context.t(TEXTS.criterion)), h('th', { scope: 'col' }, context.t(TEXTS.value)), h('th', { scope: 'col' }, context.t(TEXTS.source)))),
        h('tbody', null, rows));
}

/** A configuration file is named by its file name: the handbook does not print the machine's folders. */
function portableSource(source: ThresholdSource): ThresholdSource {
    return source.kind === 'configuration' ? { kind: 'configuration', file: baseName(source.file) } : source;
}

function valueOf(value: Span | number, context: RenderContext): string {
    return typeof value === 'number' ? String(value) : formatSpan(value, context.locale);
}

/** In a template: what the template (or the one it extends) sets, leaves to complete, or leaves to the default. */
export function templateProfile(effective: EffectiveCharter, context: RenderContext): Html {
    const profile = effective.section('tutorProfile');
    if (profile?.node.todo) {
        return fragment(todoBox(profile.node.todo, context, profile.owner !== effective.owner ? profile.owner : undefined), guideProfile(context));
    }
    const rows = PROFILE_FIELDS.map((field) => {
        const found = effective.profileField(field);
        const cell = !found
            ? notSet(field, context)
            : found.node.todo
                ? todoBox(found.node.todo, context)
                : fieldValue(found.node, context);
        const origin = found ? (found.owner !== effective.owner ? originTag(found.owner, context) : context.t(TEXTS.templateOwn)) : '';
        return h('tr', null, h('th', { scope: 'row' }, context.t(FIELD_LABELS[field])), h('td', null, cell), h('td', null, origin));
    });
    const text = effective.levels.map((level) => level.tutorProfile?.description).find((value) => value !== undefined);
    return fragment(
        h('table', null,
            h('caption', null, context.t(TEXTS.caption)),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, context.t(TEXTS.criterion)), h('th', { scope: 'col' }, context.t(TEXTS.templateValue)), h('th', { scope: 'col' }, context.t(TEXTS.source)))),
            h('tbody', null, rows)),
        text ? fragment(h('h3', null, context.t(TEXTS.templateDescription)), paragraphs(text)) : undefined,
        guideProfile(context));
}

function fieldValue(node: ProfileFieldNode, context: RenderContext): string {
    const value = node.value;
    return typeof value === 'number' ? String(value) : describeDuration(value, context.locale) ?? '';
}

function notSet(field: ProfileField, context: RenderContext): string {
    if (field === 'maxTuteesPerService') {
        return context.t(TEXTS.notSetNoDefault);
    }
    const value = field === 'maxTutees' ? String(DEFAULT_THRESHOLDS.maxTutees) : formatSpan(DEFAULT_THRESHOLDS[field], context.locale);
    return context.t(TEXTS.notSet, { value });
}

function guideProfile(context: RenderContext): Html {
    return fragment(
        h('h3', null, context.t(TEXTS.guideTitle)),
        h('ul', null, GUIDE_PROFILE.map((line) => h('li', null, context.t(line)))),
        h('p', { class: 'muted' }, context.t(TEXTS.guideSection)));
}

/** The file's own name, whatever the separators of the system that wrote its path. */
function baseName(path: string): string {
    return path.split(/[\\/]/).pop() ?? path;
}
