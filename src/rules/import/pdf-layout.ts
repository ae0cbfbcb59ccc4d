// A PDF has no lines nor columns: only pieces of text, each drawn at a position. This rebuilds the text lines a
// reader sees from those positions, so that a PDF goes through the same reading as published text
// (readPublishedText): rows by baseline, cells of a row by x, pages in order, and a page set in two columns
// read left column first. pdf.js gives the items; no library turns them into lines (pdf.js's own text layer
// is for a browser's DOM), so the layout is written here, kept pure and small.

/** A piece of text as pdf.js gives it, in PDF units (points, y growing upwards), with its page (from 1). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  page: number;
}

/** A line of text as read on its page: its text, its page and its line on that page (both from 1). */
export interface PdfTextLine {
  text: string;
  page: number;
  line: number;
}

interface Row {
  y: number;
  items: PdfTextItem[];
}

/** Row ends of a whole annex row ("… R$ 75.000,00"): a side that ends so holds whole rows, not cells. */
const AMOUNT_END = /\d[.,]\d\d$/;
/** The narrowest band of white between the columns of a page, in points (a gutter is usually 10 to 30). */
const MIN_GUTTER = 6;

/**
 * The lines of the pages, in reading order. Items on one baseline (within half a letter's height) form a row,
 * joined left to right with a space where they stand apart. A page whose rows leave a vertical band of white
 * near the middle is read as two columns, left before right, when that band separates whole lines rather than
 * the cells of a table (see twoColumns); a row that crosses the band (a title across the page) is read where
 * it stands, between the column parts above and below it.
 */
export function layoutPdfText(items: readonly PdfTextItem[]): PdfTextLine[] {
  const byPage = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    if (item.str.trim() === "" || !Number.isFinite(item.x) || !Number.isFinite(item.y)) continue;
    let list = byPage.get(item.page);
    if (list === undefined) byPage.set(item.page, (list = []));
    list.push(item);
  }
  const lines: PdfTextLine[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    let line = 0;
    // Never an empty line: every row holds at least one item, and every item some text (above).
    for (const row of readingOrder(rowsOf(byPage.get(page) ?? []))) {
      lines.push({ text: rowText(row), page, line: ++line });
    }
  }
  return lines;
}

/** Items grouped by baseline, top of the page first. */
function rowsOf(items: PdfTextItem[]): Row[] {
  const heights = items.map((item) => item.height).filter((h) => h > 0);
  heights.sort((a, b) => a - b);
  const tolerance = Math.max(1, (heights[Math.floor(heights.length / 2)] ?? 2) / 2);
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const last = rows[rows.length - 1];
    if (last !== undefined && Math.abs(last.y - item.y) <= tolerance) last.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** The row's items left to right, a space where two stand apart by more than a fifth of the letters' height. */
function rowText(row: Row): string {
  let text = "";
  let end = -Infinity;
  for (const item of row.items) {
    const gap = item.x - end;
    if (text !== "" && gap > Math.max(0.5, item.height / 5)) text += " ";
    text += item.str;
    end = Math.max(end, item.x + Math.max(0, item.width));
  }
  return text.replace(/\s+/g, " ").trim();
}

/** One column: the rows as they are. Two columns: each stretch between crossing rows, left part then right. */
function readingOrder(rows: Row[]): Row[] {
  const gutter = findGutter(rows);
  if (gutter === null) return rows;
  const ordered: Row[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const flush = () => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.items.some((item) => crosses(item, gutter))) {
      flush();
      ordered.push(row);
      continue;
    }
    const leftItems = row.items.filter((item) => item.x < gutter);
    const rightItems = row.items.filter((item) => item.x >= gutter);
    if (leftItems.length > 0) left.push({ y: row.y, items: leftItems });
    if (rightItems.length > 0) right.push({ y: row.y, items: rightItems });
  }
  flush();
  return ordered;
}

function crosses(item: PdfTextItem, x: number): boolean {
  return item.x < x && item.x + item.width > x;
}

