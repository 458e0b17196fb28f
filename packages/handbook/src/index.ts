import type { TutoratSharedServices } from '@tutorat/language';
import { collectHandbooks } from './collect.js';
import type { HandbookFile, HandbookOptions } from './types.js';

/**
 * The handbooks (« livrets du tutorat »): self-contained, printable HTML pages made from the
 * workspace's documents — one per institution, one per duo (the tutee's own), one per charter template.
 */

export type { HandbookFile, HandbookOptions } from './types.js';
export { renderHandbookFor } from './collect.js';
export { writeHandbooks, HandbookWriteError, type WriteOptions, type WriteProblem, type HandbooksWritten } from './write.js';
export { registerHandbookRequests, HandbookRequests, HANDBOOK_REFUSED, type RenderParams, type RenderResult, type WriteParams, type WriteResult, type RefusedData } from './lsp.js';
export { GENERATOR_MARK } from './page.js';
export { plannedInterviews, MAX_LOGBOOK_PAGES, type InterviewPlan } from './parts/logbook.js';
export { adviceStates, type AdviceState, type AdviceStatus } from './parts/en-bref.js';
export { escapeHtml, safeUrl } from './html.js';
export { slug, isSafeFileName } from './file-names.js';
export { CHROMIUM_FLAGS } from './pdf.js';
export { BROWSER_VARIABLE, browserCandidates, findBrowser, type BrowserCandidate, type BrowserSearch, type FoundBrowser } from './browser.js';
export { workspaceErrors, draftLabel, type DocumentError } from './draft.js';

/** Every handbook of the loaded workspace, in a stable order (see `collectHandbooks`). */
export function buildHandbooks(shared: TutoratSharedServices, options: HandbookOptions): HandbookFile[] {
    return collectHandbooks(shared, options).map((entry) => entry.file);
}
