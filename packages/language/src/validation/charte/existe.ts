import { isCharterTemplate, isPerson } from '../../generated/ast.js';
import { joinList, quote } from '../../i18n/locale.js';
import { SECTION_HEADERS } from '../../model/charter.js';
import { defineRule } from '../../rules/definition.js';
import { insertBeforeClosingBrace } from '../../rules/fix-edits.js';
import { forgottenTemplate } from './forgotten-template.js';

// ---------------------------------------------------------------------------------------------
// Une charte pour chaque institution qui organise le tutorat
// ---------------------------------------------------------------------------------------------

const TUTORING_PEOPLE: ReadonlySet<string> = new Set(['tuteur', 'tutrice', 'tutoré', 'tutorée']);

const TEMPLATE_MISSING = {
    fr: 'La charte n’étend aucun modèle, et il lui manque {count} sections que le modèle {template} contient : {sections}. Si elle complète le modèle de votre fédération, écrivez « étend {template} » après « charte » ; sinon, ajoutez ces sections.',
    en: 'The charter extends no template, and it lacks {count} sections that the template {template} holds: {sections}. If it completes your federation’s template, write “étend {template}” after “charte”; otherwise, add these sections.'
};

export const existe = defineRule({
    id: 'charte/existe',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Une institution qui organise le tutorat a une charte', en: 'An institution that organises tutoring has a charter' },
    description: {
        fr: 'Une institution qui déclare des tuteurs, des tutorés ou des duos écrit une charte du tutorat dans l’un de ses fichiers (de préférence en étendant le modèle de sa fédération). Le constat est signalé une seule fois par institution, sur son bloc qui porte un titre. Une charte qui n’étend aucun modèle alors qu’un modèle de l’espace tient au moins trois des sections qui lui manquent a sans doute perdu son « étend » : un seul constat le dit, avec ces sections, au lieu d’une absence par section.',
        en: 'An institution that declares tutors, tutees or duos writes a charter of tutoring in one of its files (preferably extending its federation’s template). The finding is reported once per institution, on its block that has a title. A charter that extends no template while a template of the workspace holds at least three of the sections it lacks has most likely lost its “étend”: one finding says so, with these sections, instead of one absence per section.'
    },
    guide: {
        section: { fr: 'En amont; En bref 1', en: 'Upstream; In short 1' },
        quote: 'établir une « charte du tutorat » (enjeux, ressources, modalités de mise en œuvre, profil de fonction du tuteur)',
        enBref: [1]
    },
    messages: {
        missing: {
            fr: 'L’institution {institution} déclare des tuteurs, des tutorés ou des duos, mais aucun de ses fichiers ne contient de charte du tutorat. Écrivez une « charte » dans l’institution, de préférence en étendant le modèle de charte de votre fédération (« charte étend … »).',
            en: 'The institution {institution} declares tutors, tutees or duos, but none of its files contains a charter of tutoring. Write a “charte” in the institution, preferably extending your federation’s charter template (“charte étend …”).'
        },
        // Said instead of each section rule's absence (see forgotten-template.ts).
        templateMissing: TEMPLATE_MISSING,
        // The same, when one of the absences it replaces is an error: the charter is no more finished for being said once.
        blockingTemplateMissing: { ...TEMPLATE_MISSING, severity: 'error' }
    },
    fixes: [{ id: 'ajouter-charte', title: { fr: 'Ajouter une charte du tutorat à l’institution', en: 'Add a charter of tutoring to the institution' } }],
    examples: {
        nonCompliant: {
            'les-lilas/personnes.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n    tutoré Yanis\n    duo Amina accompagne Yanis\n}\n'
        },
        compliant: {
            'les-lilas/personnes.tutorat': 'institution LesLilas « ASBL Les Lilas » {\n    tutrice Amina\n    tutoré Yanis\n    duo Amina accompagne Yanis\n}\n',
            'les-lilas/charte.tutorat': 'institution LesLilas {\n    charte « Charte du tutorat des Lilas » {\n        enjeux intégration-nouveaux-travailleurs\n    }\n}\n'
        }
    },
    checks: {
        Charter(charter, report, context) {
            const effective = context.workspace.effectiveCharter(charter);
            const forgotten = effective.missingParent || effective.cycle ? undefined : forgottenTemplate(charter, effective, context);
            if (forgotten) {
                report(forgotten.error ? 'blockingTemplateMissing' : 'templateMissing', { node: charter, keyword: 'charte' }, {
                    params: {
                        count: String(forgotten.missing.length),
                        template: forgotten.template,
                        sections: joinList(forgotten.missing.map((key) => quote(SECTION_HEADERS[key], context.locale)), context.locale)
                    }
                });
            }
        },
        Institution(institution, report, context) {
            const name = institution.name;
            // One block reports for the whole institution: the others stop here, before reading all of it.
            if (!name || context.workspace.reportingBlock(name) !== institution || context.workspace.chartersOf(name).length > 0) {
                return;
            }
            const people = context.workspace.organisation(name).filter(isPerson).filter((person) => TUTORING_PEOPLE.has(person.kind));
            const tutoring = [...people, ...context.workspace.duosOfInstitution(name)];
            if (tutoring.length === 0) {
                return;
            }
            const templates = context.workspace.globalNamed().filter(isCharterTemplate);
            const extend = templates.length === 1 ? ` étend ${templates[0].name}` : '';
            const edit = insertBeforeClosingBrace(institution, [`charte « Charte du tutorat »${extend} {`, '}']);
            report('missing', { node: institution, property: 'name' }, {
                params: { institution: name },
                related: [{ node: tutoring[0], message: { fr: 'Tutorat déclaré ici', en: 'Tutoring declared here' } }],
                fixes: edit ? [{ fix: 'ajouter-charte', edits: [edit] }] : []
            });
        }
    }
});
