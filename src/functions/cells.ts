import { toExcelError } from "./excel-errors";

/** What Excel hands a function for a parameter declared as a range: rows of cell values. */
export type Cells = unknown[][];
export type CellResult = string | number | CustomFunctions.Error;

/**
 * Applies a rule to every cell of a range and returns a range of the same shape, so that one formula
 * serves a whole column. A refused cell becomes an Excel error in its own place; the others still compute.
 */
export function mapCells(
  cells: Cells,
  rule: (cell: unknown, row: number, column: number) => string | number,
): CellResult[][] {
  const rows = cells.length;
  const result = new Array<CellResult[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    const out = new Array<CellResult>(row.length);
    for (let c = 0; c < row.length; c++) {
      try {
        out[c] = rule(row[c], r, c);
      } catch (error) {
        out[c] = toExcelError(error);
      }
    }
    result[r] = out;
  }
  return result;
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
  return mapCells(left, (cell, r, c) => rule(cell, right[r][c]));
}

/** Every cell of the range shows the same error (used when the whole call is refused, e.g. a bad rule id). */
export function fillError(cells: Cells, error: unknown): CellResult[][] {
  const excelError = toExcelError(error);
  return cells.map((row) => row.map(() => excelError));
}
