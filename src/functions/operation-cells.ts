import { toExactExcelNumber, toExcelSerial } from "../rules";
import type { Answer, BoundRules, Operation } from "../operations";
import { mapCellPairs, mapCells, type Cells, type CellResult } from "./cells";

/** An answer as Excel holds it: money as the exact double (75000), a date as its serial number (44530). */
export function excelValue(answer: Answer): string | number {
  if ("text" in answer) return answer.text;
  if ("cents" in answer) return toExactExcelNumber(answer.cents);
  return toExcelSerial(answer.date);
}

/** The operation on every cell of one range; `scalars` are its other inputs, the same for every cell. */
export function operationOnCells(
  operation: Operation,
  cells: Cells,
  rules: BoundRules,
  scalars: readonly unknown[] = [],
): CellResult[][] {
  return mapCells(cells, (cell) => excelValue(operation.compute([cell, ...scalars], rules)));
}

/** The operation on two ranges, cell by cell (see mapCellPairs). */
export function operationOnPairs(
  operation: Operation,
  left: Cells,
  right: Cells,
  rules: BoundRules,
  shapeError: () => CustomFunctions.Error,
): CellResult[][] {
  return mapCellPairs(left, right, (a, b) => excelValue(operation.compute([a, b], rules)), shapeError);
}
