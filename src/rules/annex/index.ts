// Annex validation: a sheet (from Excel, a CSV, an .xlsx or a published text) checked against a rule set.
export { findAnnexTables, findHeader, type AnnexKind, type AnnexTable, type ColumnRole, type Header } from "./header";
export { PROBLEM_SEVERITY, problemSchema, reportSchema, type Problem, type ProblemCode, type Report } from "./report";
export {
  columnLetters,
  describePlace,
  noteKey,
  parseA1,
  type CellValue,
  type ReaderProblem,
  type Sheet,
} from "./sheet";
export { validatePorteAnnex, type ValidateOptions } from "./validate-porte";
export { validateRecomposicaoAnnex, type ValidateRecomposicaoOptions } from "./validate-recomposicao";
export { describeTables, validateAnnex, type ValidateAnnexOptions } from "./validate";
export {
  draftPorteAnnex,
  readDraftList,
  type DraftedAnnex,
  type DraftEntry,
  type DraftList,
  type DraftMode,
  type DraftOptions,
} from "./draft-porte";
