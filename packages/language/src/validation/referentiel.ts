import { GrammarUtils } from 'langium';
import type { Competence } from '../generated/ast.js';
import { joinList, type Bilingual } from '../i18n/locale.js';
import { allMentions, competencesOf, filledCriteria, hasText } from '../model/path.js';
import { defineRule, type RuleDefinition } from '../rules/definition.js';
import { insertIntoBlock, replaceText } from '../rules/fix-edits.js';
import { frameworkOf } from '../scoping/qualified-names.js';

/** Rules on competence frameworks, read by the paths of every institution of the workspace. */

const CRITERIA_GUIDE = {
    section: { fr: 'Organiser et planifier — critères et indicateurs', en: 'Organising and planning — criteria and indicators' },
    quote: 'Déterminer les critères d’évaluation et les indicateurs.'
};

/** A one-competence framework for the documentation examples. */
function exampleFramework(competence: string): Record<string, string> {
    return { 'referentiel.tutorat': `référentiel RefAideFamilial « Aide familial(e) — référentiel de l’employeur » {\n${competence.split('\n').map((line) => `    ${line}`).join('\n')}\n}\n` };
}

export const criteres = defineRule({
    id: 'referentiel/criteres',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Chaque compétence a des critères et des indicateurs', en: 'Every competence has criteria and indicators' },
    description: {
        fr: 'Chaque compétence d’un référentiel a au moins un critère d’évaluation (« critère « … » ») et au moins un indicateur observable (« indicateur « … » » dans un critère). Un critère ou un indicateur laissé vide (« ») ne compte pas.',
        en: 'Every competence of a framework has at least one evaluation criterion (« critère « … » ») and at least one observable indicator (« indicateur « … » » inside a criterion). An empty criterion or indicator (« ») does not count.'
    },
    guide: CRITERIA_GUIDE,
    messages: {
        noCriteria: {
            fr: 'La compétence {code} n’a aucun critère d’évaluation : sans critère, ni le tuteur ni le tutoré ne savent à quoi reconnaître qu’elle est acquise. Ajoutez au moins un critère et son indicateur.',
            en: 'The competence {code} has no evaluation criterion: without one, neither tutor nor tutee knows how to tell it is acquired. Add at least one criterion and its indicator.'
        },
        noIndicator: {
            fr: 'Les critères de la compétence {code} n’ont aucun indicateur observable. Ajoutez au moins un « indicateur « … » » qui dit ce qu’on voit quand le critère est atteint.',
            en: 'The criteria of the competence {code} have no observable indicator. Add at least one « indicateur « … » » saying what one sees when the criterion is met.'
        }
    },
    fixes: [
        { id: 'addCriterion', title: { fr: 'Ajouter un critère et un indicateur, à compléter', en: 'Add a criterion and an indicator, to fill in' } },
        { id: 'addIndicator', title: { fr: 'Ajouter un indicateur, à compléter', en: 'Add an indicator, to fill in' } }
    ],
    examples: {
        nonCompliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    critère « Le linge est trié selon les consignes d’entretien »\n}'),
        compliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    critère « Le linge est trié selon les consignes d’entretien » {\n        indicateur « Aucune pièce n’est abîmée au lavage »\n    }\n}')
    },
    checks: {
        Competence(competence, report) {
            const found = filledCriteria(competence.criteria);
            if (found.criteria === 0) {
                const edit = insertIntoBlock(competence, ['critère « » {', '    indicateur « »', '}']);
                report('noCriteria', { node: competence, property: 'name' }, { params: { code: competence.name }, fixes: edit ? [{ fix: 'addCriterion', edits: [edit] }] : undefined });
            } else if (found.indicators === 0) {
                const criterion = competence.criteria.find((candidate) => hasText(candidate.title)) ?? competence.criteria[0];
                const edit = insertIntoBlock(criterion, ['indicateur « »']);
                report('noIndicator', { node: criterion, property: 'title' }, { params: { code: competence.name }, fixes: edit ? [{ fix: 'addIndicator', edits: [edit] }] : undefined });
            }
        }
    }
});

const DIMENSIONS: ReadonlyArray<{ readonly label: Bilingual; readonly values: (competence: Competence) => readonly string[] }> = [
    { label: { fr: 'les savoirs (connaissances)', en: 'knowledge (savoirs)' }, values: (competence) => competence.knowledge },
    { label: { fr: 'les savoir-faire ou savoir-agir', en: 'know-how (savoir-faire or savoir-agir)' }, values: (competence) => competence.skills },
    { label: { fr: 'les savoir-être (attitudes)', en: 'attitudes (savoir-être)' }, values: (competence) => competence.attitudes }
];

