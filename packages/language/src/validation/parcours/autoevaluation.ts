import { GrammarUtils } from 'langium';
import { isSelfEvaluation } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { placedItems } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertBeforeClosingBrace } from '../../rules/fix-edits.js';
import { firstPhaseOf, intoPhase, tuteeOf } from './shared.js';

/** A path for the documentation pages, complete but for what the given lines add to its accompaniment. */
function selfEvaluationExample(lines: string): string {
    return 'institution Horizon {\n    personne Nadia { rôle encadrement }\n    tutoré Malik\n    parcours IntégrationMalik pour Malik {\n'
        + '        phase accueil « Accueillir et intégrer » { }\n'
        + '        phase accompagnement « Accompagner et former » {\n            activité « Permanence d’accueil en binôme »\n            évaluation formative « Point d’étape »\n'
        + `            bilan avec Nadia en présence du tutoré\n${lines}        }\n`
        + '        phase évaluation « Évaluer et conclure » {\n            évaluation finale « Bilan de fin d’intégration »\n        }\n    }\n}\n';
}

export const autoevaluation = defineRule({
    id: 'parcours/autoevaluation',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tutoré s’auto-évalue régulièrement', en: 'The tutee self-evaluates regularly' },
    description: {
        fr: 'Le parcours prévoit une auto-évaluation régulière du tutoré, avec sa fréquence (« auto-évaluation chaque semaine », « auto-évaluation toutes les deux semaines »…), dont il parle ensuite avec son tuteur.',
        en: 'The path plans a regular self-evaluation by the tutee, with its frequency (« auto-évaluation chaque semaine », « auto-évaluation toutes les deux semaines »…), which they then discuss with their tutor.'
    },
    guide: {
        section: { fr: 'Rôle du tutoré', en: 'Role of the tutee' },
        quote: 'procéder à une autoévaluation régulière, en parler au tuteur, le solliciter si nécessaire, l’alerter en cas de difficulté'
    },
    messages: {
        none: {
            absence: { what: { fr: 'l’auto-évaluation du tutoré', en: 'the tutee’s self-evaluation' } },
            fr: 'Le parcours {path} ne prévoit pas d’auto-évaluation {ofTutee}. Ajoutez par exemple « auto-évaluation chaque semaine « Carnet de bord partagé avec le tuteur » » dans une phase.',
            en: 'The path {path} plans no self-evaluation {ofTutee}. Add for example « auto-évaluation chaque semaine « Logbook shared with the tutor » » to a phase.'
        },
        noFrequency: {
            fr: 'Cette auto-évaluation ne dit pas à quel rythme elle a lieu : le guide la veut régulière. Précisez sa fréquence, par exemple « chaque semaine ».',
            en: 'This self-evaluation does not say how often it takes place: the guide wants it regular. State its frequency, for example « chaque semaine ».'
        }
    },
    fixes: [
        { id: 'addSelfEvaluation', title: { fr: 'Prévoir une auto-évaluation chaque semaine', en: 'Plan a weekly self-evaluation' } },
        { id: 'weekly', title: { fr: 'Ajouter « chaque semaine »', en: 'Add « chaque semaine »' } }
    ],
    examples: {
        nonCompliant: {
            'parcours.tutorat': selfEvaluationExample('')
        },
        compliant: {
            'parcours.tutorat': selfEvaluationExample('            auto-évaluation chaque semaine « Carnet de bord relu avec le tuteur le vendredi »\n')
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            const selfEvaluations = placedItems(path).map((placed) => placed.item).filter(isSelfEvaluation);
            if (selfEvaluations.length === 0) {
                const phase = firstPhaseOf(path, 'accompagnement');
                const edit = phase ? insertBeforeClosingBrace(phase, ['auto-évaluation chaque semaine']) : undefined;
                report('none', { node: path, property: 'name' }, {
                    insert: [intoPhase(path, 'accompagnement', ['auto-évaluation chaque semaine'])],
                    params: { path: titleOrName(path, context.locale), ofTutee: tuteeOf(path, context) },
                    fixes: edit ? [{ fix: 'addSelfEvaluation', edits: [edit] }] : undefined
                });
                return;
            }
            for (const selfEvaluation of selfEvaluations) {
                if (!selfEvaluation.frequency) {
                    const keyword = selfEvaluation.$cstNode ? GrammarUtils.findNodeForKeyword(selfEvaluation.$cstNode, 'auto-évaluation') : undefined;
                    const edit = keyword ? { range: { start: keyword.range.end, end: keyword.range.end }, newText: ' chaque semaine' } : undefined;
                    report('noFrequency', { node: selfEvaluation, keyword: 'auto-évaluation' }, { fixes: edit ? [{ fix: 'weekly', edits: [edit] }] : undefined });
                }
            }
        }
    }
});
