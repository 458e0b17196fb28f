import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { readConfiguration } from './configuration-reader.js';
import { CONFIG_FILE_NAME, P, ResolvedConfiguration, type ConfigurationProblem, type LoadedConfigurationFile } from './configuration.js';
import { compileIgnorePattern, type IgnorePattern } from './ignore-patterns.js';

/**
 * Finds and reads the project configuration that applies to a document: the nearest
 * `tutorat.json` in its folder or a parent folder, and the presets it extends. Results are kept
 * until {@link reload} is called (the language server does so when a configuration file changes).
 */
export class ConfigurationService {
    private readonly byFolder = new Map<string, ResolvedConfiguration>();
    private readonly ignorePatterns = new Map<string, readonly IgnorePattern[]>();
    /** Each configuration file read, by the name problems and values give it (see {@link uriOf}). */
    private readonly uris = new Map<string, URI>();
    private ruleIds: readonly string[] = [];

    constructor(private readonly fileSystem: FileSystemProvider) {}

    /** The catalogue's rule IDs, to recognise misspelt rules in configuration files. */
    setKnownRules(ids: readonly string[]): void {
        this.ruleIds = ids;
    }

    reload(): void {
        this.byFolder.clear();
        this.ignorePatterns.clear();
    }

    /**
     * The `ignore` pattern that leaves a file or folder out, and the `tutorat.json` that wrote it: the
     * patterns of every `tutorat.json` in the entry's folder and above count, each relative to its own
     * folder. A walk starts at `root`, a folder someone named: patterns that cover the root itself
     * do not apply inside it (naming an ignored folder asks for it).
     */
    ignoredBy(entry: URI, isFolder: boolean, root?: URI): { readonly file: string; readonly pattern: string } | undefined {
        if (entry.scheme !== 'file') {
            return undefined;
        }
        for (let folder = UriUtils.dirname(entry); ; folder = UriUtils.dirname(folder)) {
            const own = this.ownFileIn(folder);
            if (own) {
                const path = UriUtils.relative(folder, entry);
                const rootPath = root && UriUtils.relative(folder, root);
                const insideRoot = rootPath !== undefined && rootPath !== '' && !rootPath.startsWith('..');
                const pattern = this.patternsOf(own).find((candidate) => candidate.covers(path, isFolder) && !(insideRoot && candidate.covers(rootPath, true)));
                if (pattern) {
                    return { file: own.file, pattern: pattern.source };
                }
            }
            if (UriUtils.dirname(folder).path === folder.path) {
                return undefined;
            }
        }
    }

    /** The project file written in this very folder (a configuration found in a parent folder does not count). */
    private ownFileIn(folder: URI): LoadedConfigurationFile | undefined {
        const own = this.forFolder(folder).chain[0];
        return own && own.file === UriUtils.joinPath(folder, CONFIG_FILE_NAME).fsPath ? own : undefined;
    }

    private patternsOf(configuration: LoadedConfigurationFile): readonly IgnorePattern[] {
        let patterns = this.ignorePatterns.get(configuration.file);
        if (!patterns) {
            const written = Array.isArray(configuration.content.ignore) ? configuration.content.ignore : [];
            patterns = written.map((source) => compileIgnorePattern(source)).filter((pattern) => pattern !== undefined);
            this.ignorePatterns.set(configuration.file, patterns);
        }
        return patterns;
    }

    forDocument(documentUri: URI): ResolvedConfiguration {
        // A document not yet saved has no folder. Other schemes are read through the file system provider
        // (in a browser, the client's files: `vscode-vfs:`, `vscode-test-web:`…).
        if (documentUri.scheme === 'untitled') {
            return ResolvedConfiguration.EMPTY;
        }
        return this.forFolder(UriUtils.dirname(documentUri));
    }

    /** The URI of a configuration file, from the name problems and configured values give it. */
    uriOf(file: string): URI {
        return this.uris.get(file) ?? URI.file(file);
    }

    /** Whether this file is part of a configuration read so far (a project's file or a preset). */
    isLoaded(uri: URI): boolean {
        return this.files().some((file) => this.uriOf(file).toString() === uri.toString());
    }

    /** All configurations read so far. */
    loaded(): ResolvedConfiguration[] {
        return [...new Set(this.byFolder.values())];
    }

