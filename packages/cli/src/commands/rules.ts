import { RULES, SEVERITY_NAMES, type Locale, type RuleDefinition } from '@tutorat/language';
import { oneOf, parseCommandArguments } from '../arguments.js';
import { ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

/** `tutorat rules`: the catalogue — every rule, its default severity and the guide's section. */
export async function rules(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, locale } = parseCommandArguments('rules', args, { format: { type: 'string', short: 'f' } });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    const format = oneOf(values.format ?? 'text', FORMATS, '--format', locale);
    io.stdout(format === 'json' ? rulesAsJson(locale) : format === 'markdown' ? rulesAsMarkdown(locale) : rulesAsText(locale));
    return ExitCode.ok;
}

export function rulesAsJson(locale: Locale): string {
    return JSON.stringify(RULES.map((rule) => ({
        id: rule.id,
        family: rule.id.split('/')[0],
        severity: rule.severity,
        configurable: rule.configurable !== false,
        crossFile: rule.crossFile,
        title: rule.title[locale],
        description: rule.description[locale],
        guide: rule.guide ? { section: rule.guide.section[locale], quote: rule.guide.quote, enBref: rule.guide.enBref ?? [] } : null,
        fixes: (rule.fixes ?? []).map((fix) => ({ id: fix.id, title: fix.title[locale] }))
    })), null, 2) + '\n';
}

function rulesAsText(locale: Locale): string {
    const width = Math.max(...RULES.map((rule) => rule.id.length));
    return RULES.map((rule) => `${rule.id.padEnd(width)}  ${SEVERITY_NAMES[rule.severity][locale].padEnd(13)}  ${rule.title[locale]}${rule.guide ? ` — ${rule.guide.section[locale]}` : ''}`).join('\n') + '\n';
}

function rulesAsMarkdown(locale: Locale): string {
    const header = locale === 'fr'
        ? '| Règle | Sévérité | Ce qui est vérifié | Guide |\n|---|---|---|---|'
        : '| Rule | Severity | What is checked | Guide |\n|---|---|---|---|';
    const row = (rule: RuleDefinition) => `| \`${rule.id}\` | ${SEVERITY_NAMES[rule.severity][locale]} | ${escapeCell(rule.title[locale])} | ${escapeCell(rule.guide?.section[locale] ?? '—')} |`;
    return `${header}\n${RULES.map(row).join('\n')}\n`;
}

function escapeCell(text: string): string {
    return text.replace(/\|/g, '\\|');
}
