import { toExcelError } from "./excel-errors";

/** What Excel hands a function for a parameter declared as a range: rows of cell values. */
export type Cells = unknown[][];
export type CellResult = string | number | CustomFunctions.Error;

/**
 * Applies a rule to every cell of a range and returns a range of the same shape, so that one formula
 * serves a whole column. A refused cell becomes an Excel error in its own place; the others still compute.
 * The rule sees the cell alone, so a blank's answer (null, undefined or "") is computed once per call and
 * shared: a column that is mostly blank costs about what a column of numbers does, instead of one thrown
 * and caught error (with its stack) per blank.
 */
export function mapCells(cells: Cells, rule: (cell: unknown) => string | number): CellResult[][] {
  // Per call, never per module: the answer depends on the rule and its rule set.
  let nullAnswer: CellResult | undefined;
  let undefinedAnswer: CellResult | undefined;
  let emptyAnswer: CellResult | undefined;
  return mapRange(cells, (cell) => {
    if (cell === null) return (nullAnswer ??= apply(rule, null));
    if (cell === undefined) return (undefinedAnswer ??= apply(rule, undefined));
    if (cell === "") return (emptyAnswer ??= apply(rule, ""));
    return apply(rule, cell);
  });
}

function apply(rule: (cell: unknown) => string | number, cell: unknown): CellResult {
  try {
    return rule(cell);
  } catch (error) {
    return toExcelError(error);
  }
}

/** Every cell of the range through `result`, with its position. */
function mapRange(cells: Cells, result: (cell: unknown, row: number, column: number) => CellResult): CellResult[][] {
  const rows = cells.length;
  const out = new Array<CellResult[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    const outRow = new Array<CellResult>(row.length);
    for (let c = 0; c < row.length; c++) outRow[c] = result(row[c], r, c);
    out[r] = outRow;
  }
  return out;
}

/**
 * Two ranges cell by cell. A single cell pairs with every cell of the other range (like
 * =SES.RECOMPOSICAO(D2:D100; 0)); ranges of different shapes are refused as a whole.
 */
export function mapCellPairs(
  left: Cells,
  right: Cells,
  rule: (a: unknown, b: unknown) => string | number,
  shapeError: () => CustomFunctions.Error,
): CellResult[][] {
  const isSingle = (cells: Cells) => cells.length === 1 && cells[0].length === 1;
  if (isSingle(right)) return mapCells(left, (cell) => rule(cell, right[0][0]));
  if (isSingle(left)) return mapCells(right, (cell) => rule(left[0][0], cell));
  const sameShape = left.length === right.length && left.every((row, r) => row.length === right[r].length);
  if (!sameShape) return [[shapeError()]];
  // Each answer depends on both cells: nothing is shared.
  return mapRange(left, (cell, r, c) => apply((a) => rule(a, right[r][c]), cell));
}

/** Every cell of the range shows the same error (used when the whole call is refused, e.g. a bad rule id). */
export function fillError(cells: Cells, error: unknown): CellResult[][] {
  const excelError = toExcelError(error);
  return cells.map((row) => row.map(() => excelError));
}
