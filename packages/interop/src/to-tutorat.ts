import { textLiteral } from '@tutorat/language';
import type { CompetenceData, CriterionData, DomainData, FrameworkData } from './model.js';

const INDENT = '    ';

/**
 * The framework as a `.tutorat` document, in the order and layout the language's own examples
 * use (the formatter runs on it afterwards). `origin` is a comment line saying where it came from.
 */
export function frameworkToTutorat(framework: FrameworkData, origin?: string): string {
    const lines: string[] = [];
    if (origin) {
        lines.push(`// ${origin.replace(/[\r\n]+/g, ' ')}`, '');
    }
    lines.push(`référentiel ${framework.name}${title(framework.title)} {`);
    const head = [
        field('auteur', framework.author),
        field('version', framework.version),
        field('description', framework.description),
        field('fonction visée', framework.targetFunction),
        framework.scale.length > 0 ? `échelle ${framework.scale.map(textLiteral).join(', ')}` : undefined
    ].filter((line): line is string => line !== undefined);
    lines.push(...head.map((line) => INDENT + line));
    const blocks = [
        ...framework.competences.map((competence) => competenceLines(competence, 1)),
        ...framework.domains.map(domainLines)
    ];
    for (const block of blocks) {
        lines.push('', ...block);
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

function domainLines(domain: DomainData): string[] {
    const open = `${INDENT}domaine ${domain.name}${title(domain.title)} {`;
    if (domain.competences.length === 0) {
        return [`${open} }`];
    }
    return [open, ...domain.competences.flatMap((competence) => competenceLines(competence, 2)), `${INDENT}}`];
}

function competenceLines(competence: CompetenceData, depth: number): string[] {
    const indent = INDENT.repeat(depth);
    const body = [
        field('description', competence.description),
        list('savoirs', competence.knowledge),
        list('savoir-faire', competence.skills),
        list('savoir-être', competence.attitudes),
        // Words of the language, not texts: written without quotes.
        competence.dimensions?.length ? `dimensions ${competence.dimensions.join(', ')}` : undefined,
        field('esco', competence.references.esco),
        field('rncp', competence.references.rncp),
        field('rs', competence.references.rs),
        field('sfmq', competence.references.sfmq)
    ].filter((line): line is string => line !== undefined).map((line) => indent + INDENT + line);
    const criteria = competence.criteria.flatMap((criterion) => criterionLines(criterion, depth + 1));
    const open = `${indent}compétence ${competence.name} ${textLiteral(competence.title)}`;
    if (body.length === 0 && criteria.length === 0) {
        return [open];
    }
    return [`${open} {`, ...body, ...criteria, `${indent}}`];
}

function criterionLines(criterion: CriterionData, depth: number): string[] {
    const indent = INDENT.repeat(depth);
    const open = `${indent}critère ${criterion.name ? `${criterion.name} ` : ''}${textLiteral(criterion.title)}`;
    if (criterion.indicators.length === 0) {
        return [open];
    }
    return [`${open} {`, ...criterion.indicators.map((indicator) => `${indent}${INDENT}indicateur ${textLiteral(indicator)}`), `${indent}}`];
}

function title(value: string | undefined): string {
    return value ? ` ${textLiteral(value)}` : '';
}

function field(keyword: string, value: string | undefined): string | undefined {
    return value ? `${keyword} ${textLiteral(value)}` : undefined;
}

function list(keyword: string, values: readonly string[]): string | undefined {
    return values.length > 0 ? `${keyword} ${values.map(textLiteral).join(', ')}` : undefined;
}