/**
 * The x of the white band between two columns of text, or null for a page in one column. Candidates are bands
 * no more than a fifth of the rows cross, at least MIN_GUTTER wide, with their middle in the middle 40% of the
 * text's width, nearest the middle first. The band between the cells of a table looks just the same, so a
 * band counts as a gutter only when the two sides read as separate text: their rows do not share baselines,
 * or the left side's lines end as whole annex rows do (with an amount), or they run unbroken up to the band
 * as justified text does. A table's cells share every baseline, and its rows, cut at the band, end with a cell
 * apart from the others ("1 Araxá      Porte III"), ragged or not.
 */
function findGutter(rows: Row[]): number | null {
  if (rows.length < 4) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const row of rows) {
    for (const item of row.items) {
      minX = Math.min(minX, item.x);
      maxX = Math.max(maxX, item.x + Math.max(0, item.width));
    }
  }
  const span = Math.ceil(maxX - minX);
  if (!(span > 4 * MIN_GUTTER) || span > 100_000) return null;
  // How many rows cover each point of the width: a difference array over 1-point bins.
  const cover = new Int32Array(span + 2);
  for (const row of rows) {
    for (const [from, to] of rowExtents(row)) {
      cover[Math.max(0, Math.floor(from - minX))]++;
      cover[Math.min(span + 1, Math.ceil(to - minX))]--;
    }
  }
  for (let i = 1; i < cover.length; i++) cover[i] += cover[i - 1];
  const allowed = Math.floor(rows.length / 5);
  const candidates: { from: number; to: number }[] = [];
  let start = -1;
  for (let i = 0; i <= span + 1; i++) {
    const free = i <= span && cover[i] <= allowed;
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      const middle = (start + i) / 2;
      if (i - start >= MIN_GUTTER && middle > span * 0.3 && middle < span * 0.7) {
        candidates.push({ from: minX + start, to: minX + i });
      }
      start = -1;
    }
  }
  const center = minX + span / 2;
  candidates.sort((a, b) => Math.abs((a.from + a.to) / 2 - center) - Math.abs((b.from + b.to) / 2 - center));
  for (const band of candidates) {
    if (twoColumns(rows, band)) return (band.from + band.to) / 2;
  }
  return null;
}

/** Each row's covered stretches of x (its items, merged where they touch). */
function rowExtents(row: Row): [number, number][] {
  const extents: [number, number][] = [];
  for (const item of row.items) {
    const from = item.x;
    const to = item.x + Math.max(0, item.width);
    const last = extents[extents.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else extents.push([from, to]);
  }
  return extents;
}

function twoColumns(rows: Row[], band: { from: number; to: number }): boolean {
  const middle = (band.from + band.to) / 2;
  let leftRows = 0;
  let rightRows = 0;
  let both = 0;
  let amounts = 0;
  let flush = 0;
  for (const row of rows) {
    if (row.items.some((item) => crosses(item, middle))) continue;
    const left = row.items.filter((item) => item.x < middle);
    const hasRight = left.length < row.items.length;
    if (left.length > 0) {
      leftRows++;
      if (AMOUNT_END.test(rowText({ y: row.y, items: left }))) amounts++;
      if (continuous(left) && Math.abs(band.from - rightEnd(left)) <= 3) flush++;
    }
    if (hasRight) rightRows++;
    if (left.length > 0 && hasRight) both++;
  }
  if (leftRows < 2 || rightRows < 2) return false;
  return both / Math.min(leftRows, rightRows) < 0.5 || amounts / leftRows >= 0.5 || flush / leftRows >= 0.8;
}

function rightEnd(items: readonly PdfTextItem[]): number {
  let end = -Infinity;
  for (const item of items) end = Math.max(end, item.x + Math.max(0, item.width));
  return end;
}

/** Items that read as running text: no gap wider than two letters' height between them (cells are apart). */
function continuous(items: readonly PdfTextItem[]): boolean {
  let end = Infinity;
  for (const item of items) {
    if (item.x - end > 2 * item.height) return false;
    end = item.x + Math.max(0, item.width);
  }
  return true;
}
