import { resolve } from 'node:path';
import { explainFileError, writeFileAtomically } from '@tutorat/language/node';
import { oneOf, parseCommandArguments } from '../arguments.js';
import { collectFindings, CONFIGURATION_CODE, summarize } from '../findings.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { joined } from '../output/chunks.js';
import { formatJson } from '../output/json.js';
import { checkReportTarget } from '../output/report-file.js';
import { formatSarif } from '../output/sarif.js';
import { formatText } from '../output/text.js';
import { loadWorkspace } from '../workspace.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** `tutorat check [chemins…]`: checks the documents and reports the findings. */
export async function check(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, positionals, locale } = parseCommandArguments('check', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        workspace: { type: 'string', multiple: true },
        force: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    const format = oneOf(values.format ?? 'text', FORMATS, '--format', locale);
    const maxWarnings = values['max-warnings'] === undefined ? undefined : parseCount(String(values['max-warnings']), '--max-warnings', locale);
    const output = typeof values.output === 'string' ? { target: resolve(io.cwd, values.output), shownAs: values.output } : undefined;
    if (output) {
        // Before any work: a report never replaces a document or a file it did not write.
        await checkReportTarget(output.target, output.shownAs, format, values.force === true, locale);
    }
    const workspace = await loadWorkspace(positionals, { cwd: io.cwd, locale, context: (values.workspace as string[] | undefined) ?? [] });
    const findings = collectFindings(workspace, locale);
    const summary = summarize(findings);
    const counts = { documents: workspace.reported.length, ignored: workspace.ignored };
    const report = format === 'sarif'
        ? formatSarif(findings, { locale, cwd: io.cwd, helpUri: (id) => workspace.shared.tutorat.DocumentationLinks.urlOf(id) })
        : format === 'json'
            ? formatJson(findings, summary, counts, locale)
            : formatText(findings, summary, counts, locale);
    if (output) {
        try {
            await writeFileAtomically(output.target, report);
        } catch (error) {
            throw new CliError(say(texts.cannotWrite, locale, { path: output.shownAs, reason: explainFileError(error, locale) }));
        }
        io.stdout(joined(formatText([], summary, counts, locale)));
    } else {
        for (const chunk of report) {
            io.stdout(chunk);
        }
    }
    if (findings.some((finding) => finding.ruleId === CONFIGURATION_CODE)) {
        return ExitCode.usage;
    }
    if (summary.errors > 0 || (maxWarnings !== undefined && summary.warnings > maxWarnings)) {
        return ExitCode.findings;
    }
    return ExitCode.ok;
}

function parseCount(value: string, option: string, locale: 'fr' | 'en'): number {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 0) {
        throw new CliError(say(texts.badNumber, locale, { option, value }));
    }
    return count;
}
