import { CstUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Bilingual, LocaleSetting } from '../i18n/locale.js';
import { format, quote } from '../i18n/locale.js';
import { ruleById } from '../rules/catalogue.js';
import type { FixEdit, ProposedFix } from '../rules/definition.js';
import type { FindingData } from '../rules/rule-engine.js';
import { COMPLETE_ELEMENT, ruleIdsOf } from '../rules/unfinished.js';
import { closestMatches } from '../syntax/grammar-knowledge.js';
import type { TutoratServices } from '../tutorat-module.js';

/** The command the editor runs to show a rule's documentation page (implemented by the VS Code extension). */
export const OPEN_RULE_PAGE_COMMAND = 'tutorat.openRulePage';

const TITLES = {
    suppress: { fr: 'Ignorer cette constatation (avec une raison)', en: 'Ignore this finding (with a reason)' },
    openPage: { fr: 'Ouvrir la page de la règle {rule}', en: 'Open the page of the rule {rule}' },
    replaceName: { fr: 'Remplacer par {name}', en: 'Replace with {name}' }
} satisfies Record<string, Bilingual>;

/** What follows the colon of a suppression the quick fix writes: the user must replace it by the reason. */
export const REASON_PLACEHOLDER = '…';

/**
 * For each finding: the quick fixes its rule proposes (edits computed when the rule reported), a
 * suppression comment to fill with a reason when the rule may be ignored, and a link to the rule's
 * page. For a name that resolves to nothing, the close names that exist.
 */
export class TutoratCodeActionProvider implements CodeActionProvider {
    private readonly locale: LocaleSetting;

    constructor(private readonly services: TutoratServices) {
        this.locale = services.shared.tutorat.Locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<CodeAction | Command> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = findingData(diagnostic);
            if (!data || !ruleById(data.ruleId)) {
                continue; // not a finding of a Tutorat rule (a configuration problem, another tool)
            }
            actions.push(...this.ruleFixes(document, diagnostic, data));
            if (data.ruleId === 'langage/reference' || data.ruleId === 'parcours/referentiel') {
                actions.push(...this.nameFixes(document, diagnostic));
            }
            // A finding that gathers an unfinished element's absences speaks for several rules.
            const ruleIds = ruleIdsOf(diagnostic).filter((id) => ruleById(id));
            const suppression = this.suppression(document, diagnostic, ruleIds);
            if (suppression) {
                actions.push(suppression);
            }
            actions.push(...ruleIds.map((id) => this.openPage(diagnostic, id)));
        }
        return actions;
    }

    private ruleFixes(document: LangiumDocument, diagnostic: Diagnostic, data: FindingData): CodeAction[] {
        const rule = ruleById(data.ruleId);
        const fixes = data.fixes ?? [];
        return fixes.flatMap((fix: ProposedFix): CodeAction[] => {
            const declared = rule?.fixes?.find((candidate) => candidate.id === fix.fix) ?? (fix.fix === COMPLETE_ELEMENT.id ? COMPLETE_ELEMENT : undefined);
            if (!declared || fix.edits.length === 0) {
                return [];
            }
            return [{
                title: this.locale.text(declared.title),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: fixes.length === 1,
                edit: workspaceEdit(document, fix.edits)
            }];
        });
    }

    /** `// tutorat-ignorer règle : …` above the line of the finding, indented like it. */
    private suppression(document: LangiumDocument, diagnostic: Diagnostic, ruleIds: readonly string[]): CodeAction | undefined {
        const suppressible = ruleIds.filter((id) => ruleById(id)?.configurable !== false && !id.startsWith('suppression/'));
        if (suppressible.length === 0 || suppressible.length < ruleIds.length) {
            return undefined;
        }
        const ruleId = suppressible.join(', ');
        const text = document.textDocument.getText();
        const line = diagnostic.range.start.line;
        const lineStart = document.textDocument.offsetAt({ line, character: 0 });
        const comment = `// tutorat-ignorer ${ruleId} : ${REASON_PLACEHOLDER}`;
        let edit: TextEdit;
        if (!this.insideToken(document, lineStart)) {
            const indentation = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
            edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indentation}${comment}\n` };
        } else {
            // The line starts inside a text running over several lines: the comment goes at its end.
            const lineEnd = document.textDocument.offsetAt({ line: line + 1, character: 0 }) - 1;
            const end = text.charAt(lineEnd - 1) === '\r' ? lineEnd - 1 : lineEnd;
            if (this.insideToken(document, end)) {
                return undefined;
            }
            const position = document.textDocument.positionAt(end);
            edit = { range: { start: position, end: position }, newText: ` ${comment}` };
        }
        return {
            title: this.locale.text(TITLES.suppress),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [document.uri.toString()]: [edit] } }
        };
    }

    private openPage(diagnostic: Diagnostic, ruleId: string): CodeAction {
        const href = diagnostic.codeDescription?.href;
        const title = this.locale.text(TITLES.openPage, { rule: ruleId });
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title, command: OPEN_RULE_PAGE_COMMAND, arguments: href ? [ruleId, href] : [ruleId] }
        };
    }

    /** For a name that resolves to nothing: the close names that would resolve there. */
    private nameFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const start = document.textDocument.offsetAt(diagnostic.range.start);
        const reference = document.references.find((candidate) => candidate.$refNode?.offset === start);
        const refText = reference?.$refText;
        const info = reference && this.referenceInfo(document, start);
        if (!refText || !info) {
            return [];
        }
        let candidates: string[];
        try {
            candidates = this.services.references.ScopeProvider.getScope(info).getAllElements().map((description) => description.name).distinct().toArray();
        } catch {
            return [];
        }
        const locale = this.locale.current;
        return closestMatches(refText, candidates).map((name, index) => ({
            title: format(TITLES.replaceName[locale], { name: quote(name, locale) }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: index === 0,
            edit: { changes: { [document.uri.toString()]: [{ range: diagnostic.range, newText: name }] } }
        }));
    }

    private referenceInfo(document: LangiumDocument, offset: number) {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const container = leaf?.astNode;
        if (!container) {
            return undefined;
        }
        for (const [property, value] of Object.entries(container)) {
            const references = Array.isArray(value) ? value : [value];
            const index = references.findIndex((candidate) => isReferenceAt(candidate, offset));
            if (index >= 0) {
                return { reference: references[index], container, property, index: Array.isArray(value) ? index : undefined };
            }
        }
        return undefined;
    }

    /** Whether an offset falls inside a token (a text or comment running over several lines). */
    private insideToken(document: LangiumDocument, offset: number): boolean {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        return leaf !== undefined && leaf.offset < offset && offset < leaf.end;
    }
}

function findingData(diagnostic: Diagnostic): FindingData | undefined {
    const data = diagnostic.data as Partial<FindingData> | undefined;
    const ruleId = data?.ruleId ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
    return ruleId ? { ruleId, messageKey: data?.messageKey ?? '', fixes: data?.fixes } : undefined;
}

function workspaceEdit(document: LangiumDocument, edits: readonly FixEdit[]): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of edits) {
        const uri = edit.uri ?? document.uri.toString();
        (changes[uri] ??= []).push({ range: edit.range, newText: edit.newText });
    }
    return { changes };
}

function isReferenceAt(candidate: unknown, offset: number): boolean {
    const refNode = (candidate as { $refNode?: { offset: number } } | undefined)?.$refNode;
    return typeof candidate === 'object' && candidate !== null && '$refText' in candidate && refNode?.offset === offset;
}
