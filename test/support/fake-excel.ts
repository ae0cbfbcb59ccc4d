// A stand-in for Excel's JavaScript API with its load/sync semantics, enough for ExcelWorkbook: commands are
// queued and run at context.sync(), a property read before it was loaded and synced throws, and every sync is
// counted. The sheet keeps the formats a user may have (number format, fill, font, borders, their own
// conditional formats) so tests can prove the add-in leaves them exactly as they were.
import { columnLetters, parseA1, type CellValue } from "../../src/rules";

export interface FakeCellFormat {
  numberFormat: string;
  fill: string | null;
  font: { color: string; bold: boolean };
  borders: string | null;
}

export interface FakeConditionalFormat {
  id: string;
  type: "Custom" | "CellValue" | "ColorScale";
  formula: string | null;
  fill: string | null;
  font: string | null;
  areas: string;
}

export interface FakeSheet {
  name: string;
  values: CellValue[][];
  formats: FakeCellFormat[][];
  conditionalFormats: FakeConditionalFormat[];
}

export interface FakeState {
  sheets: FakeSheet[];
  active: string;
  selection: string;
  /** Workbook settings, saved inside the file. */
  settings?: Record<string, unknown>;
  /** Charts added, in order. */
  charts?: FakeChart[];
  /** The handlers registered with worksheets.onChanged (removed ones are taken out). */
  changeHandlers?: Array<(event: { worksheetId: string }) => Promise<void>>;
}

export interface FakeChart {
  sheet: string;
  type: string;
  seriesBy: string;
  values: string;
  categories: string | null;
  title: string | null;
  legendVisible: boolean;
  seriesName: string | null;
  position: string | null;
}

export const DEFAULT_FORMAT: FakeCellFormat = {
  numberFormat: "General",
  fill: null,
  font: { color: "#000000", bold: false },
  borders: null,
};

/** A sheet with these values, every cell with its own copy of the format. */
export function fakeSheet(name: string, values: CellValue[][], format: Partial<FakeCellFormat> = {}): FakeSheet {
  return {
    name,
    values,
    formats: values.map((row) => row.map(() => structuredClone({ ...DEFAULT_FORMAT, ...format }))),
    conditionalFormats: [],
  };
}

type Bounds = { top: number; left: number; bottom: number; right: number };

function boundsOf(address: string): Bounds {
  const [first, last = first] = address.split(":").map(parseA1);
  return { top: first.row, left: first.column, bottom: last.row, right: last.column };
}

