import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalFramework, frameworkFromAst, type FrameworkData } from '@tutorat/interop';
import { languageTools } from '../../packages/interop/src/language-tools.js';
import { REPOSITORY } from '../support/cli.js';

export const FIXTURES = join(REPOSITORY, 'test/fixtures/interop');

/**
 * A framework written with every construct the language has for frameworks: metadata, a scale,
 * competences inside and outside domains, a domain without a title and one without competences,
 * every dimension (savoir-agir too), the four outside references, named and unnamed criteria,
 * texts in the three kinds of quotes, nested « », a text starting like a spreadsheet formula.
 */
export const EVERY_CONSTRUCT = `référentiel Complet « Référentiel « complet » de test » {
    auteur « Consultante & associés »
    version « 2026.2 »
    description "Texte entre guillemets droits avec \\"échappement\\", « chevrons » et “ anglais ”."
    fonction visée « Éducateur spécialisé »
    échelle « Non vu », « Débutant », « En cours d’acquisition », « Autonome »
    compétence Hors-Domaine « Compétence sans domaine »
    compétence Formule « =SOMME(A1) n’est pas une formule ici » {
        savoirs « - tiret en tête », « +32 2 123 45 67 », « @arobase »
    }
    domaine Relation « Relation » {
        compétence C1 « Accueillir “ la personne ” » {
            description « Accueillir la personne.

Deuxième paragraphe de la description. »
            savoirs « Procédures », « Droits »
            savoir-faire « Mener un entretien »
            savoir-agir « Réagir à l'imprévu »
            savoir-être « Écoute », « Patience ; calme »
            dimensions identité-professionnelle, déontologie et sécurité
            esco « http://data.europa.eu/esco/skill/abc »
            rncp « RNCP34827BC02 »
            rs « RS5432 »
            sfmq « UAA1 »
            critère Accueil-a « L'accueil suit la procédure » {
                indicateur « Étapes suivies, dans l’ordre »
                indicateur « Le projet « Bien chez soi » est présenté »
            }
            critère « Critère sans nom »
        }
        compétence C2 « Titre long : ${'une compétence dont l’intitulé dépasse cent caractères, comme en écrivent les référentiels officiels '.repeat(1)}» {
            critère « Un critère » { indicateur « Un indicateur » }
        }
    }
    domaine SansTitre {
        compétence C3 « Troisième »
    }
    domaine Vide « Domaine encore vide » { }
}
`;

export function parseFramework(text: string): FrameworkData {
    const parsed = languageTools().parse(text);
    if (parsed.errors > 0 || parsed.frameworks.length !== 1) {
        throw new Error(`the framework does not parse (${parsed.errors} errors)`);
    }
    return frameworkFromAst(parsed.frameworks[0]);
}

/** The frameworks of the example workspace, by file name, and the one with every construct. */
export function sampleFrameworks(): Array<[string, FrameworkData]> {
    const inFolder = (folder: string) => readdirSync(join(REPOSITORY, folder)).filter((file) => file.endsWith('.tutorat'))
        .map((file) => [file, parseFramework(readFileSync(join(REPOSITORY, folder, file), 'utf8'))] as [string, FrameworkData]);
    // The examples first (tests take the first one as the typical framework), then those of the drafting corpus.
    return [...inFolder('examples/referentiels'), ...inFolder('test/drafting/workspace/referentiels'), ['toutes-les-constructions', parseFramework(EVERY_CONSTRUCT)]];
}

export const bytes = (text: string) => new TextEncoder().encode(text);

export { canonicalFramework };
