import { pathToFileURL } from 'node:url';
import { RULES, type Locale, type RuleDefinition, type Severity } from '@tutorat/language';
import { CONFIGURATION_CODE, type Finding } from '../findings.js';
import { TOOL_VERSION } from '../version.js';
import { jsonInSlices, LONG_ARRAY } from './chunks.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
    readonly locale: Locale;
    /** Folder the paths are relative to (the SRCROOT of the report). */
    readonly cwd: string;
    /** Link to each rule's page. */
    readonly helpUri: (ruleId: string) => string | undefined;
}

/**
 * A SARIF 2.1.0 log, as code-scanning services read it: the catalogue's rules as the tool's rules
 * (with their guide section and page), each finding as a result located relative to SRCROOT.
 */
export function* formatSarif(findings: readonly Finding[], options: SarifOptions): Generator<string> {
    const rules = [...RULES.map((rule) => describeRule(rule, options)), configurationRule(options.locale)];
    const index = new Map(rules.map((rule, position) => [rule.id, position]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'Tutorat',
                    version: TOOL_VERSION,
                    semanticVersion: TOOL_VERSION,
                    language: options.locale === 'fr' ? 'fr-BE' : 'en',
                    rules
                }
            },
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : options.cwd + '/').toString() } },
            columnKind: 'utf16CodeUnits',
            results: LONG_ARRAY
        }]
    };
    const result = (finding: Finding) => ({
        ruleId: finding.ruleId,
        ruleIndex: index.get(finding.ruleId) ?? index.get(CONFIGURATION_CODE)!,
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [location(finding.path, finding.line, finding.column, finding.endLine, finding.endColumn)],
        relatedLocations: finding.related.map((related, id) => ({
            id,
            ...location(related.path, related.line, related.column),
            message: { text: related.message }
        }))
    });
    yield* jsonInSlices(log, findings, result);
    yield '\n';
}

/** Whether a file starts as a SARIF log this module wrote (`--output` replaces only those). */
export function isSarifReport(head: string): boolean {
    return head.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",') && /"driver": \{\s*"name": "Tutorat",/.test(head);
}

function location(path: string, line: number, column: number, endLine?: number, endColumn?: number) {
    const region: Record<string, number> = { startLine: line, startColumn: column };
    if (endLine !== undefined && endColumn !== undefined && (endLine > line || (endLine === line && endColumn > column))) {
        region.endLine = endLine;
        region.endColumn = endColumn;
    }
    return {
        physicalLocation: {
            artifactLocation: path.startsWith('/') ? { uri: pathToFileURL(path).toString() } : { uri: encodeURI(path.split('\\').join('/')), uriBaseId: 'SRCROOT' },
            region
        }
    };
}

function describeRule(rule: RuleDefinition, options: SarifOptions) {
    const text = (value: { fr: string; en: string }) => value[options.locale];
    const helpUri = options.helpUri(rule.id);
    const guide = rule.guide ? `${text({ fr: 'Guide pour le tutorat', en: 'Guide pour le tutorat' })} — ${text(rule.guide.section)} : « ${rule.guide.quote} »` : '';
    return {
        id: rule.id,
        name: rule.id.replace(/[/-](\p{L})/gu, (_, letter: string) => letter.toUpperCase()),
        shortDescription: { text: text(rule.title) },
        fullDescription: { text: text(rule.description) },
        help: { text: [text(rule.description), guide].filter(Boolean).join('\n\n') },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: LEVELS[rule.severity], enabled: true },
        properties: {
            tags: [rule.id.split('/')[0], ...(rule.crossFile ? ['cross-file'] : [])],
            ...(rule.guide ? { guideSection: text(rule.guide.section) } : {})
        }
    };
}

function configurationRule(locale: Locale) {
    const text = locale === 'fr'
        ? { short: 'Le fichier de configuration tutorat.json est valide', full: 'Une erreur dans tutorat.json (ou un préréglage qu’il étend) : les réglages par défaut s’appliquent en attendant.' }
        : { short: 'The tutorat.json configuration file is valid', full: 'A mistake in tutorat.json (or a preset it extends): defaults apply meanwhile.' };
    return {
        id: CONFIGURATION_CODE,
        name: 'configuration',
        shortDescription: { text: text.short },
        fullDescription: { text: text.full },
        defaultConfiguration: { level: 'error' as const, enabled: true },
        properties: { tags: ['configuration'] }
    };
}
