import { DefaultWorkspaceManager, URI, UriUtils, type FileSystemNode, type LangiumSharedCoreServices } from 'langium';
import type { ConfigurationService } from '../config/configuration-service.js';

/**
 * Loads the workspace's documents like Langium does, leaving out what the `ignore` patterns of
 * tutorat.json name — the same files `tutorat check` leaves out — so that ignored copies and
 * drafts neither get findings nor lend their names to references.
 */
export class TutoratWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices, private readonly configuration: ConfigurationService) {
        super(services);
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) {
            return false;
        }
        const root = (this.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri)).find((folder) => UriUtils.contains(folder, entry.uri));
        return this.configuration.ignoredBy(entry.uri, entry.isDirectory, root) === undefined;
    }
}
