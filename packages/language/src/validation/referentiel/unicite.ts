import type { Competence } from '../../generated/ast.js';
import { competencesOf } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { exampleFramework } from './shared.js';

/** Titles compared as people read them: case, spaces and typographic apostrophes aside. */
function normalisedTitle(title: string): string {
    return title.toLocaleLowerCase('fr').replace(/[’']/g, '\'').replace(/\s+/g, ' ').trim();
}

export const unicite = defineRule({
    id: 'referentiel/unicite',
    severity: 'error',
    crossFile: false,
    title: { fr: 'Un code, une compétence', en: 'One code, one competence' },
    description: {
        fr: 'Dans un référentiel, deux compétences n’ont jamais le même code, même dans des domaines différents : un parcours qui cite ce code ne saurait pas de laquelle il parle (erreur). Deux compétences au même intitulé sont probablement un doublon (avertissement).',
        en: 'Within a framework, two competences never share a code, even in different domains: a path naming that code could not tell which one it means (error). Two competences with the same title are probably a duplicate (warning).'
    },
    messages: {
        sameCode: {
            fr: 'Le code {code} est déjà utilisé dans ce référentiel pour « {title} » (ligne {line}). Donnez un code différent à chaque compétence.',
            en: 'The code {code} is already used in this framework for “{title}” (line {line}). Give each competence a different code.'
        },
        sameTitle: {
            severity: 'warning',
            fr: 'La compétence {code} a le même intitulé que {other} (ligne {line}) : est-ce un doublon ? Fusionnez-les, ou précisez les intitulés.',
            en: 'The competence {code} has the same title as {other} (line {line}): is it a duplicate? Merge them, or make the titles more precise.'
        }
    },
    examples: {
        nonCompliant: exampleFramework('domaine Maison « Entretien du domicile » {\n    compétence ENT1 « Entretenir le linge de la famille »\n}\ndomaine Repas « Repas » {\n    compétence ENT1 « Préparer un repas équilibré »\n}'),
        compliant: exampleFramework('domaine Maison « Entretien du domicile » {\n    compétence ENT1 « Entretenir le linge de la famille »\n}\ndomaine Repas « Repas » {\n    compétence REP1 « Préparer un repas équilibré »\n}')
    },
    checks: {
        Framework(framework, report) {
            const seenCodes = new Map<string, Competence>();
            const seenTitles = new Map<string, Competence>();
            for (const competence of competencesOf(framework)) {
                const line = (other: Competence) => (other.$cstNode?.range.start.line ?? 0) + 1;
                const sameCode = competence.name ? seenCodes.get(competence.name) : undefined;
                const title = competence.title ? normalisedTitle(competence.title) : '';
                const sameTitle = title ? seenTitles.get(title) : undefined;
                if (sameCode) {
                    report('sameCode', { node: competence, property: 'name' }, {
                        params: { code: competence.name, title: sameCode.title, line: line(sameCode) },
                        related: [{ node: sameCode, property: 'name', message: { fr: 'Autre compétence de code {code}', en: 'Other competence with code {code}' }, params: { code: competence.name } }]
                    });
                } else if (sameTitle) {
                    report('sameTitle', { node: competence, property: 'title' }, {
                        params: { code: competence.name, other: sameTitle.name, line: line(sameTitle) },
                        related: [{ node: sameTitle, property: 'title', message: { fr: 'Compétence {code}, au même intitulé', en: 'Competence {code}, with the same title' }, params: { code: sameTitle.name } }]
                    });
                }
                if (competence.name && !seenCodes.has(competence.name)) {
                    seenCodes.set(competence.name, competence);
                }
                if (title && !seenTitles.has(title)) {
                    seenTitles.set(title, competence);
                }
            }
        }
    }
});
