import { relative, resolve } from 'node:path';
import { buildHandbooks } from '@tutorat/handbook';
import { BROWSER_VARIABLE, HandbookWriteError, writeHandbooks, type FoundBrowser } from '@tutorat/handbook/node';
import type { Locale } from '@tutorat/language';
import { parseCommandArguments } from '../arguments.js';
import { collectFindings, CONFIGURATION_CODE, displayPath, summarize } from '../findings.js';
import { joined } from '../output/chunks.js';
import { formatText } from '../output/text.js';
import { CliError, ExitCode, type CliIo, type ExitCodeValue } from '../io.js';
import { say, texts } from '../messages.js';
import { loadWorkspace } from '../workspace.js';

/**
 * `tutorat handbook [chemins…] -o DOSSIER [--pdf [--browser CHEMIN]] [--draft] [--without-findings]`:
 * writes the handbooks of the documents. Documents with errors give no handbook (exit 1, the errors
 * listed), unless a draft is asked for: then every page says « Brouillon — N erreurs ».
 */
export async function handbook(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
    const { values, positionals, locale } = parseCommandArguments('handbook', args, {
        output: { type: 'string', short: 'o' },
        pdf: { type: 'boolean' },
        draft: { type: 'boolean' },
        brouillon: { type: 'boolean' },
        'without-findings': { type: 'boolean' },
        'sans-constats': { type: 'boolean' },
        browser: { type: 'string' }
    });
    if (values.help) {
        io.stdout(say(texts.usage, locale));
        return ExitCode.ok;
    }
    if (typeof values.output !== 'string' || values.output.trim() === '') {
        throw new CliError(say(texts.handbookNeedsOutput, locale));
    }
    const workspace = await loadWorkspace(positionals, { cwd: io.cwd, locale });
    const draft = values.draft === true || values.brouillon === true;
    // Every document loaded goes into the handbooks: the errors of all of them count.
    const errors = collectFindings({ ...workspace, reported: workspace.documents }, locale).filter((finding) => finding.severity === 'error');
    if (errors.length > 0 && !draft) {
        io.stdout(joined(formatText(errors, summarize(errors), { documents: workspace.documents.length, ignored: workspace.ignored }, locale)));
        io.stderr(say(errors.length > 1 ? texts.handbooksRefused : texts.handbookRefused, locale, { count: errors.length }) + '\n');
        return errors.some((finding) => finding.ruleId === CONFIGURATION_CODE) ? ExitCode.usage : ExitCode.findings;
    }
    const withoutFindings = values['without-findings'] === true || values['sans-constats'] === true;
    const files = buildHandbooks(workspace.shared, { locale, draft: errors.length > 0 ? { errors: errors.length } : undefined, findingsAnnex: withoutFindings ? false : undefined });
    let written: string[];
    let browser: FoundBrowser | undefined;
    const explicit = typeof values.browser === 'string' ? resolve(io.cwd, values.browser) : undefined;
    try {
        ({ written, browser } = await writeHandbooks(files, resolve(io.cwd, values.output), { locale, pdf: values.pdf === true || explicit !== undefined, browser: { explicit } }));
    } catch (error) {
        if (error instanceof HandbookWriteError) {
            throw new CliError(error.message);
        }
        throw error;
    }
    const folder = displayPath(resolve(io.cwd, values.output), io.cwd) || '.';
    io.stdout(say(texts.handbooksWritten, locale, { count: written.length, folder }) + '\n');
    if (errors.length > 0) {
        io.stdout(say(errors.length > 1 ? texts.draftsWritten : texts.draftWritten, locale, { count: errors.length }) + '\n');
    }
    for (const path of written) {
        io.stdout(`  ${relative(io.cwd, path).startsWith('..') ? path : relative(io.cwd, path)}\n`);
    }
    if (browser) {
        io.stdout(say(texts.printedWith, locale, { browser: browser.name, path: browser.path, origin: originOf(browser, locale) }) + '\n');
    }
    return ExitCode.ok;
}

function originOf(browser: FoundBrowser, locale: Locale): string {
    return browser.origin === 'option' ? ', --browser'
        : browser.origin === 'environment' ? `, ${BROWSER_VARIABLE}`
            : locale === 'fr' ? ', trouvé à son emplacement habituel' : ', found where it is usually installed';
}
