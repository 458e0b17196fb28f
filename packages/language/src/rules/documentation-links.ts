import type { RuleId } from './definition.js';

/**
 * Where each rule's documentation page lives. The pages are generated from the catalogue into
 * `docs/rules/<famille>/<nom>.md`; each program (CLI, language server) knows where its copy of
 * that folder is and sets the base, and a project may point to a published copy instead.
 */
export class DocumentationLinks {
    private base: string | undefined;

    setBase(base: string | undefined): void {
        this.base = base && !base.endsWith('/') ? base + '/' : base;
    }

    /** The page of a rule as an absolute URL, when a base is known. */
    urlOf(id: RuleId | string): string | undefined {
        return this.base ? this.base + rulePagePath(id) : undefined;
    }
}

/** `tuteur/charge` → `tuteur/charge.md` (relative to `docs/rules/`). */
export function rulePagePath(id: string): string {
    return `${id}.md`;
}
