import { type Phase, type PhaseKind, type TrainingPath } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { joinList } from '../../i18n/locale.js';
import { inTimeOrder, isDated, describeRange, timelineOf, type PhaseSlot } from '../../model/path.js';
import { PHASE_ORDER, PHASES } from '../../model/vocabulary.js';
import { defineRule, type FixEdit } from '../../rules/definition.js';
import { insertBeforeClosingBrace, insertLinesAfter, insertLinesBefore } from '../../rules/fix-edits.js';
import { intoPhase, phaseHeader, rank } from './shared.js';

export const phases = defineRule({
    id: 'parcours/phases',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Le parcours accueille, accompagne puis évalue', en: 'The path welcomes, supports, then evaluates' },
    description: {
        fr: 'Un parcours de formation comprend les trois temps du tutorat, dans l’ordre : une phase accueil (accueillir et intégrer), une phase accompagnement (accompagner et former) et une phase évaluation (évaluer et conclure). Une phase peut être découpée en plusieurs blocs qui se suivent. Les phases datées (« du … au … ») sont jugées par leurs dates, les autres par l’ordre où elles sont écrites.',
        en: 'A training path has the three stages of tutoring, in order: an accueil phase (welcome and integrate), an accompagnement phase (support and train) and an évaluation phase (evaluate and conclude). A phase may be split into several consecutive blocks. Dated phases (« du … au … ») are judged by their dates, the others by the order they are written in.'
    },
    guide: {
        section: { fr: 'L’organisation du tutorat — Pendant ; Missions du tuteur', en: 'Organising tutoring — During; The tutor’s missions' },
        quote: 'En cours de tutorat : le mettre en œuvre (accueillir et intégrer, accompagner et former, évaluer et conclure).'
    },
    messages: {
        missing: {
            absence: { what: { fr: '{phases}', en: '{phases}' }, described: { fr: 'les phases manquantes', en: 'the missing phases' } },
            fr: 'Il manque au parcours {path} {missing}. Le guide prévoit d’accueillir et intégrer, d’accompagner et former, puis d’évaluer et conclure : ajoutez {them}.',
            en: 'The path {path} lacks {missing}. The guide plans to welcome and integrate, to support and train, then to evaluate and conclude: add {them}.'
        },
        order: {
            fr: 'La phase {phase} est écrite après la phase {previous} : les phases se suivent dans l’ordre accueil, accompagnement, évaluation. Déplacez cette phase avant la phase {previous}.',
            en: 'The {phase} phase is written after the {previous} phase: phases follow the order accueil, accompagnement, évaluation. Move this phase before the {previous} phase.'
        },
        datedOrder: {
            fr: 'La phase {phase} ({dates}) a lieu après la phase {previous} ({previousDates}) : les phases se suivent dans l’ordre accueil, accompagnement, évaluation. Corrigez les dates, ou le type de l’une des deux phases.',
            en: 'The {phase} phase ({dates}) takes place after the {previous} phase ({previousDates}): phases follow the order accueil, accompagnement, évaluation. Correct the dates, or the kind of one of the two phases.'
        }
    },
    fixes: [{ id: 'addPhases', title: { fr: 'Ajouter les phases manquantes', en: 'Add the missing phases' } }],
    examples: {
        nonCompliant: {
            'parcours.tutorat': 'institution Horizon {\n    tutoré Malik\n    parcours IntégrationMalik pour Malik {\n        période du 01/09/2026 au 18/12/2026\n        phase accompagnement « Accompagner et former » du 01/09/2026 au 30/11/2026 { }\n        phase évaluation « Évaluer et conclure » du 01/12/2026 au 18/12/2026 { }\n    }\n}\n'
        },
        compliant: {
            'parcours.tutorat': 'institution Horizon {\n    tutoré Malik\n    parcours IntégrationMalik pour Malik {\n        période du 01/09/2026 au 18/12/2026\n        phase accueil « Accueillir et intégrer » du 01/09/2026 au 11/09/2026 { }\n        phase accompagnement « Accompagner et former » du 14/09/2026 au 30/11/2026 { }\n        phase évaluation « Évaluer et conclure » du 01/12/2026 au 18/12/2026 { }\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            // Phases with written dates are judged by their dates, the others by the order they are written in.
            let latest: PhaseSlot | undefined;
            for (const slot of inTimeOrder(timelineOf(path))) {
                if (!latest || rank(slot.phase.kind) >= rank(latest.phase.kind)) {
                    latest = slot;
                    continue;
                }
                const previous = latest.phase;
                if (isDated(slot) && isDated(latest)) {
                    report('datedOrder', { node: slot.phase, property: 'period' }, {
                        params: { phase: slot.phase.kind, previous: previous.kind, dates: describeRange(slot.range, context.locale), previousDates: describeRange(latest.range, context.locale) },
                        related: [{ node: previous, property: 'period', message: { fr: 'Phase {kind}, datée {dates}', en: 'The {kind} phase, dated {dates}' }, params: { kind: previous.kind, dates: describeRange(latest.range, context.locale) } }]
                    });
                } else {
                    report('order', { node: slot.phase, property: 'kind' }, {
                        params: { phase: slot.phase.kind, previous: previous.kind },
                        related: [{ node: previous, property: 'kind', message: { fr: 'Phase {kind}, écrite plus haut', en: 'The {kind} phase, written above' }, params: { kind: previous.kind } }]
                    });
                }
            }
            const written = new Set(path.phases.map((phase) => phase.kind));
            const missing = PHASE_ORDER.filter((kind) => !written.has(kind));
            if (missing.length === 0) {
                return;
            }
            const names = missing.map((kind) => context.text({ fr: 'la phase {kind} ({label})', en: 'the {kind} phase ({label})' }, { kind, label: context.text(PHASES[kind].label).toLowerCase() }));
            const edits = missingPhaseEdits(path, missing);
            report('missing', { node: path, property: 'name' }, {
                insert: missing.map((kind) => intoPhase(path, kind, [])),
                params: {
                    phases: context.text(missing.length > 1 ? { fr: 'les phases {kinds}', en: 'the {kinds} phases' } : { fr: 'la phase {kinds}', en: 'the {kinds} phase' }, { kinds: joinList(missing, context.locale) }),
                    path: titleOrName(path, context.locale),
                    missing: joinList(names, context.locale),
                    them: context.text(missing.length > 1 ? { fr: 'ces phases', en: 'these phases' } : { fr: 'cette phase', en: 'this phase' })
                },
                fixes: edits.length > 0 ? [{ fix: 'addPhases', edits }] : undefined
            });
        }
    }
});

/** Each missing phase goes before the first phase that comes after it in the guide's order, or at the end. */
function missingPhaseEdits(path: TrainingPath, missing: readonly PhaseKind[]): FixEdit[] {
    const byAnchor = new Map<Phase | undefined, string[]>();
    for (const kind of missing) {
        const next = path.phases.find((phase) => rank(phase.kind) > rank(kind));
        const lines = byAnchor.get(next) ?? [];
        lines.push(`${phaseHeader(kind)} {`, '}');
        byAnchor.set(next, lines);
    }
    const edits: Array<FixEdit | undefined> = [...byAnchor].map(([next, lines]) => {
        if (next) {
            return insertLinesBefore(next.$cstNode, lines);
        }
        const last = path.phases[path.phases.length - 1];
        return last ? insertLinesAfter(last.$cstNode, lines) : insertBeforeClosingBrace(path, lines);
    });
    return edits.filter((edit): edit is FixEdit => edit !== undefined);
}
