import type { TutoratSharedServices } from '@tutorat/language';
import { collectHandbooks } from './collect.js';
import type { HandbookFile, HandbookOptions } from './types.js';

/**
 * Nothing here uses a Node API: the handbooks are made in a Node process or in a browser's Web Worker alike.
 * Writing them into a folder and printing them to PDF is in `@tutorat/handbook/node`.
 *
 * The handbooks (« livrets du tutorat »): self-contained, printable HTML pages made from the
 * workspace's documents — one per institution, one per duo (the tutee's own), one per charter template.
 */

export type { HandbookFile, HandbookOptions } from './types.js';
export { renderHandbookFor } from './collect.js';
export { registerHandbookRendering } from './lsp.js';
export * from './protocol.js';
export { plannedInterviews, MAX_LOGBOOK_PAGES, type InterviewPlan } from './parts/logbook.js';
export { adviceStates, type AdviceState, type AdviceStatus } from './parts/en-bref.js';
export { escapeHtml, safeUrl } from './html.js';
export { slug, isSafeFileName } from './file-names.js';
export { workspaceErrors, draftLabel, type DocumentError } from './draft.js';

/** Every handbook of the loaded workspace, in a stable order (see `collectHandbooks`). */
export function buildHandbooks(shared: TutoratSharedServices, options: HandbookOptions): HandbookFile[] {
    return collectHandbooks(shared, options).map((entry) => entry.file);
}
