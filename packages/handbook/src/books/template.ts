import { EffectiveCharter, sectionOf, type Bilingual, type CharterTemplate } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, type Html } from '../html.js';
import { displayName, itemKindLabel, SECTION_TITLES } from '../labels.js';
import { renderPage, type Part } from '../page.js';
import { charterSections } from '../parts/charter.js';
import { templateProfile } from '../parts/profile.js';
import type { InstitutionModel } from '../workspace-model.js';
import { cover } from './cover.js';

/**
 * A federation's charter template as its members read it: what it sets for everyone, what each
 * institution must complete (with the template's hints), and what it inherits from another
 * template.
 */

const TEXTS = {
    kicker: { fr: 'Modèle de charte du tutorat', en: 'Tutoring charter template' },
    title: { fr: 'Modèle de charte — {template}', en: 'Charter template — {template}' },
    federation: { fr: 'Fédération', en: 'Federation' },
    committees: { fr: 'Commission paritaire', en: 'Joint committee' },
    version: { fr: 'Version', en: 'Version' },
    extends: { fr: 'Étend le modèle', en: 'Extends the template' },
    written: { fr: 'Écrit', en: 'Written' },
    writtenText: { fr: 'Ce que le modèle écrit vaut pour chaque institution membre, sauf si sa charte le réécrit.', en: 'What the template writes applies to each member institution, unless its charter rewrites it.' },
    toComplete: { fr: 'À compléter', en: 'To complete' },
    toCompleteText: { fr: 'Les parties encadrées sont à compléter par chaque institution, avec les indications du modèle.', en: 'The boxed parts are to be completed by each institution, following the template’s hints.' },
    inherited: { fr: 'Hérité', en: 'Inherited' },
    inheritedText: { fr: 'Ce qui vient d’un autre modèle est signalé avec son origine.', en: 'What comes from another template is marked with its origin.' },
    partTodo: { fr: 'Ce que chaque institution complète', en: 'What each institution completes' },
    partCharter: { fr: 'La charte type', en: 'The model charter' },
    partProfile: { fr: 'Le profil du tuteur', en: 'The tutor profile' },
    partMembers: { fr: 'Les institutions qui l’étendent', en: 'Institutions extending it' },
    todoIntro: { fr: '{count} élément(s) du modèle sont laissés « à compléter » : chaque institution membre les précise dans sa charte (« charte étend {name} { … } »).', en: '{count} element(s) of the template are left “to complete”: each member institution states them in its charter (“charte étend {name} { … }”).' },
    nothingToDo: { fr: 'Ce modèle ne laisse rien à compléter : les institutions peuvent l’adopter tel quel, et réécrire ce qu’elles veulent préciser.', en: 'This template leaves nothing to complete: institutions may adopt it as it is and rewrite what they want to specify.' },
    noHint: { fr: 'sans indication', en: 'no hint' },
    membersIntro: { fr: 'Les institutions de l’espace de travail dont la charte étend ce modèle.', en: 'The workspace’s institutions whose charter extends this template.' },
    institution: { fr: 'Institution', en: 'Institution' },
    charter: { fr: 'Charte', en: 'Charter' },
    open: { fr: 'Encore à compléter', en: 'Still to complete' }
} satisfies Record<string, Bilingual>;

export function templateHandbook(template: CharterTemplate, members: readonly InstitutionModel[], context: RenderContext): { title: string; html: string } {
    const effective = new EffectiveCharter(template);
    const name = displayName(template);
    // A template's own title usually says it is a template already.
    const title = template.title?.trim() || context.t(TEXTS.title, { template: name });
    const extending = members.filter((institution) => institution.charter && new EffectiveCharter(institution.charter).templates.includes(template));
    const parts: Part[] = [
        { id: 'a-completer', title: context.t(TEXTS.partTodo), content: todoSummary(effective, context) },
        { id: 'modele', title: context.t(TEXTS.partCharter), content: charterSections(effective, context, { mode: 'template', skip: ['tutorProfile'] }) },
        { id: 'profil', title: context.t(TEXTS.partProfile), content: templateProfile(effective, context) }
    ];
    if (extending.length > 0) {
        parts.push({ id: 'institutions', title: context.t(TEXTS.partMembers), content: membersTable(extending, context) });
    }
    const parent = template.parent;
    const coverHtml = cover({
        kicker: context.t(TEXTS.kicker),
        title: name,
        subtitle: template.federation,
        facts: [
            [context.t(TEXTS.committees), template.jointCommittees.join(', ')],
            [context.t(TEXTS.version), template.version],
            [context.t(TEXTS.extends), parent ? (parent.ref ? displayName(parent.ref) : parent.$refText) : undefined]
        ],
        description: template.description,
        stages: [
            { title: context.t(TEXTS.written), text: context.t(TEXTS.writtenText) },
            { title: context.t(TEXTS.toComplete), text: context.t(TEXTS.toCompleteText) },
            { title: context.t(TEXTS.inherited), text: context.t(TEXTS.inheritedText) }
        ]
    }, context);
    return { title, html: renderPage({ locale: context.locale, title, runningTitle: title, cover: coverHtml, parts }, context) };
}

function todoSummary(effective: EffectiveCharter, context: RenderContext): Html {
    const todos = effective.openTodos();
    if (todos.length === 0) {
        return h('p', { class: 'intro' }, context.t(TEXTS.nothingToDo));
    }
    return fragment(
        h('p', { class: 'intro' }, context.t(TEXTS.todoIntro, { count: todos.length, name: (effective.owner as CharterTemplate).name })),
        h('ol', { class: 'items' }, todos.map(({ node }) => {
            const section = sectionOf(node);
            const item = node.$container as { $type: string; kind?: string; role?: string };
            const kind = section && item !== section.node ? itemKindLabel(item.$type, item.kind ?? item.role, context.locale) : undefined;
            return h('li', { class: 'todo' },
                h('span', { class: 'kind' }, section ? h('a', { href: section.key === 'tutorProfile' ? '#profil' : `#charte-${section.key}` }, context.t(SECTION_TITLES[section.key])) : '', kind ? ` — ${kind}` : ''),
                node.hint ?? h('span', { class: 'muted' }, context.t(TEXTS.noHint)));
        })));
}

function membersTable(institutions: readonly InstitutionModel[], context: RenderContext): Html {
    return fragment(h('p', null, context.t(TEXTS.membersIntro)), h('table', null,
        h('caption', null, context.t(TEXTS.partMembers)),
        h('thead', null, h('tr', null, [TEXTS.institution, TEXTS.charter, TEXTS.open].map((column) => h('th', { scope: 'col' }, context.t(column))))),
        h('tbody', null, institutions.map((institution) => h('tr', null,
            h('th', { scope: 'row' }, institution.title ?? institution.name),
            h('td', null, institution.charter?.title ?? ''),
            h('td', null, String(new EffectiveCharter(institution.charter!).openTodos().length)))))));
}
