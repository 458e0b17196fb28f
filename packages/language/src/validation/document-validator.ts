import { AstUtils, DefaultDocumentValidator, DocumentValidator, type AstNode, type LangiumDocument, type ReferenceInfo, type ValidationOptions } from 'langium';
import { CancellationToken, type Diagnostic } from 'vscode-languageserver';
import type { ParseResult } from 'langium';
import { syntaxReportOf } from '../syntax/recovery/recovering-parser.js';
import { syntaxDiagnostics } from './syntax-findings.js';
import { reconsiderUnresolved } from './unreadable-references.js';
import { isPlacement, isTrainingPath, type TrainingPath } from '../generated/ast.js';
import { damageOf } from '../syntax/recovery/damage.js';
import { joinList, quote, type LocaleSetting } from '../i18n/locale.js';
import { groupedNumber } from '../i18n/numbers.js';
import { closestMatches } from '../syntax/grammar-knowledge.js';
import type { TutoratServices } from '../tutorat-module.js';
import { institutionOf } from '../scoping/qualified-names.js';
import { ruleById } from '../rules/catalogue.js';
import { countOfFindings, diagnosticSeverity, SEVERITIES, type RuleDefinition } from '../rules/definition.js';
import { withGuideSection, type FindingData } from '../rules/rule-engine.js';
import type { DocumentationLinks } from '../rules/documentation-links.js';
import type { ConfigurationService } from '../config/configuration-service.js';
import { REFERENCE_KINDS, REFERENCE_TEXTS } from './reference-messages.js';
import { findSuppressions, hasMeaningfulReason, matchSuppressions } from './suppressions.js';
import { gatherUnfinished } from '../rules/unfinished.js';
import { countBySeverity, limitFindings, type HiddenFindings } from './finding-limits.js';
import { limite, MAX_DOCUMENT_CHARACTERS, MAX_FINDINGS_PER_DOCUMENT } from './langage/limite.js';
import { oversizedLength } from '../workspace/document-factory.js';

/**
 * Unknown names of one document that get « did you mean » suggestions: each is compared with every name in scope, so
 * thousands of them (a file of duos pasted from elsewhere, with another naming) would take minutes; the first ones
 * are the ones a user reads and fixes first.
 */
const MAX_REFERENCES_WITH_SUGGESTIONS = 200;

/**
 * Langium's validation with Tutorat's words: syntax and reference errors carry a rule ID and a
 * message a non-programmer can act on; inline suppressions are applied, and reported when they
 * lack a reason or silence nothing.
 */
export class TutoratDocumentValidator extends DefaultDocumentValidator {
    private readonly locale: LocaleSetting;
    private readonly links: DocumentationLinks;
    private readonly configuration: ConfigurationService;
    private readonly services: TutoratServices;

    constructor(services: TutoratServices) {
        super(services);
        this.services = services;
        this.locale = services.shared.tutorat.Locale;
        this.links = services.shared.tutorat.DocumentationLinks;
        this.configuration = services.shared.tutorat.Configuration;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const oversized = oversizedLength(document);
        if (oversized !== undefined) {
            return [this.limitFinding('tooLarge', { size: this.number(oversized), limit: this.number(MAX_DOCUMENT_CHARACTERS) })];
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // After the rules ran, the rule context of this validation holds the queries (and records their reads).
        const queries = this.services.validation.RuleEngine.contextOf(document.parseResult.value)?.workspace;
        const withoutSyntaxLines = dropReferencesOnSyntaxLines(diagnostics);
        const findings = this.gatherUnfinished(document, this.applySuppressions(document, unknownNamesFirst(reconsiderUnresolved(document, withoutSyntaxLines, queries, this.locale))));
        return limitFindings(findings, (hidden) => {
            const counts = countBySeverity(hidden);
            const details = SEVERITIES.filter((severity) => counts[severity]).map((severity) => countOfFindings(counts[severity]!, severity, this.locale.current, (count) => this.number(count))).join(', ');
            const finding = this.limitFinding('tooManyFindings', { count: this.number(hidden.length), details, limit: this.number(MAX_FINDINGS_PER_DOCUMENT) });
            // As severe as the most severe finding it stands for, so that no error goes unnoticed.
            const severity = SEVERITIES.find((candidate) => counts[candidate])!;
            const hiddenFindings: HiddenFindings = { hidden: counts };
            return { ...finding, severity: diagnosticSeverity(severity), data: { ...(finding.data as object), ...hiddenFindings } };
        });
    }

    /** A finding of `langage/limite`, at the start of the document where it is seen first. */
    private limitFinding(messageKey: 'tooLarge' | 'tooManyFindings', params: Record<string, string>): Diagnostic {
        const diagnostic: Diagnostic = {
            severity: diagnosticSeverity(limite.severity),
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: this.locale.text(limite.messages[messageKey], params),
            source: this.getSource()
        };
        return this.withRule(diagnostic, limite.id, messageKey);
    }

    private number(value: number): string {
        return groupedNumber(value, this.locale.current);
    }

    /** Once configuration and suppressions have spoken: an element still being written is one finding. */
    private gatherUnfinished(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        return gatherUnfinished(document, diagnostics, this.configuration.forDocument(document.uri), {
            locale: this.locale,
            locator: this.services.workspace.AstNodeLocator,
            descriptionOf: (ruleId) => this.links.descriptionOf(ruleId)
        });
    }

    /** Lexing mistakes are notes of the recovering parser, reported with the others. */
    protected override processLexingErrors(): void {
        // Nothing: see processParsingErrors.
    }

    /** The recovering parser's notes: one finding of `langage/syntaxe` per mistake, at its cause. */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const report = syntaxReportOf(parseResult);
        if (report) {
            diagnostics.push(...syntaxDiagnostics(report, this.locale.current, this.getSource() ?? 'tutorat'));
        }
    }

