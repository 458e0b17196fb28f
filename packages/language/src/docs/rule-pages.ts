import { FAMILIES, SEVERITY_NAMES, type ExampleWorkspace, type RuleDefinition, type RuleFamily } from '../rules/definition.js';
import { RULES } from '../rules/catalogue.js';
import { rulePagePath } from '../rules/documentation-links.js';
import { EN_BREF } from '../model/en-bref.js';

/**
 * The documentation pages of the rules (`docs/rules/`), generated from the catalogue: a page per
 * rule and an index. A test regenerates them and fails when the committed pages are stale.
 */
export function renderRulePages(): Map<string, string> {
    const pages = new Map<string, string>();
    pages.set('README.md', renderIndex());
    for (const rule of RULES) {
        pages.set(rulePagePath(rule.id), renderRulePage(rule));
    }
    return pages;
}


const FAMILY_TITLES: Record<RuleFamily, string> = {
    langage: 'Le langage',
    charte: 'La charte institutionnelle — « Avant : donner un cadre au tutorat »',
    tuteur: 'Le choix du tuteur',
    duo: 'Le duo tuteur–tutoré',
    parcours: 'Le parcours de formation — « Pendant : accueillir, accompagner, évaluer »',
    stage: 'Les organismes partenaires (stages)',
    referentiel: 'Les référentiels de compétences',
    modele: 'Les modèles de charte',
    suppression: 'Les suppressions en ligne'
};

function renderIndex(): string {
    const lines = [
        '# Les règles de Tutorat',
        '',
        '<!-- Généré depuis le catalogue des règles (packages/language/src/rules/catalogue.ts) : ne pas modifier à la main, lancer `npm run docs`. -->',
        '',
        'Chaque règle vient d’une phrase du *Guide pour le tutorat* (commissions paritaires 318.01, 319.02, 330, 332, mars 2021).',
        'Sa sévérité par défaut peut être changée, ou la règle désactivée, dans le fichier `tutorat.json` du projet.',
        ''
    ];
    for (const family of FAMILIES) {
        const rules = RULES.filter((rule) => rule.id.startsWith(`${family}/`));
        if (rules.length === 0) {
            continue;
        }
        lines.push(`## ${FAMILY_TITLES[family]}`, '', '| Règle | Sévérité | Ce qui est vérifié | Section du guide |', '|---|---|---|---|');
        for (const rule of rules) {
            lines.push(`| [\`${rule.id}\`](${rulePagePath(rule.id)}) | ${SEVERITY_NAMES[rule.severity].fr} | ${cell(rule.title.fr)} | ${cell(rule.guide?.section.fr ?? '—')} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

export function renderRulePage(rule: RuleDefinition): string {
    const lines = [
        `# \`${rule.id}\` — ${rule.title.fr}`,
        '',
        '<!-- Généré depuis le catalogue des règles : ne pas modifier à la main, lancer `npm run docs`. -->',
        '',
        `- **Sévérité par défaut** : ${SEVERITY_NAMES[rule.severity].fr}${rule.configurable === false ? ' (ne peut être ni désactivée ni ignorée)' : ''}`,
        `- **Portée** : ${rule.crossFile ? 'lit plusieurs documents de l’espace de travail' : 'un document à la fois'}`,
        '',
        '## Ce qui est vérifié',
        '',
        rule.description.fr,
        ''
    ];
    if (rule.guide) {
        lines.push('## Ce que dit le guide', '', `*${rule.guide.section.fr}*`, '', `> ${rule.guide.quote}`, '');
        if (rule.guide.enBref?.length) {
            lines.push('Conseils « En bref » du guide concernés :', '', ...rule.guide.enBref.map((number) => `${number}. ${EN_BREF[number - 1].fr}`), '');
        }
    }
    if (rule.examples) {
        lines.push('## Exemple non conforme', '', ...renderExample(rule.examples.nonCompliant), '## Exemple conforme', '', ...renderExample(rule.examples.compliant));
    }
    if (rule.fixes?.length) {
        lines.push('## Corrections rapides', '', ...rule.fixes.map((fix) => `- ${fix.title.fr}`), '');
    }
    const absences = Object.values(rule.messages).filter((message) => message.absence).map((message) => (message.absence!.described ?? message.absence!.what).fr);
    if (absences.length > 0) {
        lines.push(
            '## Quand la déclaration est encore à écrire',
            '',
            `Ce que cette règle signale comme manquant (${[...new Set(absences)].join(' ; ')}) fait partie, quand la plupart des lignes `
                + 'd’une déclaration manquent encore (un tuteur, un duo ou un parcours en cours d’écriture), d’un seul constat qui liste tout ce qui manque, '
                + 'avec une seule correction rapide qui ajoute les lignes à compléter. La règle reste configurable et peut être ignorée comme les autres : '
                + 'désactivée ou ignorée, elle n’y ajoute rien.',
            ''
        );
    }
    if (rule.configurable !== false) {
        lines.push(
            '## Configuration',
            '',
            'Dans le fichier `tutorat.json` du projet (`off`, `hint`, `info`, `warning` ou `error`) :',
            '',
            '```json',
            `{ "rules": { "${rule.id}": "${rule.severity === 'error' ? 'warning' : 'off'}" } }`,
            '```',
            '',
            'Pour ignorer une seule constatation, avec sa raison, écrivez juste au-dessus de la ligne concernée :',
            '',
            '```',
            `// tutorat-ignorer ${rule.id} : raison de l’exception`,
            '```',
            ''
        );
    }
    lines.push('## In English', '', `**${rule.title.en}.** ${rule.description.en}`, '');
    return lines.join('\n');
}

function renderExample(workspace: ExampleWorkspace): string[] {
    return Object.entries(workspace).flatMap(([file, text]) => [`\`${file}\``, '', '```tutorat', text.trimEnd(), '```', '']);
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|');
}
