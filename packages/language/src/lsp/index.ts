export * from './lsp-module.js';
export { OPEN_RULE_PAGE_COMMAND, REASON_PLACEHOLDER } from './code-actions.js';
export { KEYWORD_DOCS, findKeywordDoc, type KeywordDoc } from './keyword-docs.js';
export { GUIDE_SECTIONS } from './guide-sections.js';
export { grammarLayout, type GrammarLayout } from './grammar-layout.js';