const addressOf = (b: Bounds) =>
  b.top === b.bottom && b.left === b.right
    ? `${columnLetters(b.left)}${b.top}`
    : `${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;

class NotLoaded extends Error {}

/** Holds the values a load captured; reading one that was not loaded and synced throws, as in Office.js. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly context: FakeContext) {}
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new NotLoaded(`property "${property}" read without load() and sync()`);
    return this.loaded.get(property) as T;
  }
  protected queueLoad(properties: string[], capture: () => Record<string, unknown>) {
    this.context.queue(() => {
      const data = capture();
      for (const property of properties) this.loaded.set(property, data[property]);
    });
  }
}

class FakeConditionalFormatItem {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly format: FakeConditionalFormat,
    private readonly loadedFormula: boolean,
  ) {}
  get type() {
    return this.format.type;
  }
  get customOrNullObject() {
    const { format, loadedFormula } = this;
    if (!loadedFormula) throw new NotLoaded("customOrNullObject/rule/formula read without load()");
    return {
      isNullObject: format.type !== "Custom",
      rule: { formula: format.type === "Custom" ? format.formula : null },
    };
  }
  delete() {
    this.context.queue(() => {
      const sheet = this.sheet();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((candidate) => candidate.id !== this.format.id);
    });
  }
}

class FakeConditionalFormats {
  private loadedItems: FakeConditionalFormatItem[] | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly areas: () => string,
  ) {}
  load(properties: string) {
    const formula = properties.includes("customOrNullObject/rule/formula");
    this.context.queue(() => {
      this.loadedItems = this.sheet().conditionalFormats.map(
        (format) => new FakeConditionalFormatItem(this.context, this.sheet, format, formula),
      );
    });
  }
  get items() {
    if (!this.loadedItems) throw new NotLoaded("items read without load()");
    return this.loadedItems;
  }
  add(type: FakeConditionalFormat["type"]) {
    const format: FakeConditionalFormat = {
      id: `cf${++this.context.ids}`,
      type,
      formula: null,
      fill: null,
      font: null,
      areas: "",
    };
    this.context.queue(() => {
      format.areas = this.areas();
      this.sheet().conditionalFormats.push(format);
    });
    const set = (apply: () => void) => this.context.queue(apply);
    return {
      custom: {
        rule: {
          set formula(value: string) {
            set(() => (format.formula = value));
          },
        },
        format: {
          fill: {
            set color(value: string) {
              set(() => (format.fill = value));
            },
          },
          font: {
            set color(value: string) {
              set(() => (format.font = value));
            },
          },
        },
      },
    };
  }
}

class FakeRange extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheetName: () => string,
    private readonly bounds: () => Bounds | null,
  ) {
    super(context);
    // As in Office.js, isNullObject is known after the next sync without a load.
    this.queueLoad(["isNullObject"], () => ({ isNullObject: this.bounds() === null }));
  }
  private sheet = () => this.context.sheet(this.sheetName());
  get isNullObject() {
    return this.read<boolean>("isNullObject");
  }
  get values() {
    return this.read<CellValue[][]>("values");
  }
  get address() {
    return this.read<string>("address");
  }
  get cellCount() {
    return this.read<number>("cellCount");
  }
  load(properties: string) {
    const names = [...properties.split(",").map((p) => p.trim()), "isNullObject"];
    this.queueLoad(names, () => {
      const b = this.bounds();
      if (!b) return { isNullObject: true };
      const sheet = this.sheet();
      const values = [];
      for (let r = b.top; r <= b.bottom; r++) {
        values.push(
          Array.from({ length: b.right - b.left + 1 }, (_, c) => sheet.values[r - 1]?.[b.left - 1 + c] ?? ""),
        );
      }
      this.context.cellsRead += values.length * (b.right - b.left + 1);
      const quoted = /^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name}'`;
      return {
        isNullObject: false,
        values,
        address: `${quoted}!${addressOf(b)}`,
        cellCount: (b.bottom - b.top + 1) * (b.right - b.left + 1),
      };
    });
  }
  getIntersectionOrNullObject(other: FakeRange) {
    return new FakeRange(this.context, this.sheetName, () => {
      const a = this.bounds();
      const b = other.bounds();
      if (!a || !b) return null;
      const i = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      return i.top > i.bottom || i.left > i.right ? null : i;
    });
  }
  get conditionalFormats() {
    return new FakeConditionalFormats(this.context, this.sheet, () => addressOf(this.bounds() as Bounds));
  }
  set values(values: CellValue[][]) {
    this.context.queue(() => this.write(values, (cell, value) => this.context.writeValue(this.sheet(), cell, value)));
  }
  /** Formulas or plain values, as Excel takes them; the fake keeps what was written. */
  set formulas(cells: CellValue[][]) {
    this.context.queue(() => this.write(cells, (cell, value) => this.context.writeValue(this.sheet(), cell, value)));
  }
  set numberFormat(formats: string[][]) {
    this.context.queue(() =>
      this.write(
        formats,
        (cell, format) => (this.context.formatOf(this.sheet(), cell).numberFormat = format as string),
      ),
    );
  }
  get format() {
    return { autofitColumns: () => this.context.queue(() => undefined) };
  }
  select() {
    this.context.queue(() => {
      this.context.state.active = this.sheetName();
      this.context.state.selection = addressOf(this.bounds() as Bounds);
    });
  }
  private write(rows: unknown[][], apply: (cell: { row: number; column: number }, value: unknown) => void) {
    const b = this.bounds() as Bounds;
    rows.forEach((row, r) => row.forEach((value, c) => apply({ row: b.top + r, column: b.left + c }, value)));
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    context: FakeContext,
    private readonly resolveName: () => string | null,
  ) {
    super(context);
    this.queueLoad(["isNullObject"], () => ({ isNullObject: this.resolveName() === null }));
  }
  get name() {
    return this.read<string>("name");
  }
  /** Excel's ids are GUIDs that survive renames; the fake's sheets have none, so the name stands in. */
  get id() {
    return this.read<string>("id");
  }
  get isNullObject() {
    return this.read<boolean>("isNullObject");
  }
  load(properties: string) {
    const names = properties.split(",").map((p) => p.trim());
    this.queueLoad([...names, "isNullObject"], () => {
      const name = this.resolveName();
      return { name, id: name, isNullObject: name === null };
    });
  }
  private sheetName = () => this.resolveName() as string;
  getRange(address?: string) {
    const range = new FakeRange(this.context, this.sheetName, () =>
      address ? boundsOf(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 },
    );
    return Object.assign(range, { fakeAddress: address ?? null });
  }
  /** charts.add: the chart is recorded at the next sync, with what was set on it by then. */
  get charts() {
    return {
      add: (type: string, range: { fakeAddress: string | null }, seriesBy: string) => {
        const chart: FakeChart = {
          sheet: this.resolveName() as string,
          type,
          seriesBy,
          values: range.fakeAddress as string,
          categories: null,
          title: null,
          legendVisible: true,
          seriesName: null,
          position: null,
        };
        this.context.queue(() => (this.context.state.charts ??= []).push(chart));
        const series = {
          set name(name: string) {
            chart.seriesName = name;
          },
          setXAxisValues: (categories: { fakeAddress: string | null }) => (chart.categories = categories.fakeAddress),
        };
        return {
          title: {
            set text(text: string) {
              chart.title = text;
            },
          },
          legend: {
            set visible(visible: boolean) {
              chart.legendVisible = visible;
            },
          },
          series: { getItemAt: () => series },
          setPosition: (anchor: string) => (chart.position = anchor),
        };
      },
    };
  }
  getRanges(addresses: string) {
    if (addresses.length > 8000) throw new Error("The argument is invalid or missing or has an incorrect format.");
    return {
      conditionalFormats: new FakeConditionalFormats(
        this.context,
        () => this.context.sheet(this.sheetName()),
        () => addresses,
      ),
    };
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
    return new FakeRange(this.context, this.sheetName, () => ({
      top: row + 1,
      left: column + 1,
      bottom: row + rows,
      right: column + columns,
    }));
  }
  getUsedRangeOrNullObject() {
    return new FakeRange(this.context, this.sheetName, () => {
      const sheet = this.context.sheet(this.sheetName());
      let bounds: Bounds | null = null;
      sheet.values.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === "" || cell === null || cell === undefined) return;
          bounds = bounds
            ? {
                top: Math.min(bounds.top, r + 1),
                left: Math.min(bounds.left, c + 1),
                bottom: Math.max(bounds.bottom, r + 1),
                right: Math.max(bounds.right, c + 1),
              }
            : { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
        }),
      );
      return bounds;
    });
  }
  activate() {
    this.context.queue(() => (this.context.state.active = this.sheetName()));
  }
}

