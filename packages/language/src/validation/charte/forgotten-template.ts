import { isCharterTemplate, type CharterTemplate } from '../../generated/ast.js';
import type { CharterLike, EffectiveCharter, SectionKey } from '../../model/charter.js';
import type { RuleContext, RuleDefinition } from '../../rules/definition.js';
import type { SectionSpec } from './section-rule.js';

/**
 * A charter that extends no template while the workspace has one holding several of the sections
 * it lacks: its « étend » was most likely left out, or lost with its header while editing. The
 * guide's model is a federation template that member institutions extend, so charte/existe says
 * it once, naming the template and the sections, rather than one absence per section rule.
 */

/** Every section rule with its spec, in the order the rules are defined (each charte/* section rule registers itself). */
export const SECTION_RULES: Array<{ readonly spec: SectionSpec<SectionKey>; readonly rule: RuleDefinition }> = [];

/** A charter that lacks at least this many sections a template of the workspace holds seems to have lost its « étend ». */
const FORGOTTEN_MIN = 3;

export interface ForgottenTemplate {
    /** The first template of the workspace that holds them. */
    readonly template: string;
    /** The sections the charter lacks and the template holds. */
    readonly missing: readonly SectionKey[];
    /** Whether one of the absences left unsaid is configured as an error: the single finding is one too. */
    readonly error: boolean;
}

export function forgottenTemplate(owner: CharterLike, effective: EffectiveCharter, context: RuleContext): ForgottenTemplate | undefined {
    if (isCharterTemplate(owner) || owner.template) {
        return undefined;
    }
    const templates = context.workspace.globalNamed().filter(isCharterTemplate);
    if (templates.length === 0) {
        return undefined;
    }
    const lacking = SECTION_RULES.filter(({ spec }) => spec.reportsMissing !== false && (!spec.appliesTo || spec.appliesTo(effective)) && !effective.section(spec.key));
    const missing = [...new Set(lacking.map(({ spec }) => spec.key))];
    const held = (template: CharterTemplate) => {
        const inherited = context.workspace.effectiveCharter(template);
        return missing.filter((key) => inherited.section(key));
    };
    const template = templates.find((candidate) => held(candidate).length >= FORGOTTEN_MIN);
    if (!template) {
        return undefined;
    }
    // Every absence the section rules leave unsaid meanwhile counts: the charter is no more finished for being told once.
    const severities = lacking.map(({ rule }) => context.workspace.configuration.severityOf(rule));
    return { template: template.name, missing: held(template), error: severities.includes('error') };
}
