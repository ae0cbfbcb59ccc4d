// Workbook held in memory: preview mode (the pane opened outside Excel) and the tests. It behaves like
// ExcelWorkbook where the pane can tell: marks live beside the cells and never change a value.
import { columnLetters, parseA1, type CellValue, type DraftChart } from "../../rules";
import {
  CancelledError,
  RULE_SETS_SETTING,
  SHEET_ORIGINS_SETTING,
  withOrigin,
  WorkbookError,
  type Mark,
  type NewSheet,
  type ReadSheet,
  type ChangeListener,
  type SheetOrigin,
  type Workbook,
  type WorkOptions,
} from "./workbook";

/** Rows read between two pauses: a big sheet is read in steps, so the pane stays responsive and cancellable. */
const READ_CHUNK = 1000;
import type { PreviewSheet, PreviewSource, PreviewState } from "./preview-source";

/** A sheet held in memory, and the whole state: what the preview grid shows (see PreviewSource). */
export type MemorySheet = PreviewSheet;
export type MemoryState = PreviewState;

export class MemoryWorkbook implements Workbook, PreviewSource {
  private state: MemoryState;
  /** The workbook's settings: what Excel would save inside the file. */
  readonly settings = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  /** The charts added, by sheet: Excel would draw them; the preview only records them. */
  readonly charts: Array<{ sheetName: string } & DraftChart> = [];

  constructor(sheets: Array<Omit<MemorySheet, "marks">>) {
    if (sheets.length === 0) throw new Error("MemoryWorkbook needs at least one sheet");
    this.state = {
      sheets: sheets.map((sheet) => ({ ...sheet, marks: new Map() })),
      activeSheet: sheets[0].name,
      selection: "A1",
    };
  }

  /** For React's useSyncExternalStore: the state is replaced, never mutated. */
  getState = (): MemoryState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The user's own action in the preview grid: select a cell or a rectangle ("B2:D9"). */
  select(selection: string, sheetName = this.state.activeSheet): void {
    this.sheet(sheetName);
    this.update({ activeSheet: sheetName, selection });
  }

  /** The user's own edit of a cell (the tests and the preview's test hook), as typing it in Excel would. */
  setCell(sheetName: string, address: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    const { row, column } = parseA1(address);
    const values = sheet.values.map((cells) => [...cells]);
    while (values.length < row) values.push([]);
    const cells = values[row - 1];
    while (cells.length < column) cells.push("");
    cells[column - 1] = value;
    this.replaceSheet(sheetName, { values });
  }

  /** Through subscribe: a sheet whose values are a new array was edited (marks and selection are not). */
  onChanged(listener: ChangeListener): () => void {
    let seen = new Map(this.state.sheets.map((sheet) => [sheet.name, sheet.values]));
    return this.subscribe(() => {
      const now = new Map(this.state.sheets.map((sheet) => [sheet.name, sheet.values]));
      const changed = [...now].filter(([name, values]) => seen.has(name) && seen.get(name) !== values);
      seen = now;
      for (const [name] of changed) listener(name);
    });
  }

  async addChart(sheetName: string, chart: DraftChart): Promise<void> {
    this.sheet(sheetName);
    this.charts.push({ sheetName, ...chart });
  }

