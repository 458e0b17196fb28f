import { DefaultLinker, type LangiumDocument } from 'langium';

/** The fields of Langium's reference objects that unlinking clears. */
interface LinkedReference {
    _ref?: unknown;
    _nodeDescription?: unknown;
    _items?: unknown;
    _linkingError?: unknown;
}

/**
 * Langium's linker, but unlinking clears a reference's found description instead of deleting the
 * property. V8 turns an object that loses a property into a slower, bigger dictionary object for
 * good (≈ 450 bytes more): a language server relinks the documents that cite an edited one at
 * every keystroke, so each reference of a workspace ended up that way (≈ 7 MB more on 1,000
 * files). Langium reads these fields only through their values, so an `undefined` is the same.
 */
export class TutoratLinker extends DefaultLinker {
    override unlink(document: LangiumDocument): void {
        for (const reference of document.references as unknown as LinkedReference[]) {
            if ('_ref' in reference) {
                reference._ref = undefined;
                reference._nodeDescription = undefined;
            } else if ('_items' in reference) {
                reference._items = undefined;
                reference._linkingError = undefined;
            }
        }
        document.references = [];
    }
}
