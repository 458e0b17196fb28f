import { agree } from '../../i18n/french.js';
import { actsAsTutor } from '../../model/organisation.js';
import { defineRule } from '../../rules/definition.js';
import { insertAfter } from '../../rules/fix-edits.js';
import { RECONNU, RECONNU_QUOTE, tutorExample } from './shared.js';

/**
 * tuteur/designation — the tutor is a worker recognised by their hierarchy and their peers: the
 * declaration says who designated them (« désignée par Nadia », « par la direction », « par sa
 * hiérarchie ») and that the team had its say (« équipe consultée », « après avis de ses pairs »).
 * A tutor chosen « après échange en équipe » has had their peers' say already.
 */
export const designation = defineRule({
    id: 'tuteur/designation',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Le tuteur est reconnu par sa hiérarchie et ses pairs', en: 'The tutor is recognised by their hierarchy and their peers' },
    description: {
        fr: 'La déclaration du tuteur dit qui l’a désigné et que ses pairs ont été consultés : « désignée par Nadia, équipe consultée », « désigné par la direction après avis de ses pairs », « reconnue par sa hiérarchie et ses pairs ». Un tuteur devenu volontaire « après échange en équipe » a déjà eu l’avis de ses pairs : la désignation seule suffit. La règle ne juge pas qui désigne.',
        en: 'The tutor’s declaration says who designated them and that their peers were consulted: « désignée par Nadia, équipe consultée », « désigné par la direction après avis de ses pairs », « reconnue par sa hiérarchie et ses pairs ». A tutor who volunteered « après échange en équipe » already had their peers’ say: the designation alone is enough. The rule does not judge who designates.'
    },
    guide: { section: RECONNU, quote: RECONNU_QUOTE },
    messages: {
        missing: {
            absence: { what: { fr: 'la désignation', en: 'the designation' }, line: '// à compléter : {designated} par … (une personne, la direction ou sa hiérarchie), équipe consultée' },
            fr: 'Rien ne dit qui a choisi {name} pour le tutorat ni si ses pairs ont été consultés : le guide veut un tuteur reconnu par sa hiérarchie et ses pairs. Écrivez-le dans sa déclaration, par exemple « {designated} par la direction, équipe consultée » ou « {recognised} par sa hiérarchie et ses pairs ».',
            en: 'Nothing says who chose {name} for tutoring nor whether their peers were consulted: the guide wants a tutor recognised by their hierarchy and their peers. Write it in their declaration, for example « {designated} par la direction, équipe consultée » or « {recognised} par sa hiérarchie et ses pairs ».'
        },
        peersMissing: {
            fr: 'La désignation de {name} ne dit pas si ses pairs ont eu leur mot à dire : le guide veut un tuteur reconnu par sa hiérarchie et ses pairs. Si l’équipe a été consultée, ajoutez « équipe consultée » à la fin de la ligne.',
            en: 'The designation of {name} does not say whether their peers had their say: the guide wants a tutor recognised by their hierarchy and their peers. If the team was consulted, add « équipe consultée » at the end of the line.'
        }
    },
    fixes: [{ id: 'team-consulted', title: { fr: 'Ajouter « équipe consultée »', en: 'Add « équipe consultée »' } }],
    examples: {
        nonCompliant: tutorExample(),
        compliant: tutorExample(['désignée par la direction, équipe consultée'])
    },
    checks: {
        Person(person, report, context) {
            if (!person.name || !actsAsTutor(person, context.workspace)) {
                return;
            }
            const written = person.designation;
            if (!written) {
                // The lines to write are French in both languages, agreed with « tuteur » or « tutrice ».
                report('missing', { node: person, property: 'name' }, {
                    params: {
                        name: person.name,
                        designated: agree(person.kind, { masculine: 'désigné', feminine: 'désignée' }),
                        recognised: agree(person.kind, { masculine: 'reconnu', feminine: 'reconnue' })
                    }
                });
            } else if (!written.peers && person.volunteer?.mode !== 'échange') {
                const edit = insertAfter(written, ', équipe consultée');
                report('peersMissing', { node: person, property: 'designation' }, {
                    params: { name: person.name },
                    fixes: edit ? [{ fix: 'team-consulted', edits: [edit] }] : undefined
                });
            }
        }
    }
});
