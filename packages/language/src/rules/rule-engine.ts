import { AstUtils, type AstNode, type AstReflection, type AstNodeLocator, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor, type ValidationRegistry } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { ConfigurationService } from '../config/configuration-service.js';
import type { Bilingual, LocaleSetting, MessageParams } from '../i18n/locale.js';
import { hasAllParams, localize } from '../i18n/locale.js';
import type { WorkspaceFacts } from '../workspace/facts.js';
import type { Place, ReportOptions, RuleContext, RuleDefinition, RuleMessage, Severity } from './definition.js';
import type { DocumentationLinks } from './documentation-links.js';
import { RuleQueries } from './rule-queries.js';
import { PropertyNodes } from './property-nodes.js';
import { describeAbsence, type AbsenceData } from './unfinished.js';
import { drawsOnUnreadable } from './unreadable.js';
import { MAX_RELATED_PLACES } from '../validation/langage/limite.js';

/** What a finding carries for the editor (quick fixes) and the CLI, besides its message. */
export interface FindingData {
    readonly ruleId: string;
    readonly messageKey: string;
    readonly fixes?: ReportOptions['fixes'];
    /** For a message that reports something not written yet: what, and the lines that would write it. */
    readonly absence?: AbsenceData;
    /** For the finding that gathers an unfinished element's absences: every rule it speaks for. */
    readonly ruleIds?: readonly string[];
}

type RuleCheck = (node: AstNode, report: unknown, context: RuleContext) => void;

/** A validation's rule context, with what the engine itself keeps for that validation. */
type EngineContext = RuleContext & { readonly queries: RuleQueries; readonly properties: PropertyNodes };

export interface RuleEngineServices {
    readonly registry: ValidationRegistry;
    readonly reflection: AstReflection;
    readonly locale: LocaleSetting;
    readonly facts: WorkspaceFacts;
    readonly configuration: ConfigurationService;
    readonly links: DocumentationLinks;
    readonly locator: AstNodeLocator;
}

/**
 * Registers the catalogue's rules with Langium's validation and turns what a check reports into a
 * diagnostic: the configured severity (or none when the rule is off), the message in the user's
 * language with the guide's section, the rule ID as code with a link to its page, the other
 * places involved, and the quick fixes.
 */
export class RuleEngine {
    private readonly contexts = new WeakMap<AstNode, EngineContext>();

    constructor(private readonly services: RuleEngineServices) {}

    /**
     * Langium runs each registered check as an awaited promise, for every node: with one check per
     * rule and type, 20,000 small files cost millions of promises. The rules are registered as one
     * check, which runs, for a node, the checks of its type in the order Langium would (the
     * catalogue's order, then the order of each rule's types).
     */
    register(rules: readonly RuleDefinition[]): void {
        const { registry } = this.services;
        registry.registerBeforeDocument((root) => this.prepare(root));
        registry.registerAfterDocument((root) => this.contexts.get(root)?.properties.clear());
        this.checks = rules.flatMap((rule) => Object.entries(rule.checks)
            .filter(([, check]) => check !== undefined)
            .map(([type, check]) => ({ rule, type, check: check as RuleCheck })));
        registry.register({ AstNode: (node: AstNode, accept: ValidationAcceptor) => this.runAll(node, accept) }, this);
    }

    private checks: ReadonlyArray<{ readonly rule: RuleDefinition; readonly type: string; readonly check: RuleCheck }> = [];
    private readonly checksByType = new Map<string, ReadonlyArray<{ readonly rule: RuleDefinition; readonly check: RuleCheck }>>();

    private runAll(node: AstNode, accept: ValidationAcceptor): void {
        let checks = this.checksByType.get(node.$type);
        if (!checks) {
            checks = this.checks.filter(({ type }) => this.services.reflection.isSubtype(node.$type, type));
            this.checksByType.set(node.$type, checks);
        }
        for (const { rule, check } of checks) {
            this.run(rule, check, node, accept);
        }
    }

    /** The context of the document being validated (also used by the validator for built-in findings). */
    contextOf(root: AstNode): RuleContext | undefined {
        return this.contexts.get(root);
    }

