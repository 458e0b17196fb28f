/**
 * Competence frameworks in and out of Tutorat: Moodle's competency framework CSV, 1EdTech CASE 1.1
 * packages and the consultant's spreadsheet (CSV or XLSX). Pure functions on bytes and texts: the
 * command line and the editor read and write the files.
 */
export { importFramework, exportFramework, type ImportOptions, type ImportResult, type ExportOptions, type ExportResult } from './interop.js';
export { FORMATS, FORMAT_LABELS, FORMAT_EXTENSIONS, type FormatName } from './formats/index.js';
export { frameworkFromAst } from './from-ast.js';
export { frameworkToTutorat } from './to-tutorat.js';
export { canonicalFramework, normalizeText, type FrameworkData, type DomainData, type CompetenceData, type CriterionData, type OutsideReferences } from './model.js';
export { InteropError, describeNote, type Note } from './notes.js';
export { MAX_INPUT_BYTES, checkInputSize, base64ToBytes, bytesToBase64 } from './input.js';
export { parseCsv, writeCsv, neutralizeFormula, looksLikeFormula, type CsvTable, type Delimiter } from './csv.js';
export { MOODLE_COLUMNS, MOODLE_MAX_LENGTH } from './formats/moodle.js';
export { TABLE_COLUMNS } from './formats/tableur.js';
export { uuidV5, sha1, TUTORAT_NAMESPACE } from './uuid.js';
export { TEMPLATE_FILE, tableTemplate } from './template.js';
export { registerInteropRequests } from './lsp.js';
export { InteropRequests, type FrameworksParams, type FrameworkSummary, type ImportParams, type ImportResponse, type ExportParams, type ExportResponse } from './protocol.js';
