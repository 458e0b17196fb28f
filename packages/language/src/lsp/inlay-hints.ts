import { AstUtils, DocumentState, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import {
    isCharter, isCharterTemplate, isDuo, isPerson, isToComplete, isTrainingPath,
    type Charter, type CharterTemplate, type Duo, type Person, type ToComplete, type TrainingPath
} from '../generated/ast.js';
import { joinList, type Bilingual, type LocaleSetting } from '../i18n/locale.js';
import { EffectiveCharter } from '../model/charter.js';
import { institutionOf } from '../scoping/qualified-names.js';
import type { TutoratServices } from '../tutorat-module.js';
import { describeLoad, formatLength, formatLoad, loadAtStartOf, pathLength, queriesFor, tutorLoad } from './workload.js';

const TEXTS = {
    byInstitution: { fr: 'à compléter par l’institution {name}', en: 'to be completed by the institution {name}' },
    byInstitutions: { fr: 'à compléter par {names}', en: 'to be completed by {names}' },
    byEach: { fr: 'à compléter par chaque institution qui étend ce modèle', en: 'to be completed by each institution extending this template' },
    completed: { fr: 'complété par {names}', en: 'completed by {names}' },
    length: { fr: 'durée : {length}', en: 'length: {length}' }
} satisfies Record<string, Bilingual>;

/**
 * Short figures written after the text, computed from the whole workspace: a tutor's load against
 * the charter's maximum (on the tutor and on each duo), who must complete an element left « à
 * compléter », and how long a path lasts.
 */
export class TutoratInlayHintProvider extends AbstractInlayHintProvider {
    private readonly locale: LocaleSetting;
    /** For the request being answered: the charters extending each template, found once. */
    private extending = new Map<CharterTemplate, Charter[]>();

    constructor(private readonly services: TutoratServices) {
        super();
        this.locale = services.shared.tutorat.Locale;
        this.refreshAfterBuilds();
    }

    /**
     * The figures depend on other files (a duo added elsewhere changes a tutor's load): after each
     * check of the workspace, the editor is asked to fetch the hints of the visible documents again.
     */
    private refreshAfterBuilds(): void {
        const connection = this.services.shared.lsp.Connection;
        let supported = false;
        this.services.shared.lsp.LanguageServer.onInitialize((params) => {
            supported = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
        });
        this.services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
            if (supported && connection) {
                void connection.languages.inlayHint.refresh().catch(() => undefined);
            }
        });
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        this.extending = new Map();
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isPerson(node)) {
            this.tutor(node, acceptor);
        } else if (isDuo(node)) {
            this.duo(node, acceptor);
        } else if (isToComplete(node)) {
            this.toComplete(node, acceptor);
        } else if (isTrainingPath(node)) {
            this.path(node, acceptor);
        }
    }

    private tutor(person: Person, acceptor: InlayHintAcceptor): void {
        const load = tutorLoad(person, queriesFor(this.services, person));
        const isTutor = person.kind === 'tuteur' || person.kind === 'tutrice';
        if (load && (isTutor || load.duos.length > 0)) {
            this.hint(acceptor, GrammarUtils.findNodeForProperty(person.$cstNode, 'title') ?? GrammarUtils.findNodeForProperty(person.$cstNode, 'name'),
                formatLoad(load, this.locale.current), describeLoad(load, this.locale.current));
        }
    }

    private duo(duo: Duo, acceptor: InlayHintAcceptor): void {
        const load = loadAtStartOf(duo, queriesFor(this.services, duo));
        if (load) {
            this.hint(acceptor, GrammarUtils.findNodeForProperty(duo.$cstNode, 'tutor'), formatLoad(load, this.locale.current), describeLoad(load, this.locale.current));
        }
    }

    private path(path: TrainingPath, acceptor: InlayHintAcceptor): void {
        const days = pathLength(path);
        if (days !== undefined) {
            const length = formatLength(days, this.locale.current);
            this.hint(acceptor, GrammarUtils.findNodeForProperty(path.$cstNode, 'title') ?? GrammarUtils.findNodeForProperty(path.$cstNode, 'name'),
                this.locale.text(TEXTS.length, { length }));
        }
    }

    private toComplete(todo: ToComplete, acceptor: InlayHintAcceptor): void {
        const owner = AstUtils.getContainerOfType(todo, (node): node is Charter | CharterTemplate => isCharter(node) || isCharterTemplate(node));
        const anchor = GrammarUtils.findNodeForKeyword(todo.$cstNode, 'compléter');
        if (!owner) {
            return;
        }
        if (isCharter(owner)) {
            this.hint(acceptor, anchor, this.locale.text(TEXTS.byInstitution, { name: institutionOf(owner) ?? '?' }));
            return;
        }
        const charters = this.chartersExtending(owner, new Set());
        if (charters.length === 0) {
            this.hint(acceptor, anchor, this.locale.text(TEXTS.byEach));
            return;
        }
        const open = charters.filter((charter) => new EffectiveCharter(charter).openTodos().some((found) => found.node === todo));
        const names = (list: Charter[]) => joinList([...new Set(list.map((charter) => institutionOf(charter) ?? '?'))], this.locale.current);
        this.hint(acceptor, anchor, open.length > 0
            ? this.locale.text(TEXTS.byInstitutions, { names: names(open) })
            : this.locale.text(TEXTS.completed, { names: names(charters) }));
    }

    /** The charters that extend a template, directly or through other templates. */
    private chartersExtending(template: CharterTemplate, seen: Set<CharterTemplate>): Charter[] {
        const known = this.extending.get(template);
        if (known || seen.has(template)) {
            return known ?? [];
        }
        seen.add(template);
        const documents = this.services.shared.workspace.LangiumDocuments;
        const locator = this.services.workspace.AstNodeLocator;
        const charters: Charter[] = [];
        for (const reference of this.services.references.References.findReferences(template, { includeDeclaration: false })) {
            const root = documents.getDocument(reference.sourceUri)?.parseResult.value;
            const source = root && locator.getAstNode(root, reference.sourcePath);
            if (isCharter(source)) {
                charters.push(source);
            } else if (isCharterTemplate(source) && source.parent?.ref === template) {
                charters.push(...this.chartersExtending(source, seen));
            }
        }
        this.extending.set(template, charters);
        return charters;
    }

    private hint(acceptor: InlayHintAcceptor, after: CstNode | undefined, label: string, tooltip?: string): void {
        if (after) {
            acceptor({ position: after.range.end, label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip });
        }
    }
}
