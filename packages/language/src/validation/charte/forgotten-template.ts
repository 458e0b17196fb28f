import { isCharterTemplate, type CharterTemplate } from '../../generated/ast.js';
import type { CharterLike, EffectiveCharter, SectionKey } from '../../model/charter.js';
import type { RuleContext } from '../../rules/definition.js';
import type { SectionSpec } from './section-rule.js';

/**
 * A charter that extends no template while the workspace has one holding several of the sections
 * it lacks: its « étend » was most likely left out, or lost with its header while editing. The
 * guide's model is a federation template that member institutions extend, so charte/existe says
 * it once, naming the template and the sections, rather than one absence per section rule.
 */

/** Every section rule's spec, in the order the rules are defined (each charte/* section rule registers itself). */
export const SECTION_SPECS: Array<SectionSpec<SectionKey>> = [];

/** A charter that lacks at least this many sections a template of the workspace holds seems to have lost its « étend ». */
const FORGOTTEN_MIN = 3;

export interface ForgottenTemplate {
    /** The first template of the workspace that holds them. */
    readonly template: string;
    /** The sections the charter lacks and the template holds. */
    readonly missing: readonly SectionKey[];
}

export function forgottenTemplate(owner: CharterLike, effective: EffectiveCharter, context: RuleContext): ForgottenTemplate | undefined {
    if (isCharterTemplate(owner) || owner.template) {
        return undefined;
    }
    const templates = context.workspace.globalNamed().filter(isCharterTemplate);
    if (templates.length === 0) {
        return undefined;
    }
    const lacking = SECTION_SPECS.filter((spec) => spec.reportsMissing !== false && (!spec.appliesTo || spec.appliesTo(effective)) && !effective.section(spec.key));
    const missing = [...new Set(lacking.map((spec) => spec.key))];
    const held = (template: CharterTemplate) => {
        const inherited = context.workspace.effectiveCharter(template);
        return missing.filter((key) => inherited.section(key));
    };
    const template = templates.find((candidate) => held(candidate).length >= FORGOTTEN_MIN);
    return template ? { template: template.name, missing: held(template) } : undefined;
}