export class FakeContext {
  syncs = 0;
  ids = 0;
  cellsRead = 0;
  /** Every cell value the add-in wrote, as "Sheet!A1". */
  readonly valueWrites: string[] = [];
  private pending: Array<() => void> = [];

  constructor(readonly state: FakeState) {}

  queue(command: () => void) {
    this.pending.push(command);
  }

  async sync() {
    this.syncs++;
    const commands = this.pending;
    this.pending = [];
    for (const command of commands) command();
  }

  sheet(name: string): FakeSheet {
    const sheet = this.state.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return sheet;
  }

  formatOf(sheet: FakeSheet, { row, column }: { row: number; column: number }): FakeCellFormat {
    for (let r = sheet.formats.length; r < row; r++) sheet.formats.push([]);
    const formats = sheet.formats[row - 1];
    for (let c = formats.length; c < column; c++) formats.push(structuredClone(DEFAULT_FORMAT));
    return formats[column - 1];
  }

  writeValue(sheet: FakeSheet, { row, column }: { row: number; column: number }, value: unknown) {
    this.valueWrites.push(`${sheet.name}!${columnLetters(column)}${row}`);
    for (let r = sheet.values.length; r < row; r++) sheet.values.push([]);
    sheet.values[row - 1][column - 1] = value as CellValue;
  }

