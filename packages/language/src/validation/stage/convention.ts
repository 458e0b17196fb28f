import type { Placement, TrainingPath } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { joinList, type Bilingual } from '../../i18n/locale.js';
import { daysIn, hasText, validRange } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { TO_COMPLETE_NAME } from '../duo/place.js';
import { insertInPathHeader } from '../parcours.js';
import { COMPLETE_PLACEMENT, PARTNER_SECTION, exampleWith, partnerOf, placementWithout } from './shared.js';

/** The situations in which the tutee comes from a school or training body that organises a placement. */
const PLACEMENT_SITUATIONS: ReadonlySet<string> = new Set(['stage', 'alternance']);

interface ConventionItem {
    readonly label: Bilingual;
    readonly present: (placement: Placement) => boolean;
    /** The line a quick fix writes, to be completed by the user; undefined when nothing sensible can be proposed. */
    readonly skeleton: (path: TrainingPath) => string | undefined;
}

/** What the guide asks the school to define, in the guide's order. */
const CONVENTION: readonly ConventionItem[] = [
    {
        label: { fr: 'la durée', en: 'the duration' },
        present: (placement) => placement.duration !== undefined,
        skeleton: (path) => {
            const range = validRange(path.period);
            const weeks = range && daysIn(range) !== undefined ? Math.round(daysIn(range)! / 7) : 0;
            return weeks > 0 ? `durée ${weeks} ${weeks > 1 ? 'semaines' : 'semaine'}` : undefined;
        }
    },
    { label: { fr: 'l’horaire', en: 'the schedule' }, present: (placement) => hasText(placement.schedule), skeleton: () => 'horaire « »' },
    { label: { fr: 'les objectifs', en: 'the objectives' }, present: (placement) => hasText(placement.objectives), skeleton: () => 'objectifs « »' },
    {
        label: { fr: 'les compétences à acquérir', en: 'the competences to acquire' },
        present: (placement) => placement.competences.length > 0,
        skeleton: (path) => path.targets.length > 0 ? `compétences ${path.targets.map((target) => target.$refText).join(', ')}` : undefined
    },
    { label: { fr: 'les modalités d’évaluation', en: 'the evaluation modalities' }, present: (placement) => hasText(placement.evaluation), skeleton: () => 'évaluation « »' }
];

function skeletonLines(path: TrainingPath, items: readonly ConventionItem[]): string[] {
    return items.map((item) => item.skeleton(path)).filter((line): line is string => line !== undefined);
}

export const convention = defineRule({
    id: 'stage/convention',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le stage est défini avec l’organisme partenaire', en: 'The placement is defined with the partner organisation' },
    description: {
        fr: 'Un stage avec un organisme partenaire (école, centre de formation, CEFA, organisme d’insertion) précise sa durée, son horaire, ses objectifs, les compétences à acquérir et les modalités d’évaluation. Un parcours dont le tutoré est en situation « stage » ou « alternance » décrit son stage dans un bloc « stage avec <organisme> { … } » ; s’il ne le fait pas, seule cette règle le signale, les autres règles du stage attendent que le bloc existe.',
        en: 'A placement with a partner organisation (school, training centre, CEFA, insertion body) states its duration, schedule, objectives, competences to acquire and evaluation modalities. A path whose tutee is in situation « stage » or « alternance » describes the placement in a « stage avec <organisme> { … } » block; when it does not, only this rule reports it, the other placement rules wait for the block.'
    },
    guide: {
        section: PARTNER_SECTION,
        quote: 'Définir la durée, l’horaire, les objectifs du stage, les compétences à acquérir durant le stage et les modalités d’évaluation'
    },
    messages: {
        incomplete: {
            fr: 'Le stage avec {partner} ne précise pas {missing}. Convenez-en avec l’organisme et écrivez-les dans le bloc du stage.',
            en: 'The placement with {partner} does not state {missing}. Agree on them with the organisation and write them in the placement block.'
        },
        noPlacement: {
            absence: { what: { fr: 'le stage convenu avec l’organisme', en: 'the placement agreed with the organisation' } },
            fr: '{tutee} est en situation « {situation} », mais le parcours {path} ne décrit pas son stage. Ajoutez « stage avec {partner} { … } » avec la durée, l’horaire, les objectifs, les compétences et l’évaluation convenus avec l’organisme.',
            en: '{tutee} is in situation « {situation} », but the path {path} does not describe the placement. Add « stage avec {partner} { … } » with the duration, schedule, objectives, competences and evaluation agreed with the organisation.'
        }
    },
    fixes: [
        { id: 'completeConvention', title: { fr: 'Ajouter les éléments manquants du stage, à compléter', en: 'Add the placement’s missing elements, to fill in' } },
        { id: 'addPlacement', title: { fr: 'Ajouter un bloc « stage avec … » à compléter', en: 'Add a « stage avec … » block to fill in' } }
    ],
    examples: {
        nonCompliant: exampleWith(placementWithout('objectifs', 'compétences', 'évaluation')),
        compliant: exampleWith(COMPLETE_PLACEMENT)
    },
    checks: {
        TrainingPath(path, report, context) {
            const tutee = path.tutee?.ref;
            if (path.placement || !tutee?.situation || !PLACEMENT_SITUATIONS.has(tutee.situation)) {
                return;
            }
            const partner = tutee.partner?.$refText;
            const skeleton = skeletonLines(path, CONVENTION);
            const edit = partner ? insertInPathHeader(path, [`stage avec ${partner} {`, ...skeleton.map((line) => `    ${line}`), '}']) : undefined;
            report('noPlacement', { node: path, property: 'tutee' }, {
                insert: [{ lines: [{ open: `stage avec ${partner ?? TO_COMPLETE_NAME}`, lines: skeleton }] }],
                params: { tutee: tutee.name, situation: tutee.situation, path: titleOrName(path, context.locale), partner: partner ?? 'NomDeL’Organisme' },
                fixes: edit ? [{ fix: 'addPlacement', edits: [edit] }] : undefined
            });
        },
        Placement(placement, report, context) {
            const missing = CONVENTION.filter((item) => !item.present(placement));
            if (missing.length === 0) {
                return;
            }
            const lines = skeletonLines(placement.$container, missing);
            const edit = lines.length > 0 ? insertIntoBlock(placement, lines) : undefined;
            report('incomplete', { node: placement, property: 'partner' }, {
                params: { partner: partnerOf(placement, context), missing: joinList(missing.map((item) => context.text(item.label)), context.locale) },
                fixes: edit ? [{ fix: 'completeConvention', edits: [edit] }] : undefined
            });
        }
    }
});
