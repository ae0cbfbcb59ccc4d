// The only door between the task pane and a workbook. Components receive a Workbook and never call
// Office.js: ExcelWorkbook talks to Excel, MemoryWorkbook backs preview mode and the tests.
import type { CellValue, DraftChart, ReaderProblem, Sheet } from "../../rules";

export type MarkSeverity = "error" | "warning";

/** A cell to make visible on the sheet, and why. */
export interface Mark {
  /** A1 address on the marked sheet, without the sheet name ("D12"). */
  cell: string;
  severity: MarkSeverity;
  /** pt-BR: shown where the host can show it (the preview grid's tooltip). */
  note: string;
}

/** What the pane reads: values with the sheet name and the A1 address of values[0][0]. */
export type ReadSheet = Sheet & { name: string; origin: string };

/**
 * Where a sheet the add-in wrote came from, kept with the workbook (beside the sheet, never in its cells):
 * a sheet pasted from published text is validated again as published text, with the text's lines and what
 * the reader reported, so that "Validar" on it gives what the paste gave.
 */
export interface SheetOrigin {
  ocr: true;
  lines: (number | null)[];
  readerProblems: ReaderProblem[];
  /** The height of the sheet as written: once rows are added or removed, the lines no longer apply. */
  rows: number;
  /** For a sheet read from a PDF ("Abrir PDF…"): the page of each row (lines then count on that page). */
  pages?: (number | null)[];
}

/** Where the workbook keeps the origins of the sheets the add-in wrote, by worksheet id. */
export const SHEET_ORIGINS_SETTING = "anexos-ses.origens";

/** The sheet as read, with what its origin adds (see SheetOrigin). */
export function withOrigin(sheet: ReadSheet, origin: SheetOrigin | undefined): ReadSheet {
  if (!origin || origin.ocr !== true) return sheet;
  const whole = sheet.origin === "A1" && sheet.values.length === origin.rows;
  return whole
    ? {
        ...sheet,
        ocr: true,
        format: "text",
        lines: origin.lines,
        readerProblems: origin.readerProblems,
        ...(origin.pages ? { pages: origin.pages } : {}),
      }
    : { ...sheet, ocr: true };
}

export interface NewSheet {
  name: string;
  values: CellValue[][];
  /** One Excel number format per cell, same shape as values. */
  numberFormats: string[][];
  /** Same shape: a formula in Excel's invariant language ("=SES.PORTE(E6)") where the cell has one. */
  formulas?: (string | null)[][];
  /** Kept with the workbook for later validations of this sheet. */
  origin?: SheetOrigin;
}

/** For long work: what stops it, and what it reports while it reads. */
export interface WorkOptions {
  signal?: AbortSignal;
  onProgress?: (step: string, done: number, total: number) => void;
}

/** Called with the name of a sheet whose values changed (an edit, a paste, a deleted row). */
export type ChangeListener = (sheetName: string) => void;

export interface Workbook {
  /** The selection when it has more than one cell, otherwise everything used on the active sheet. */
  readAnnex(work?: WorkOptions): Promise<ReadSheet>;
  /** Replaces the add-in's marks on that sheet with these; the user's values and formats are not touched. */
  mark(sheetName: string, marks: readonly Mark[]): Promise<void>;
  /** Removes every mark of the add-in from that sheet (default: the active one), and only those. */
  clearMarks(sheetName?: string): Promise<void>;
  /** Shows the sheet and selects the cell. */
  selectCell(sheetName: string, cell: string): Promise<void>;
  listSheets(): Promise<string[]>;
  /** The name of the active sheet. */
  activeSheetName(): Promise<string>;
  /** Everything used on that sheet (not the selection), e.g. the previous annex for "Comparar com…". */
  readSheet(name: string): Promise<ReadSheet>;
  /** Adds a sheet with these cells and shows it; the name must be free (see freeSheetName). */
  addSheet(sheet: NewSheet): Promise<void>;
  /** The analyst's rule sets stored in the workbook (they travel with the file), as JSON data. */
  readRuleSets(): Promise<unknown[]>;
  writeRuleSets(data: unknown[]): Promise<void>;
  /** A column chart of these ranges of the sheet (see DraftChart). */
  addChart(sheetName: string, chart: DraftChart): Promise<void>;
  /**
   * Tells the listener when the values of a sheet change (Excel: worksheet.onChanged, debounced). Returns
   * what stops listening.
   */
  onChanged(listener: ChangeListener): () => void;
}

/** Where the workbook keeps the analyst's rule sets. */
export const RULE_SETS_SETTING = "anexos-ses.regras";

/** A failure the analyst can act on, in pt-BR (e.g. an empty sheet or a sheet that no longer exists). */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** "Cancelar" was pressed: the action stops, and nothing more is written to the workbook. */
export class CancelledError extends Error {
  constructor() {
    super("Cancelado: nada mais foi escrito na pasta de trabalho.");
    this.name = "CancelledError";
  }
}

/** "Texto publicado", or "Texto publicado (2)" … when taken (Excel compares sheet names without case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLocaleLowerCase("pt-BR")));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!lower.has(name.toLocaleLowerCase("pt-BR"))) return name;
  }
}
