// Workbook over Office.js. Each method is one Excel.run with at most two context.sync calls whatever the
// size of the sheet: values are read in bulk and marks are sent as a few conditional formats over RangeAreas.
import type { CellValue, DraftChart } from "../../rules";
import { areaAddressLists, firstCellOf } from "./mark-areas";
import {
  CancelledError,
  RULE_SETS_SETTING,
  SHEET_ORIGINS_SETTING,
  withOrigin,
  WorkbookError,
  type SheetOrigin,
  type Mark,
  type MarkSeverity,
  type NewSheet,
  type ReadSheet,
  type Workbook,
  type ChangeListener,
  type WorkOptions,
} from "./workbook";

/** Edits come in bursts (a paste, a fill-down): the listeners hear of a sheet once it is quiet this long. */
export const CHANGE_DEBOUNCE_MS = 400;

/**
 * The add-in's marks are conditional formats whose always-true rule carries this tag. Conditional formats
 * sit on top of the cells' own formats and are removed without a trace, so the user's values, number
 * formats, fills, fonts, borders and their own conditional formats are never written; and the tag finds
 * the add-in's rules again after the workbook is closed and reopened, with nothing stored elsewhere.
 */
export const MARK_TAG = "anexos-ses:";
const MARK_STYLE: Record<MarkSeverity, { formula: string; fill: string; font: string }> = {
  // Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text".
  error: { formula: `=ISTEXT("${MARK_TAG}erro")`, fill: "#FFC7CE", font: "#9C0006" },
  warning: { formula: `=ISTEXT("${MARK_TAG}aviso")`, fill: "#FFEB9C", font: "#9C5700" },
};

/** ExcelApi 1.9: RangeAreas (marks in bulk). Older hosts get a message instead of a half-working pane. */
export const REQUIRED_EXCEL_API = "1.9";

export function isExcelSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
}