    private withRule(diagnostic: Diagnostic, ruleId: string, messageKey = 'builtIn'): Diagnostic {
        const data: FindingData = { ruleId, messageKey };
        return { ...diagnostic, code: ruleId, codeDescription: this.links.descriptionOf(ruleId), data: { ...(diagnostic.data as object), ...data } };
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const configuration = this.configuration.forDocument(document.uri);
        let suggested = 0;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info;
            // A competence a path targets but no framework defines is a finding of `parcours/referentiel`.
            const path = AstUtils.getContainerOfType(info.container, isTrainingPath);
            const inPath = path !== undefined;
            // Its codes cannot be looked up while the path's framework cannot be found or read: that one mistake is the message.
            if (path && this.services.shared.AstReflection.getReferenceType(info) === 'Competence' && frameworksUncertain(path, document)) {
                continue;
            }
            // The referent of a placement is looked up in its partner: while the partner cannot be found, that one mistake is the message.
            const placement = AstUtils.getContainerOfType(info.container, isPlacement);
            if (placement && info.reference !== placement.partner && placement.partner?.ref === undefined && this.services.shared.AstReflection.getReferenceType(info) === 'Referent') {
                continue;
            }
            // A code alone in a path that names no framework: `parcours/referentiel` says so once, on the path, for all its codes.
            if (path && path.frameworks.length === 0 && this.services.shared.AstReflection.getReferenceType(info) === 'Competence' && !reference.$refText.includes('.')) {
                continue;
            }
            const rule = ruleById(inPath && this.services.shared.AstReflection.getReferenceType(info) === 'Competence' ? 'parcours/referentiel' : 'langage/reference')!;
            const severity = configuration.severityOf(rule);
            if (severity === 'off') {
                continue;
            }
            const range = reference.$refNode?.range ?? info.container.$cstNode?.range;
            if (!range) {
                continue;
            }
            const { key, message } = this.linkingMessage(info, rule, suggested++ < MAX_REFERENCES_WITH_SUGGESTIONS);
            diagnostics.push(this.withRule({
                severity: diagnosticSeverity(severity),
                range,
                message,
                source: this.getSource(),
                data: {
                    code: DocumentValidator.LinkingError, containerType: info.container.$type, property: info.property, refText: reference.$refText,
                    targetType: this.services.shared.AstReflection.getReferenceType(info), institution: institutionOf(info.container)
                }
            }, rule.id, key));
        }
    }

    /** The message of a name that resolves to nothing: where it was looked for, the close names that exist, what to do. */
    private linkingMessage(info: ReferenceInfo, rule: RuleDefinition, suggest: boolean): { key: string; message: string } {
        const type = this.services.shared.AstReflection.getReferenceType(info);
        const kind = REFERENCE_KINDS[type] ?? REFERENCE_KINDS.Person;
        const name = info.reference.$refText;
        const institution = institutionOf(info.container);
        const locale = this.locale.current;
        const suggestions = suggest ? closestMatches(name, this.candidateNames(info)) : [];
        const params = {
            name,
            none: this.locale.text(kind.none),
            institution,
            didYouMean: suggestions.length > 0 ? this.locale.text(REFERENCE_TEXTS.didYouMean, { names: joinList(suggestions.map((suggestion) => quote(suggestion, locale)), locale, 'or') }) : '',
            howTo: this.locale.text(kind.howTo)
        };
        const key = this.linkingKey(type, name, institution);
        const lookedUp = type === 'Competence' ? this.lookedUp(name, info) : undefined;
        const text = this.locale.text(rule.messages[key], { ...params, ...lookedUp });
        return { key, message: withGuideSection(rule, text, this.locale) };
    }

    /** Which message says where the name was looked for. */
    private linkingKey(type: string, name: string, institution: string | undefined): string {
        if (type === 'Competence') {
            const qualifier = name.includes('.') ? name.slice(0, name.indexOf('.')) : undefined;
            if (qualifier && !this.frameworkExists(qualifier)) {
                return 'unknownFramework';
            }
            // A code alone in a path that names no framework is said once, on the path (see processLinkingErrors).
            return 'inFrameworks';
        }
        return institution && type !== 'Framework' && type !== 'CharterTemplate' ? 'inInstitution' : 'inWorkspace';
    }

    /** « du référentiel RefAide », « des référentiels RefAide et RefSoins »: where a competence code was looked for. */
    private lookedUp(name: string, info: ReferenceInfo): { lookedUp: string; framework: string } {
        const qualifier = name.includes('.') ? name.slice(0, name.indexOf('.')) : undefined;
        const frameworks = qualifier ? [qualifier] : enclosingFrameworkNames(info.container);
        const text = frameworks.length > 1 ? REFERENCE_TEXTS.frameworks : REFERENCE_TEXTS.framework;
        return { lookedUp: this.locale.text(text, { frameworks: joinList(frameworks, this.locale.current) }), framework: frameworks[0] ?? '' };
    }

    private frameworkExists(name: string): boolean {
        return this.services.shared.workspace.IndexManager.allElements('Framework').some((description) => description.name === name);
    }

    private candidateNames(info: ReferenceInfo): string[] {
        try {
            return this.services.references.ScopeProvider.getScope(info).getAllElements().map((description) => description.name).distinct().toArray();
        } catch {
            return [];
        }
    }

    private applySuppressions(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        // Most documents have none: spare them a walk through every token.
        if (!document.textDocument.getText().includes('tutorat-ignore')) {
            return diagnostics;
        }
        const suppressions = findSuppressions(document);
        if (suppressions.length === 0) {
            return diagnostics;
        }
        const configuration = this.configuration.forDocument(document.uri);
        const suppressible = (id: string) => ruleById(id)?.configurable !== false;
        const { kept, used } = matchSuppressions(diagnostics, suppressions, suppressible);
        const report = (ruleId: 'suppression/raison' | 'suppression/inutile', messageKey: string, range: Diagnostic['range'], params: Record<string, string>) => {
            const rule = ruleById(ruleId)!;
            const severity = configuration.severityOf(rule);
            if (severity !== 'off') {
                kept.push(this.withRule({ severity: diagnosticSeverity(severity), range, message: withGuideSection(rule, this.locale.text(rule.messages[messageKey], params), this.locale), source: this.getSource() }, ruleId, messageKey));
            }
        };
        for (const suppression of suppressions) {
            if (!hasMeaningfulReason(suppression)) {
                report('suppression/raison', 'noReason', suppression.range, { ids: suppression.ruleIds.join(', ') });
                continue;
            }
            if (suppression.ruleIds.length === 0) {
                report('suppression/inutile', 'noRule', suppression.range, {});
                continue;
            }
            const silenced = used.get(suppression) ?? new Set();
            for (const id of suppression.ruleIds) {
                if (!ruleById(id)) {
                    report('suppression/inutile', 'unknownRule', suppression.range, { id });
                } else if (!suppressible(id)) {
                    report('suppression/inutile', 'notSuppressible', suppression.range, { id });
                } else if (!silenced.has(id)) {
                    report('suppression/inutile', 'unused', suppression.range, { id, line: String(suppression.targetLine + 1) });
                }
            }
        }
        return kept;
    }
}