  async readAnnex({ signal, onProgress }: WorkOptions = {}): Promise<ReadSheet> {
    const sheet = this.sheet(this.state.activeSheet);
    const [start, end = start] = this.state.selection.split(":").map(parseA1);
    const single = start.row === end.row && start.column === end.column;
    const used = usedBounds(sheet.values);
    if (!used) throw new WorkbookError(`A planilha "${sheet.name}" está vazia.`);
    const top = single ? used.top : Math.max(start.row, used.top);
    const left = single ? used.left : Math.max(start.column, used.left);
    const bottom = single ? used.bottom : Math.min(end.row, used.bottom);
    const right = single ? used.right : Math.min(end.column, used.right);
    if (top > bottom || left > right) throw new WorkbookError("A seleção não tem nenhuma célula preenchida.");
    const values: CellValue[][] = [];
    for (let row = top; row <= bottom; row++) {
      if ((row - top) % READ_CHUNK === 0 && bottom - top >= READ_CHUNK) {
        onProgress?.(`Lendo a linha ${row - top + 1} de ${bottom - top + 1}…`, row - top, bottom - top + 1);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal?.aborted) throw new CancelledError();
      }
      const cells = sheet.values[row - 1] ?? [];
      values.push(Array.from({ length: right - left + 1 }, (_, c) => cells[left - 1 + c] ?? ""));
    }
    const origins = (this.settings.get(SHEET_ORIGINS_SETTING) ?? {}) as Record<string, SheetOrigin>;
    const stored = Object.hasOwn(origins, sheet.name) ? origins[sheet.name] : undefined;
    return withOrigin({ name: sheet.name, origin: `${columnLetters(left)}${top}`, values }, stored);
  }

  async activeSheetName(): Promise<string> {
    return this.state.activeSheet;
  }

  async readSheet(name: string): Promise<ReadSheet> {
    const sheet = this.sheet(name);
    const used = usedBounds(sheet.values);
    if (!used) throw new WorkbookError(`A planilha "${sheet.name}" está vazia.`);
    const values: CellValue[][] = [];
    for (let row = used.top; row <= used.bottom; row++) {
      const cells = sheet.values[row - 1] ?? [];
      values.push(Array.from({ length: used.right - used.left + 1 }, (_, c) => cells[used.left - 1 + c] ?? ""));
    }
    const origins = (this.settings.get(SHEET_ORIGINS_SETTING) ?? {}) as Record<string, SheetOrigin>;
    const stored = Object.hasOwn(origins, sheet.name) ? origins[sheet.name] : undefined;
    return withOrigin({ name: sheet.name, origin: `${columnLetters(used.left)}${used.top}`, values }, stored);
  }

  async mark(sheetName: string, marks: readonly Mark[]): Promise<void> {
    const byCell = new Map<string, Mark>();
    for (const mark of marks) {
      if (mark.severity === "error" || !byCell.has(mark.cell)) byCell.set(mark.cell, mark);
    }
    this.replaceSheet(sheetName, { marks: byCell });
  }

  async clearMarks(sheetName = this.state.activeSheet): Promise<void> {
    if (this.state.sheets.some((sheet) => sheet.name === sheetName)) this.replaceSheet(sheetName, { marks: new Map() });
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    this.select(cell, sheetName);
  }

  async listSheets(): Promise<string[]> {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  async addSheet({ name, values, numberFormats, formulas, origin }: NewSheet): Promise<void> {
    if (this.state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new WorkbookError(`Já existe uma planilha chamada "${name}".`);
    }
    if (origin) {
      // Keyed by name here (the preview cannot rename sheets); Excel keys it by the worksheet's id.
      const origins = (this.settings.get(SHEET_ORIGINS_SETTING) ?? {}) as Record<string, SheetOrigin>;
      this.settings.set(SHEET_ORIGINS_SETTING, JSON.parse(JSON.stringify({ ...origins, [name]: origin })));
    }
    const sheet: MemorySheet = { name, values, numberFormats, formulas, marks: new Map() };
    this.update({ sheets: [...this.state.sheets, sheet], activeSheet: name, selection: "A1" });
  }

  async readRuleSets(): Promise<unknown[]> {
    const stored = this.settings.get(RULE_SETS_SETTING);
    return Array.isArray(stored) ? JSON.parse(JSON.stringify(stored)) : [];
  }

  async writeRuleSets(data: unknown[]): Promise<void> {
    this.settings.set(RULE_SETS_SETTING, JSON.parse(JSON.stringify(data))); // stored as JSON, as Excel does
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.state.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new WorkbookError(`A planilha "${name}" não existe mais.`);
    return sheet;
  }

  private replaceSheet(name: string, change: Partial<MemorySheet>): void {
    const current = this.sheet(name);
    this.update({ sheets: this.state.sheets.map((sheet) => (sheet === current ? { ...sheet, ...change } : sheet)) });
  }

  private update(change: Partial<MemoryState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}

/** 1-based bounds of the cells that hold something, like Excel's used range (values only). */
function usedBounds(values: readonly (readonly CellValue[])[]) {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === "") return;
      top = Math.min(top, r + 1);
      bottom = Math.max(bottom, r + 1);
      left = Math.min(left, c + 1);
      right = Math.max(right, c + 1);
    }),
  );
  return bottom === 0 ? undefined : { top, left, bottom, right };
}
