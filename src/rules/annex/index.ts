// Annex validation: a sheet (from Excel, a CSV, an .xlsx or a published text) checked against a rule set.
// Each kind of annex is a folder (porte/, recomposicao/) and a line in ANNEX_KINDS (kinds.ts).
export { columnsOf, findAnnexTables, findHeader } from "./header";
export type { AnnexKind, AnnexTable, Header, SummaryFields, TableCheck } from "./kind";
export { ANNEX_KINDS } from "./kinds";
export { Problems } from "./problems";
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
export { storedFormula } from "./stored-formula";
export { walkTable, type TableWalk, type WalkReport } from "./table-walk";
export { checkSum, sumFields, type SumCheck } from "./totals";
export {
  describeTables,
  validateAnnex,
  validateKind,
  type ValidateAnnexOptions,
  type ValidateKindOptions,
} from "./validate";
export { porteAnnex, validatePorteAnnex, type ValidateOptions } from "./porte";
export { PORTE_COLUMNS, type PorteColumn } from "./porte/columns";
export { recomposicaoAnnex, validateRecomposicaoAnnex, type ValidateRecomposicaoOptions } from "./recomposicao";
export {
  draftPorteAnnex,
  annexTitle,
  resolutionOf,
  type DraftChart,
  type DraftResolution,
  readDraftList,
  type DraftedAnnex,
  type DraftEntry,
  type DraftList,
  type DraftMode,
  type DraftOptions,
} from "./porte";
