import { DefaultScopeProvider, EMPTY_SCOPE, MultiMapScope, type AstNodeDescription, type ReferenceInfo, type Scope } from 'langium';
import { isPlacement, isTrainingPath, type TrainingPath } from '../generated/ast.js';
import type { TutoratServices } from '../tutorat-module.js';
import { institutionOf } from './qualified-names.js';
import { renamed, type WorkspaceDirectory } from './workspace-directory.js';

/**
 * How names resolve in Tutorat:
 * - inside an institution, its people, services, functions, partners and paths by their simple name,
 *   whatever file of the institution declares them;
 * - a placement's referent among its partner's referents (`Dubois`), or any referent of the
 *   institution as `Partenaire.Référent`;
 * - in a path, competences by code from the frameworks it names (`référentiel RefEducateur` then `C1`),
 *   or from any framework as `RefEducateur.C1`;
 * - templates and frameworks by name across the workspace.
 */
export class TutoratScopeProvider extends DefaultScopeProvider {
    private readonly directory: WorkspaceDirectory;

    constructor(services: TutoratServices) {
        super(services);
        this.directory = services.references.WorkspaceDirectory;
    }

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        switch (type) {
            case 'Person':
            case 'Service':
            case 'JobFunction':
            case 'Partner':
                return this.institutionScope(context, [type]);
            case 'Referent':
                return this.referentScope(context);
            case 'Evaluator':
                return this.evaluatorScope(context);
            case 'Competence':
                return this.competenceScope(context);
            default:
                return this.getGlobalScope(type, context);
        }
    }

    // The scopes below depend only on the workspace index and on names, never on the reference
    // itself: each is built once per directory and shared (see WorkspaceDirectory.cachedScope).

    private institutionScope(context: ReferenceInfo, types: Array<'Person' | 'Service' | 'JobFunction' | 'Partner'>): Scope {
        const institution = institutionOf(context.container);
        if (!institution) {
            return EMPTY_SCOPE;
        }
        return this.directory.cachedScope(`members:${institution}:${types.join(',')}`,
            () => new MultiMapScope(types.flatMap((type) => this.directory.members(institution, type))));
    }

    private referentScope(context: ReferenceInfo): Scope {
        const institution = institutionOf(context.container);
        if (!institution) {
            return EMPTY_SCOPE;
        }
        const qualified = this.directory.cachedScope(`referents:${institution}`, () => new MultiMapScope(this.directory.qualifiedReferents(institution)));
        const placement = context.container;
        const partner = isPlacement(placement) ? placement.partner?.ref?.name : undefined;
        return partner
            ? this.directory.cachedScope(`referents:${institution}:${partner}`, () => new MultiMapScope(this.directory.referents(institution, partner), qualified))
            : qualified;
    }

    private evaluatorScope(context: ReferenceInfo): Scope {
        const institution = institutionOf(context.container);
        if (!institution) {
            return EMPTY_SCOPE;
        }
        return this.directory.cachedScope(`evaluators:${institution}`, () => {
            const qualifiedReferents = this.directory.qualifiedReferents(institution);
            const simpleReferents: AstNodeDescription[] = qualifiedReferents.map((description) => renamed(description, description.name.slice(description.name.indexOf('.') + 1)));
            return new MultiMapScope(this.directory.members(institution, 'Person'),
                new MultiMapScope([...simpleReferents, ...qualifiedReferents]));
        });
    }

    private competenceScope(context: ReferenceInfo): Scope {
        const global = this.getGlobalScope('Competence', context);
        const path = enclosingPath(context);
        if (!path) {
            return global;
        }
        const frameworks = path.frameworks.flatMap((framework) => framework.ref ? [framework.ref.name] : []);
        if (frameworks.length === 0) {
            return global;
        }
        return this.directory.cachedScope(`competences:${frameworks.join(',')}`, () => {
            const named = frameworks.flatMap((framework) => this.directory.competences(framework));
            return named.length > 0 ? new MultiMapScope(named, global) : global;
        });
    }
}

function enclosingPath(context: ReferenceInfo): TrainingPath | undefined {
    let node = context.container as ReferenceInfo['container'] | undefined;
    while (node && !isTrainingPath(node)) {
        node = node.$container;
    }
    return node;
}
