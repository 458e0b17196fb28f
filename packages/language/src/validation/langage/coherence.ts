import type { Duo, Person } from '../../generated/ast.js';
import { isPerson } from '../../generated/ast.js';
import { agree, personWithKind } from '../../i18n/french.js';
import { superiorChain } from '../../model/organisation.js';
import { defineRule, type RuleContext } from '../../rules/definition.js';

export const coherence = defineRule({
    id: 'langage/coherence',
    severity: 'error',
    configurable: false,
    crossFile: true,
    title: { fr: 'Les personnes et les duos sont cohérents', en: 'People and duos are consistent' },
    description: {
        fr: 'Personne n’est son propre supérieur, la ligne hiérarchique ne tourne pas en rond, un tuteur n’est pas son propre tutoré, un duo associe une personne déclarée tuteur (ou tutrice) et une personne déclarée tutoré (ou tutorée), et le suppléant n’est pas le tuteur lui-même.',
        en: 'Nobody is their own superior, the hierarchy does not go round in a loop, a tutor is not their own tutee, a duo pairs a person declared as tuteur (or tutrice) with a person declared as tutoré (or tutorée), and the substitute is not the tutor.'
    },
    messages: {
        ownSuperior: {
            fr: 'Dans la déclaration de {name}, « supérieur hiérarchique » nomme {name} : personne n’est son propre supérieur. Indiquez la personne à qui {name} rend compte.',
            en: 'The declaration of {name} names {name} as “supérieur hiérarchique”: nobody is their own superior. Name the person {name} reports to.'
        },
        hierarchyCycle: { fr: 'La ligne hiérarchique tourne en rond : {cycle}. Corrigez un des « supérieur hiérarchique ».', en: 'The hierarchy goes round in a loop: {cycle}. Correct one of the “supérieur hiérarchique”.' },
        ownTutee: {
            fr: 'Dans ce duo, {name} accompagnerait {name} : une personne ne peut pas être sa propre tutrice ou son propre tuteur. Désignez une autre personne pour l’accompagner.',
            en: 'In this duo, {name} would accompany {name}: nobody can be their own tutor. Designate someone else to accompany them.'
        },
        notATutor: {
            fr: '{name} {isDeclared} « {kind} » : pour accompagner un duo, {declare} « tuteur » ou « tutrice ».',
            en: '{name} {isDeclared} “{kind}”: to accompany a duo, {declare} “tuteur” or “tutrice”.'
        },
        notATutee: {
            fr: '{name} {isDeclared} « {kind} » : pour avoir un tuteur dans un duo, {declare} « tutoré » ou « tutorée ».',
            en: '{name} {isDeclared} “{kind}”: to have a tutor in a duo, {declare} “tutoré” or “tutorée”.'
        },
        substituteIsTutor: {
            fr: 'La suppléance doit revenir à une autre personne que {tutor}, qui accompagne déjà ce duo.',
            en: 'The substitute must be someone other than {tutor}, who already accompanies this duo.'
        }
    },
    checks: {
        Person(person: Person, report, context) {
            if (person.superior?.$refText === person.name) {
                report('ownSuperior', { node: person, property: 'superior' }, { params: { name: person.name } });
                return;
            }
            const chain = superiorChain(person, context.workspace);
            if (chain.cycle && chain.cycle[0] === person) {
                report('hierarchyCycle', { node: person, property: 'superior' }, { params: { cycle: [...chain.cycle, person].map((p) => p.name).join(' → ') } });
            }
        },
        Duo(duo: Duo, report, context) {
            const tutor = duo.tutor?.ref;
            const tutee = duo.tutee?.ref;
            if (tutor && tutee && tutor === tutee) {
                report('ownTutee', { node: duo, property: 'tutee' }, { params: { name: tutor.name } });
                return;
            }
            if (tutor && isPerson(tutor) && tutor.kind !== 'tuteur' && tutor.kind !== 'tutrice') {
                report('notATutor', { node: duo, property: 'tutor' }, { params: { name: tutor.name, kind: tutor.kind, ...declaredAs(tutor.kind, context) } });
            }
            if (tutee && tutee.kind !== 'tutoré' && tutee.kind !== 'tutorée') {
                report('notATutee', { node: duo, property: 'tutee' }, { params: { name: tutee.name, kind: tutee.kind, ...declaredAs(tutee.kind, context) } });
            }
            if (tutor && duo.substitute?.ref === tutor) {
                report('substituteIsTutor', { node: duo, property: 'substitute' }, { params: { tutor: personWithKind(tutor, context.locale) } });
            }
        }
    }
});

/** « est déclarée comme » / « déclarez-la », agreed with how the person is declared (« personne » says nothing of it). */
function declaredAs(kind: string, context: RuleContext) {
    return context.locale === 'en' ? { isDeclared: 'is declared as', declare: 'declare them as' } : {
        isDeclared: agree(kind, { masculine: 'est déclaré comme', feminine: 'est déclarée comme', either: 'figure comme' }),
        declare: agree(kind, { masculine: 'déclarez-le', feminine: 'déclarez-la', either: 'déclarez cette personne' })
    };
}
