import { DocumentValidator, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { LocaleSetting } from '../i18n/locale.js';
import type { RuleQueries } from '../rules/rule-queries.js';
import type { FindingData } from '../rules/rule-engine.js';
import { damageOf } from '../syntax/recovery/damage.js';
import { ALL } from '../workspace/uncertainty.js';
import { simplify } from '../syntax/grammar-knowledge.js';
import { reference } from './langage/reference.js';

/** What the validator records on a reference it could not resolve, to reconsider it here. */
export interface UnresolvedData {
    readonly code: string;
    readonly refText: string;
    readonly targetType: string;
    readonly institution?: string;
}

/**
 * A name that cannot be found may sit in a passage that could not be read — in this document or
 * in another one — or be the name of an element whose own name could not be read. Such references
 * are not errors one by one: each unreadable document gets at most one information here, at the
 * first of them, saying which file to correct first. The others are checked as usual.
 */
export function reconsiderUnresolved(document: LangiumDocument, diagnostics: Diagnostic[], queries: RuleQueries | undefined, locale: LocaleSetting): Diagnostic[] {
    if (!queries) {
        return diagnostics;
    }
    const firstByDocument = new Map<AstNode, Diagnostic>();
    const kept = diagnostics.filter((diagnostic) => {
        const data = diagnostic.data as Partial<UnresolvedData> | undefined;
        if (data?.code !== DocumentValidator.LinkingError || !data.refText || !data.targetType) {
            return true;
        }
        const source = unreadableSource(data as UnresolvedData, queries);
        if (!source) {
            return true;
        }
        if (!firstByDocument.has(source)) {
            firstByDocument.set(source, diagnostic);
        }
        return false;
    });
    for (const [root, first] of firstByDocument) {
        const unreadable = root.$document;
        const damage = damageOf(root.$document!.parseResult);
        const file = unreadable === document ? { fr: 'ce fichier', en: 'this file' }[locale.current] : UriUtils.basename(unreadable!.uri);
        const data: FindingData = { ruleId: reference.id, messageKey: 'unreadable' };
        kept.push({
            ...first,
            code: reference.id,
            codeDescription: first.code === reference.id ? first.codeDescription : undefined,
            severity: 3,
            message: locale.text(reference.messages.unreadable, { name: (first.data as UnresolvedData).refText, file, line: (damage?.firstLine ?? 0) + 1 }),
            data
        });
    }
    return kept;
}

/**
 * What an element whose name could not be read holds: every name declared in an institution is
 * looked up under the institution's name, every competence under its framework's.
 */
const CONTAINED: Readonly<Record<string, readonly string[]>> = {
    Institution: ['Service', 'JobFunction', 'Person', 'Partner', 'Referent', 'TrainingPath', 'Evaluator'],
    Framework: ['Domain', 'Competence'],
    Domain: ['Competence'],
    Partner: ['Referent', 'Evaluator']
};

/** The unreadable document a name may be declared in, if any. */
function unreadableSource(data: UnresolvedData, queries: RuleQueries): AstNode | undefined {
    const topic = data.targetType === 'Framework' || data.targetType === 'Competence' ? 'référentiel'
        : data.targetType === 'CharterTemplate' ? 'modèle' : `noms:${data.institution ?? ALL}`;
    const names = new Set([data.refText, ...data.refText.split('.')].map(simplify));
    return queries.uncertainSources(topic).find((root) => {
        const damage = root.$document ? damageOf(root.$document.parseResult) : undefined;
        return damage !== undefined && ([...names].some((name) => damage.unreadNames.has(name)) || damage.anonymous.has(data.targetType)
            || damage.unreadNames.has('*') || (data.targetType === 'Evaluator' && (damage.anonymous.has('Person') || damage.anonymous.has('Referent')))
            || [...damage.anonymous].some((container) => CONTAINED[container]?.includes(data.targetType) === true));
    });
}