function enclosingFrameworkNames(node: AstNode): string[] {
    const path = AstUtils.getContainerOfType(node, isTrainingPath);
    return path ? path.frameworks.map((framework) => framework.$refText) : [];
}

/** On a line with a syntax mistake, the mistake is the one message: a name it left unresolved is not another. */
function dropReferencesOnSyntaxLines(diagnostics: Diagnostic[]): Diagnostic[] {
    const syntaxLines = new Set(diagnostics.filter((diagnostic) => (diagnostic.data as { code?: string } | undefined)?.code === DocumentValidator.ParsingError).map((diagnostic) => diagnostic.range.start.line));
    return syntaxLines.size === 0 ? diagnostics : diagnostics.filter((diagnostic) =>
        (diagnostic.data as { code?: string } | undefined)?.code !== DocumentValidator.LinkingError || !syntaxLines.has(diagnostic.range.start.line));
}

/**
 * On a line with a name that cannot be found (`point avec Nad`, half typed), that name is the one
 * message: what the rules say of the rest of the line comes back once the name is written out.
 */
function unknownNamesFirst(diagnostics: Diagnostic[]): Diagnostic[] {
    const isUnknownName = (diagnostic: Diagnostic) => diagnostic.severity === 1 && (diagnostic.data as { code?: string } | undefined)?.code === DocumentValidator.LinkingError;
    const nameLines = new Set(diagnostics.filter(isUnknownName).map((diagnostic) => diagnostic.range.start.line));
    return nameLines.size === 0 ? diagnostics : diagnostics.filter((diagnostic) => isUnknownName(diagnostic) || !nameLines.has(diagnostic.range.start.line)
        || (diagnostic.data as { code?: string } | undefined)?.code === DocumentValidator.ParsingError);
}

/** Whether the frameworks a path names cannot all be found, or the path's text could not all be read. */
function frameworksUncertain(path: TrainingPath, document: LangiumDocument): boolean {
    return path.frameworks.some((framework) => framework.error !== undefined) || damageOf(document.parseResult)?.elements.has(path) === true;
}
