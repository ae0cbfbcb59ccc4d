import { describePlace, type ReaderProblem } from "../annex/sheet";
import { normalizeText } from "../annex/text";

// A line of an annex as copied from the Diário's PDF: "2 | Além Paraiba Porte 111 R$ 75.000,00".
// Number, name and label may each be missing or damaged; the amount, when there is one, ends the line.
// Something amount-like ends the line: a "R$" (or its OCR forms "RS", "R5", "R §") before digits, or digits
// with a separator ("60.000.00", "60.000,0O"). Kept verbatim: the validator reads it strictly and reports it.
// Searched in a trimmed line, so it needs no anchor at the start nor spaces at the end: the first place where an
// amount runs to the end of the line is where the amount starts, and what stands before it is the rest of the row.
const AMOUNT_AT_END = /(?:R\s*[$S5§]\s*-?\s*\d[\d.,Oo ]*|-?\d[\d ]*[.,][\d.,Oo]*)[\dOo]$/;
// Number, name and porte label of what stands before the amount. Every part is optional and "." crosses the
// whole line (it has no line break), so it always matches from the first character: it needs no anchor there.
const ROW_PARTS = /(?:(\d+)\s*[|!]?\s*)?(.*?)\s*(porte\s*\S*)?\s*$/i;
const PORTE_WORD = /\bporte\b/i;
// A line that starts with a digit and goes on, as a row does with its number: "12 Betim", "12|Betim", "12 ! Betim"
// (OCR), "12Betim". The line is trimmed, so whatever follows the digit holds more than spaces.
const LEADING_NUMBER = /^\d./;

/** The header line of a porte annex: "Nº Município Porte R$", "N° MUNICÍPIO PORTE VALOR (R$)"… */
function isHeaderLine(normalized: string): boolean {
  return (
    normalized.length < 80 &&
    /\bmunicipios?\b/.test(normalized) &&
    /\bporte\b/.test(normalized) &&
    /(r\$|\bvalor\b|\bincentivo\b)/.test(normalized) &&
    !/\d{2}/.test(normalized)
  );
}

/**
 * "TOTAL", "TOTAL:", "Total geral", "TOTAL GERAL (R$)", "Soma", with or without the amount after it, normalized
 * (normalizeText). The "R$" may be in its OCR forms, as in amounts: "RS", "R5", "R §" (normalized "r").
 */
export const TOTAL_LABEL = /^(total( geral)?|soma( total)?)( r[$s5]?)?$/;

/** A title line naming an annex: "ANEXO I DA RESOLUÇÃO…", "ANEXO | DA RESOLUGCAO…" (OCR), "Anexo II". */
const ANNEX_TITLE = /^anexo\b/;

/** The columns of a published porte annex, as the pane writes them on a new sheet. */
export const PUBLISHED_HEADER = ["Nº", "Município", "Porte", "Valor"] as const;

/** Where a line of the text stands in its source when the text was rebuilt from one: a PDF's page and line. */
export interface SourcePlace {
  page: number;
  line: number;
}

export interface PublishedText {
  /**
   * The annex tables found in the text, stacked: each its header row, one row per annex line (cells kept
   * verbatim as text) and its TOTAL row. With more than one table, each starts with its title row (when the
   * text has one) after a blank row, so the sheet the pane writes shows which annex is which.
   */
  values: string[][];
  /** The text's line number (1-based) of each row of values; null for rows the reader made (headers). */
  lines: (number | null)[];
  /** With places, the page of each row of values (and lines holds its line on that page); else all null. */
  pages: (number | null)[];
  /** Lines of the tables that are not annex rows, each with its line, so that none is lost silently. */
  problems: ReaderProblem[];
}

type Mode = "outside" | "table" | "after-total";

/**
 * Reads every annex table in a text copied from a published PDF: a lone annex, the whole resolution (articles,
 * Anexo I, Anexo II) or a Diário page with several acts. A table starts at its header line and ends at its
 * TOTAL (whose amount often stands on a line of its own). Inside a table every non-blank line is an annex row
 * or reported; after the TOTAL, a line that looks like an annex row is reported (it is not in the TOTAL).
 * A header repeated inside a table (no TOTAL nor annex title since) continues it: a table printed across
 * pages repeats its header on each. With places (a text rebuilt from a PDF: one per line of the text), rows
 * and problems point to a page and its line instead of the text's line.
 */