    /** Every configuration file read so far (projects' files and their presets). */
    files(): string[] {
        return [...new Set(this.loaded().flatMap((resolved) => [...resolved.chain.map((entry) => entry.file), ...resolved.problems.map((problem) => problem.file)]))];
    }

    /**
     * The problems of every configuration read so far, once each: a preset shared by several
     * projects is read once per project but reported once.
     */
    problems(): ConfigurationProblem[] {
        const seen = new Set<string>();
        return this.loaded().flatMap((resolved) => resolved.problems).filter((problem) => {
            const key = `${problem.file}:${problem.line}:${problem.message.fr}:${JSON.stringify(problem.params)}`;
            return seen.has(key) ? false : (seen.add(key), true);
        });
    }

    private forFolder(folder: URI): ResolvedConfiguration {
        const key = folder.toString();
        let resolved = this.byFolder.get(key);
        if (!resolved) {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            if (this.isFile(candidate)) {
                resolved = this.load(candidate);
            } else {
                const parent = UriUtils.dirname(folder);
                resolved = parent.path === folder.path ? ResolvedConfiguration.EMPTY : this.forFolder(parent);
            }
            this.byFolder.set(key, resolved);
        }
        return resolved;
    }

    /**
     * Reads a project's file and its presets. Whatever they hold, this never throws: a file that
     * cannot be used is reported and the defaults apply, so that documents are still checked.
     */
    private load(file: URI): ResolvedConfiguration {
        const chain: LoadedConfigurationFile[] = [];
        const problems: ConfigurationProblem[] = [];
        const visit = (uri: URI, trail: string[]) => {
            const display = uri.fsPath;
            this.uris.set(display, uri);
            if (trail.includes(uri.toString())) {
                problems.push({ file: chain[0]?.file ?? display, message: P.presetCycle, params: { cycle: [...trail, uri.toString()].map((entry) => URI.parse(entry).fsPath).join(' → ') } });
                return;
            }
            let text: string;
            try {
                text = this.fileSystem.readFileSync(uri);
            } catch {
                problems.push({ file: display, message: P.presetNotFound, params: { preset: display, file: display } });
                return;
            }
            const read = readConfiguration(display, text, this.ruleIds, { preset: trail.length > 0 });
            problems.push(...read.problems);
            if (!read.content) {
                return;
            }
            const configuration = read.content;
            chain.push({ file: display, content: configuration });
            const presets = configuration.extends === undefined ? [] : Array.isArray(configuration.extends) ? configuration.extends : [configuration.extends];
            // A later preset in the list overrides an earlier one, so they are visited last first.
            for (const [index, preset] of [...presets.entries()].reverse()) {
                const target = this.resolvePreset(uri, preset);
                if (target) {
                    visit(target, [...trail, uri.toString()]);
                } else {
                    const line = read.lineOf?.(Array.isArray(configuration.extends) ? ['extends', index] : ['extends']);
                    problems.push({ file: display, message: P.presetNotFound, params: { preset, file: display }, line });
                }
            }
        };
        try {
            visit(file, []);
        } catch (error) {
            // A bug must not turn checking off: the defaults apply, and the problem is shown.
            return new ResolvedConfiguration([], [{ file: file.fsPath, message: P.failed, params: { file: file.fsPath, reason: error instanceof Error ? error.message : String(error) } }]);
        }
        return new ResolvedConfiguration(chain, problems);
    }

    /** A preset is a path relative to the file (`../federation/preset.json`) or a package in node_modules. */
    private resolvePreset(from: URI, preset: string): URI | undefined {
        const folder = UriUtils.dirname(from);
        if (preset.startsWith('.') || preset.startsWith('/')) {
            const target = preset.startsWith('/') ? URI.file(preset) : UriUtils.resolvePath(folder, preset);
            return this.isFile(target) ? target : undefined;
        }
        for (let current = folder; ; current = UriUtils.dirname(current)) {
            const base = UriUtils.joinPath(current, 'node_modules', preset);
            for (const candidate of [base, UriUtils.joinPath(base, CONFIG_FILE_NAME)]) {
                if (this.isFile(candidate)) {
                    return candidate;
                }
            }
            if (UriUtils.dirname(current).path === current.path) {
                return undefined;
            }
        }
    }

    private isFile(uri: URI): boolean {
        try {
            return this.fileSystem.existsSync(uri) && this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}
