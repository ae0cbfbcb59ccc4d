// Annex validation: a sheet (from Excel, a CSV, an .xlsx or a published text) checked against a rule set.
export { detectAnnexKind, findHeader, type ColumnRole, type Header } from "./header";
export {
  BRL_NUMBER_FORMAT,
  PUBLISHED_SHEET_HEADER,
  tabulatePublishedText,
  type PublishedSheet,
} from "./published-sheet";
export { readPublishedText } from "./published-text";
export { PROBLEM_SEVERITY, problemSchema, reportSchema, type Problem, type ProblemCode, type Report } from "./report";
export { columnLetters, noteKey, parseA1, type CellValue, type Sheet } from "./sheet";
export { validatePorteAnnex, type ValidateOptions } from "./validate-porte";
export { validateRecomposicaoAnnex, type ValidateRecomposicaoOptions } from "./validate-recomposicao";
export { validateAnnex, type ValidateAnnexOptions } from "./validate";
export {
  draftPorteAnnex,
  readDraftList,
  type DraftedAnnex,
  type DraftEntry,
  type DraftList,
  type DraftMode,
  type DraftOptions,
} from "./draft-porte";
