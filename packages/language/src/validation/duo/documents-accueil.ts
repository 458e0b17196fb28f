import type { KnownDocument } from '../../generated/ast.js';
import { joinList, quote, type Bilingual } from '../../i18n/locale.js';
import { BASE_DOCUMENTS, GUIDE_BASE_DOCUMENTS, ORGANISATION_DOCUMENTS } from '../../model/vocabulary.js';
import { defineRule, type RuleContext } from '../../rules/definition.js';
import { insertAfter, insertIntoBlock } from '../../rules/fix-edits.js';
import { duoHeader, duoParams } from './place.js';

/** What the tutee should receive: the guide's four base documents, then one document that states how tutoring is organised. */
function missingDocuments(given: ReadonlySet<string | undefined>): KnownDocument[] {
    const missing = GUIDE_BASE_DOCUMENTS.filter((known) => !given.has(known));
    return ORGANISATION_DOCUMENTS.some((known) => given.has(known)) ? missing : [...missing, ORGANISATION_DOCUMENTS[0]];
}

const ALL_DOCUMENTS = missingDocuments(new Set());

export const documentsAccueil = defineRule({
    id: 'duo/documents-accueil',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le tutoré reçoit les documents de base', en: 'The tutee receives the base documents' },
    description: {
        fr: 'Le duo indique les documents remis au tutoré ; parmi eux, les quatre documents de base que cite le guide (projet institutionnel, règlement d’ordre intérieur, description de fonction et référentiel de compétences) et un document qui précise les modalités d’organisation du tutorat : le livret du tutorat (« livret-du-tutorat ») ou la charte (« charte-du-tutorat »). D’autres documents peuvent s’y ajouter.',
        en: 'The duo states the documents given to the tutee; among them the four base documents the guide names (institutional project, internal rules, job description and competence framework) and a document stating how tutoring is organised: the tutoring handbook (« livret-du-tutorat ») or the charter (« charte-du-tutorat »). Other documents may be added.'
    },
    guide: {
        section: { fr: 'Rôle du tutoré ; Accueillir et intégrer', en: 'Role of the tutee; Welcoming and integrating' },
        quote: 's’informer des règles et des attentes de l’institution en s’appuyant sur les documents transmis (ex. : projet institutionnel, règlement d’ordre intérieur, description de fonction, référentiel de compétences) […] Préciser les modalités d’organisation du tutorat.'
    },
    messages: {
        none: {
            absence: { what: { fr: 'les documents remis', en: 'the documents given' }, line: 'documents remis {all}' },
            fr: 'Les documents remis à {tutee} ne sont pas indiqués. Le guide cite quatre documents de base et demande de préciser au tutoré comment le tutorat est organisé : écrivez « documents remis {all} ».',
            en: 'The documents given to {tutee} are not stated. The guide names four base documents and asks to tell the tutee how tutoring is organised: write « documents remis {all} ».'
        },
        some: {
            fr: 'Parmi les documents de base, {tutee} ne reçoit pas : {missing}. Ajoutez-les à « documents remis » ({keywords}).',
            en: 'Among the base documents, {tutee} does not receive: {missing}. Add them to « documents remis » ({keywords}).'
        }
    },
    fixes: [{ id: 'addDocuments', title: { fr: 'Ajouter les documents de base manquants à « documents remis »', en: 'Add the missing base documents to « documents remis »' } }],
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa {\n        documents remis projet-institutionnel, description-de-fonction\n    }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution Exemple {\n    tutrice Élodie\n    tutorée Léa\n    duo Élodie accompagne Léa {\n        documents remis projet-institutionnel, règlement-ordre-intérieur, description-de-fonction,\n            référentiel-de-compétences, livret-du-tutorat, « Protocoles de soins »\n    }\n}\n'
        }
    },
    checks: {
        Duo(duo, report, context) {
            const missing = missingDocuments(new Set(duo.documents.map((document) => document.known)));
            if (missing.length === 0) {
                return;
            }
            const last = duo.documents[duo.documents.length - 1];
            if (!last) {
                const edit = insertIntoBlock(duo, [`documents remis ${ALL_DOCUMENTS.join(', ')}`]);
                report('none', duoHeader(duo), {
                    params: { ...duoParams(duo), all: ALL_DOCUMENTS.join(', ') },
                    fixes: edit ? [{ fix: 'addDocuments', edits: [edit] }] : []
                });
                return;
            }
            const edit = insertAfter(last, `, ${missing.join(', ')}`);
            report('some', { node: duo, keyword: 'documents' }, {
                params: {
                    ...duoParams(duo),
                    missing: joinList(missing.map((known) => documentLabel(BASE_DOCUMENTS[known].label, context)), context.locale),
                    keywords: missing.map((known) => quote(known, context.locale)).join(', ')
                },
                fixes: edit ? [{ fix: 'addDocuments', edits: [edit] }] : []
            });
        }
    }
});

/** « le règlement d’ordre intérieur »: a label in the middle of a sentence. */
function documentLabel(label: Bilingual, context: RuleContext): string {
    const text = context.text(label);
    return text.charAt(0).toLocaleLowerCase(context.locale) + text.slice(1);
}
