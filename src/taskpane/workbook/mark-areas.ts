import { columnLetters, parseA1 } from "../../rules";

/**
 * Excel refuses a Worksheet.getRanges address much past 8,000 characters (office-js issue #5198, with no
 * documented limit), so marks are sent as several address lists, each well under it.
 */
export const MAX_AREAS_ADDRESS_LENGTH = 4000;

/**
 * The cells as few areas as possible, column by column: consecutive rows of one column become "B12:B40".
 * Returns address lists ("B2,B5:B9,D4") of at most maxLength characters each, in column then row order.
 */
export function areaAddressLists(cells: Iterable<string>, maxLength = MAX_AREAS_ADDRESS_LENGTH): string[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const { row, column } = parseA1(cell);
    let rows = rowsByColumn.get(column);
    if (!rows) rowsByColumn.set(column, (rows = []));
    rows.push(row);
  }
  const areas: string[] = [];
  for (const column of [...rowsByColumn.keys()].sort((a, b) => a - b)) {
    const letters = columnLetters(column);
    const rows = [...new Set(rowsByColumn.get(column))].sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      areas.push(i === j ? `${letters}${rows[i]}` : `${letters}${rows[i]}:${letters}${rows[j]}`);
      i = j + 1;
    }
  }
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 1 + area.length > maxLength) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** "'Plan 1'!C3:F20" → "C3": the first cell of a range address as Excel returns it. */
export function firstCellOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0].replace(/\$/g, "");
}
