import type { RuleId } from './definition.js';

/**
 * Where each rule's documentation page lives. The pages are generated from the catalogue into
 * `docs/rules/<famille>/<nom>.md`; each program (CLI, language server) knows where its copy of
 * that folder is and sets the base, and a project may point to a published copy instead.
 */
export class DocumentationLinks {
    private base: string | undefined;
    private extension = RULE_PAGE_EXTENSION;

    /** `extension`: the pages' file extension (`.md`, or `.html` where they are published as web pages). */
    setBase(base: string | undefined, extension: string = RULE_PAGE_EXTENSION): void {
        this.base = base && !base.endsWith('/') ? base + '/' : base;
        this.extension = extension;
    }

    /** The page of a rule as an absolute URL, when a base is known. */
    urlOf(id: RuleId | string): string | undefined {
        return this.base ? this.base + rulePagePath(id, this.extension) : undefined;
    }
}

/** The extension of the generated pages in `docs/rules/`. */
export const RULE_PAGE_EXTENSION = '.md';

/** `tuteur/charge` → `tuteur/charge.md` (relative to `docs/rules/`). */
export function rulePagePath(id: string, extension: string = RULE_PAGE_EXTENSION): string {
    return `${id}${extension}`;
}
