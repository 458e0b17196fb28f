import type { Bilingual } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h, paragraphs, type Child, type Html } from '../html.js';

/** The first page of a handbook: what it is, for whom, and how to use it. */
export interface CoverContent {
    readonly kicker: string;
    readonly title: string;
    readonly subtitle?: string;
    readonly facts: ReadonlyArray<readonly [string, Child]>;
    readonly description?: string;
    /** The three moments of the guide, each with the parts that serve it. */
    readonly stages?: ReadonlyArray<{ readonly title: string; readonly text: string }>;
}

const TEXTS = {
    howTo: { fr: 'Comment utiliser ce livret', en: 'How to use this handbook' }
} satisfies Record<string, Bilingual>;

export function cover(content: CoverContent, context: RenderContext): Html {
    const facts = content.facts.filter(([, value]) => value !== undefined && value !== '');
    return fragment(
        h('p', { class: 'kicker' }, content.kicker),
        h('h1', null, content.title),
        content.subtitle ? h('p', { class: 'subtitle' }, content.subtitle) : undefined,
        facts.length > 0 ? h('dl', { class: 'facts' }, facts.map(([term, value]) => fragment(h('dt', null, term), h('dd', null, value)))) : undefined,
        content.description ? paragraphs(content.description) : undefined,
        content.stages ? h('section', { class: 'use', 'aria-labelledby': 'mode-emploi' },
            h('h2', { id: 'mode-emploi' }, context.t(TEXTS.howTo)),
            h('ul', { class: 'stages' }, content.stages.map((stage) => h('li', null, h('strong', null, stage.title), stage.text)))) : undefined);
}
