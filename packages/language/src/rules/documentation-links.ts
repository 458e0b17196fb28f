import type { CodeDescription } from 'vscode-languageserver-types';
import type { RuleId } from './definition.js';

/**
 * Where each rule's documentation page lives. The pages are generated from the catalogue into
 * `docs/rules/<famille>/<nom>.md`; each program (CLI, language server) knows where its copy of
 * that folder is and sets the base, and a project may point to a published copy instead.
 */
export class DocumentationLinks {
    private base: string | undefined;
    private extension = RULE_PAGE_EXTENSION;
    /**
     * One link per rule, shared by all its findings: a workspace holds tens of thousands of findings
     * (20,000 on 1,000 files), and a link of its own for each cost ≈ 150 bytes of memory every time.
     */
    private readonly descriptions = new Map<string, CodeDescription | undefined>();

    /** `extension`: the pages' file extension (`.md`, or `.html` where they are published as web pages). */
    setBase(base: string | undefined, extension: string = RULE_PAGE_EXTENSION): void {
        this.base = base && !base.endsWith('/') ? base + '/' : base;
        this.extension = extension;
        this.descriptions.clear();
    }

    /** The page of a rule as an absolute URL, when a base is known. */
    urlOf(id: RuleId | string): string | undefined {
        return this.descriptionOf(id)?.href;
    }

    /** A finding's `codeDescription`: the link to its rule's page (the same object for every finding of the rule). */
    descriptionOf(id: RuleId | string): CodeDescription | undefined {
        if (!this.descriptions.has(id)) {
            this.descriptions.set(id, this.base ? Object.freeze({ href: this.base + rulePagePath(id, this.extension) }) : undefined);
        }
        return this.descriptions.get(id);
    }
}

/** The extension of the generated pages in `docs/rules/`. */
export const RULE_PAGE_EXTENSION = '.md';

/** `tuteur/charge` → `tuteur/charge.md` (relative to `docs/rules/`). */
export function rulePagePath(id: string, extension: string = RULE_PAGE_EXTENSION): string {
    return `${id}${extension}`;
}
