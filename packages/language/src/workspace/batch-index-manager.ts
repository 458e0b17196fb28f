import { DefaultIndexManager, type LangiumDocument } from 'langium';

/**
 * The index for a one-off check (the `tutorat` command): documents are checked once and nobody asks
 * where a name is used, so the index of references — which serves « find references », « rename »
 * and re-linking after edits in the editor — is not built.
 */
export class BatchIndexManager extends DefaultIndexManager {
    override async updateReferences(_document: LangiumDocument): Promise<void> {
        // Nothing to record: see the class comment.
    }
}
