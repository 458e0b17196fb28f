import { type CharterTemplate } from '../../generated/ast.js';
import { defineRule, type Reporter } from '../../rules/definition.js';
import { ESTABLISHING_THE_CHARTER } from './shared.js';

export const heritage = defineRule({
    id: 'modele/heritage',
    severity: 'error',
    crossFile: true,
    title: { fr: 'Les modèles de charte s’étendent sans tourner en rond', en: 'Charter templates extend each other without going round in circles' },
    description: {
        fr: 'Un modèle peut étendre un autre modèle, sur plusieurs niveaux (modèle sectoriel, modèle régional…), mais la chaîne doit s’arrêter : un modèle qui s’étend lui-même, ou deux modèles qui s’étendent l’un l’autre, n’ont pas de contenu assemblable. Chaque modèle de la boucle est signalé. Un modèle introuvable est signalé par langage/reference.',
        en: 'A template may extend another template, over several levels (sector template, regional template…), but the chain must end: a template extending itself, or two templates extending each other, have no content that can be assembled. Each template of the loop is reported. A template that cannot be found is reported by langage/reference.'
    },
    guide: ESTABLISHING_THE_CHARTER,
    messages: {
        self: {
            fr: 'Le modèle {template} s’étend lui-même : un modèle ne peut pas être son propre modèle. Retirez « étend {template} », ou indiquez le modèle dont il reprend le contenu.',
            en: 'The template {template} extends itself: a template cannot be its own template. Remove “étend {template}”, or name the template whose content it takes over.'
        },
        cycle: {
            fr: 'Les modèles s’étendent en boucle : {cycle}. Leur contenu ne peut pas être assemblé. Retirez « étend » du modèle qui doit ouvrir la chaîne (en général celui de la fédération).',
            en: 'The templates extend each other in a loop: {cycle}. Their content cannot be assembled. Remove “étend” from the template that should start the chain (usually the federation’s).'
        }
    },
    examples: {
        nonCompliant: {
            'federation/modele-sectoriel.tutorat': 'modèle de charte Sectoriel étend Regional {\n    enjeux intégration-nouveaux-travailleurs\n}\n',
            'federation/modele-regional.tutorat': 'modèle de charte Regional étend Sectoriel {\n    suppléance à compléter « Précisez qui remplace le tuteur absent. »\n}\n'
        },
        compliant: {
            'federation/modele-sectoriel.tutorat': 'modèle de charte Sectoriel {\n    enjeux intégration-nouveaux-travailleurs\n}\n',
            'federation/modele-regional.tutorat': 'modèle de charte Regional étend Sectoriel {\n    suppléance à compléter « Précisez qui remplace le tuteur absent. »\n}\n'
        }
    },
    checks: {
        CharterTemplate(template, report, context) {
            if (!template.parent?.ref) {
                return;
            }
            const effective = context.workspace.effectiveCharter(template);
            const cycle = effective.cycle;
            if (!cycle || !effective.isInCycle(template)) {
                return;
            }
            if (cycle.length === 1) {
                report('self', { node: template, property: 'parent' }, { params: { template: template.name } });
                return;
            }
            reportCycle(template, cycle, report);
        }
    }
});

/** Reports a loop on one of its templates, spelled from it: « A → B → A ». */
function reportCycle(template: CharterTemplate, cycle: readonly CharterTemplate[], report: Reporter<'cycle'>): void {
    const start = cycle.indexOf(template);
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    report('cycle', { node: template, property: 'parent' }, {
        params: { cycle: [...ordered, template].map((member) => member.name).join(' → ') },
        related: ordered.slice(1).map((member) => ({
            node: member,
            property: 'parent',
            message: { fr: '{template} étend {parent}', en: '{template} extends {parent}' },
            params: { template: member.name, parent: member.parent?.$refText }
        }))
    });
}
