import { AstUtils, type AstNode } from 'langium';
import type { Institution } from '../../generated/ast.js';
import { isCharterTemplate, isFramework } from '../../generated/ast.js';
import { defineRule, type Reporter, type RuleContext } from '../../rules/definition.js';
import { MAX_RELATED_PLACES } from './limite.js';
import { nodesByProperty } from '../../rules/property-nodes.js';

/** Node types whose blocks list properties that may be written only once. */
const BLOCK_TYPES = [
    'CharterTemplate', 'Charter', 'TutorProfile', 'ServiceProfile', 'TutoringTime', 'Framework', 'Competence', 'Institution',
    'Service', 'JobFunction', 'Person', 'Partner', 'Referent', 'Duo', 'Mission', 'TrainingPath', 'Placement'
] as const;

export const doublon = defineRule({
    id: 'langage/doublon',
    severity: 'error',
    configurable: false,
    crossFile: true,
    title: { fr: 'Un nom ou une indication n’est écrit qu’une fois', en: 'A name or a property is written only once' },
    description: {
        fr: 'Deux personnes, services, fonctions, organismes ou parcours d’une même institution portent des noms différents, même s’ils sont déclarés dans des fichiers différents ; deux modèles ou référentiels de l’espace de travail aussi. Dans un même fichier, seule la copie est signalée, en renvoyant à la première déclaration. Dans un bloc, une même indication (une période, un suppléant…) n’est écrite qu’une fois.',
        en: 'Two people, services, functions, organisations or paths of one institution have different names, even when declared in different files; so do two templates or frameworks of the workspace. Within one file, only the copy is reported, pointing at the first declaration. Within a block, a property (a period, a substitute…) is written only once.'
    },
    messages: {
        name: {
            fr: 'Le nom « {name} » est déjà utilisé pour {kind} ({where}). Donnez un nom différent à chacun : les références seraient ambiguës.',
            en: 'The name “{name}” is already used for {kind} ({where}). Give each a different name: references would be ambiguous.'
        },
        property: {
            fr: 'Cette indication est déjà donnée plus haut dans ce bloc (ligne {line}) : seule la dernière compterait. Gardez-en une seule.',
            en: 'This property is already given above in this block (line {line}): only the last would count. Keep only one.'
        }
    },
    checks: {
        ...Object.fromEntries(BLOCK_TYPES.map((type) => [type, (node: AstNode, report: Reporter<'property'>) => checkRepeatedProperties(node, report)])),
        // Each declaration reads only the declarations of its own kind and name: a document then
        // depends on the names it declares, not on every name of the institution or workspace.
        Document(document, report, context) {
            for (const element of document.elements) {
                if ((isCharterTemplate(element) || isFramework(element)) && element.name) {
                    const others = context.workspace.globalsNamed(element.$type, element.name).filter((other) => other !== element);
                    reportDuplicateName(element, element.name, others, report, context);
                }
            }
        },
        Institution(institution: Institution, report: Reporter<'name' | 'property'>, context: RuleContext) {
            checkRepeatedProperties(institution, report);
            for (const member of institution.members) {
                if ('name' in member && member.name) {
                    const others = context.workspace.membersNamed(institution.name, member.$type, member.name).filter((other) => other !== member);
                    reportDuplicateName(member, member.name, others, report, context);
                }
            }
        }
    }
});

const KIND_NAMES: Record<string, { fr: string; en: string }> = {
    Person: { fr: 'une autre personne', en: 'another person' },
    Service: { fr: 'un autre service', en: 'another service' },
    JobFunction: { fr: 'une autre fonction', en: 'another job function' },
    Partner: { fr: 'un autre organisme partenaire', en: 'another partner organisation' },
    TrainingPath: { fr: 'un autre parcours', en: 'another training path' },
    CharterTemplate: { fr: 'un autre modèle de charte', en: 'another charter template' },
    Framework: { fr: 'un autre référentiel', en: 'another framework' }
};

/**
 * Within one document only the later copies are reported, pointing at the first (as rustc does): a
 * block pasted twice gives one finding, at the copy. Copies in other files are reported on both
 * sides, since neither file comes "first" for the person editing one of them.
 */
function reportDuplicateName(node: AstNode, name: string, others: AstNode[], report: Reporter<'name'>, context: RuleContext): void {
    const ownDocument = AstUtils.getDocument(node);
    const offset = node.$cstNode?.offset ?? 0;
    const inOwnDocument = (other: AstNode) => AstUtils.getDocument(other) === ownDocument;
    const earlier = others.find((other) => inOwnDocument(other) && (other.$cstNode?.offset ?? 0) < offset);
    const elsewhere = others.find((other) => !inOwnDocument(other));
    const other = earlier ?? elsewhere;
    if (!other) {
        return;
    }
    const otherDocument = AstUtils.getDocument(other);
    const line = (other.$cstNode?.range.start.line ?? 0) + 1;
    const sameFile = otherDocument.uri.toString() === context.document.uri.toString();
    const where = sameFile
        ? context.text({ fr: 'ligne {line}', en: 'line {line}' }, { line })
        : context.text({ fr: '{file}, ligne {line}', en: '{file}, line {line}' }, { file: otherDocument.uri.path.split('/').pop(), line });
    report('name', { node, property: 'name' as never }, {
        params: { name, kind: context.text(KIND_NAMES[node.$type] ?? KIND_NAMES.Person), where },
        related: others.slice(0, MAX_RELATED_PLACES).map((declaration) => ({ node: declaration, property: 'name', message: { fr: 'Autre déclaration de « {name} »', en: 'Other declaration of “{name}”' }, params: { name } }))
    });
}

/** A single-valued property assigned twice in one block: the parser keeps the last one silently. */
function checkRepeatedProperties(node: AstNode, report: Reporter<'property'>): void {
    const cst = node.$cstNode;
    if (!cst) {
        return;
    }
    const assigned = nodesByProperty(cst);
    for (const property of Object.keys(node)) {
        if (property.startsWith('$') || Array.isArray((node as unknown as Record<string, unknown>)[property])) {
            continue;
        }
        const occurrences = assigned.get(property) ?? [];
        if (occurrences.length > 1) {
            const first = occurrences[0];
            const repeated = occurrences[occurrences.length - 1];
            report('property', { node, range: repeated.range }, { params: { line: first.range.start.line + 1 } });
        }
    }
}