export const dimensions = defineRule({
    id: 'referentiel/dimensions',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Chaque compétence dit ce qu’elle mobilise', en: 'Every competence says what it draws on' },
    description: {
        fr: 'Une compétence dit ce qu’elle mobilise, pour que le tuteur sache quoi transmettre : des savoirs (« savoirs »), des savoir-faire (« savoir-faire » ou « savoir-agir ») et des savoir-être (« savoir-être »).',
        en: 'A competence says what it draws on, so that the tutor knows what to pass on: knowledge (« savoirs »), know-how (« savoir-faire » or « savoir-agir ») and attitudes (« savoir-être »).'
    },
    guide: {
        section: { fr: 'Former le tutoré', en: 'Training the tutee' },
        quote: 'Transmettre les connaissances, les savoir-faire, savoir agir et savoir-être ainsi que la culture de l’organisation.'
    },
    messages: {
        missing: {
            fr: 'La compétence {code} ne précise pas {missing}. Ajoutez-les, par exemple : {example} « … ».',
            en: 'The competence {code} does not state {missing}. Add them, for example: {example} « … ».'
        }
    },
    examples: {
        nonCompliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    savoir-faire « Trier le linge », « Repasser »\n}'),
        compliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    savoirs « Symboles d’entretien des textiles »\n    savoir-faire « Trier le linge », « Repasser »\n    savoir-être « Discrétion dans l’intimité de la famille »\n}')
    },
    checks: {
        Competence(competence, report, context) {
            const missing = DIMENSIONS.filter((dimension) => !dimension.values(competence).some(hasText));
            if (missing.length === 0) {
                return;
            }
            const keywords = ['savoirs', 'savoir-faire', 'savoir-être'];
            report('missing', { node: competence, property: 'name' }, {
                params: {
                    code: competence.name,
                    missing: joinList(missing.map((dimension) => context.text(dimension.label)), context.locale),
                    example: keywords[DIMENSIONS.indexOf(missing[0])]
                }
            });
        }
    }
});

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

export const inutilise = defineRule({
    id: 'referentiel/inutilise',
    severity: 'hint',
    crossFile: true,
    title: { fr: 'Une compétence sert à au moins un parcours', en: 'A competence serves at least one path' },
    description: {
        fr: 'Signale les compétences qu’aucun parcours de l’espace de travail ne cite, dans aucun fichier : ni dans ses compétences visées, ni dans un bloc « critères pour », ni dans une activité, une évaluation ou un stage. C’est une indication, pas une faute : un référentiel peut préparer des parcours à venir.',
        en: 'Points out the competences that no path of the workspace names, in any file: not in its targeted competences, nor in a « critères pour » block, an activity, an evaluation or a placement. It is a hint, not a fault: a framework may prepare future paths.'
    },
    messages: {
        unused: {
            fr: 'Aucun parcours de l’espace de travail ne vise la compétence {code} du référentiel {framework}. Citez-la dans un parcours (compétences visées, activité, évaluation), ou retirez-la si elle n’a plus lieu d’être.',
            en: 'No path of the workspace targets the competence {code} of the framework {framework}. Name it in a path (targeted competences, activity, evaluation), or remove it if it is no longer needed.'
        }
    },
    examples: {
        nonCompliant: {
            ...exampleFramework('compétence ENT1 « Entretenir le linge de la famille »\ncompétence REP1 « Préparer un repas équilibré »'),
            'parcours.tutorat': 'institution ServiceAideFamilles {\n    tutorée Laura\n    parcours IntégrationLaura pour Laura {\n        référentiel RefAideFamilial\n        compétences visées ENT1\n    }\n}\n'
        },
        compliant: {
            ...exampleFramework('compétence ENT1 « Entretenir le linge de la famille »\ncompétence REP1 « Préparer un repas équilibré »'),
            'parcours.tutorat': 'institution ServiceAideFamilles {\n    tutorée Laura\n    parcours IntégrationLaura pour Laura {\n        référentiel RefAideFamilial\n        compétences visées ENT1, REP1\n    }\n}\n'
        }
    },
    checks: {
        Framework(framework, report, context) {
            if (!framework.name) {
                return;
            }
            const used = new Set(context.workspace.pathsUsing(framework.name)
                .flatMap(allMentions)
                .filter((mention) => frameworkOf(mention.competence)?.name === framework.name)
                .map((mention) => mention.competence.name));
            for (const competence of competencesOf(framework)) {
                if (competence.name && !used.has(competence.name)) {
                    report('unused', { node: competence, property: 'name' }, { params: { code: competence.name, framework: framework.name } });
                }
            }
        }
    }
});