  readonly workbook = {
    getSelectedRange: () =>
      new FakeRange(
        this,
        () => this.state.active,
        () => boundsOf(this.state.selection),
      ),
    worksheets: new FakeWorksheets(this),
    settings: new FakeSettings(this),
  };
}

class FakeSetting extends Loadable {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
    this.queueLoad(["isNullObject"], () => ({ isNullObject: !(key in (context.state.settings ?? {})) }));
  }
  get isNullObject() {
    return this.read<boolean>("isNullObject");
  }
  get value() {
    return this.read<unknown>("value");
  }
  load(property: string) {
    // Settings come back from the host as JSON, never as the very object stored.
    this.queueLoad([property], () => ({ value: structuredClone(this.context.state.settings?.[this.key]) }));
  }
}

class FakeSettings {
  constructor(private readonly context: FakeContext) {}
  getItemOrNullObject(key: string) {
    return new FakeSetting(this.context, key);
  }
  add(key: string, value: unknown) {
    this.context.queue(
      () => (this.context.state.settings = { ...this.context.state.settings, [key]: structuredClone(value) }),
    );
  }
}

class FakeWorksheets {
  private loadedNames: Array<{ name: string }> | undefined;
  constructor(private readonly context: FakeContext) {}
  /** worksheets.onChanged: the handler is registered at the next sync; remove() takes it out at the one after. */
  readonly onChanged = {
    add: (handler: (event: { worksheetId: string }) => Promise<void>) => {
      const { state } = this.context;
      this.context.queue(() => (state.changeHandlers ??= []).push(handler));
      return {
        context: this.context,
        remove: () =>
          this.context.queue(() => (state.changeHandlers = state.changeHandlers?.filter((h) => h !== handler))),
      };
    },
  };
  get items() {
    if (!this.loadedNames) throw new NotLoaded("worksheets.items read without load()");
    return this.loadedNames;
  }
  load() {
    this.context.queue(() => (this.loadedNames = this.context.state.sheets.map((sheet) => ({ name: sheet.name }))));
  }
  getActiveWorksheet() {
    return new FakeWorksheet(this.context, () => this.context.state.active);
  }
  getItem(name: string) {
    return new FakeWorksheet(this.context, () => this.context.sheet(name).name);
  }
  getItemOrNullObject(name: string) {
    return new FakeWorksheet(
      this.context,
      () => this.context.state.sheets.find((sheet) => sheet.name === name)?.name ?? null,
    );
  }
  add(name: string) {
    this.context.queue(() => {
      if (this.context.state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
        throw new Error("ItemAlreadyExists");
      }
      this.context.state.sheets.push({ name, values: [], formats: [], conditionalFormats: [] });
    });
    return new FakeWorksheet(this.context, () => name);
  }
}

/** Installs the Excel global over this state; returns the contexts of each Excel.run, to count syncs. */
export function installFakeExcel(state: FakeState): { runs: FakeContext[] } {
  const runs: FakeContext[] = [];
  (globalThis as Record<string, unknown>).Excel = {
    ConditionalFormatType: { custom: "Custom" },
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { columns: "Columns" },
    // Excel.run(batch), or Excel.run(contextOrObject, batch) to reuse a context (an event handler's removal).
    run: async <T>(
      first: ((context: FakeContext) => Promise<T>) | FakeContext | { context: FakeContext },
      second?: (context: FakeContext) => Promise<T>,
    ) => {
      const batch = typeof first === "function" ? first : (second as (context: FakeContext) => Promise<T>);
      const context =
        typeof first === "function" ? new FakeContext(state) : first instanceof FakeContext ? first : first.context;
      runs.push(context);
      return batch(context);
    },
  };
  return { runs };
}