export class ExcelWorkbook implements Workbook {
  async readAnnex({ signal }: WorkOptions = {}): Promise<ReadSheet> {
    if (signal?.aborted) throw new CancelledError();
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const selection = context.workbook.getSelectedRange();
      const used = sheet.getUsedRangeOrNullObject(true);
      const origins = context.workbook.settings.getItemOrNullObject(SHEET_ORIGINS_SETTING);
      sheet.load("name, id");
      selection.load("cellCount");
      used.load("address");
      origins.load("value");
      await context.sync();
      if (used.isNullObject) throw new WorkbookError(`A planilha "${sheet.name}" está vazia.`);
      const target = selection.cellCount > 1 ? selection.getIntersectionOrNullObject(used) : used;
      target.load("values, address");
      await context.sync();
      if (target.isNullObject) throw new WorkbookError("A seleção não tem nenhuma célula preenchida.");
      const stored = originOf(origins, sheet.id);
      const read = { name: sheet.name, origin: firstCellOf(target.address), values: target.values as CellValue[][] };
      return withOrigin(read, stored);
    });
  }

  async activeSheetName(): Promise<string> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async readSheet(name: string): Promise<ReadSheet> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const origins = context.workbook.settings.getItemOrNullObject(SHEET_ORIGINS_SETTING);
      sheet.load("name, id");
      origins.load("value");
      await context.sync();
      if (sheet.isNullObject) throw new WorkbookError(`A planilha "${name}" não existe mais.`);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values, address");
      await context.sync();
      if (used.isNullObject) throw new WorkbookError(`A planilha "${name}" está vazia.`);
      const read = { name: sheet.name, origin: firstCellOf(used.address), values: used.values as CellValue[][] };
      return withOrigin(read, originOf(origins, sheet.id));
    });
  }

  async mark(sheetName: string, marks: readonly Mark[]): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const ours = loadMarkFormats(sheet);
      await context.sync();
      deleteMarkFormats(ours);
      const errorCells = new Set(marks.filter((mark) => mark.severity === "error").map((mark) => mark.cell));
      // A cell with an error and a warning shows the error only.
      const warningCells = new Set(
        marks.filter((m) => m.severity === "warning" && !errorCells.has(m.cell)).map((m) => m.cell),
      );
      addMarkFormats(sheet, "error", errorCells);
      addMarkFormats(sheet, "warning", warningCells);
      await context.sync();
    });
  }

  async clearMarks(sheetName?: string): Promise<void> {
    await Excel.run(async (context) => {
      const { worksheets } = context.workbook;
      const sheet =
        sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItemOrNullObject(sheetName);
      const ours = loadMarkFormats(sheet);
      await context.sync();
      if (sheet.isNullObject) return; // the sheet was deleted, and its marks with it
      deleteMarkFormats(ours);
      await context.sync();
    });
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) throw new WorkbookError(`A planilha "${sheetName}" não existe mais.`);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }

  async listSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async addSheet({ name, values, numberFormats, formulas, origin }: NewSheet): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(name);
      const origins = context.workbook.settings.getItemOrNullObject(SHEET_ORIGINS_SETTING);
      if (origin) {
        sheet.load("id");
        origins.load("value");
      }
      const width = Math.max(...values.map((row) => row.length));
      const rectangular = (rows: unknown[][], fill: unknown) =>
        rows.map((row) => [...row, ...Array(width - row.length).fill(fill)]);
      const range = sheet.getRangeByIndexes(0, 0, values.length, width);
      // The number formats first: text cells are set as text, so Excel does not reinterpret them.
      range.numberFormat = rectangular(numberFormats, "General") as string[][];
      if (formulas) {
        // One write: a formula where there is one, the plain value elsewhere (Excel takes both in formulas).
        const cells = values.map((row, r) => row.map((value, c) => formulas[r]?.[c] ?? value));
        range.formulas = rectangular(cells, "") as (string | number | boolean)[][];
      } else {
        range.values = rectangular(values, "") as (string | number | boolean)[][];
      }
      range.format.autofitColumns();
      sheet.activate();
      await context.sync();
      if (origin) {
        // In the workbook's settings, saved inside the file: the sheet's cells stay exactly what was pasted.
        const current = origins.isNullObject ? {} : (origins.value as Record<string, SheetOrigin>);
        context.workbook.settings.add(SHEET_ORIGINS_SETTING, { ...current, [sheet.id]: origin });
        await context.sync();
      }
    });
  }

  async addChart(sheetName: string, { title, categories, values, anchor }: DraftChart): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange(values),
        Excel.ChartSeriesBy.columns,
      );
      chart.title.text = title;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.name = "R$";
      series.setXAxisValues(sheet.getRange(categories));
      chart.setPosition(anchor);
      await context.sync();
    });
  }

  /**
   * worksheets.onChanged (ExcelApi 1.9), debounced per sheet: the listener gets the sheet's name once its
   * edits pause for CHANGE_DEBOUNCE_MS.
   */
  onChanged(listener: ChangeListener): () => void {
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const fire = (worksheetId: string) =>
      void Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(worksheetId);
        sheet.load("name");
        await context.sync();
        if (!sheet.isNullObject) listener(sheet.name);
      }).catch(() => undefined);
    let stopped = false;
    let remove: (() => Promise<void>) | undefined;
    void Excel.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (event) => {
        clearTimeout(timers.get(event.worksheetId));
        timers.set(
          event.worksheetId,
          setTimeout(() => fire(event.worksheetId), CHANGE_DEBOUNCE_MS),
        );
      });
      await context.sync();
      remove = () =>
        Excel.run(handler.context, async (again) => {
          handler.remove();
          await again.sync();
        });
      if (stopped) await remove();
    }).catch((error) => console.warn("Anexos SES/MG: alterações da planilha não acompanhadas.", error));
    return () => {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      void remove?.().catch(() => undefined);
    };
  }

  // The workbook's settings (ExcelApi 1.4) are saved inside the file: the rule sets travel with it.
  async readRuleSets(): Promise<unknown[]> {
    return Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(RULE_SETS_SETTING);
      setting.load("value");
      await context.sync();
      return !setting.isNullObject && Array.isArray(setting.value) ? setting.value : [];
    });
  }

  async writeRuleSets(data: unknown[]): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.settings.add(RULE_SETS_SETTING, data);
      await context.sync();
    });
  }
}

function originOf(setting: Excel.Setting, sheetId: string): SheetOrigin | undefined {
  if (setting.isNullObject || typeof setting.value !== "object" || setting.value === null) return undefined;
  const origins = setting.value as Record<string, SheetOrigin>;
  return Object.hasOwn(origins, sheetId) ? origins[sheetId] : undefined;
}

/** Queues the load of the sheet's conditional formats with what tells the add-in's own apart. */
function loadMarkFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type, items/customOrNullObject/rule/formula");
  return formats;
}

function deleteMarkFormats(formats: Excel.ConditionalFormatCollection): void {
  for (const format of formats.items) {
    if (format.type !== Excel.ConditionalFormatType.custom) continue;
    const custom = format.customOrNullObject;
    if (!custom.isNullObject && custom.rule.formula?.includes(MARK_TAG)) format.delete();
  }
}

function addMarkFormats(sheet: Excel.Worksheet, severity: MarkSeverity, cells: Set<string>): void {
  const style = MARK_STYLE[severity];
  for (const addresses of areaAddressLists(cells)) {
    const format = sheet.getRanges(addresses).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = style.formula;
    format.custom.format.fill.color = style.fill;
    format.custom.format.font.color = style.font;
  }
}
