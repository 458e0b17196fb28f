import { DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { format, type Locale, type MessageParams } from '../i18n/locale.js';
import { diagnosticSeverity } from '../rules/definition.js';
import type { FindingData } from '../rules/rule-engine.js';
import { describeAlternatives, listKeywords } from '../syntax/describe-tokens.js';
import { isBilingual, isExpectedTokens, isRulePlace, type NoteParam, type SyntaxNote, type SyntaxReport } from '../syntax/recovery/syntax-notes.js';
import { RULE_LABELS } from '../syntax/rule-labels.js';
import { syntaxe } from './langage/syntaxe.js';

/** The unreadable-bytes note is given once: a binary file would otherwise fill the problems panel. */
const ONCE_PER_DOCUMENT = new Set(['notText']);

/** The findings of `langage/syntaxe` for a document: one per note of the recovering parser, one per line at most. */
export function syntaxDiagnostics(report: SyntaxReport, locale: Locale, source: string): Diagnostic[] {
    const lines = new Set<number>();
    const once = new Set<string>();
    const diagnostics: Diagnostic[] = [];
    for (const note of report.notes) {
        const range = note.range!;
        if (lines.has(range.start.line) || once.has(note.message)) {
            continue;
        }
        lines.add(range.start.line);
        if (ONCE_PER_DOCUMENT.has(note.message)) {
            once.add(note.message);
        }
        const data: FindingData & { code: string } = {
            code: DocumentValidator.ParsingError,
            ruleId: syntaxe.id,
            messageKey: note.message,
            fixes: note.fixes?.map((fix) => ({ fix: fix.fix, edits: [{ range: fix.range!, newText: fix.newText }] }))
        };
        diagnostics.push({ severity: diagnosticSeverity(syntaxe.severity), range, message: noteMessage(note, locale), source, code: syntaxe.id, data });
    }
    return diagnostics;
}

export function noteMessage(note: SyntaxNote, locale: Locale): string {
    const template = (syntaxe.messages as Record<string, { fr: string; en: string }>)[note.message];
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(note.params)) {
        params[name] = renderParam(name, value, locale);
    }
    return format(template[locale], params as MessageParams);
}

function renderParam(name: string, value: NoteParam, locale: Locale): string | number {
    if (isExpectedTokens(value)) {
        return name === 'allowed' ? listKeywords(value.expected, locale) : describeAlternatives(value.expected, locale);
    }
    if (isRulePlace(value)) {
        return (RULE_LABELS[value.rule] ?? RULE_LABELS.Document)[locale];
    }
    if (isBilingual(value)) {
        return value[locale];
    }
    return value;
}
