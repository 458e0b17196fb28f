import { defineRule } from '../../rules/definition.js';
import { insertIntoBlock } from '../../rules/fix-edits.js';

/**
 * stage/repartition-roles — a placement says who does what between the institution's tutor and
 * the organisation's referent (« répartition des rôles { tuteur « … » référente « … » } »).
 */
export const repartitionRoles = defineRule({
    id: 'stage/repartition-roles',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le stage répartit les rôles entre tuteur et référent', en: 'The placement shares the roles between tutor and referent' },
    description: {
        fr: 'Un stage (ou un suivi d’insertion) précise, dans un bloc « répartition des rôles { … } », ce que fait le tuteur de l’institution (« tuteur « … » » ou « tutrice « … » ») et ce que fait le référent de l’organisme (« référent « … » » ou « référente « … » ») : qui prépare, qui suit, qui évalue.',
        en: 'A placement (or insertion follow-up) states, in a « répartition des rôles { … } » block, what the institution’s tutor does (« tuteur « … » » or « tutrice « … » ») and what the organisation’s referent does (« référent « … » » or « référente « … » »): who prepares, who follows up, who evaluates.'
    },
    guide: {
        section: { fr: 'Établir et entretenir des collaborations', en: 'Building and maintaining collaborations' },
        quote: 'Sur la base d’une répartition des rôles, préciser les collaborations entre les professionnels concernés (ex. : tuteurs de l’institution et enseignants du centre de formation).'
    },
    messages: {
        incomplete: {
            fr: 'La répartition des rôles ne dit pas ce que fait {missing}. Ajoutez sa ligne (« tutrice « … » », « référente « … » ») : qui prépare, qui suit, qui évalue.',
            en: 'The sharing of roles does not say what {missing} does. Add their line (« tutrice « … » », « référente « … » »): who prepares, who follows up, who evaluates.'
        },
        missing: {
            fr: 'Le stage ne dit pas qui fait quoi entre le tuteur et le référent de l’organisme. Ajoutez au stage « répartition des rôles { tutrice « … » référente « … » } » : qui prépare, qui suit, qui évalue.',
            en: 'The placement does not say who does what between the tutor and the organisation’s referent. Add to the placement « répartition des rôles { tutrice « … » référente « … » } »: who prepares, who follows up, who evaluates.'
        }
    },
    fixes: [{ id: 'addRoleSharing', title: { fr: 'Ajouter la répartition des rôles (à compléter)', en: 'Add the sharing of roles (to complete)' } }],
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutorée Emma\n    organisme partenaire CEFA « CEFA de Namur » { type enseignement }\n    parcours AlternanceEmma pour Emma {\n        stage avec CEFA { durée 40 semaines }\n    }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutorée Emma\n    organisme partenaire CEFA « CEFA de Namur » { type enseignement }\n    parcours AlternanceEmma pour Emma {\n        stage avec CEFA {\n            durée 40 semaines\n            répartition des rôles {\n                tutrice « Guide Emma au quotidien et remplit la grille chaque trimestre »\n                référente « Prépare Emma, vient chaque mois et conduit l’évaluation finale »\n            }\n        }\n    }\n}\n'
        }
    },
    checks: {
        Placement(placement, report, context) {
            const roles = new Set((placement.roleSharing?.items ?? []).map((item) => (item.role === 'tutrice' ? 'tuteur' : item.role === 'référente' ? 'référent' : item.role)));
            const missing = [
                ...(roles.has('tuteur') ? [] : [context.text({ fr: 'le tuteur', en: 'the tutor' })]),
                ...(roles.has('référent') ? [] : [context.text({ fr: 'le référent de l’organisme', en: 'the organisation’s referent' })])
            ];
            if (missing.length === 0) {
                return;
            }
            if (!placement.roleSharing) {
                const edit = insertIntoBlock(placement, ['répartition des rôles {', '    tutrice « … »', '    référente « … »', '}']);
                report('missing', { node: placement, property: 'partner' }, { fixes: edit ? [{ fix: 'addRoleSharing', edits: [edit] }] : undefined });
                return;
            }
            report('incomplete', { node: placement.roleSharing, keyword: 'répartition' }, { params: { missing: missing.join(context.text({ fr: ' ni ', en: ' nor ' })) } });
        }
    }
});