/** The accepted forms of references to outside competence registers, and how to tidy a near miss. */
const TAXONOMIES = {
    esco: {
        pattern: /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
        tidy: (value: string) => value.trim().replace(/^https:/i, 'http:').toLowerCase()
    },
    rncp: { pattern: /^RNCP\d{1,6}BC\d{2}$/, tidy: (value: string) => value.replace(/[\s\-_.]/g, '').toUpperCase() },
    rs: { pattern: /^RS\d{1,6}$/, tidy: (value: string) => value.replace(/[\s\-_.]/g, '').toUpperCase() }
} as const;

export const taxonomie = defineRule({
    id: 'referentiel/taxonomie',
    severity: 'warning',
    crossFile: false,
    title: { fr: 'Les références ESCO, RNCP et RS ont la bonne forme', en: 'ESCO, RNCP and RS references have the right form' },
    description: {
        fr: 'Une compétence peut renvoyer à un répertoire extérieur : « esco » (l’adresse d’une compétence de la classification européenne ESCO, http://data.europa.eu/esco/skill/ suivie de son identifiant), « rncp » (un bloc de compétences du Répertoire national des certifications professionnelles, par exemple RNCP34827BC02) ou « rs » (une fiche du Répertoire spécifique, par exemple RS5483). Une référence mal formée ne mène nulle part ; quand seule l’écriture diffère (espaces, minuscules, https), une correction la remet en forme.',
        en: 'A competence may refer to an outside register: « esco » (the address of a skill of the European ESCO classification, http://data.europa.eu/esco/skill/ followed by its identifier), « rncp » (a competence block of the French national register of professional certifications, e.g. RNCP34827BC02) or « rs » (an entry of the specific register, e.g. RS5483). A malformed reference leads nowhere; when only the writing differs (spaces, lower case, https), a fix tidies it.'
    },
    messages: {
        esco: {
            fr: 'La référence ESCO « {value} » n’est pas l’adresse d’une compétence ESCO (http://data.europa.eu/esco/skill/ suivie d’un identifiant comme 5b0d4ab1-0e4a-4b6e-8a4b-3f2f5f8e1b21). Copiez l’adresse (« URI ») de la compétence depuis le portail ESCO.',
            en: 'The ESCO reference “{value}” is not the address of an ESCO skill (http://data.europa.eu/esco/skill/ followed by an identifier such as 5b0d4ab1-0e4a-4b6e-8a4b-3f2f5f8e1b21). Copy the skill’s address (“URI”) from the ESCO portal.'
        },
        rncp: {
            fr: 'Le code RNCP « {value} » n’est pas celui d’un bloc de compétences (RNCP, le numéro de la fiche, BC et le numéro du bloc, par exemple RNCP34827BC02). Recopiez le code du bloc depuis la fiche de France compétences.',
            en: 'The RNCP code “{value}” is not a competence block code (RNCP, the entry number, BC and the block number, e.g. RNCP34827BC02). Copy the block code from the France compétences entry.'
        },
        rncpWhole: {
            fr: '« {value} » désigne une certification entière, pas un bloc de compétences. Indiquez le bloc qui correspond à cette compétence, par exemple {tidied}BC01.',
            en: '“{value}” designates a whole certification, not a competence block. Give the block matching this competence, for example {tidied}BC01.'
        },
        rs: {
            fr: 'Le code « {value} » n’est pas celui d’une fiche du Répertoire spécifique (RS suivi de son numéro, par exemple RS5483). Recopiez le code depuis la fiche de France compétences.',
            en: 'The code “{value}” is not an entry of the specific register (RS followed by its number, e.g. RS5483). Copy the code from the France compétences entry.'
        }
    },
    fixes: [{ id: 'tidy', title: { fr: 'Écrire la référence sous sa forme officielle', en: 'Write the reference in its official form' } }],
    examples: {
        nonCompliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    rncp « RNCP 34827 »\n}'),
        compliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    rncp « RNCP34827BC02 »\n}')
    },
    checks: {
        Competence(competence, report) {
            for (const register of ['esco', 'rncp', 'rs'] as const) {
                const value = competence[register];
                if (value === undefined || TAXONOMIES[register].pattern.test(value)) {
                    continue;
                }
                const tidied = TAXONOMIES[register].tidy(value);
                const message = register === 'rncp' && /^RNCP\d{1,6}$/.test(tidied) ? 'rncpWhole' : register;
                const token = competence.$cstNode ? GrammarUtils.findNodeForProperty(competence.$cstNode, register) : undefined;
                const edit = TAXONOMIES[register].pattern.test(tidied) ? replaceText(token, `« ${tidied} »`) : undefined;
                report(message, { node: competence, property: register }, { params: { value, tidied }, fixes: edit ? [{ fix: 'tidy', edits: [edit] }] : undefined });
            }
        }
    }
});

export const referentielRules: readonly RuleDefinition[] = [criteres, dimensions, unicite, inutilise, taxonomie] as RuleDefinition[];
