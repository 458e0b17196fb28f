import type { Placement } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { type RuleContext } from '../../rules/definition.js';

/** What several rules of the stage family share. */

export const PARTNER_SECTION = { fr: 'Rôle des organismes partenaires', en: 'Role of the partner organisations' };

/** The documentation examples: a CEFA apprentice in a nursing home, her framework and her path. */
export const EXAMPLE_FILES = {
    'institution.tutorat': 'institution MaisonDeRepos {\n    tutrice Nathalie\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » {\n        type enseignement\n        référente Lemaire « Sophie Lemaire » { fonction « Accompagnatrice CEFA » }\n    }\n}\n',
    'referentiel.tutorat': 'référentiel RefAideSoignant « Aide-soignant » {\n    compétence SOIN1 « Réaliser les soins d’hygiène et de confort »\n}\n'
};

export const COMPLETE_PLACEMENT = [
    'stage avec CEFA {',
    '    durée 40 semaines',
    '    horaire « Mercredi, jeudi et vendredi »',
    '    objectifs « Réaliser les soins d’hygiène et de confort en autonomie »',
    '    compétences SOIN1',
    '    évaluation « Grille du CEFA remplie avec la tutrice chaque trimestre »',
    '    référente Lemaire',
    '    assurance « Assurance du CEFA : responsabilité civile et accidents »',
    '    contact préalable le 24/06/2026 par Nathalie',
    '    suivi chaque mois « Visite de l’accompagnatrice CEFA »',
    '}'
];

/** An example workspace whose path holds the given placement lines. */
export function exampleWith(placement: readonly string[]): Record<string, string> {
    const body = placement.map((line) => `        ${line}`).join('\n');
    return {
        ...EXAMPLE_FILES,
        'parcours.tutorat': `institution MaisonDeRepos {\n    parcours AlternanceEmma pour Emma {\n        référentiel RefAideSoignant\n        période du 07/09/2026 au 25/06/2027\n${body}\n    }\n}\n`
    };
}

/** The complete placement without the lines that start with one of the given words. */
export function placementWithout(...words: string[]): string[] {
    return COMPLETE_PLACEMENT.filter((line) => !words.some((word) => line.trimStart().startsWith(word)));
}

/** The partner organisation by its title (« CEFA de Namur »), else as the placement names it. */
export function partnerOf(placement: Placement, context: RuleContext): string | undefined {
    return titleOrName(placement.partner?.ref, context.locale) ?? placement.partner?.$refText;
}