export function readPublishedText(text: string, places?: readonly SourcePlace[]): PublishedText {
  const values: string[][] = [];
  const lines: (number | null)[] = [];
  const pages: (number | null)[] = [];
  const problems: ReaderProblem[] = [];
  const titles: string[] = [];
  let tables = 0;
  let mode: Mode = "outside";
  let totalPending = false;
  let lastTitle: string | null = null;
  const placeOf = (line: number): { page: number | null; line: number } => places?.[line - 1] ?? { page: null, line };
  const push = (row: string[], line: number | null) => {
    values.push(row);
    const place = line === null ? null : placeOf(line);
    lines.push(place === null ? null : place.line);
    pages.push(place === null ? null : place.page);
  };
  const problem = (code: "row-after-total" | "row-ignored", line: number, what: string, found: string) => {
    const place = placeOf(line);
    const where = describePlace(place.page, place.line);
    problems.push({
      code,
      rowIndex: null,
      columnIndex: 0,
      line: place.line,
      ...(place.page === null ? {} : { page: place.page }),
      message: `${where[0].toUpperCase()}${where.slice(1)} ${what}: "${found}".`,
      found,
    });
  };
  const closeTotal = () => {
    if (totalPending) push(["TOTAL", "", "", ""], null);
    totalPending = false;
  };
  // A line or paragraph separator inside a line (U+2028, U+2029, NEL: soft breaks of word processors) is a
  // space: the patterns' "." stops at it, and the row would lose its cells.
  const textLines = text.replace(/[\u2028\u2029\u0085]/g, " ").split(/\r\n|\r|\n/);
  for (let i = 0; i < textLines.length; i++) {
    const line = i + 1;
    const trimmed = textLines[i].trim();
    if (trimmed === "") continue;
    const normalized = normalizeText(trimmed);
    if (isHeaderLine(normalized)) {
      if (mode === "table" && lastTitle === null) continue; // the header again, on a new page
      closeTotal();
      if (tables > 0) push([], null);
      titles.push(lastTitle ?? "");
      tables++;
      push([...PUBLISHED_HEADER], line);
      mode = "table";
      lastTitle = null;
      continue;
    }
    if (ANNEX_TITLE.test(normalized)) {
      closeTotal();
      lastTitle = trimmed;
      if (mode === "after-total") mode = "outside";
      continue;
    }
    if (mode === "outside") continue; // articles and titles around the tables
    const amountLine = AMOUNT_AT_END.exec(trimmed);
    const amount = amountLine ? amountLine[0] : "";
    // Ends with the spaces before the amount: TOTAL_LABEL normalizes them away, ROW_PARTS leaves them out.
    const before = amountLine ? trimmed.slice(0, amountLine.index) : trimmed;
    if (mode === "table" && TOTAL_LABEL.test(normalizeText(before))) {
      if (amountLine) push(["TOTAL", "", "", amount], line);
      else totalPending = true;
      mode = "after-total";
      continue;
    }
    if (totalPending && amountLine && before === "") {
      push(["TOTAL", "", "", amount], line);
      totalPending = false;
      continue;
    }
    const rowLike = amountLine !== null || PORTE_WORD.test(trimmed) || LEADING_NUMBER.test(trimmed);
    if (mode === "after-total") {
      if (rowLike && (amountLine !== null || PORTE_WORD.test(trimmed))) {
        problem("row-after-total", line, "depois do TOTAL, fora da soma", trimmed);
      }
      continue;
    }
    if (!rowLike) {
      problem("row-ignored", line, "dentro do anexo não foi lida como linha do anexo", trimmed);
      continue;
    }
    const [, number = "", municipality = "", porte = ""] = ROW_PARTS.exec(before) ?? [];
    push([number, municipality, porte, amount], line);
  }
  closeTotal();
  if (tables > 1) addTitles(values, lines, pages, titles);
  return { values, lines, pages, problems };
}

/** With several tables, a title row above each header that has one ("ANEXO II DA RESOLUÇÃO…"). */
function addTitles(values: string[][], lines: (number | null)[], pages: (number | null)[], titles: string[]) {
  let table = 0;
  for (let r = 0; r < values.length; r++) {
    if (values[r][1] !== PUBLISHED_HEADER[1] || values[r][0] !== PUBLISHED_HEADER[0]) continue;
    const title = titles[table++];
    if (!title) continue;
    values.splice(r, 0, [title]);
    lines.splice(r, 0, null);
    pages.splice(r, 0, null);
    r++;
  }
}