    private prepare(root: AstNode): void {
        const document = root.$document;
        if (!document) {
            return;
        }
        this.services.facts.forgetReads(document.uri.toString());
        const configuration = this.services.configuration.forDocument(document.uri);
        const locale = this.services.locale;
        const queries = new RuleQueries(this.services.facts, document, configuration);
        this.contexts.set(root, {
            locale: locale.current,
            document,
            workspace: queries,
            queries,
            properties: new PropertyNodes(),
            text: (text: Bilingual, params?: MessageParams) => localize(text, locale.current, params)
        });
    }

    private run(rule: RuleDefinition, check: RuleCheck, node: AstNode, accept: ValidationAcceptor): void {
        const context = this.contexts.get(AstUtils.findRootNode(node));
        if (!context) {
            return;
        }
        const configured = context.workspace.configuration.severityOf(rule);
        if (configured === 'off') {
            return;
        }
        const report = (messageKey: string, place: Place, options: ReportOptions = {}) => {
            const message = rule.messages[messageKey];
            if (!message) {
                throw new Error(`Rule ${rule.id} has no message "${messageKey}"`);
            }
            if (drawsOnUnreadable(rule, place.node, context)) {
                return;
            }
            // A message that cannot name what it speaks of (a name not written yet) is not given: it would show « {name} ».
            if (!hasAllParams(message, options.params)) {
                return;
            }
            const severity: Severity = message.severity ?? configured;
            accept(severity, this.compose(rule, message, context, options.params), this.info(rule, messageKey, message, place, options, context));
        };
        try {
            context.queries.beginCheck();
            check(node, report, context);
        } catch (error) {
            // A faulty check must never take the server down: the other rules still run.
            console.error(`Tutorat: la règle ${rule.id} a échoué sur ${node.$type}:`, error);
        }
    }

    private compose(rule: RuleDefinition, message: Bilingual, context: RuleContext, params?: MessageParams): string {
        return withGuideSection(rule, context.text(message, params), this.services.locale);
    }

    private info(rule: RuleDefinition, messageKey: string, message: RuleMessage, place: Place, options: ReportOptions, context: EngineContext): DiagnosticInfo<AstNode> {
        const absence = message.absence ? describeAbsence(message.absence, place, options, context, this.services.locator) : undefined;
        const data: FindingData = { ruleId: rule.id, messageKey, fixes: options.fixes, absence };
        return {
            node: place.node,
            property: place.property as never,
            index: place.index,
            keyword: place.keyword,
            // Where Langium would place it (GrammarUtils.findNodeForProperty), without a walk of the element per finding.
            range: place.range ?? (typeof place.property === 'string' ? (context.properties.find(place.node.$cstNode, place.property, place.index) ?? place.node.$cstNode)?.range : undefined),
            code: rule.id,
            codeDescription: this.services.links.descriptionOf(rule.id),
            // A finding names a few other places, never thousands (2,000 declarations of one name).
            relatedInformation: options.related?.filter((related) => hasAllParams(related.message, related.params)).slice(0, MAX_RELATED_PLACES)
                .map((related) => relatedInformation(related.node, related.property, context.text(related.message, related.params), context.properties)).filter(isDefined),
            data
        };
    }
}

/** « message (Guide pour le tutorat : section) »: every finding names the guide's section it comes from. */
export function withGuideSection(rule: RuleDefinition, text: string, locale: LocaleSetting): string {
    if (!rule.guide) {
        return text;
    }
    return locale.text({ fr: '{text} (Guide pour le tutorat : {section})', en: '{text} (Guide pour le tutorat: {section})' }, { text, section: locale.text(rule.guide.section) });
}

function relatedInformation(node: AstNode, property: string | undefined, message: string, properties: PropertyNodes): DiagnosticRelatedInformation | undefined {
    const document: LangiumDocument | undefined = AstUtils.findRootNode(node).$document;
    const cst = (property ? properties.find(node.$cstNode, property) : undefined) ?? node.$cstNode;
    if (!document || !cst) {
        return undefined;
    }
    return { location: { uri: document.uri.toString(), range: cst.range }, message };
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
