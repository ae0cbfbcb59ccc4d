// Two annexes compared (issue 16): what a new annex adds, removes and changes against the previous one.
export { compareAnnexes, compareRows, type CompareOptions, type CompareSide } from "./compare";
export { comparisonSheets, describeChange, signedBrl, type ComparisonMark, type ComparisonSheet } from "./layout";
export {
  changeSchema,
  comparedRowSchema,
  comparisonSchema,
  type Change,
  type ComparedRow,
  type Comparison,
} from "./report";
export { readAnnexRows, type AnnexRow, type AnnexRows, type ReadAnnexRowsOptions, type RowPlace } from "./rows";
