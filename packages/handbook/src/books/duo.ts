import { EffectiveCharter, type Bilingual, type Duo } from '@tutorat/language';
import type { RenderContext } from '../context.js';
import { fragment, h } from '../html.js';
import { roleWord } from '../labels.js';
import { renderPage, type Part } from '../page.js';
import { pathGrids } from '../parts/grids.js';
import { duoLogbook } from '../parts/logbook.js';
import { pathSection, pathTitle } from '../parts/paths.js';
import { nameOf } from '../parts/people.js';
import { whoSupportsYou } from '../parts/support.js';
import { peopleToKnow, welcome } from '../parts/welcome.js';
import type { InstitutionModel } from '../workspace-model.js';
import { cover } from './cover.js';
import { pathsOf } from './relations.js';

/** The tutee's own handbook: welcome, people to know, the path, the grids, the logbook. */

const TEXTS = {
    kicker: { fr: 'Livret d’accueil du tutoré', en: 'Tutee’s welcome handbook' },
    title: { fr: 'Livret d’accueil — {tutee}', en: 'Welcome handbook — {tutee}' },
    institution: { fr: 'Institution', en: 'Institution' },
    tutor: { fr: 'Tuteur', en: 'Tutor' },
    tutrice: { fr: 'Tutrice', en: 'Tutor' },
    period: { fr: 'Période', en: 'Period' },
    welcome: { fr: 'Bienvenue', en: 'Welcome' },
    welcomeText: { fr: 'Votre accueil, votre tuteur, ce que l’on attend de chacun.', en: 'Your welcome, your tutor, what is expected of everyone.' },
    path: { fr: 'Votre parcours', en: 'Your path' },
    pathText: { fr: 'Les étapes de votre formation et les grilles de vos évaluations.', en: 'The steps of your training and your evaluation grids.' },
    logbook: { fr: 'Vos entretiens', en: 'Your interviews' },
    logbookText: { fr: 'Une page par entretien avec votre tuteur, à remplir ensemble.', en: 'One page per interview with your tutor, to fill in together.' },
    partWelcome: { fr: 'Bienvenue', en: 'Welcome' },
    partPeople: { fr: 'Les personnes à connaître', en: 'People to know' },
    partSupport: { fr: 'Qui vous accompagne', en: 'Who supports you' },
    partPath: { fr: 'Votre parcours de formation', en: 'Your training path' },
    partGrids: { fr: 'Vos grilles d’évaluation', en: 'Your evaluation grids' },
    partLogbook: { fr: 'Votre carnet d’entretiens', en: 'Your interview logbook' },
    noPath: { fr: 'Votre parcours de formation n’est pas encore écrit : demandez-le à votre tuteur.', en: 'Your training path is not written yet: ask your tutor for it.' }
} satisfies Record<string, Bilingual>;

export function duoHandbook(duo: Duo, institution: InstitutionModel, context: RenderContext): { title: string; html: string } {
    const tutee = nameOf(duo.tutee);
    const title = context.t(TEXTS.title, { tutee });
    const paths = pathsOf(institution, duo.tutee?.$refText);
    const effective = institution.charter ? new EffectiveCharter(institution.charter) : undefined;
    const grids = paths.map((path, index) => pathGrids(path, [duo], `grille-${index + 1}`, context, paths.length > 1 ? 4 : 3));
    const parts: Part[] = [
        { id: 'bienvenue', title: context.t(TEXTS.partWelcome), content: welcome(duo, institution, effective, context) },
        { id: 'personnes', title: context.t(TEXTS.partPeople), content: peopleToKnow(duo, paths, institution, context) },
        ...support(whoSupportsYou(duo, effective, context)),
        {
            id: 'parcours',
            title: context.t(TEXTS.partPath),
            content: paths.length === 0 ? h('p', { class: 'empty' }, context.t(TEXTS.noPath)) : paths.map((path, index) => pathSection(path, `parcours-${index + 1}`, context, 3)),
            entries: paths.length > 1 ? paths.map((path, index) => ({ id: `parcours-${index + 1}`, title: pathTitle(path) })) : undefined
        },
        {
            id: 'grilles',
            title: context.t(TEXTS.partGrids),
            content: paths.length === 0 ? h('p', { class: 'empty' }, context.t(TEXTS.noPath)) : fragment(grids.map((grid, index) => paths.length > 1 ? fragment(h('h3', null, pathTitle(paths[index])), grid.html) : grid.html)),
            entries: grids.flatMap((grid) => grid.entries)
        },
        { id: 'entretiens', title: context.t(TEXTS.partLogbook), content: duoLogbook(duo, paths, context, { idPrefix: 'entretien', level: 3 }) }
    ];
    function support(content: ReturnType<typeof whoSupportsYou>): Part[] {
        return content ? [{ id: 'accompagnement', title: context.t(TEXTS.partSupport), content }] : [];
    }
    const tutor = duo.tutor?.ref;
    const coverHtml = cover({
        kicker: context.t(TEXTS.kicker),
        title: tutee,
        subtitle: institution.title ?? institution.name,
        facts: [
            [context.t(roleWord(tutor, 'tutor', 'fr') === 'tutrice' ? TEXTS.tutrice : TEXTS.tutor), nameOf(duo.tutor)],
            [context.t(TEXTS.period), context.period(duo.period)],
            [context.t(TEXTS.institution), institution.address]
        ],
        stages: [
            { title: context.t(TEXTS.welcome), text: context.t(TEXTS.welcomeText) },
            { title: context.t(TEXTS.path), text: context.t(TEXTS.pathText) },
            { title: context.t(TEXTS.logbook), text: context.t(TEXTS.logbookText) }
        ]
    }, context);
    return { title, html: renderPage({ locale: context.locale, title, runningTitle: title, cover: coverHtml, parts }, context) };
}
