import { GrammarUtils } from 'langium';
import { isFramework, type TrainingPath } from '../../generated/ast.js';
import { titleOrName } from '../../i18n/french.js';
import { joinList } from '../../i18n/locale.js';
import { competenceReferences, competencesOf } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { insertLinesAfter } from '../../rules/fix-edits.js';

const REFERENTIEL_GUIDE = {
    section: { fr: 'Rôle de l’encadrement — référentiel des compétences', en: 'Role of the supervisors — competence framework' },
    quote: 'formaliser la mission du tuteur : objectifs (via le référentiel des compétences à acquérir), organisation, évaluation, aménagement du temps de travail'
};

export const referentiel = defineRule({
    id: 'parcours/referentiel',
    severity: 'error',
    crossFile: true,
    checksNames: true,
    title: { fr: 'Les compétences du parcours viennent d’un référentiel', en: 'The path’s competences come from a framework' },
    description: {
        fr: 'Chaque compétence qu’un parcours vise, fait travailler ou évalue est définie dans un référentiel de compétences de l’espace de travail, éventuellement dans un autre fichier : soit dans un référentiel que le parcours nomme (référentiel NomDuRéférentiel, puis le code seul), soit écrite NomDuRéférentiel.Code. Un code inconnu est signalé à l’endroit où il est écrit ; un parcours qui ne nomme aucun référentiel et écrit des codes seuls est signalé sur son nom, avec une correction qui ajoute le référentiel qui définit ces codes.',
        en: 'Every competence a path targets, works on or assesses is defined in a competence framework of the workspace, possibly in another file: either in a framework the path names (référentiel FrameworkName, then the code alone), or written FrameworkName.Code. An unknown code is reported where it is written; a path that names no framework and writes bare codes is reported on its name, with a fix that adds the framework defining those codes.'
    },
    guide: REFERENTIEL_GUIDE,
    messages: {
        inFrameworks: {
            fr: '« {name} » ne correspond à aucune compétence {lookedUp}.{didYouMean} Corrigez le code, ou ajoutez cette compétence au référentiel.',
            en: '“{name}” matches no competence {lookedUp}.{didYouMean} Correct the code, or add this competence to the framework.'
        },
        unknownFramework: {
            fr: '« {name} » cite le référentiel « {framework} », qui n’existe pas dans l’espace de travail.{didYouMean} Corrigez le nom du référentiel, ou ajoutez son fichier à l’espace de travail.',
            en: '“{name}” names the framework “{framework}”, which does not exist in the workspace.{didYouMean} Correct the framework’s name, or add its file to the workspace.'
        },
        noFramework: {
            fr: 'Le parcours {path} ne nomme aucun référentiel où chercher {codes}. Ajoutez « référentiel NomDuRéférentiel » au parcours{hint}, ou écrivez NomDuRéférentiel.Code.',
            en: 'The path {path} names no framework to look up {codes} in. Add “référentiel FrameworkName” to the path{hint}, or write FrameworkName.Code.'
        }
    },
    fixes: [{ id: 'addFramework', title: { fr: 'Nommer le référentiel qui définit ces codes', en: 'Name the framework that defines these codes' } }],
    examples: {
        nonCompliant: {
            'referentiel.tutorat': 'référentiel RefÉducateur « Éducateur spécialisé » {\n    compétence REL1 « Accueillir la personne »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutorée Inès\n    parcours StageInès pour Inès {\n        référentiel RefÉducateur\n        // REL9 n’existe pas dans RefÉducateur.\n        compétences visées REL1, REL9\n    }\n}\n'
        },
        compliant: {
            'referentiel.tutorat': 'référentiel RefÉducateur « Éducateur spécialisé » {\n    compétence REL1 « Accueillir la personne »\n    compétence REL2 « Établir une relation de confiance »\n}\n',
            'parcours.tutorat': 'institution Horizon {\n    tutorée Inès\n    parcours StageInès pour Inès {\n        référentiel RefÉducateur\n        compétences visées REL1, REL2\n    }\n}\n'
        }
    },
    checks: {
        TrainingPath(path, report, context) {
            if (path.frameworks.length > 0) {
                return;
            }
            const codes = [...new Set(unresolvedCodes(path))];
            if (codes.length === 0) {
                return;
            }
            const candidates = context.workspace.globalNamed().filter(isFramework)
                .filter((framework) => codes.every((code) => competencesOf(framework).some((competence) => competence.name === code)))
                .map((framework) => framework.name).sort();
            const hint = candidates.length > 0
                ? context.text({ fr: ' (ces codes existent dans {names})', en: ' (these codes exist in {names})' }, { names: joinList(candidates, context.locale, 'or') })
                : '';
            const brace = path.$cstNode ? GrammarUtils.findNodeForKeyword(path.$cstNode, '{') : undefined;
            const edit = candidates.length > 0 ? insertLinesAfter(brace, [`référentiel ${candidates[0]}`], { deeper: true }) : undefined;
            report('noFramework', { node: path, property: 'name' }, {
                params: {
                    path: titleOrName(path, context.locale),
                    codes: context.text(codes.length > 1 ? { fr: 'les codes {codes}', en: 'the codes {codes}' } : { fr: 'le code {codes}', en: 'the code {codes}' }, { codes: joinList(codes, context.locale) }),
                    hint
                },
                fixes: edit ? [{ fix: 'addFramework', edits: [edit] }] : undefined
            });
        }
    }
});

/** The competence codes written alone in a path, which only a named framework could resolve. */
function unresolvedCodes(path: TrainingPath): string[] {
    return competenceReferences(path).map(({ reference }) => reference)
        .filter((reference) => reference.$refText && !reference.$refText.includes('.') && !reference.ref)
        .map((reference) => reference.$refText);
}
