import { AstUtils } from 'langium';
import { isCompetence, isCriterion, isIndicator, type Framework, type TransversalDimension } from '../../generated/ast.js';
import { competencesOf } from '../../model/path.js';
import type { Bilingual } from '../../i18n/locale.js';
import { simplify } from '../../syntax/grammar-knowledge.js';
import { defineRule } from '../../rules/definition.js';

/**
 * The guide's transversal dimensions a framework is read for, in two groups: a framework meets a group when one of
 * its competences names a dimension of it (« dimensions déontologie, sécurité ») or when its texts speak of it in
 * the sector's words (« secret professionnel », « manutention des personnes »…) — consultants wrote them long before
 * the `dimensions` line existed. Reflexivity and professional identity are the tutor's own attitude: not asked for.
 */
const GROUPS: ReadonlyArray<{ readonly label: Bilingual; readonly dimensions: readonly TransversalDimension[]; readonly words: RegExp; readonly example: string }> = [
    {
        label: { fr: 'déontologie ni d’éthique', en: 'deontology or ethics' },
        dimensions: ['déontologie', 'éthique'],
        words: /deontolog|ethique|secret|confidentiel|discretion|bientraitance|maltraitance|bienveillan|dignite|vie privee|intimite|pudeur|respect|consentement|neutralite|jugement|droits? de|valeurs/,
        example: 'dimensions déontologie, éthique'
    },
    {
        label: { fr: 'santé ni de sécurité', en: 'health or safety' },
        dimensions: ['santé', 'sécurité'],
        words: /sante|securi|hygiene|ergonom|prevention|risque|danger|manutention|secours|postures?|protection|accident|chute|incendie|infecti|desinfect|asepsi|steril|toxique|allerg/,
        example: 'dimensions santé, sécurité'
    }
];

/** A framework this small is still being written, or a sample: it is not read for what it leaves out. */
const MIN_COMPETENCES = 3;

/** Every text of the framework, simplified (lower case, no accents). */
function textsOf(framework: Framework): string {
    const texts: Array<string | undefined> = [framework.title, framework.description, framework.targetFunction, ...framework.domains.map((domain) => domain.title)];
    for (const node of AstUtils.streamAllContents(framework)) {
        if (isCompetence(node)) {
            texts.push(node.title, node.description, ...node.knowledge, ...node.skills, ...node.attitudes);
        } else if (isCriterion(node)) {
            texts.push(node.title);
        } else if (isIndicator(node)) {
            texts.push(node.text);
        }
    }
    return simplify(texts.filter((text): text is string => typeof text === 'string').join('\n'));
}

export const dimensionsTransversales = defineRule({
    id: 'referentiel/dimensions-transversales',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Le référentiel dit où se jouent la déontologie, l’éthique, la santé et la sécurité', en: 'The framework says where deontology, ethics, health and safety come in' },
    description: {
        fr: 'Le tuteur prend en compte des dimensions transversales dans ce qu’il transmet : la déontologie et l’éthique, la santé et la sécurité (et, pour lui-même, la réflexivité et l’identité professionnelle). Un référentiel de trois compétences ou plus dit lesquelles les engagent — « dimensions déontologie, éthique » ou « dimensions santé, sécurité » dans la compétence — ou en parle dans ses textes (secret professionnel, bientraitance, hygiène, manutention, prévention des risques…). Une information : le tuteur sait alors quoi souligner.',
        en: 'The tutor takes transversal dimensions into account in what they pass on: deontology and ethics, health and safety (and, for themselves, reflexivity and professional identity). A framework of three competences or more says which ones involve them — « dimensions déontologie, éthique » or « dimensions santé, sécurité » in the competence — or speaks of them in its texts (professional secrecy, good treatment, hygiene, handling, risk prevention…). Information: the tutor then knows what to stress.'
    },
    guide: {
        section: { fr: 'Rôle du tuteur', en: 'Role of the tutor' },
        quote: 'Outre les aspects techniques et relationnels du travail, le tuteur prend en compte d’autres dimensions : la déontologie et l’éthique (respect des personnes, de la réglementation et de l’environnement), la santé, la sécurité, la réflexivité et l’identité professionnelle.'
    },
    messages: {
        missing: {
            fr: 'Le référentiel {framework} ne parle ni de {missing} : le guide demande au tuteur de les prendre en compte dans ce qu’il transmet. Indiquez les compétences qui les engagent, par exemple « {example} » dans la compétence concernée, ou un savoir-être qui en parle.',
            en: 'The framework {framework} speaks neither of {missing}: the guide asks the tutor to take them into account in what they pass on. Say which competences involve them, for example « {example} » in the competence concerned, or an attitude that speaks of them.'
        }
    },
    examples: {
        nonCompliant: {
            'referentiel.tutorat': 'référentiel RefCommis « Commis de cuisine » {\n    compétence CUI1 « Préparer les légumes » { savoir-faire « Éplucher », « Tailler » }\n    compétence CUI2 « Dresser les assiettes » { savoir-faire « Dresser selon la fiche » }\n    compétence CUI3 « Ranger la réserve » { savoir-faire « Ranger par date » }\n}\n'
        },
        compliant: {
            'referentiel.tutorat': 'référentiel RefCommis « Commis de cuisine » {\n    compétence CUI1 « Préparer les légumes » {\n        savoir-faire « Éplucher », « Tailler »\n        dimensions santé, sécurité\n    }\n    compétence CUI2 « Dresser les assiettes » { savoir-faire « Dresser selon la fiche » }\n    compétence CUI3 « Servir les convives allergiques » {\n        savoir-être « Dire la vérité sur la composition des plats »\n        dimensions éthique\n    }\n}\n'
        }
    },
    checks: {
        Framework(framework, report, context) {
            const competences = competencesOf(framework);
            if (!framework.name || competences.length < MIN_COMPETENCES) {
                return;
            }
            const named = new Set(competences.flatMap((competence) => competence.dimensions));
            const texts = textsOf(framework);
            const missing = GROUPS.filter((group) => !group.dimensions.some((dimension) => named.has(dimension)) && !group.words.test(texts));
            if (missing.length === 0) {
                return;
            }
            report('missing', { node: framework, property: 'name' }, {
                params: {
                    framework: framework.name,
                    missing: missing.map((group) => context.text(group.label)).join(context.locale === 'fr' ? ', ni de ' : ', nor of '),
                    example: missing[0].example
                }
            });
        }
    }
});
