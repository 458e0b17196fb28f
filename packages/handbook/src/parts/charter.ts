import {
    isCharterTemplate, SECTION_KEYS, SITUATIONS, STAKES,
    type CharterLike, type EffectiveCharter, type Partnership, type Section, type SectionKey, type ToComplete, type TutoringTime
} from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Child, type Html } from '../html.js';
import { describeRate, displayName, itemKindLabel, SECTION_TITLES } from '../labels.js';

/**
 * The charter as it applies: each section of the guide's list, from the charter itself or from
 * the template it extends (said so), with what is still « à compléter » highlighted.
 */

const TEXTS = {
    inherited: { fr: 'repris du modèle {template}', en: 'from the template {template}' },
    toComplete: { fr: 'À compléter', en: 'To complete' },
    askedBy: { fr: '(laissé à compléter par le modèle {template})', en: '(left to complete by the template {template})' },
    silentCharter: { fr: 'La charte n’en dit rien pour l’instant.', en: 'The charter says nothing about it yet.' },
    silentTemplate: { fr: 'Le modèle n’en dit rien : chaque institution peut le préciser dans sa charte.', en: 'The template says nothing about it: each institution may state it in its charter.' },
    ownStake: { fr: 'enjeu propre', en: 'own stake' },
    volume: { fr: 'Volume', en: 'Volume' },
    formalisedBy: { fr: 'Formalisé par', en: 'Formalised by' },
    workload: { fr: 'Charge de travail', en: 'Workload' },
    countsAsWorkload: { fr: 'Le temps de tutorat est compté dans la charge de travail du tuteur.', en: 'Tutoring time counts as part of the tutor’s workload.' },
    notCounted: { fr: 'La charte ne dit pas si le temps de tutorat est compté dans la charge de travail.', en: 'The charter does not say whether tutoring time counts as workload.' },
    withPartner: { fr: 'avec {partner}', en: 'with {partner}' }
} as const;

export interface CharterOptions {
    /** In a template's own handbook the silences read differently. */
    readonly mode: 'institution' | 'template';
    /** Sections left out (the tutor profile has its own part). */
    readonly skip?: readonly SectionKey[];
}

export function charterSections(effective: EffectiveCharter, context: RenderContext, options: CharterOptions): Html {
    return fragment(SECTION_KEYS.filter((key) => !options.skip?.includes(key)).map((key) => {
        const found = effective.section(key);
        const id = `charte-${key}`;
        return h('section', { class: 'charter-section', 'aria-labelledby': id },
            h('h3', { id }, context.t(SECTION_TITLES[key]), found && found.owner !== effective.owner ? originTag(found.owner, context) : undefined),
            found
                ? sectionBody(key, found.node, context, found.owner !== effective.owner ? found.owner : undefined)
                : h('p', { class: 'empty' }, context.t(options.mode === 'template' ? TEXTS.silentTemplate : TEXTS.silentCharter)));
    }));
}

/** « repris du modèle « Modèle de charte — CP 319.02 » ». */
export function originTag(owner: CharterLike, context: RenderContext): Html {
    return h('span', { class: 'origin' }, context.t(TEXTS.inherited, { template: templateName(owner, context) }));
}

function templateName(owner: CharterLike, context: RenderContext): string {
    const name = isCharterTemplate(owner) ? owner.title?.trim() || owner.name : owner.title?.trim() || '';
    return context.locale === 'fr' ? `« ${name} »` : `“${name}”`;
}

/** A « à compléter » box, with the template's hint. */
export function todoBox(todo: ToComplete, context: RenderContext, from?: CharterLike): Html {
    return h('div', { class: 'todo' },
        h('span', { class: 'todo-label' }, context.t(TEXTS.toComplete)),
        todo.hint ?? '',
        from ? fragment(' ', h('small', null, context.t(TEXTS.askedBy, { template: templateName(from, context) }))) : undefined);
}

function sectionBody(key: SectionKey, node: Section, context: RenderContext, inheritedFrom: CharterLike | undefined): Child {
    if ('todo' in node && node.todo) {
        return todoBox(node.todo, context, inheritedFrom);
    }
    switch (key) {
        case 'stakes':
            return stakes(node as NonNullable<CharterLike['stakes']>, context);
        case 'situations':
            return h('ul', null, (node as NonNullable<CharterLike['situations']>).items.map((situation) => h('li', null, context.label(SITUATIONS[situation]))));
        case 'tutoringTime':
            return tutoringTime(node as TutoringTime, context);
        default:
            return 'items' in node ? kindedItems(node.items as readonly KindedItem[], context, inheritedFrom) : paragraphs((node as { text?: string }).text);
    }
}

function stakes(node: NonNullable<CharterLike['stakes']>, context: RenderContext): Html {
    return h('ul', null, node.items.map((stake) => stake.known
        ? h('li', null, context.label(STAKES[stake.known]))
        : h('li', null, stake.custom ?? '', ' ', h('span', { class: 'origin' }, context.t(TEXTS.ownStake)))));
}

function tutoringTime(node: TutoringTime, context: RenderContext): Html {
    return fragment(
        h('dl', { class: 'facts' },
            node.volume ? fragment(h('dt', null, context.t(TEXTS.volume)), h('dd', null, describeRate(node.volume, context.locale) ?? '')) : undefined,
            node.formalisation ? fragment(h('dt', null, context.t(TEXTS.formalisedBy)), h('dd', null, node.formalisation)) : undefined,
            h('dt', null, context.t(TEXTS.workload)), h('dd', null, context.t(node.countsAsWorkload ? TEXTS.countsAsWorkload : TEXTS.notCounted))),
        paragraphs(node.description));
}

type KindedItem = { readonly $type: string; readonly kind?: string; readonly role?: string; readonly text?: string; readonly todo?: ToComplete };

function kindedItems(items: readonly KindedItem[], context: RenderContext, inheritedFrom: CharterLike | undefined): Html {
    return h('ul', { class: 'items' }, items.map((item) => {
        const partner = item.$type === 'Partnership' ? (item as unknown as Partnership).partner?.ref : undefined;
        return h('li', null,
            h('span', { class: 'kind' }, itemKindLabel(item.$type, item.kind ?? item.role, context.locale), partner ? ` ${context.t(TEXTS.withPartner, { partner: displayName(partner) })}` : ''),
            item.todo ? todoBox(item.todo, context, inheritedFrom) : paragraphs(item.text));
    }));
}
