import { actsAsTutor } from '../../model/organisation.js';
import { hasText } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertAfter } from '../../rules/fix-edits.js';
import { tutorExample } from './shared.js';

export const formationContinue = defineRule({
    id: 'tuteur/formation-continue',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Le tuteur continue à se former', en: 'The tutor keeps training' },
    description: {
        fr: 'Le tuteur actualise ses compétences liées à son métier et à la fonction de tuteur : sa déclaration cite au moins une formation continue qui dit quand elle a lieu, par une date, une année ou un rythme (« formation continue « Module évaluation » en 2026 », « formation continue « Intervision des tuteurs » chaque trimestre ») ; un texte laissé vide, ou une formation qui ne dit pas quand, ne compte pas. La réflexion sur la fonction (auto-évaluation, supervision) relève de tuteur/reflexion-fonction.',
        en: 'The tutor updates their competences in their trade and as a tutor: their declaration names at least one continuing training that says when it takes place, by a date, a year or a rhythm (« formation continue « Module évaluation » en 2026 », « formation continue « Intervision des tuteurs » chaque trimestre »); a text left empty, or a training that does not say when, does not count. Reflecting on the function (self-evaluation, supervision) is tuteur/reflexion-fonction’s business.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur', en: 'Role of the tutor' },
        quote: 'Actualiser ses compétences liées à son métier et à la fonction de tuteur (formations, échanges entre tuteurs…)',
        enBref: [7]
    },
    messages: {
        missing: {
            absence: { what: { fr: 'la formation continue', en: 'the continuing training' }, line: 'formation continue « » chaque année' },
            fr: 'Aucune formation continue n’est indiquée pour {name}. Le guide invite le tuteur à actualiser ses compétences liées à son métier et à la fonction de tuteur : écrivez par exemple « formation continue « Intervision des tuteurs » chaque trimestre ».',
            en: 'No continuing training is given for {name}. The guide invites the tutor to update their competences in their trade and as a tutor: write for example « formation continue « Intervision des tuteurs » chaque trimestre ».'
        },
        undated: {
            fr: 'La formation continue de {name} (« {training} ») ne dit pas quand elle a lieu : actualiser ses compétences est un effort suivi. Ajoutez sa date, son année (« en 2026 ») ou son rythme (« chaque trimestre »).',
            en: 'The continuing training of {name} (« {training} ») does not say when it takes place: keeping one’s competences up to date is an ongoing effort. Add its date, its year (« en 2026 ») or its rhythm (« chaque trimestre »).'
        }
    },
    fixes: [{ id: 'yearly', title: { fr: 'Ajouter « chaque année »', en: 'Add « chaque année »' } }],
    examples: {
        nonCompliant: tutorExample(),
        compliant: tutorExample(['formation continue « Intervision des tuteurs » chaque trimestre'])
    },
    checks: {
        Person(person, report, context) {
            if (!person.name || !actsAsTutor(person, context.workspace)) {
                return;
            }
            const written = person.continuousTraining.filter((training) => hasText(training.text));
            if (written.length === 0) {
                report('missing', { node: person, property: 'name' }, { params: { name: person.name } });
                return;
            }
            if (written.some((training) => training.frequency || training.date !== undefined || training.year !== undefined)) {
                return;
            }
            for (const training of written) {
                const edit = insertAfter(training, ' chaque année');
                report('undated', { node: training, property: 'text' }, {
                    params: { name: person.name, training: training.text },
                    fixes: edit ? [{ fix: 'yearly', edits: [edit] }] : undefined
                });
            }
        }
    }
});
