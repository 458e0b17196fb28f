import { DocumentState, WorkspaceCache, type AstNodeDescription, type IndexManager, type LangiumSharedCoreServices, type Scope } from 'langium';
import { INSTITUTION_MEMBER_TYPES } from './qualified-names.js';

type MemberType = (typeof INSTITUTION_MEMBER_TYPES)[number];

interface Directory {
    /** institution → member type → descriptions renamed to their simple name (`Élodie`). */
    readonly institutions: Map<string, Map<string, AstNodeDescription[]>>;
    /** `institution.partner` → referents, renamed to their simple name (`Dubois`). */
    readonly referents: Map<string, AstNodeDescription[]>;
    /** framework → competences, renamed to their code (`C1`). */
    readonly competences: Map<string, AstNodeDescription[]>;
    /** Scopes built from the above, shared by every reference that needs the same one. */
    readonly scopes: Map<string, Scope>;
}

/**
 * A directory of the workspace index grouped the way Tutorat resolves names: the members of an
 * institution over all its files, the referents of a partner, the competences of a framework.
 * Rebuilt once after each indexing phase rather than searched for every reference.
 */
export class WorkspaceDirectory {
    private readonly indexManager: IndexManager;
    private readonly cache: WorkspaceCache<'directory', Directory>;

    constructor(shared: LangiumSharedCoreServices) {
        this.indexManager = shared.workspace.IndexManager;
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
        // Also forget it when an update starts: an update cancelled before indexing must not leave
        // scopes that hold Langium's previous global scopes.
        shared.workspace.DocumentBuilder.onUpdate(() => this.cache.clear());
    }

    members(institution: string, type: MemberType): readonly AstNodeDescription[] {
        return this.directory().institutions.get(institution)?.get(type) ?? [];
    }

    referents(institution: string, partner: string): readonly AstNodeDescription[] {
        return this.directory().referents.get(`${institution}.${partner}`) ?? [];
    }

    /** Every referent of an institution's partners, under `Partenaire.Référent`. */
    qualifiedReferents(institution: string): readonly AstNodeDescription[] {
        return this.directory().institutions.get(institution)?.get('Referent') ?? [];
    }

    competences(framework: string): readonly AstNodeDescription[] {
        return this.directory().competences.get(framework) ?? [];
    }

    institutionNames(): readonly string[] {
        return [...this.directory().institutions.keys()];
    }

    /**
     * A scope built once per directory: an institution has thousands of references to the same
     * few hundred names, and building a scope costs as much as the names it holds.
     */
    cachedScope(key: string, create: () => Scope): Scope {
        const scopes = this.directory().scopes;
        let scope = scopes.get(key);
        if (!scope) {
            scope = create();
            scopes.set(key, scope);
        }
        return scope;
    }

    private directory(): Directory {
        return this.cache.get('directory', () => this.build());
    }

    private build(): Directory {
        const institutions = new Map<string, Map<string, AstNodeDescription[]>>();
        const referents = new Map<string, AstNodeDescription[]>();
        const competences = new Map<string, AstNodeDescription[]>();
        const push = <K>(map: Map<K, AstNodeDescription[]>, key: K, description: AstNodeDescription) => {
            const list = map.get(key);
            if (list) {
                list.push(description);
            } else {
                map.set(key, [description]);
            }
        };
        for (const description of this.indexManager.allElements()) {
            const dot = description.name.indexOf('.');
            if (dot < 0) {
                continue;
            }
            const owner = description.name.slice(0, dot);
            const rest = description.name.slice(dot + 1);
            if (description.type === 'Competence') {
                push(competences, owner, renamed(description, rest));
                continue;
            }
            if (!(INSTITUTION_MEMBER_TYPES as readonly string[]).includes(description.type)) {
                continue;
            }
            let byType = institutions.get(owner);
            if (!byType) {
                byType = new Map();
                institutions.set(owner, byType);
            }
            // Referents stay qualified by their partner (`HELHa.Dubois`) at institution level.
            push(byType, description.type, renamed(description, rest));
            if (description.type === 'Referent') {
                const partnerDot = rest.indexOf('.');
                push(referents, `${owner}.${rest.slice(0, partnerDot)}`, renamed(description, rest.slice(partnerDot + 1)));
            }
        }
        return { institutions, referents, competences, scopes: new Map() };
    }
}

/**
 * A description under another name. Not a spread copy: that would compute the lazy `nameSegment`
 * of every description of the workspace each time the directory is rebuilt (after every edit).
 */
export function renamed(description: AstNodeDescription, name: string): AstNodeDescription {
    return {
        node: description.node,
        name,
        get nameSegment() {
            return description.nameSegment;
        },
        selectionSegment: description.selectionSegment,
        type: description.type,
        documentUri: description.documentUri,
        path: description.path
    };
}
