import type { Competence, Criterion, Domain, Framework } from '@tutorat/language';
import { readDimensions, type CompetenceData, type CriterionData, type DomainData, type FrameworkData } from './model.js';

/** The framework a `référentiel` of a parsed document says (absent values stay absent). */
export function frameworkFromAst(framework: Framework): FrameworkData {
    return {
        name: framework.name,
        title: present(framework.title),
        author: present(framework.author),
        version: present(framework.version),
        description: present(framework.description),
        targetFunction: present(framework.targetFunction),
        scale: (framework.scale?.levels ?? []).filter(isPresent),
        competences: framework.competences.map(competenceFromAst),
        domains: framework.domains.map(domainFromAst)
    };
}

function domainFromAst(domain: Domain): DomainData {
    return { name: domain.name, title: present(domain.title), competences: domain.competences.map(competenceFromAst) };
}

function competenceFromAst(competence: Competence): CompetenceData {
    return {
        name: competence.name,
        title: competence.title ?? '',
        description: present(competence.description),
        knowledge: competence.knowledge.filter(isPresent),
        skills: competence.skills.filter(isPresent),
        attitudes: competence.attitudes.filter(isPresent),
        references: {
            esco: present(competence.esco),
            rncp: present(competence.rncp),
            rs: present(competence.rs),
            sfmq: present(competence.sfmq)
        },
        criteria: competence.criteria.map(criterionFromAst),
        dimensions: readDimensions(competence.dimensions).dimensions
    };
}

function criterionFromAst(criterion: Criterion): CriterionData {
    return { name: present(criterion.name), title: criterion.title ?? '', indicators: criterion.indicators.map((indicator) => indicator.text).filter(isPresent) };
}

function present(value: string | undefined): string | undefined {
    return value === undefined || value.trim() === '' ? undefined : value;
}

function isPresent(value: string | undefined): value is string {
    return present(value) !== undefined;
}
