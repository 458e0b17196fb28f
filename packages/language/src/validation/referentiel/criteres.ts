import { filledCriteria, hasText } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';
import { exampleFramework } from './shared.js';

const CRITERIA_GUIDE = {
    section: { fr: 'Organiser et planifier — critères et indicateurs', en: 'Organising and planning — criteria and indicators' },
    quote: 'Déterminer les critères d’évaluation et les indicateurs.'
};

export const criteres = defineRule({
    id: 'referentiel/criteres',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Chaque compétence a des critères et des indicateurs', en: 'Every competence has criteria and indicators' },
    description: {
        fr: 'Chaque compétence d’un référentiel a au moins un critère d’évaluation (« critère « … » ») et au moins un indicateur observable (« indicateur « … » » dans un critère). Un critère ou un indicateur laissé vide (« ») ne compte pas.',
        en: 'Every competence of a framework has at least one evaluation criterion (« critère « … » ») and at least one observable indicator (« indicateur « … » » inside a criterion). An empty criterion or indicator (« ») does not count.'
    },
    guide: CRITERIA_GUIDE,
    messages: {
        noCriteria: {
            fr: 'La compétence {code} n’a aucun critère d’évaluation : sans critère, ni le tuteur ni le tutoré ne savent à quoi reconnaître qu’elle est acquise. Ajoutez au moins un critère et son indicateur.',
            en: 'The competence {code} has no evaluation criterion: without one, neither tutor nor tutee knows how to tell it is acquired. Add at least one criterion and its indicator.'
        },
        noIndicator: {
            fr: 'Les critères de la compétence {code} n’ont aucun indicateur observable. Ajoutez au moins un « indicateur « … » » qui dit ce qu’on voit quand le critère est atteint.',
            en: 'The criteria of the competence {code} have no observable indicator. Add at least one « indicateur « … » » saying what one sees when the criterion is met.'
        }
    },
    fixes: [
        { id: 'addCriterion', title: { fr: 'Ajouter un critère et un indicateur, à compléter', en: 'Add a criterion and an indicator, to fill in' } },
        { id: 'addIndicator', title: { fr: 'Ajouter un indicateur, à compléter', en: 'Add an indicator, to fill in' } }
    ],
    examples: {
        nonCompliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    critère « Le linge est trié selon les consignes d’entretien »\n}'),
        compliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    critère « Le linge est trié selon les consignes d’entretien » {\n        indicateur « Aucune pièce n’est abîmée au lavage »\n    }\n}')
    },
    checks: {
        Competence(competence, report) {
            const found = filledCriteria(competence.criteria);
            if (found.criteria === 0) {
                const edit = insertIntoBlock(competence, ['critère « » {', '    indicateur « »', '}']);
                report('noCriteria', { node: competence, property: 'name' }, { params: { code: competence.name }, fixes: edit ? [{ fix: 'addCriterion', edits: [edit] }] : undefined });
            } else if (found.indicators === 0) {
                const criterion = competence.criteria.find((candidate) => hasText(candidate.title)) ?? competence.criteria[0];
                const edit = insertIntoBlock(criterion, ['indicateur « »']);
                report('noIndicator', { node: criterion, property: 'title' }, { params: { code: competence.name }, fixes: edit ? [{ fix: 'addIndicator', edits: [edit] }] : undefined });
            }
        }
    }
});
