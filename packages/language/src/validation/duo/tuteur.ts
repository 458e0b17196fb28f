import type { Person } from '../../generated/ast.js';
import { isDeclaredTutee } from '../../model/organisation.js';
import { parseDate } from '../../model/time.js';
import { defineRule } from '../../rules/definition.js';
import { insertBeforeClosingBrace } from '../../rules/fix-edits.js';
import { institutionOf } from '../../scoping/qualified-names.js';
import { TO_COMPLETE_NAME } from './place.js';

export const tuteurDesigne = defineRule({
    id: 'duo/tuteur',
    severity: 'error',
    crossFile: true,
    title: { fr: 'Chaque tutoré a un tuteur désigné', en: 'Every tutee has a designated tutor' },
    description: {
        fr: 'Chaque personne déclarée « tutoré » ou « tutorée » fait partie d’un duo (« duo <tuteur> accompagne <tutoré> »), écrit dans n’importe quel fichier de l’institution.',
        en: 'Every person declared « tutoré » or « tutorée » belongs to a duo (« duo <tutor> accompagne <tutee> »), written in any file of the institution.'
    },
    guide: {
        section: { fr: 'En amont — constituer les duos', en: 'Before — forming the duos' },
        quote: 'désigner des tuteurs (après appel à candidatures), choisir les tutorés et constituer les duos'
    },
    messages: {
        noDuo: {
            fr: 'Aucun duo de l’institution {institution} ne désigne de tuteur pour {name}. Ajoutez « duo <tuteur> accompagne {name} { période du … au … } », dans ce fichier ou dans celui des duos.',
            en: 'No duo of the institution {institution} designates a tutor for {name}. Add « duo <tutor> accompagne {name} { période du … au … } », in this file or in the duos’ file.'
        }
    },
    fixes: [{ id: 'addDuo', title: { fr: 'Ajouter un duo pour ce tutoré (tuteur à compléter)', en: 'Add a duo for this tutee (tutor to complete)' } }],
    examples: {
        nonCompliant: { 'personnes.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n}\n' },
        compliant: {
            'personnes.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n}\n',
            'duos.tutorat': 'institution Exemple {\n    duo Élodie accompagne Léa { période du 14/09/2026 au 18/12/2026 }\n}\n'
        }
    },
    checks: {
        Person(person, report, context) {
            const institution = institutionOf(person);
            if (!person.name || !institution || !isDeclaredTutee(person) || context.workspace.duosOfTutee(institution, person.name).length > 0) {
                return;
            }
            const edit = insertBeforeClosingBrace(person.$container, duoSkeleton(person));
            report('noDuo', { node: person, property: 'name' }, {
                params: { name: person.name, institution },
                fixes: edit ? [{ fix: 'addDuo', edits: [edit] }] : []
            });
        }
    }
});

/** A duo to complete, starting when the tutee arrives if that is known. */
function duoSkeleton(tutee: Person): string[] {
    const period = parseDate(tutee.arrival) ? [`    période à partir du ${tutee.arrival}`] : [];
    return [
        `// À compléter : le tuteur désigné (à la place de ${TO_COMPLETE_NAME}) et la période du duo.`,
        `duo ${TO_COMPLETE_NAME} accompagne ${tutee.name} {`,
        ...period,
        '}'
    ];
}
