import Papa from "papaparse";
import type { CellValue, ReaderProblem, Sheet } from "../annex/sheet";
import { noteKey } from "../annex/sheet";
import { CELL_TEXT_KEPT, MAX_CELL_TEXT, MAX_ROWS } from "./limits";

/**
 * A CSV as Excel opens it: row 1 is the first record, column A the first field; ";" or "," between fields.
 * A quote left open swallows every line after it into one field: that is reported with the line it opened on.
 */
export function readCsv(text: string): Sheet {
  const delimiter = delimiterOf(text);
  const values: CellValue[][] = [];
  const problems: ReaderProblem[] = [];
  const notes = new Map<string, string>();
  const lineAt = lineFinder(text);
  let rowStart = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const r = values.length;
      if (r >= MAX_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      const line = lineAt(rowStart);
      rowStart = result.meta.cursor;
      values.push(result.data.map((cell, c) => capped(cell, r, c, notes)));
      for (const error of result.errors) {
        if (error.type !== "Quotes") continue;
        problems.push({
          code: "csv-quote",
          rowIndex: r,
          columnIndex: 0,
          line,
          message:
            error.code === "MissingQuotes"
              ? `Aspas abertas na linha ${line} e nunca fechadas: tudo o que vem depois virou um só campo. Feche as aspas no arquivo.`
              : `Aspas fora do lugar na linha ${line}: um campo entre aspas deve ter as aspas logo junto dos separadores.`,
        });
      }
    },
  });
  if (tooMany) {
    problems.push({
      code: "row-ignored",
      rowIndex: null,
      columnIndex: 0,
      message: `O arquivo passa de ${MAX_ROWS.toLocaleString("pt-BR")} linhas, o limite de uma planilha do Excel: o que vem depois não foi lido.`,
    });
  }
  // Papa Parse reads the newline at the end of the file as one more, empty record.
  if (values.length > 0 && values[values.length - 1].every((cell) => cell === "")) values.pop();
  return { values, origin: "A1", format: "csv", readerProblems: problems, notes };
}

/** A cell longer than Excel allows is cut, with a note, so that a 5 MB field costs no more than its reading. */
function capped(cell: string, r: number, c: number, notes: Map<string, string>): string {
  if (cell.length <= MAX_CELL_TEXT) return cell;
  notes.set(
    noteKey(r, c),
    `texto de ${cell.length.toLocaleString("pt-BR")} caracteres, acima do limite de ${MAX_CELL_TEXT.toLocaleString("pt-BR")} de uma célula do Excel; mostrado só o começo`,
  );
  return `${cell.slice(0, CELL_TEXT_KEPT)}…`;
}

/**
 * The 1-based line of a character offset, by binary search over the offsets where lines start. A line ends at
 * "\r\n", "\n" or a lone "\r" (Excel for Mac's "CSV (Macintosh)"), as editors count lines.
 */
function lineFinder(text: string): (offset: number) => number {
  const starts: number[] = [];
  const lineBreak = /\r\n?|\n/g;
  while (lineBreak.exec(text) !== null) starts.push(lineBreak.lastIndex);
  return (offset) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/**
 * The more frequent of ";" and "," outside quotes in the first lines. Papa Parse's own guess needs many rows
 * that agree, and picks "," for a two-line list exported with ";" (amounts like 35.000,00 stay unquoted there).
 */
function delimiterOf(text: string): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .slice(0, 50);
  // Stryker disable next-line StringLiteral: neither the text between the lines nor the text put for a quoted field holds a ";" or a ",", so any other text there counts the same
  const head = lines.join("\n").replace(/"[^"]*"/g, "");
  // The pieces a delimiter cuts the head into: one more than its count, for both, so the comparison is the same.
  const pieces = (delimiter: string) => head.split(delimiter).length;
  return pieces(",") > pieces(";") ? "," : ";";
}
