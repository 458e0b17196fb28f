import { AstUtils, type AstNode } from 'langium';
import {
    isCharter, isCharterTemplate, isToComplete,
    type Charter, type CharterTemplate, type MaxTutees, type MaxTuteesPerService, type MinExperience, type MinSeniority, type ServiceProfile, type ToComplete, type TutorProfile
} from '../generated/ast.js';
import { PARTNER_SITUATIONS } from './vocabulary.js';

/** A charter or a template: both are made of the same sections. */
export type CharterLike = Charter | CharterTemplate;

/** The sections of a charter, in the order the guide presents them. */
export const SECTION_KEYS = [
    'stakes', 'resources', 'modalities', 'tutorProfile', 'institutionalProject', 'commitments', 'situations',
    'tutoringTime', 'replacement', 'trainingPlan', 'teamAwareness', 'partnerships', 'recognition', 'tutorCommunity',
    'priorExchanges', 'competenceManagement', 'after'
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type Section = NonNullable<CharterLike[SectionKey]>;

/** How each section starts in a document: the words a user recognises in a message. */
export const SECTION_HEADERS: Readonly<Record<SectionKey, string>> = {
    stakes: 'enjeux',
    resources: 'ressources',
    modalities: 'modalités',
    tutorProfile: 'profil du tuteur',
    institutionalProject: 'projet institutionnel',
    commitments: 'engagements',
    situations: 'situations',
    tutoringTime: 'temps de tutorat',
    replacement: 'suppléance',
    trainingPlan: 'plan de formation',
    teamAwareness: 'sensibilisation des équipes',
    partnerships: 'partenariats',
    recognition: 'valorisation',
    tutorCommunity: 'communauté des tuteurs',
    priorExchanges: 'échanges préalables',
    competenceManagement: 'gestion des compétences',
    after: 'après le tutorat'
};

export const PROFILE_FIELDS = ['minExperience', 'minSeniority', 'maxTutees', 'maxTuteesPerService'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileFieldNode = MinExperience | MinSeniority | MaxTutees | MaxTuteesPerService;

/** Where an effective element comes from: the charter itself or a template up its chain. */
export interface Sourced<T> {
    readonly node: T;
    readonly owner: CharterLike;
}

/**
 * A charter (or template) read together with the templates it extends: a section written in the
 * charter replaces the template's; the tutor profile is merged field by field.
 */
export class EffectiveCharter {
    /** The owner first, then each template up the chain (a cycle stops the chain). */
    readonly levels: readonly CharterLike[];
    /** The templates that extend each other in a loop, when there is one. */
    readonly cycle?: readonly CharterTemplate[];
    /** The name of a template that is named but cannot be found. */
    readonly missingParent?: { readonly from: CharterLike; readonly name: string };

    constructor(readonly owner: CharterLike) {
        const levels: CharterLike[] = [owner];
        let next = parentOf(owner);
        let cycle: CharterTemplate[] | undefined;
        while (next) {
            const index = levels.indexOf(next);
            if (index >= 0) {
                cycle = levels.slice(index).filter(isCharterTemplate);
                break;
            }
            levels.push(next);
            next = parentOf(next);
        }
        const last = levels[levels.length - 1];
        const reference = isCharterTemplate(last) ? last.parent : last.template;
        this.levels = levels;
        this.cycle = cycle;
        this.missingParent = reference && !reference.ref && !cycle ? { from: last, name: reference.$refText } : undefined;
    }

    get templates(): CharterTemplate[] {
        return this.levels.filter(isCharterTemplate).filter((level) => level !== this.owner);
    }

    /** Whether a template of the chain extends itself, directly or through others. */
    isInCycle(template: CharterTemplate): boolean {
        return this.cycle?.includes(template) ?? false;
    }

    /** The situations of the (filled) effective section that involve a partner organisation. */
    partnerSituations(): string[] {
        return this.filled('situations')?.node.items.filter((situation) => PARTNER_SITUATIONS.has(situation)) ?? [];
    }

    /** The nearest definition of a section, which may be « à compléter ». */
    section<K extends SectionKey>(key: K): Sourced<NonNullable<CharterLike[K]>> | undefined {
        for (const level of this.levels) {
            const node = level[key];
            if (node) {
                return { node: node as NonNullable<CharterLike[K]>, owner: level };
            }
        }
        return undefined;
    }

    /** A section that is written and filled in (not « à compléter »). */
    filled<K extends SectionKey>(key: K): Sourced<NonNullable<CharterLike[K]>> | undefined {
        const found = this.section(key);
        return found && !('todo' in found.node && found.node.todo) ? found : undefined;
    }

    /**
     * The nearest value of a tutor profile field, looked up first in the profile for the given
     * service, then in the general profile, level by level. « à compléter » fields are returned too.
     */
    profileField<F extends ProfileField>(field: F, service?: string): Sourced<NonNullable<TutorProfile[F]>> | undefined {
        if (service) {
            for (const level of this.levels) {
                const perService = servicesOf(level.tutorProfile).find((profile) => profile.service?.$refText === service);
                const node = perService?.[field];
                if (node) {
                    return { node: node as NonNullable<TutorProfile[F]>, owner: level };
                }
            }
        }
        for (const level of this.levels) {
            const node = level.tutorProfile?.[field];
            if (node) {
                return { node: node as NonNullable<TutorProfile[F]>, owner: level };
            }
        }
        return undefined;
    }

    /**
     * The elements left « à compléter » that nobody below has filled in yet: the owner's own, and
     * those of the templates it inherits.
     */
    openTodos(): Array<Sourced<ToComplete>> {
        const todos: Array<Sourced<ToComplete>> = [];
        for (const key of SECTION_KEYS) {
            if (key === 'tutorProfile') {
                continue;
            }
            const found = this.section(key);
            if (found) {
                todos.push(...todosIn(found.node).map((todo) => ({ node: todo, owner: found.owner })));
            }
        }
        const profile = this.section('tutorProfile');
        if (profile?.node.todo && !this.levels.slice(0, this.levels.indexOf(profile.owner)).some((level) => level.tutorProfile)) {
            todos.push({ node: profile.node.todo, owner: profile.owner });
        }
        for (const field of PROFILE_FIELDS) {
            const found = this.profileField(field);
            if (found?.node.todo) {
                todos.push({ node: found.node.todo, owner: found.owner });
            }
        }
        return todos;
    }
}

/** Whether a section (or a profile field) is left « à compléter » as a whole. */
export function isLeftToComplete(node: AstNode): boolean {
    return isToComplete((node as { todo?: unknown }).todo);
}

/** Every « à compléter » written in a charter or template, per-service profiles included. */
export function todosWrittenIn(owner: CharterLike): ToComplete[] {
    return AstUtils.streamAst(owner).filter(isToComplete).toArray();
}

/** Where a « à compléter » (or any node) sits: the section it belongs to, and that section's key. */
export function sectionOf(node: AstNode): { readonly key: SectionKey; readonly node: Section } | undefined {
    let current: AstNode | undefined = node;
    while (current?.$container && !isCharter(current.$container) && !isCharterTemplate(current.$container)) {
        current = current.$container;
    }
    const key = current?.$containerProperty as SectionKey | undefined;
    return current && key && (SECTION_KEYS as readonly string[]).includes(key) ? { key, node: current as Section } : undefined;
}

function parentOf(level: CharterLike): CharterTemplate | undefined {
    return isCharterTemplate(level) ? level.parent?.ref : level.template?.ref;
}

function servicesOf(profile: TutorProfile | undefined): readonly ServiceProfile[] {
    return profile?.services ?? [];
}

/** The « à compléter » markers of a section: the whole section, or some of its items. */
function todosIn(section: AstNode): ToComplete[] {
    const own = (section as { todo?: ToComplete }).todo;
    if (own) {
        return [own];
    }
    const items = (section as { items?: unknown[] }).items ?? [];
    return items.flatMap((item) => {
        const todo = typeof item === 'object' && item !== null ? (item as { todo?: ToComplete }).todo : undefined;
        return todo && isToComplete(todo) ? [todo] : [];
    });
}
